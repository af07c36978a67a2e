namespace Graph.Extraction.Amounts;

/// <summary>
/// A list of amounts read together ("RMB34, RMB6 and , were"): one slot per period, nil where the
/// filing printed a dash (now blank). Ambiguous separators (", and" or a trailing "and") may or may
/// not hide a blank; <see cref="Slots"/> resolves them against the number of periods.
/// </summary>
internal sealed record AmountList(int Start, int End, IReadOnlyList<ListItem> Items)
{
    public int MinCount => Items.Count(i => i.Kind != SlotKind.MaybeBlank);
    public int MaxCount => Items.Count;
    public IEnumerable<MoneyToken> Amounts => Items.Where(i => i.Token is { IsNil: false }).Select(i => i.Token!);

    /// <summary>The slots when <paramref name="periods"/> are to be paired; maybe-blanks are filled left to right as needed.</summary>
    public IReadOnlyList<MoneyToken?> Slots(int periods)
    {
        var extra = Math.Clamp(periods - MinCount, 0, MaxCount - MinCount);
        var slots = new List<MoneyToken?>();
        foreach (var item in Items)
        {
            switch (item.Kind)
            {
                case SlotKind.Amount: slots.Add(item.Token!.IsNil ? null : item.Token); break;
                case SlotKind.Blank: slots.Add(null); break;
                case SlotKind.MaybeBlank when extra > 0: slots.Add(null); extra--; break;
            }
        }
        return slots;
    }
}

internal enum SlotKind { Amount, Blank, MaybeBlank }

internal sealed record ListItem(SlotKind Kind, MoneyToken? Token);
