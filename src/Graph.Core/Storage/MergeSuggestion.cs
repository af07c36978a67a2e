namespace Graph.Core.Storage;

/// <summary>A proposed (not applied) entity merge from fuzzy matching.</summary>
public sealed record MergeSuggestion(string EntityId, string TargetId, string Method, double Score, string Why);
