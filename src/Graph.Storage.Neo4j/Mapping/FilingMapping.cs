using System.Globalization;
using Graph.Core.Model;
using Graph.Storage.Neo4j.Transport;

namespace Graph.Storage.Neo4j.Mapping;

/// <summary>Filing nodes to and from rows. Times are stored as ISO 8601 UTC text, exactly as read back.</summary>
internal static class FilingMapping
{
    public static Dictionary<string, object?> ToProperties(Filing f) => new()
    {
        ["id"] = f.Id,
        ["reporterId"] = f.ReporterId,
        ["form"] = f.Form,
        ["fiscalYear"] = f.FiscalYear,
        ["periodEnd"] = f.PeriodEnd,
        ["source"] = f.Source,
        ["contentHash"] = f.ContentHash,
        ["ingestedAt"] = Time(f.IngestedAt == default ? DateTimeOffset.UtcNow : f.IngestedAt),
    };

    /// <summary>Reads id, reporterId, form, fiscalYear, periodEnd, source, contentHash, ingestedAt.</summary>
    public static Filing FromRow(CypherRow row, Func<string, string> resolve) => new()
    {
        Id = row.GetString("id"),
        ReporterId = resolve(row.GetString("reporterId")),
        Form = row.GetNullableString("form"),
        FiscalYear = row.GetNullableInt32("fiscalYear"),
        PeriodEnd = row.GetNullableString("periodEnd"),
        Source = row.GetNullableString("source"),
        ContentHash = row.GetNullableString("contentHash"),
        IngestedAt = ParseTime(row.GetString("ingestedAt")),
    };

    public static string Time(DateTimeOffset t) => t.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
