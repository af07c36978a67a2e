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
    private readonly bool _wordStart;

    /// <param name="words">ASCII words, one of which every match contains.</param>
    /// <param name="ignoreCase">Whether the pattern ignores case.</param>
    public LiteralGate(bool ignoreCase, params string[] words) : this(ignoreCase, wordStart: false, words)
    {
    }

    private LiteralGate(bool ignoreCase, bool wordStart, string[] words)
    {
        foreach (var w in words)
            if (w.Length == 0 || !System.Text.Ascii.IsValid(w))
                throw new ArgumentException($"gate words must be non-empty ASCII: \"{w}\"", nameof(words));
        _ignoreCase = ignoreCase;
        _wordStart = wordStart;
        _words = SearchValues.Create(words, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <summary>
    /// A gate whose words start a word in every match (after "\b" or a space): an occurrence right
    /// after a letter, digit or underscore ("current" for "rent", "against" for "gain") does not count.
    /// </summary>
    public static LiteralGate WordStarts(bool ignoreCase, params string[] words) => new(ignoreCase, wordStart: true, words);

    /// <summary>False only when no match of the pattern can lie in <paramref name="text"/>.</summary>
    public bool MayMatch(ReadOnlySpan<char> text)
    {
        if (_ignoreCase && text.IndexOfAny(FoldsOntoAscii) >= 0) return true;
        var from = 0;
        while (true)
        {
            var found = text[from..].IndexOfAny(_words);
            if (found < 0) return false;
            var at = from + found;
            // Only ASCII word characters are sure to fail a "\b" before the word; anything else may pass it.
            if (!_wordStart || at == 0 || !(char.IsAsciiLetterOrDigit(text[at - 1]) || text[at - 1] == '_')) return true;
            from = at + 1;
        }
    }
}
