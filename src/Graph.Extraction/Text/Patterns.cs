using System.Text.RegularExpressions;

namespace Graph.Extraction.Text;

/// <summary>
/// Every regex of the extractor is built here: linear-time matching (NonBacktracking) so that
/// hostile input cannot make a pattern backtrack, and a timeout as a second guard.
/// </summary>
internal static class Patterns
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public static Regex Build(string pattern, bool ignoreCase = true) =>
        new(pattern,
            RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture |
            (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None),
            Timeout);
}
