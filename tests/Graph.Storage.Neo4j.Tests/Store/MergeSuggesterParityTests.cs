using Graph.Core.Model;
using Graph.Core.Notes;
using Graph.Storage.Contract;
using Graph.Storage.Neo4j.Resolution;
using Graph.Storage.Sqlite;

namespace Graph.Storage.Neo4j.Tests.Store;

/// <summary>Both stores must propose the same merges: the Neo4j store's suggester against the embedded store's, on one graph.</summary>
public sealed class MergeSuggesterParityTests
{
    [Fact]
    public async Task Suggestions_match_the_embedded_stores()
    {
        var ct = TestContext.Current.CancellationToken;
        var directory = Path.Combine(Path.GetTempPath(), "graph-suggest-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var store = new SqliteGraphStore(Path.Combine(directory, "graph.db"));
            await store.InitializeAsync(ct);
            foreach (var filing in ContractGraph.All())
                await store.IngestAsync(filing, ct);
            await store.IngestAsync(ContractGraph.Build(new NoteFacts
            {
                Note = "more.txt",
                Currency = "USD",
                Parties =
                [
                    new Party { Name = "Gamma Limited Holdings", Aliases = ["Gamma HK"] },
                    new Party { Name = "Gamma HK", Type = PartyTypes.Company },
                    new Party { Name = "Jon Smith", Type = PartyTypes.Person },
                    new Party { Name = "Delta Logistics LLC" },
                ],
                Facts = [new NoteFact { Party = "Gamma HK", Kind = FactKinds.Revenue, Year = 2023, Amount = 1 }],
            }, "Epsilon Corp", "epsilon-2023", "10-K", "epsilon-v1"), ct);

            var candidates = new List<Entity>();
            await foreach (var entity in store.ReadEntitiesAsync(ct))
                if (entity.Placeholder is null)
                    candidates.Add(entity);

            var expected = await store.SuggestMergesAsync(50, ct);
            var actual = MergeSuggester.Suggest(candidates, 50, ct);

            // The explanation names the pair in the order the store lists candidates (insertion order
            // in SQLite, id order in Neo4j); the proposal itself must be the same.
            Assert.NotEmpty(expected);
            Assert.Equal(expected.Select(s => (s.EntityId, s.TargetId, s.Method, s.Score)), actual.Select(s => (s.EntityId, s.TargetId, s.Method, s.Score)));
        }
        finally
        {
            if (Directory.Exists(directory))
                Directory.Delete(directory, recursive: true);
        }
    }
}
