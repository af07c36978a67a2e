using System.Text.RegularExpressions;
using Graph.Extraction.Amounts;
using Graph.Extraction.Text;

namespace Graph.Extraction.Narrative;

/// <summary>
/// Amounts that are terms, not transactions: facility limits ("up to $3,400,000"), rates
/// ("$50 per month"), share prices, debt discounts and fair values.
/// </summary>
internal static class AmountFilter
{
    private static readonly Regex Before = Patterns.Build(
        @"((\bup\s+to|\bdebt\s+discount|\bunamortized|\bfair\s+value|\bconversion\s+price|\bexercise\s+price|\boperating\s+profit|\bmaximum)\b[^.;$]{0,80}|\bup\s+to|\bmaximum(\s+\w+){0,2}(\s+of)?|\bnot\s+to\s+exceed|\blimit\s+of|\bmonthly(\s+[\w-]+){0,4}\s+(is|of|was)|\bconversion\s+price(\s+of)?|\bexercise\s+price(\s+of)?|\bprice\s+per\s+share(\s+of)?|\bfair\s+value(\s+\w+){0,6}\s+(of|was|is)|\bdebt\s+discount(\s+\w+){0,3}\s+(of|was)|\bunamortized(\s+\w+){0,3}\s+(was|of)|\boperating\s+profit\s+(was|of)|\bcommitted\s+to\s+\w+(\s+\w+){0,6}|\bpar\s+value(\s+of)?|\bfloor\s+of|\bcap\s+of)\s*$");

    private static readonly Regex After = Patterns.Build(
        @"^\s*(per\s+(month|share|annum|year|unit|hour|day|quarter|square)|a\s+(month|year|share)|each\s+month|monthly|of\s+(a\s+)?debt\s+discount|debt\s+discount)\b");

    public static bool IsTerm(string text, AmountList list, int clauseStart, int clauseEnd)
    {
        var before = text[Math.Max(clauseStart, list.Start - 60)..list.Start];
        var after = text[list.End..Math.Min(clauseEnd, list.End + 40)];
        return Before.IsMatch(before) || After.IsMatch(after);
    }
}
