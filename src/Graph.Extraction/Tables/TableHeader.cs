using Graph.Extraction.Periods;

namespace Graph.Extraction.Tables;

/// <summary>The columns of a table as its header rows state them: periods, currencies, unit, frame.</summary>
internal sealed record TableHeader(IReadOnlyList<Period> Periods, IReadOnlyList<string?> Currencies, decimal? Scale, PeriodFrame Frame)
{
    public int Columns => Math.Max(Periods.Count, Currencies.Count);

    /// <summary>The period of each column, or null for columns in another currency (convenience translations).</summary>
    public IReadOnlyList<Period?> ColumnPeriods()
    {
        var n = Columns;
        var main = Currencies.FirstOrDefault(c => c is not null);
        var result = new Period?[n];
        if (Periods.Count == n)
        {
            for (var i = 0; i < n; i++)
                result[i] = Currencies.Count == n && Currencies[i] is not null && main is not null && Currencies[i] != main ? null : Periods[i];
            return result;
        }
        // Fewer periods than currency columns: the periods go to the columns in the main currency.
        var p = 0;
        for (var i = 0; i < n && p < Periods.Count; i++)
        {
            if (Currencies.Count == n && Currencies[i] is not null && main is not null && Currencies[i] != main) continue;
            result[i] = Periods[p++];
        }
        return result;
    }

    public string? Currency => Currencies.FirstOrDefault(c => c is not null);
}
