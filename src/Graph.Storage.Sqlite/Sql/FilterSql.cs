using Graph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Sql;

/// <summary>
/// An <see cref="EdgeFilter"/> as SQL conditions on the edges alias <c>e</c>. Amount bounds apply
/// to the value in currency units (amount × scale); reporters come in already expanded to
/// every member of their SAME_AS clusters.
/// </summary>
internal static class FilterSql
{
    public static List<string> Conditions(SqliteCommand cmd, EdgeFilter filter, IReadOnlyCollection<long>? reporterNs)
    {
        var where = new List<string>();
        if (filter.Kinds is { Count: > 0 } kinds)
        {
            where.Add("e.kind IN (SELECT value FROM json_each(@f_kinds))");
            cmd.AddList("@f_kinds", kinds);
        }
        if (filter.YearFrom is { } yearFrom)
        {
            where.Add("e.year >= @f_year_from");
            cmd.Add("@f_year_from", yearFrom);
        }
        if (filter.YearTo is { } yearTo)
        {
            where.Add("e.year <= @f_year_to");
            cmd.Add("@f_year_to", yearTo);
        }
        if (filter.MinAmount is { } min)
        {
            where.Add("e.value >= @f_min");
            cmd.Add("@f_min", (double)min);
        }
        if (filter.MaxAmount is { } max)
        {
            where.Add("e.value <= @f_max");
            cmd.Add("@f_max", (double)max);
        }
        if (filter.Currencies is { Count: > 0 } currencies)
        {
            where.Add("e.currency IN (SELECT value FROM json_each(@f_currencies))");
            cmd.AddList("@f_currencies", currencies.Select(c => c.ToUpperInvariant()));
        }
        if (reporterNs is not null)
        {
            where.Add("e.reported_by_n IN (SELECT value FROM json_each(@f_reporters))");
            cmd.AddList("@f_reporters", reporterNs);
        }
        return where;
    }

    public static string Where(IEnumerable<string> conditions)
    {
        var list = conditions.ToList();
        return list.Count == 0 ? "" : "WHERE " + string.Join(" AND ", list);
    }
}
