namespace Graph.Storage.Sqlite.Traversal;

/// <summary>
/// The graph as compact arrays for traversal: canonical entities numbered 0..NodeCount-1, one
/// slot per edge with the attributes filters need, and a CSR adjacency list (both directions)
/// per node. Edges whose two ends fall into one SAME_AS cluster are left out of the adjacency.
/// Immutable once built.
/// </summary>
internal sealed class TraversalIndex
{
    public required long[] NodeKeys { get; init; }            // node → canonical entity n
    public required string[] NodeIds { get; init; }           // node → canonical entity id
    public required IReadOnlyDictionary<long, string> FilingIds { get; init; } // filings.n → id
    public required Dictionary<long, int> NodeOf { get; init; } // canonical entity n → node
    public required long[] EdgeKeys { get; init; }            // edge slot → edges.n
    public required int[] From { get; init; }
    public required int[] To { get; init; }
    public required byte[] Kind { get; init; }
    public required int[] Year { get; init; }                  // int.MinValue when unknown
    public required double[] Value { get; init; }              // NaN when unknown
    public required short[] Currency { get; init; }            // -1 when unknown
    public required int[] ReportedBy { get; init; }            // node of the reporter
    public required int[] Offsets { get; init; }               // node → start in Adjacent
    public required int[] Adjacent { get; init; }              // edge slots around each node, ordered by neighbour
    public required int[] Neighbours { get; init; }            // the node at the other end of each Adjacent slot
    public required double[] AdjacentValue { get; init; }      // the value of each Adjacent slot's edge, beside it for scans
    public required IReadOnlyDictionary<string, byte> KindCodes { get; init; }
    public required IReadOnlyDictionary<string, short> CurrencyCodes { get; init; }
    public required string[] KindNames { get; init; }          // kind code → kind
    public required string[] CurrencyNames { get; init; }      // currency code → currency

    public int NodeCount => NodeKeys.Length;

    public ReadOnlySpan<int> EdgesOf(int node) => Adjacent.AsSpan(Offsets[node], Offsets[node + 1] - Offsets[node]);

    public int Degree(int node) => Offsets[node + 1] - Offsets[node];

    public int Other(int edge, int node) => From[edge] == node ? To[edge] : From[edge];
}
