using System.Text.Json.Serialization;

namespace Graph.Core.Notes;

/// <summary>A related party as the note defines it.</summary>
public sealed record Party
{
    [JsonPropertyName("name")] public string Name { get; init; } = "";
    [JsonPropertyName("aliases")] public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>company | person | group | government | other (see <see cref="PartyTypes"/>).</summary>
    [JsonPropertyName("type")] public string Type { get; init; } = PartyTypes.Company;
    [JsonPropertyName("relationship")] public string? Relationship { get; init; }
    [JsonPropertyName("role")] public string? Role { get; init; }
}
