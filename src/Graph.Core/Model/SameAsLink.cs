namespace Graph.Core.Model;

/// <summary>
/// An entity-resolution judgement: <see cref="EntityId"/> is the same as <see cref="TargetId"/>.
/// Recorded, never destructive; removing it undoes the merge.
/// </summary>
public sealed record SameAsLink(
    string Id, string EntityId, string TargetId, string Method, double Score, string By, DateTimeOffset At, string? Reason);
