using Graph.Core.Model;

namespace Graph.Core.Storage;

/// <summary>
/// Counterparties from per-counterparty totals, the same for every store: totals ordered by
/// kind, year and currency; counterparties by the size of their flows, then by id.
/// </summary>
public static class CounterpartyList
{
    public static IReadOnlyList<Counterparty> From<TKey>(
        IReadOnlyDictionary<TKey, List<KindYearTotal>> totals, IReadOnlyDictionary<TKey, Entity> entities)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(entities);
        // Every total is a sum over edges, so many edges between one pair are each counted once.
        return totals
            .Where(t => entities.ContainsKey(t.Key))
            .Select(t => new Counterparty(
                entities[t.Key],
                t.Value.OrderBy(x => x.Kind, StringComparer.Ordinal).ThenBy(x => x.Year).ThenBy(x => x.Currency, StringComparer.Ordinal).ToList(),
                t.Value.Where(x => x.Year is not null).Select(x => x.Year!.Value).Distinct().Order().ToList()))
            .OrderByDescending(c => c.Totals.Sum(x => Math.Abs(x.Amount)))
            .ThenBy(c => c.Entity.Id, StringComparer.Ordinal)
            .ToList();
    }
}
