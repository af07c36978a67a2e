using Graph.Core.Model;

namespace Graph.Core.Storage;

/// <summary>
/// Year-over-year changes from per-counterparty totals, the same for every store: a kind and
/// currency absent in the first year is new, absent in the second vanished, otherwise changed
/// when the sums differ. Unchanged flows are left out. Biggest swings come first within a type.
/// </summary>
public static class YearChanges
{
    public static IReadOnlyList<Change> Compare<TKey>(
        IReadOnlyDictionary<TKey, List<KindYearTotal>> totals, IReadOnlyDictionary<TKey, Entity> entities, int fromYear, int toYear)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(entities);
        var changes = new List<Change>();
        foreach (var (other, sums) in totals)
        {
            if (!entities.TryGetValue(other, out var entity))
                continue;
            foreach (var group in sums.GroupBy(s => (s.Kind, s.Currency)))
            {
                var before = group.Where(s => s.Year == fromYear).ToList();
                var after = group.Where(s => s.Year == toYear).ToList();
                var fromAmount = before.Sum(s => s.Amount);
                var toAmount = after.Sum(s => s.Amount);
                var type = before.Count == 0 ? ChangeType.New
                    : after.Count == 0 ? ChangeType.Vanished
                    : fromAmount != toAmount ? ChangeType.Changed
                    : ChangeType.Unchanged;
                if (type != ChangeType.Unchanged)
                    changes.Add(new Change(entity, type, group.Key.Kind, group.Key.Currency, fromAmount, toAmount));
            }
        }
        return changes
            .OrderBy(c => c.Type)
            .ThenByDescending(c => Math.Abs(c.ToAmount - c.FromAmount))
            .ThenBy(c => c.Counterparty.Id, StringComparer.Ordinal)
            .ThenBy(c => c.Kind, StringComparer.Ordinal)
            .ToList();
    }
}
