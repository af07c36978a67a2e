using System.Text.Json.Serialization;

namespace Graph.Core.Notes;

/// <summary>
/// One extracted related-party note in the shape of FACTS.md: the contract between
/// extraction, ingest and the scorer. Property names are fixed by that contract.
/// </summary>
public sealed record NoteFacts
{
    [JsonPropertyName("note")] public string Note { get; init; } = "";
    [JsonPropertyName("reporter")] public string? Reporter { get; init; }
    [JsonPropertyName("currency")] public string? Currency { get; init; }
    [JsonPropertyName("scale")] public decimal? Scale { get; init; }
    [JsonPropertyName("parties")] public IReadOnlyList<Party> Parties { get; init; } = [];
    [JsonPropertyName("facts")] public IReadOnlyList<NoteFact> Facts { get; init; } = [];
}
