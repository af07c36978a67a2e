using System.Globalization;
using System.Text;

namespace Graph.Storage.Neo4j.Tests.Export;

/// <summary>
/// Reads back the Cypher literals a script holds (strings with escapes, numbers, booleans, null,
/// lists, maps), and splits a script into statements at the ';' that lie outside literals and
/// comments: what a Cypher parser would see, so an escaping mistake shows as a wrong value or an
/// extra statement.
/// </summary>
internal sealed class CypherLiteralReader(string text)
{
    private int _i;

    public static IReadOnlyList<string> Statements(string script)
    {
        var statements = new List<string>();
        var start = 0;
        var i = 0;
        while (i < script.Length)
        {
            var c = script[i];
            if (c is '\'' or '"')
            {
                i++;
                while (i < script.Length && script[i] != c)
                    i += script[i] == '\\' ? 2 : 1;
                i++;
            }
            else if (c == '/' && i + 1 < script.Length && script[i + 1] == '/')
            {
                while (i < script.Length && script[i] != '\n')
                    i++;
            }
            else if (c == ';')
            {
                statements.Add(script[start..i].Trim());
                start = ++i;
            }
            else
                i++;
        }
        if (script[start..].Trim().Length > 0)
            statements.Add(script[start..].Trim());
        return statements;
    }

    /// <summary>The rows of an <c>UNWIND [ … ] AS row</c> statement.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> UnwindRows(string statement)
    {
        Assert.StartsWith("UNWIND [", statement);
        var reader = new CypherLiteralReader(statement) { _i = "UNWIND ".Length };
        var list = (IReadOnlyList<object?>)reader.Value()!;
        reader.SkipSpace();
        Assert.StartsWith("AS row", statement[reader._i..]);
        return list.Cast<IReadOnlyDictionary<string, object?>>().ToList();
    }

    public object? Value()
    {
        SkipSpace();
        var c = text[_i];
        if (c == '\'')
            return String();
        if (c == '[')
        {
            _i++;
            var items = new List<object?>();
            SkipSpace();
            if (text[_i] == ']')
            {
                _i++;
                return items;
            }
            while (true)
            {
                items.Add(Value());
                SkipSpace();
                if (text[_i++] == ']')
                    return items;
            }
        }
        if (c == '{')
        {
            _i++;
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            SkipSpace();
            if (text[_i] == '}')
            {
                _i++;
                return map;
            }
            while (true)
            {
                SkipSpace();
                var start = _i;
                while (char.IsAsciiLetterOrDigit(text[_i]) || text[_i] == '_')
                    _i++;
                var key = text[start.._i];
                SkipSpace();
                Assert.Equal(':', text[_i++]);
                map[key] = Value();
                SkipSpace();
                if (text[_i++] == '}')
                    return map;
            }
        }
        var begin = _i;
        while (_i < text.Length && (char.IsAsciiLetterOrDigit(text[_i]) || text[_i] is '.' or '-'))
            _i++;
        var word = text[begin.._i];
        return word switch
        {
            "null" => null,
            "true" => true,
            "false" => false,
            _ when word.Contains('.', StringComparison.Ordinal) || word.Contains('E', StringComparison.Ordinal) =>
                double.Parse(word, NumberStyles.Float, CultureInfo.InvariantCulture),
            _ => long.Parse(word, CultureInfo.InvariantCulture),
        };
    }

    private string String()
    {
        var b = new StringBuilder();
        _i++;
        while (text[_i] != '\'')
        {
            if (text[_i] != '\\')
            {
                b.Append(text[_i++]);
                continue;
            }
            var e = text[_i + 1];
            _i += 2;
            switch (e)
            {
                case 'n': b.Append('\n'); break;
                case 'r': b.Append('\r'); break;
                case 't': b.Append('\t'); break;
                case 'u':
                    b.Append((char)int.Parse(text.AsSpan(_i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    _i += 4;
                    break;
                default: b.Append(e); break;
            }
        }
        _i++;
        return b.ToString();
    }

    private void SkipSpace()
    {
        while (_i < text.Length && char.IsWhiteSpace(text[_i]))
            _i++;
    }
}
