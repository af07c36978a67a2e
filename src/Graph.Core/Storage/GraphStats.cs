namespace Graph.Core.Storage;

public sealed record GraphStats(
    int Entities,
    IReadOnlyDictionary<string, int> EntitiesByType,
    int Filings,
    int Transactions,
    int Balances,
    int RelatedParties,
    int SameAs);
