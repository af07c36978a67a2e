namespace Graph.Extraction.Input;

/// <summary>Rejects input that cannot be a note before any rule runs on it.</summary>
public static class InputGuard
{
    /// <summary>Whole filings run to a few MB; anything this large is not a filing.</summary>
    public const int MaxChars = 64 * 1024 * 1024;

    public static void Check(string input)
    {
        if (input.Length > MaxChars)
            throw new InputRejectedException(
                $"input is {input.Length / (1024 * 1024)} MB; the limit is {MaxChars / (1024 * 1024)} MB (a note or a filing is far smaller)");
        if (string.IsNullOrWhiteSpace(input))
            throw new InputRejectedException("input is empty");
        if (LooksBinary(input))
            throw new InputRejectedException("input looks binary (control characters or NUL bytes), not text or HTML");
    }

    // Text and HTML never hold NULs and rarely other C0 controls; binaries are full of them.
    private static bool LooksBinary(string input)
    {
        var sample = Math.Min(input.Length, 64 * 1024);
        var controls = 0;
        for (var i = 0; i < sample; i++)
        {
            var c = input[i];
            if (c == '\0') return true;
            if (c < ' ' && c is not '\n' and not '\r' and not '\t' and not '\f') controls++;
            else if (c == '\uFFFD') controls++;
        }
        return controls > sample / 20 + 2;
    }

    /// <summary>Files are checked by size before they are read into memory.</summary>
    public static void CheckFileSize(long bytes)
    {
        if (bytes > MaxChars)
            throw new InputRejectedException(
                $"file is {bytes / (1024 * 1024)} MB; the limit is {MaxChars / (1024 * 1024)} MB (a note or a filing is far smaller)");
    }
}
