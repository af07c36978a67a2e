using Graph.Core.Model;
using Graph.Core.Notes;
using Graph.Core.Resolution;
using Graph.Storage.Contract;

namespace Graph.Storage.Sqlite.Tests.Resolution;

/// <summary>The merge suggester both stores call, tested on its own and through the embedded store.</summary>
public sealed class MergeSuggesterTests
{
    private static Entity Company(string id, string name, params string[] aliases) =>
        new() { Id = id, Name = name, Aliases = aliases };

    [Fact]
    public void An_alias_that_is_another_entitys_name_is_proposed_towards_the_fuller_name()
    {
        var suggestions = MergeSuggester.Suggest(
            [Company("gamma", "Gamma Limited Holdings", "Gamma HK"), Company("gamma-hk", "Gamma HK")], 10, TestContext.Current.CancellationToken);

        var suggestion = Assert.Single(suggestions);
        Assert.Equal(("gamma-hk", "gamma", "alias", 0.95), (suggestion.EntityId, suggestion.TargetId, suggestion.Method, suggestion.Score));
    }

    [Fact]
    public void Names_whose_words_agree_are_proposed_and_abbreviations_match()
    {
        var suggestions = MergeSuggester.Suggest(
            [Company("a", "Keshen Info Tech"), Company("b", "Keshen Information Technology Solutions")], 10, TestContext.Current.CancellationToken);

        var suggestion = Assert.Single(suggestions);
        Assert.Equal(("a", "b", "name-contained"), (suggestion.EntityId, suggestion.TargetId, suggestion.Method));
    }

    [Fact]
    public void A_person_is_never_proposed_as_a_company()
    {
        var suggestions = MergeSuggester.Suggest(
            [new Entity { Id = "p", Name = "Jon Smith", Type = "person" }, Company("c", "Jon Smith Trading", "Jon Smith")], 10, TestContext.Current.CancellationToken);

        Assert.Empty(suggestions);
    }

    [Fact]
    public void The_limit_caps_the_suggestions()
    {
        var suggestions = MergeSuggester.Suggest(
            [Company("a", "Alpha", "Alpha Corp Beta"), Company("b", "Alpha Corp Beta"), Company("c", "Zeta Omega", "Zeta Omega Corp"), Company("d", "Zeta Omega Corp")],
            1, TestContext.Current.CancellationToken);

        Assert.Single(suggestions);
    }

    [Fact]
    public async Task The_embedded_store_proposes_what_the_suggester_proposes_for_its_entities()
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

            // The explanation names the pair in the order the candidates are listed; the proposal itself must be the same.
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
