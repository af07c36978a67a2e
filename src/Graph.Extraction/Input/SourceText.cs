namespace Graph.Extraction.Input;

/// <summary>
/// The text the rules read, plus a map from each of its characters back to the original input,
/// so that evidence offsets always point into what the user gave us (HTML or text).
/// </summary>
public sealed class SourceText
{
    private readonly int[]? _map;

    private SourceText(string original, string text, int[]? map)
    {
        Original = original;
        Text = text;
        _map = map;
    }

    public string Original { get; }
    public string Text { get; }

    /// <summary>Plain text: analysed as given, offsets are identical.</summary>
    public static SourceText Identity(string original) => new(original, original, null);

    /// <summary>
    /// Plain text with Windows ("\r\n") or classic Mac ("\r") line ends read as "\n": every rule
    /// sees one kind of line break, and offsets still map back to the input as given.
    /// </summary>
    public static SourceText FromPlainText(string original)
    {
        if (!original.Contains('\r'))
            return Identity(original);
        var text = new System.Text.StringBuilder(original.Length);
        var map = new List<int>(original.Length);
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (c == '\r')
            {
                if (i + 1 < original.Length && original[i + 1] == '\n')
                    continue;
                c = '\n';
            }
            text.Append(c);
            map.Add(i);
        }
        return Mapped(original, text.ToString(), [.. map]);
    }

    /// <summary>Derived text (e.g. from HTML) with one original offset per character.</summary>
    public static SourceText Mapped(string original, string text, int[] map)
    {
        if (map.Length != text.Length)
            throw new ArgumentException("the offset map needs one entry per character", nameof(map));
        return new(original, text, map);
    }

    /// <summary>Original offset of the character at <paramref name="index"/>; an end index maps past its last character.</summary>
    public int ToOriginal(int index)
    {
        if (_map is null) return Math.Clamp(index, 0, Original.Length);
        if (_map.Length == 0) return 0;
        if (index <= 0) return _map[0];
        if (index >= _map.Length) return Math.Min(Original.Length, _map[^1] + 1);
        return _map[index];
    }

    /// <summary>Maps a [start, end) range of <see cref="Text"/> to the original input.</summary>
    public (int Start, int End) ToOriginalRange(int start, int end)
    {
        var s = ToOriginal(start);
        var e = end > start ? ToOriginal(end - 1) + 1 : s;
        if (_map is null) e = Math.Clamp(end, s, Original.Length);
        return (s, Math.Max(s, e));
    }
}
