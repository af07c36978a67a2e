namespace Graph.Extraction.Text;

/// <summary>
/// Turns the line breaks inside prose paragraphs into spaces, so that names, amount lists and
/// dates broken by a hard wrap ("Amounts due from Shenyang\nYunrongxin") read as written on one
/// line. Each character is replaced one for one, so offsets into the text stay those of the input.
/// </summary>
internal static class LineJoiner
{
    public static string Join(string text, IEnumerable<Paragraph> paragraphs)
    {
        char[]? chars = null;
        foreach (var p in paragraphs)
        {
            for (var i = p.Span.Start; i < p.Span.End; i++)
            {
                if (text[i] != '\n') continue;
                chars ??= text.ToCharArray();
                // The break and the cell pipes and spaces around it ("text |\n|more") become one gap.
                var s = i;
                while (s > p.Span.Start && text[s - 1] is '\r' or '|' or ' ' or '\t') s--;
                var e = i + 1;
                while (e < p.Span.End && text[e] is '|' or ' ' or '\t') e++;
                for (var k = s; k < e; k++) chars[k] = ' ';
            }
        }
        return chars is null ? text : new string(chars);
    }
}
