using System.Text.Json.Serialization;

namespace Graph.Core.Notes;

/// <summary>One fact per party, kind and period (FACTS.md).</summary>
public sealed record NoteFact
{
    [JsonPropertyName("party")] public string Party { get; init; } = "";
    /// <summary>One of <see cref="FactKinds"/> in snake case: revenue, purchase, due_from ...</summary>
    [JsonPropertyName("kind")] public string Kind { get; init; } = "";
    [JsonPropertyName("year")] public int? Year { get; init; }
    /// <summary>Balances only: the balance-sheet date, yyyy-MM-dd.</summary>
    [JsonPropertyName("asOf")] public string? AsOf { get; init; }
    /// <summary>Interim flows: 3M, 6M or 9M.</summary>
    [JsonPropertyName("period")] public string? Period { get; init; }
    [JsonPropertyName("periodEnd")] public string? PeriodEnd { get; init; }
    [JsonPropertyName("amount")] public decimal? Amount { get; init; }
    [JsonPropertyName("currency")] public string? Currency { get; init; }
    /// <summary>A fact's own unit, overriding the note's scale.</summary>
    [JsonPropertyName("scale")] public decimal? Scale { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
    [JsonPropertyName("nature")] public string? Nature { get; init; }
    [JsonPropertyName("evidence")] public Evidence? Evidence { get; init; }
    [JsonPropertyName("alt")] public AltAmount? Alt { get; init; }
    [JsonPropertyName("nil")] public bool? Nil { get; init; }
    [JsonPropertyName("aggregate")] public bool? Aggregate { get; init; }
    [JsonPropertyName("unnamed")] public bool? Unnamed { get; init; }
}

/// <summary>Character offsets [start, end) of the supporting text in the original input.</summary>
public sealed record Evidence(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End)
{
    /// <summary>The quoted sentence, when the producer keeps it.</summary>
    [JsonPropertyName("quote")] public string? Quote { get; init; }
}

/// <summary>The same figure in a second currency ("US$50,000 (RMB317,990)").</summary>
public sealed record AltAmount(
    [property: JsonPropertyName("amount")] decimal Amount,
    [property: JsonPropertyName("currency")] string Currency);
