using System.Text;
using System.Text.RegularExpressions;
using Graph.Extraction.Text;

namespace Graph.Extraction.Scoring;

/// <summary>
/// Party names compared the way the reference scorer compares them: case, punctuation and legal
/// suffixes ("Co., Ltd", "Inc.") do not count.
/// </summary>
public static class NameNormalizer
{
    private static readonly Regex Legal = Patterns.Build(
        @"\b(co|company|corp|corporation|inc|incorporated|ltd|limited|llc|l\.l\.c|plc|lp|llp|sa|ag|gmbh|bv|pte|pty|the)\b",
        ignoreCase: false);

    public static string Normalize(string? name)
    {
        var s = (name ?? "").ToLowerInvariant().Replace("&", " and ", StringComparison.Ordinal);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            sb.Append(c is '\u2018' or '\u2019' or '\u201c' or '\u201d' or '"' or '\'' or '`' or '.' or ',' or '(' or ')' or '[' or ']' ? ' ' : c);
        s = Legal.Replace(sb.ToString(), " ");
        sb.Clear();
        foreach (var c in s)
            sb.Append(c is >= '0' and <= '9' or >= 'a' and <= 'z' || NameRulesCjk(c) ? c : ' ');
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool NameRulesCjk(char c) => c is >= '\u4e00' and <= '\u9fff';
}
