namespace Graph.Core.Model;

/// <summary>
/// A node of the graph: a company, person, group or government body. <see cref="Id"/> is
/// derived from the normalised canonical name so that two filers naming the same counterparty
/// produce one node (see <see cref="EntityIds"/>).
/// </summary>
public sealed record Entity
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    /// <summary>company | person | group | government | other.</summary>
    public string Type { get; init; } = "company";
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public bool IsReporter { get; init; }
    public string? Cik { get; init; }
    public string? Lei { get; init; }
    public string? Jurisdiction { get; init; }
    /// <summary>
    /// Null for a real, named entity. <see cref="EntityPlaceholders.Aggregate"/> for a total over
    /// several related parties, <see cref="EntityPlaceholders.Unnamed"/> for a party the note only
    /// describes: both are scoped to one reporter and never match another filer's entities.
    /// </summary>
    public string? Placeholder { get; init; }
}
