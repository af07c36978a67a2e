using System.Globalization;
using System.Text;
using Graph.Core.Storage;

namespace Graph.Api.Loading;

/// <summary>
/// A string equal for equal filters. <see cref="EdgeFilter"/> is a record over lists, whose
/// equality compares list references; batches must group by content instead.
/// </summary>
internal static class EdgeFilterKey
{
    public static string Of(EdgeFilter filter)
    {
        var b = new StringBuilder();
        Append(b, filter.Kinds);
        b.Append('|').Append(filter.YearFrom?.ToString(CultureInfo.InvariantCulture));
        b.Append('|').Append(filter.YearTo?.ToString(CultureInfo.InvariantCulture));
        b.Append('|').Append(filter.MinAmount?.ToString(CultureInfo.InvariantCulture));
        b.Append('|').Append(filter.MaxAmount?.ToString(CultureInfo.InvariantCulture));
        b.Append('|');
        Append(b, filter.Currencies);
        b.Append('|');
        Append(b, filter.ReportedBy);
        return b.ToString();
    }

    private static void Append(StringBuilder b, IReadOnlyList<string>? values)
    {
        if (values is null) return;
        // Unit separator: cannot occur in ids, kinds or currency codes typed by a client.
        foreach (var v in values.Order(StringComparer.Ordinal)) b.Append(v).Append('\u001f');
    }
}
