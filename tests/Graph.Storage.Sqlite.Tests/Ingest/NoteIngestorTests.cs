using System.Text.Json;
using Graph.Core.Model;
using Graph.Core.Notes;
using Graph.Core.Storage;
using Graph.Ingest;

namespace Graph.Storage.Sqlite.Tests.Ingest;

/// <summary>The ingest pipeline against real notes and gold FACTS.md documents, into a real SQLite file.</summary>
public sealed class NoteIngestorTests : IAsyncLifetime
{
    private readonly TempDatabase _db = new();
    private SqliteGraphStore _store = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);
    private const string Seed = "000_seed_uc-cpaas-20f-2024";
    private const string Nepstar = "114_nepstar-20f-2015-neptunus-schedule";
    private const string Transphorm = "126_transphorm-10k-fy2022-related-party-transactions";

    public async ValueTask InitializeAsync() => _store = await _db.OpenAsync(Ct);

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        await _db.DisposeAsync();
    }

    private static NoteFacts Gold(string name) =>
        JsonSerializer.Deserialize<NoteFacts>(File.ReadAllText(DataFile(name + ".json")))!;

    [Fact]
    public async Task A_gold_document_becomes_one_edge_per_fact_between_the_reporter_and_its_parties()
    {
        var ingestor = new NoteIngestor(_store);
        var gold = Gold(Seed);

        var result = await ingestor.IngestFileAsync(DataFile(Seed + ".json"), new NoteSource { Reporter = "UC CPaaS Reporter", Form = "20-F", FiscalYear = 2024 }, Ct);

        Assert.Equal(IngestStatus.Added, result.Outcome.Status);
        Assert.Equal(gold.Facts.Count(f => f.Nil != true), result.Outcome.EdgesWritten);
        var stats = await _store.GetStatsAsync(Ct);
        Assert.Equal(gold.Parties.Count + 1, stats.Entities);
        Assert.Equal(gold.Facts.Count(f => FactKinds.IsBalance(f.Kind) && f.Nil != true), stats.Balances);

        // Totals per party and kind equal the gold facts' sums: nothing lost, nothing counted twice.
        var reporterId = EntityIds.ForName("UC CPaaS Reporter");
        var counterparties = (await _store.GetCounterpartiesAsync([reporterId], EdgeFilter.None, Ct))[reporterId];
        foreach (var party in gold.Parties)
        {
            var id = EntityIds.ForName(party.Name);
            var names = party.Aliases.Append(party.Name).ToHashSet();
            var expected = gold.Facts.Where(f => names.Contains(f.Party) && f.Nil != true)
                .GroupBy(f => f.Kind).ToDictionary(g => g.Key, g => g.Sum(f => f.Amount ?? 0));
            var actual = counterparties.Single(c => c.Entity.Id == id).Totals
                .GroupBy(t => t.Kind).ToDictionary(g => g.Key, g => g.Sum(t => t.Amount));
            Assert.Equal(expected.OrderBy(kv => kv.Key), actual.OrderBy(kv => kv.Key));
        }
    }

    [Fact]
    public async Task The_same_file_twice_is_one_filing_and_by_two_reporters_two()
    {
        var ingestor = new NoteIngestor(_store);
        var file = DataFile(Nepstar + ".json");

        var first = await ingestor.IngestFileAsync(file, new NoteSource { Reporter = "China Nepstar Chain Drugstore Ltd." }, Ct);
        var again = await ingestor.IngestFileAsync(file, new NoteSource { Reporter = "China Nepstar Chain Drugstore Ltd." }, Ct);
        var other = await ingestor.IngestFileAsync(file, new NoteSource { Reporter = "Another Reporter Inc" }, Ct);

        Assert.Equal((IngestStatus.Added, IngestStatus.Unchanged, IngestStatus.Added), (first.Outcome.Status, again.Outcome.Status, other.Outcome.Status));
        Assert.Equal(first.Outcome.FilingId, again.Outcome.FilingId);
        Assert.NotEqual(first.Outcome.FilingId, other.Outcome.FilingId);
        Assert.Equal(2, (await _store.GetStatsAsync(Ct)).Filings);
    }

    [Fact]
    public async Task Two_reporters_naming_one_party_share_its_node()
    {
        var ingestor = new NoteIngestor(_store);
        var file = DataFile(Nepstar + ".json");
        await ingestor.IngestFileAsync(file, new NoteSource { Reporter = "China Nepstar Chain Drugstore Ltd." }, Ct);
        await ingestor.IngestFileAsync(file, new NoteSource { Reporter = "Another Reporter Inc" }, Ct);

        var shared = await _store.GetSharedCounterpartiesAsync(
            [EntityIds.ForName("China Nepstar Chain Drugstore"), EntityIds.ForName("Another Reporter Inc")], EdgeFilter.None, Ct);

        var named = Gold(Nepstar).Parties.Select(p => EntityIds.ForName(p.Name)).ToHashSet();
        Assert.NotEmpty(shared);
        Assert.All(shared, s => Assert.Contains(s.Entity.Id, named));
    }

    [Fact]
    public async Task Unnamed_parties_and_totals_stay_on_the_reporters_placeholders()
    {
        var ingestor = new NoteIngestor(_store);

        await ingestor.IngestFileAsync(DataFile(Transphorm + ".json"), new NoteSource { Reporter = "Transphorm, Inc." }, Ct);
        await ingestor.IngestFileAsync(DataFile(Transphorm + ".json"), new NoteSource { Reporter = "Some Other Filer" }, Ct);

        var entities = new List<Entity>();
        await foreach (var e in _store.ReadEntitiesAsync(Ct))
            entities.Add(e);
        var jointVentures = entities.Where(e => e.Name == "the joint venture").ToList();
        Assert.Equal(2, jointVentures.Count);
        Assert.All(jointVentures, e => Assert.Equal(EntityPlaceholders.Unnamed, e.Placeholder));
        Assert.Equal(2, entities.Count(e => e.Placeholder == EntityPlaceholders.Aggregate));
        Assert.Single(entities, e => e.Name == "Nexperia");
    }

    [Fact]
    public async Task A_note_without_a_known_reporter_is_refused_and_nothing_is_written()
    {
        var ingestor = new NoteIngestor(_store);

        var e = await Assert.ThrowsAsync<NoteIngestException>(() => ingestor.IngestFileAsync(DataFile(Seed + ".json"), new NoteSource(), Ct));

        Assert.Contains("reporter", e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, (await _store.GetStatsAsync(Ct)).Filings);
    }

    [Fact]
    public async Task Missing_files_and_broken_json_are_refused_with_reasons()
    {
        var ingestor = new NoteIngestor(_store);
        Directory.CreateDirectory(_db.Directory);
        var broken = Path.Combine(_db.Directory, "broken.json");
        await File.WriteAllTextAsync(broken, "{ \"parties\": [ oops", Ct);

        var missing = await Assert.ThrowsAsync<NoteIngestException>(() =>
            ingestor.IngestFileAsync(Path.Combine(_db.Directory, "nope.txt"), new NoteSource { Reporter = "X Inc" }, Ct));
        var invalid = await Assert.ThrowsAsync<NoteIngestException>(() =>
            ingestor.IngestFileAsync(broken, new NoteSource { Reporter = "X Inc" }, Ct));

        Assert.Contains("No such file", missing.Message, StringComparison.Ordinal);
        Assert.Contains("not FACTS.md JSON", invalid.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await _store.GetStatsAsync(Ct)).Filings);
    }

    [Fact]
    public async Task A_note_text_is_extracted_and_what_was_extracted_is_what_is_stored()
    {
        var ingestor = new NoteIngestor(_store);

        var result = await ingestor.IngestFileAsync(DataFile(Seed + ".txt"), new NoteSource { Reporter = "UC CPaaS Reporter", Form = "20-F" }, Ct);

        Assert.Equal(IngestStatus.Added, result.Outcome.Status);
        Assert.Equal(result.Facts.Facts.Count, result.Graph.Edges.Count + result.Skipped.Count);
        var stored = new List<GraphEdge>();
        await foreach (var edge in _store.ReadEdgesAsync(Ct))
            stored.Add(edge);
        Assert.Equal(result.Graph.Edges.OrderBy(e => e.Id), stored.OrderBy(e => e.Id));
        var filing = (await _store.GetFilingsAsync([result.Outcome.FilingId], Ct))[result.Outcome.FilingId];
        Assert.Equal(DataFile(Seed + ".txt"), filing.Source);
        Assert.Equal("20-F", filing.Form);
    }

    [Fact]
    public async Task A_name_that_another_note_defined_as_an_alias_is_merged_into_that_party()
    {
        var ingestor = new NoteIngestor(_store);
        var full = new NoteFacts
        {
            Currency = "RMB",
            Parties = [new Party { Name = "Shanghai Keshen Information Technology Co., Ltd", Aliases = ["Shanghai Keshen", "the Parent"] }],
            Facts = [new NoteFact { Party = "Shanghai Keshen", Kind = FactKinds.Revenue, Year = 2023, Amount = 6 }],
        };
        var shortName = new NoteFacts
        {
            Currency = "RMB",
            Parties = [new Party { Name = "Shanghai Keshen" }, new Party { Name = "Parent" }],
            Facts =
            [
                new NoteFact { Party = "Shanghai Keshen", Kind = FactKinds.Purchase, Year = 2023, Amount = 9 },
                new NoteFact { Party = "Parent", Kind = FactKinds.Purchase, Year = 2023, Amount = 1 },
            ],
        };
        await ingestor.IngestFactsAsync(full, new NoteSource { Reporter = "Alpha Inc" }, "alpha note", Ct);

        var result = await ingestor.IngestFactsAsync(shortName, new NoteSource { Reporter = "Beta Inc" }, "beta note", Ct);

        var link = Assert.Single(result.AliasMerges);
        var fullId = EntityIds.ForName("Shanghai Keshen Information Technology Co., Ltd");
        Assert.Equal((EntityIds.ForName("Shanghai Keshen"), fullId, AliasMatcher.Method), (link.EntityId, link.TargetId, link.Method));
        Assert.Equal(fullId, (await _store.GetEntitiesAsync([EntityIds.ForName("Shanghai Keshen")], Ct)).Values.Single().Id);
        var shared = await _store.GetSharedCounterpartiesAsync([EntityIds.ForName("Alpha Inc"), EntityIds.ForName("Beta Inc")], EdgeFilter.None, Ct);
        Assert.Equal(fullId, Assert.Single(shared).Entity.Id);
        Assert.Equal(EntityIds.ForName("Parent"), (await _store.GetEntitiesAsync([EntityIds.ForName("Parent")], Ct)).Values.Single().Id);
    }

    [Fact]
    public async Task Alias_matching_never_joins_a_person_and_a_company()
    {
        var ingestor = new NoteIngestor(_store);
        await ingestor.IngestFactsAsync(new NoteFacts
        {
            Parties = [new Party { Name = "Zhu Holdings Limited", Aliases = ["Jun Zhu"] }],
            Facts = [new NoteFact { Party = "Jun Zhu", Kind = FactKinds.Revenue, Year = 2020, Amount = 1 }],
        }, new NoteSource { Reporter = "Alpha Inc" }, "a", Ct);

        var result = await ingestor.IngestFactsAsync(new NoteFacts
        {
            Parties = [new Party { Name = "Jun Zhu", Type = "person" }],
            Facts = [new NoteFact { Party = "Jun Zhu", Kind = FactKinds.Compensation, Year = 2020, Amount = 1 }],
        }, new NoteSource { Reporter = "Beta Inc" }, "b", Ct);

        Assert.Empty(result.AliasMerges);
    }
}
