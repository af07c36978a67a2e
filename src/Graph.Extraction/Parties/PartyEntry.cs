using Graph.Core.Notes;

namespace Graph.Extraction.Parties;

/// <summary>A party as the extractor is building it: names grow as the note defines aliases.</summary>
internal sealed class PartyEntry(string name, string type)
{
    public string Name { get; private set; } = name;
    public string Type { get; set; } = type;
    public string? Relationship { get; set; }
    public string? Role { get; set; }
    public bool Unnamed { get; init; }
    public bool Aggregate { get; init; }
    public List<string> Aliases { get; } = [];

    public IEnumerable<string> AllNames => Aliases.Prepend(Name);

    public void AddAlias(string alias)
    {
        alias = alias.Trim();
        if (alias.Length == 0 || alias == Name || Aliases.Contains(alias)) return;
        Aliases.Add(alias);
    }

    /// <summary>A fuller spelling found later becomes the name; the shorter one stays an alias.</summary>
    public void Rename(string fuller)
    {
        if (fuller == Name) return;
        AddAlias(Name);
        Aliases.Remove(fuller);
        Name = fuller;
    }

    public Party ToParty() => new()
    {
        Name = Name,
        Aliases = [.. Aliases],
        Type = Type,
        Relationship = Relationship,
        Role = Role,
    };
}
