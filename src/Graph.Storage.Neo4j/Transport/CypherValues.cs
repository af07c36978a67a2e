using System.Globalization;

namespace Graph.Storage.Neo4j.Transport;

/// <summary>Conversions from decoded Query API values to the .NET types the store uses.</summary>
public static class CypherValues
{
    public static string? AsString(object? value) => value switch
    {
        null => null,
        string s => s,
        CypherTemporal t => t.Value,
        _ => throw new InvalidCastException($"A string was expected, not {value.GetType().Name}."),
    };

    public static long? AsInt64(object? value) => value switch
    {
        null => null,
        long l => l,
        double d when d == Math.Floor(d) => checked((long)d),
        _ => throw new InvalidCastException($"An integer was expected, not {value.GetType().Name}."),
    };

    public static double? AsDouble(object? value) => value switch
    {
        null => null,
        double d => d,
        long l => l,
        _ => throw new InvalidCastException($"A number was expected, not {value.GetType().Name}."),
    };

    /// <summary>
    /// A Float becomes the decimal of its shortest round-trip text, which is the number the
    /// store wrote: a decimal sent as a Float comes back as the same decimal value.
    /// </summary>
    public static decimal? AsDecimal(object? value) => value switch
    {
        null => null,
        long l => l,
        double d => decimal.Parse(d.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => throw new InvalidCastException($"A number was expected, not {value.GetType().Name}."),
    };

    public static IReadOnlyList<string> AsStrings(object? value) => value switch
    {
        null => [],
        IReadOnlyList<object?> list => [.. list.Select(v => AsString(v) ?? "")],
        _ => throw new InvalidCastException($"A list of strings was expected, not {value.GetType().Name}."),
    };
}
