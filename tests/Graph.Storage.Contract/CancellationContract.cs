using Graph.Core.Storage;

namespace Graph.Storage.Contract;

/// <summary>Every read honours a cancelled token.</summary>
public abstract class CancellationContract : StoreContract
{
    public static TheoryData<string> Reads => new()
    {
        "stats", "entities", "search", "edges", "counterparties", "network", "paths", "shared", "changes", "filings", "suggest",
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Cancelled_read_throws(string read)
    {
        await SeedAsync();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var ct = cts.Token;

        Task call = read switch
        {
            "stats" => Store.GetStatsAsync(ct),
            "entities" => Store.GetEntitiesAsync([ContractGraph.AlphaId], ct),
            "search" => Store.SearchEntitiesAsync("a", null, 10, null, ct),
            "edges" => Store.GetEdgesAsync(new EdgeQuery(), ct),
            "counterparties" => Store.GetCounterpartiesAsync([ContractGraph.AlphaId], EdgeFilter.None, ct),
            "network" => Store.GetNetworkAsync(ContractGraph.AlphaId, 2, EdgeFilter.None, 50, NetworkEdgeSelection.DefaultEdgeLimit, ct),
            "paths" => Store.FindPathsAsync(ContractGraph.AlphaId, ContractGraph.DeltaId, 4, EdgeFilter.None, 3, ct),
            "shared" => Store.GetSharedCounterpartiesAsync([ContractGraph.AlphaId, ContractGraph.BetaId], EdgeFilter.None, ct),
            "changes" => Store.GetChangesAsync(ContractGraph.AlphaId, 2022, 2023, ct),
            "filings" => Store.ListFilingsAsync(null, 10, null, ct),
            "suggest" => Store.SuggestMergesAsync(10, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(read)),
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Fact]
    public async Task Cancelled_export_throws()
    {
        await SeedAsync();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in Store.ReadEdgesAsync(cts.Token))
            {
            }
        });
    }
}
