using Graph.Extraction.Parties;
using Graph.Extraction.Periods;

namespace Graph.Extraction.Output;

/// <summary>A fact before it is written out: which party, what kind, which period, how much, from where.</summary>
internal sealed record FactDraft(
    PartyEntry Party,
    string Kind,
    Period Period,
    decimal Amount,
    string? Currency,
    decimal? Scale,
    int EvidenceStart,
    int EvidenceEnd,
    bool Aggregate = false,
    string? Description = null);
