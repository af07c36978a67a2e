using Graph.Core.Model;

namespace Graph.Core.Building;

/// <summary>The graph one filing contributes, and the facts that could not become edges.</summary>
public sealed record FilingBuild(FilingGraph Graph, IReadOnlyList<SkippedFact> Skipped);

/// <summary>A fact left out of the graph, with its position in the note and why.</summary>
public sealed record SkippedFact(int Index, string Party, string Kind, string Reason);
