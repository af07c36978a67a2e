namespace Graph.Extraction.Text;

/// <summary>Counts the words of a line or label without splitting it into new strings (lines are many).</summary>
internal static class WordCount
{
    /// <summary>The runs between single spaces that are not empty: <c>Split(' ', RemoveEmptyEntries).Length</c>.</summary>
    public static int Of(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (c == ' ') inWord = false;
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }
        return count;
    }

    /// <summary>The runs between single spaces, empty ones included: <c>Split(' ').Length</c>.</summary>
    public static int WithEmpty(ReadOnlySpan<char> text) => text.Count(' ') + 1;
}
