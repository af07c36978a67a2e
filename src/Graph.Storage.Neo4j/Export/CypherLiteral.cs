using System.Collections;
using System.Globalization;
using System.Text;

namespace Graph.Storage.Neo4j.Export;

/// <summary>
/// Values written as Cypher literals, for scripts that run without parameters. Strings are
/// single-quoted with backslash, quote and every control character escaped, so no value can end
/// its literal early or change the statement around it. Map keys come from the writer's own fixed
/// property names, never from input, and are checked to be plain identifiers.
/// </summary>
public static class CypherLiteral
{
    public static string Of(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        int or long => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        decimal m => Float((double)m),
        double d => Float(d),
        string s => String(s),
        IReadOnlyDictionary<string, object?> map => Map(map),
        IDictionary<string, object?> map => Map(map.AsReadOnly()),
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Of)) + "]",
        _ => throw new ArgumentException($"A {value.GetType().Name} has no Cypher literal form."),
    };

    public static string String(string s)
    {
        var b = new StringBuilder(s.Length + 2).Append('\'');
        foreach (var c in s)
        {
            switch (c)
            {
                case '\\': b.Append(@"\\"); break;
                case '\'': b.Append(@"\'"); break;
                case '\n': b.Append(@"\n"); break;
                case '\r': b.Append(@"\r"); break;
                case '\t': b.Append(@"\t"); break;
                case < ' ' or '\u007F' or '\u2028' or '\u2029':
                    b.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: b.Append(c); break;
            }
        }
        return b.Append('\'').ToString();
    }

    /// <summary>A map literal; null values are left out (the property is simply not set).</summary>
    public static string Map(IReadOnlyDictionary<string, object?> map) =>
        "{" + string.Join(", ", map.Where(kv => kv.Value is not null).Select(kv => $"{Key(kv.Key)}: {Of(kv.Value)}")) + "}";

    private static string Key(string key) =>
        key.Length > 0 && (char.IsAsciiLetter(key[0]) || key[0] == '_') && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? key
            : throw new ArgumentException($"'{key}' is not a plain property name.");

    // Always with a '.' or an exponent, so that Cypher reads a Float and never an Integer.
    private static string Float(double d)
    {
        if (!double.IsFinite(d))
            throw new ArgumentException("NaN and infinities have no Cypher literal.");
        var text = d.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "E", StringComparison.Ordinal);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }
}
