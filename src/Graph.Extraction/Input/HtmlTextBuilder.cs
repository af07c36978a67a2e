using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Graph.Extraction.Input;

/// <summary>
/// Renders an HTML document as the line-and-cell text the rules read (blocks on their own lines,
/// table cells separated by " | "), and keeps for every character its offset in the HTML, so
/// evidence points into the original file. AngleSharp does the parsing; text nodes are aligned
/// back to the source from their element's source position.
/// </summary>
internal sealed class HtmlTextBuilder
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article", "ul", "ol",
        "dt", "dd", "blockquote", "pre", "hr", "header", "footer", "caption", "thead", "tbody", "tfoot", "center",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "head", "title", "noscript", "template", "ix:header", "svg", "object",
    };

    private readonly string _html;
    private readonly StringBuilder _text = new();
    private readonly List<int> _map = [];
    private int _cursor;

    private HtmlTextBuilder(string html) => _html = html;

    public static (string Text, int[] Map) Build(string html, CancellationToken ct)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(html);
        var builder = new HtmlTextBuilder(html);
        builder.Walk(document.DocumentElement, ct);
        return (builder._text.ToString(), [.. builder._map]);
    }

    private void Walk(INode node, CancellationToken ct)
    {
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((node, false));
        var visited = 0;
        while (stack.Count > 0)
        {
            if (++visited % 4096 == 0) ct.ThrowIfCancellationRequested();
            var (current, exit) = stack.Pop();
            if (current is IElement element)
            {
                var name = element.LocalName;
                if (exit)
                {
                    if (Blocks.Contains(name)) NewLine(element);
                    continue;
                }
                if (Skipped.Contains(name) || element.TagName.Equals("IX:HEADER", StringComparison.OrdinalIgnoreCase) || Hidden(element)) continue;
                if (element.SourceReference?.Position.Index is { } index && index > _cursor && index < _html.Length) _cursor = index;
                if (name is "td" or "th") Cell(element);
                else if (Blocks.Contains(name)) NewLine(element);
                stack.Push((element, true));
                for (var i = element.ChildNodes.Length - 1; i >= 0; i--) stack.Push((element.ChildNodes[i], false));
            }
            else if (current is IText text)
            {
                Text(text.Data);
            }
            else if (current is IDocument or IDocumentFragment)
            {
                for (var i = current.ChildNodes.Length - 1; i >= 0; i--) stack.Push((current.ChildNodes[i], false));
            }
        }
    }

    private static bool Hidden(IElement element)
    {
        var style = element.GetAttribute("style");
        return style is not null && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase);
    }

    private int ElementOffset(IElement element) =>
        element.SourceReference?.Position.Index is { } i && i >= 0 && i < _html.Length ? i : Math.Min(_cursor, Math.Max(0, _html.Length - 1));

    private void NewLine(IElement element)
    {
        if (_text.Length == 0 || _text[^1] == '\n') return;
        while (_text.Length > 0 && _text[^1] == ' ') { _text.Length--; _map.RemoveAt(_map.Count - 1); }
        Append('\n', ElementOffset(element));
    }

    private void Cell(IElement element)
    {
        if (_text.Length == 0 || _text[^1] == '\n') return;
        var at = ElementOffset(element);
        Append(' ', at);
        Append('|', at);
        Append(' ', at);
    }

    private void Text(string data)
    {
        var p = SkipTags(_cursor);
        foreach (var ch in data)
        {
            var c = ch is '\u00a0' or '\u200b' or '\t' or '\r' or '\n' or '\u2009' or '\u202f' ? ' ' : ch;
            var at = Locate(ref p, ch);
            if (c == ' ')
            {
                if (ch == '\u200b') continue;
                if (_text.Length == 0 || _text[^1] is ' ' or '\n') continue;
            }
            Append(c, at);
        }
        _cursor = p;
    }

    // Finds where a decoded character sits in the HTML: as itself, or as an entity ("&#x2013;").
    private int Locate(ref int p, char ch)
    {
        p = SkipTags(p);
        if (p >= _html.Length) return _html.Length - 1;
        var o = _html[p];
        if (o == '&')
        {
            var semi = _html.IndexOf(';', p, Math.Min(12, _html.Length - p));
            if (semi > p)
            {
                var at = p;
                p = semi + 1;
                return at;
            }
        }
        if (o == ch || char.IsWhiteSpace(o) && (char.IsWhiteSpace(ch) || ch is '\u00a0' or '\u200b'))
            return p++;
        var window = Math.Min(64, _html.Length - p);
        var found = _html.IndexOf(ch, p, window);
        if (found >= 0 && _html.IndexOf('<', p, found - p) < 0)
        {
            p = found + 1;
            return found;
        }
        return p;
    }

    private int SkipTags(int p)
    {
        while (p < _html.Length && _html[p] == '<')
        {
            var close = _html.IndexOf('>', p);
            if (close < 0) return _html.Length;
            p = close + 1;
        }
        return p;
    }

    private void Append(char c, int offset)
    {
        _text.Append(c);
        _map.Add(offset);
    }
}
