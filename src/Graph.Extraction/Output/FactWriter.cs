using Graph.Core.Notes;
using Graph.Extraction.Input;

namespace Graph.Extraction.Output;

/// <summary>
/// Turns drafts into FACTS.md facts: balance dates, interim periods, evidence offsets into the
/// original input, and one fact per party, kind, period and amount (a note often restates a figure).
/// </summary>
internal static class FactWriter
{
    public static List<NoteFact> Write(IEnumerable<FactDraft> drafts, SourceText source, string? noteCurrency)
    {
        var facts = new List<NoteFact>();
        var seen = new HashSet<(string, string, int, decimal, string?)>();
        foreach (var d in drafts)
        {
            var balance = FactKinds.IsBalance(d.Kind);
            var key = (d.Party.Name, d.Kind, d.Period.Year, d.Amount, balance ? d.Period.IsoDate : d.Period.Duration);
            if (!seen.Add(key)) continue;
            var (start, end) = source.ToOriginalRange(d.EvidenceStart, d.EvidenceEnd);
            facts.Add(new NoteFact
            {
                Party = d.Party.Name,
                Kind = d.Kind,
                Year = d.Period.Year,
                AsOf = balance ? d.Period.IsoDate : null,
                Period = balance ? null : d.Period.Duration,
                PeriodEnd = balance || d.Period.Duration is null ? null : d.Period.IsoDate,
                Amount = d.Amount,
                Currency = d.Currency ?? noteCurrency,
                Scale = d.Scale,
                Description = d.Description,
                Evidence = new Evidence(start, end),
                Aggregate = d.Aggregate || d.Party.Aggregate ? true : null,
                Unnamed = d.Party.Unnamed ? true : null,
            });
        }
        return facts;
    }
}
