using Graph.Core.Notes;

namespace Graph.Extraction.Parties;

/// <summary>
/// The parties of one note, keyed by every name and alias. Lives for one extraction only.
/// </summary>
internal sealed class PartyBook
{
    private readonly List<PartyEntry> _parties = [];
    private readonly Dictionary<string, PartyEntry> _byName = new(StringComparer.Ordinal);

    public IReadOnlyList<PartyEntry> Parties => _parties;

    /// <summary>The reporting company when the note defines it ("XYZ Inc. (the “Company”)").</summary>
    public string? ReporterName { get; set; }

    public PartyEntry? Find(string name) => _byName.GetValueOrDefault(Key(name));

    /// <summary>Drops a party found under the reporter's own name: the reporter is not its own counterparty.</summary>
    public void Remove(string name)
    {
        if (Find(name) is not { } entry) return;
        _parties.Remove(entry);
        foreach (var key in _byName.Where(kv => kv.Value == entry).Select(kv => kv.Key).ToList()) _byName.Remove(key);
    }

    public PartyEntry Add(string name, string type, string? relationship = null, IEnumerable<string>? aliases = null)
    {
        name = Clean(name);
        var existing = Find(name) ?? aliases?.Select(Find).FirstOrDefault(p => p is not null);
        if (existing is null)
        {
            existing = new PartyEntry(name, type);
            _parties.Add(existing);
        }
        else if (name.Length > existing.Name.Length && name.Contains(existing.Name, StringComparison.Ordinal))
        {
            existing.Rename(name);
        }
        else existing.AddAlias(name);
        existing.Relationship ??= relationship;
        foreach (var a in aliases ?? []) existing.AddAlias(Clean(a));
        Index(existing);
        return existing;
    }

    /// <summary>A descriptive party ("a former owner of Nottingham") the scorer leaves out.</summary>
    public PartyEntry AddDescribed(string description, bool aggregate)
    {
        description = Clean(description);
        if (Find(description) is { } known) return known;
        var entry = new PartyEntry(description, aggregate ? PartyTypes.Group : PartyTypes.Other)
        {
            Unnamed = !aggregate,
            Aggregate = aggregate,
        };
        _parties.Add(entry);
        Index(entry);
        return entry;
    }

    public void Index(PartyEntry entry)
    {
        foreach (var n in entry.AllNames)
            _byName.TryAdd(Key(n), entry);
    }

    public IEnumerable<(string Name, PartyEntry Party)> Names =>
        _parties.SelectMany(p => p.AllNames.Select(n => (n, p)));

    public IReadOnlyList<Party> ToParties(IEnumerable<PartyEntry> used) =>
        [.. _parties.Where(p => used.Contains(p) || !p.Unnamed && !p.Aggregate).Select(p => p.ToParty())];

    private static string Key(string name) => Clean(name).TrimEnd('.').ToLowerInvariant();

    public static string Clean(string name) =>
        (IsSingleSpaced(name) ? name : string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Trim(' ', ',', ';', ':', '|');

    // Splitting such a name at white space and joining the words with single spaces gives it back
    // unchanged; names are cleaned on every lookup, and most are already clean.
    private static bool IsSingleSpaced(string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if (!char.IsWhiteSpace(name[i])) continue;
            if (name[i] != ' ' || i == 0 || i == name.Length - 1 || char.IsWhiteSpace(name[i + 1])) return false;
        }
        return true;
    }
}
