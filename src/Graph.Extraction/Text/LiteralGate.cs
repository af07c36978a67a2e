using System.Buffers;

namespace Graph.Extraction.Text;

/// <summary>
/// A cheap test that must pass before a pattern can match: every match of the pattern contains
/// one of the gate's words, so text holding none of them is skipped without running the pattern.
/// Most clauses hold few cue words, and one vectorised scan costs far less than a regex pass.
/// </summary>
internal sealed class LiteralGate
{
    // Case-insensitive invariant regexes fold the Kelvin sign (U+212A) onto "k"; an ordinal
    // ignore-case search does not. Text holding one always goes to the pattern.
    private static readonly SearchValues<char> FoldsOntoAscii = SearchValues.Create("\u212A");

    private readonly SearchValues<string> _words;
    private readonly bool _ignoreCase;

    /// <param name="words">ASCII words, one of which every match contains.</param>
    /// <param name="ignoreCase">Whether the pattern ignores case.</param>
    public LiteralGate(bool ignoreCase, params string[] words)
    {
        foreach (var w in words)
            if (w.Length == 0 || !System.Text.Ascii.IsValid(w))
                throw new ArgumentException($"gate words must be non-empty ASCII: \"{w}\"", nameof(words));
        _ignoreCase = ignoreCase;
        _words = SearchValues.Create(words, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <summary>False only when no match of the pattern can lie in <paramref name="text"/>.</summary>
    public bool MayMatch(ReadOnlySpan<char> text) =>
        text.IndexOfAny(_words) >= 0 || _ignoreCase && text.IndexOfAny(FoldsOntoAscii) >= 0;
}
