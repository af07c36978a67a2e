using System.Globalization;

namespace Graph.Storage.Neo4j.Export;

/// <summary>
/// Fields as <c>neo4j-admin database import</c> reads them: a null is an empty unquoted field (no
/// property), every string is quoted with inner quotes doubled (so "" is an empty string and
/// commas, quotes and line breaks survive; the import needs --multiline-fields=true for the last).
/// </summary>
internal static class CsvText
{
    public static string Quote(string? value) => value is null ? "" : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    public static string Number(decimal? value) => value is { } v ? ((double)v).ToString("R", CultureInfo.InvariantCulture) : "";

    public static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    public static string Boolean(bool value) => value ? "true" : "false";

    /// <summary>A string[] column: elements joined by the array delimiter, quoted as one field; empty for none.</summary>
    public static string Array(IReadOnlyList<string> values, char delimiter) =>
        values.Count == 0 ? "" : Quote(string.Join(delimiter, values));

    public static string Row(params string[] fields) => string.Join(',', fields);
}
