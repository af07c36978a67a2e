using Graph.Core.Building;
using Graph.Core.Model;
using Graph.Core.Notes;

namespace Graph.Storage.Sqlite.Tests.Building;

public sealed class FilingGraphBuilderTests
{
    private static readonly FilingGraphBuilder Builder = new();

    private static FilingMetadata Meta(string? reporter = "UTStarcom Holdings Corp", string hash = "abc123def4567890") => new()
    {
        ReporterName = reporter,
        Cik = "1030471",
        Form = "20-F",
        FiscalYear = 2024,
        ContentHash = hash,
    };

    private static NoteFacts Note(params NoteFact[] facts) => new()
    {
        Note = "note.txt",
        Currency = "RMB",
        Scale = 1000,
        Parties =
        [
            new Party { Name = "Shanghai Keshen Information Technology Co., Ltd", Aliases = ["Shanghai Keshen"], Type = "company", Relationship = "controlled by the chairman" },
            new Party { Name = "Mr. Hong Lu", Aliases = ["Mr. Lu"], Type = "person", Role = "director" },
        ],
        Facts = facts,
    };

    [Fact]
    public void Reporter_becomes_an_entity_marked_as_reporter_with_its_cik()
    {
        var graph = Builder.Build(Note(), Meta()).Graph;

        var reporter = graph.Entities[0];
        Assert.True(reporter.IsReporter);
        Assert.Equal(EntityIds.ForName("UTStarcom Holdings Corp"), reporter.Id);
        Assert.Equal("1030471", reporter.Cik);
        Assert.Equal(reporter.Id, graph.Filing.ReporterId);
    }

    [Fact]
    public void Parties_become_entities_with_aliases_type_and_relationship_links()
    {
        var graph = Builder.Build(Note(), Meta()).Graph;

        var keshen = graph.Entities.Single(e => e.Name.StartsWith("Shanghai", StringComparison.Ordinal));
        Assert.Equal(["Shanghai Keshen"], keshen.Aliases);
        Assert.Equal("company", keshen.Type);
        var lu = graph.Entities.Single(e => e.Type == "person");
        Assert.Equal(EntityIds.ForName("Hong Lu"), lu.Id);
        Assert.Contains(graph.RelatedParties, l => l.PartyId == keshen.Id && l.Relationship == "controlled by the chairman");
        Assert.Contains(graph.RelatedParties, l => l.PartyId == lu.Id && l.Relationship == "director");
        Assert.All(graph.RelatedParties, l => Assert.Equal(graph.Filing.ReporterId, l.ReporterId));
    }

    [Theory]
    [InlineData(FactKinds.Revenue, true)]
    [InlineData(FactKinds.Purchase, false)]
    [InlineData(FactKinds.LoanTo, false)]
    [InlineData(FactKinds.LoanFrom, true)]
    [InlineData(FactKinds.DueFrom, true)]
    [InlineData(FactKinds.DueTo, false)]
    [InlineData(FactKinds.GuaranteeReceived, true)]
    [InlineData(FactKinds.Compensation, false)]
    public void Edge_points_the_way_the_money_goes(string kind, bool partyIsSource)
    {
        var graph = Builder.Build(Note(new NoteFact { Party = "Shanghai Keshen", Kind = kind, Year = 2023, Amount = 1 }), Meta()).Graph;

        var edge = Assert.Single(graph.Edges);
        var keshen = EntityIds.ForName("Shanghai Keshen Information Technology Co., Ltd");
        var expected = partyIsSource ? (keshen, graph.Filing.ReporterId) : (graph.Filing.ReporterId, keshen);
        Assert.Equal(expected, (edge.FromId, edge.ToId));
        Assert.Equal(FactKinds.IsBalance(kind) ? EdgeCategory.Balance : EdgeCategory.Transaction, edge.Category);
    }

    [Theory]
    [InlineData(null, 1000, 1341, 1_341_000)]
    [InlineData(1_000_000, 1000, 2, 2_000_000)]
    [InlineData(null, null, 913, 913)]
    public void Value_is_amount_times_the_facts_or_the_notes_scale(int? factScale, int? noteScale, int amount, int value)
    {
        var note = Note(new NoteFact { Party = "Shanghai Keshen", Kind = FactKinds.Revenue, Year = 2022, Amount = amount, Scale = factScale }) with { Scale = noteScale };

        var edge = Assert.Single(Builder.Build(note, Meta()).Graph.Edges);

        Assert.Equal(amount, edge.Amount);
        Assert.Equal(factScale ?? noteScale, edge.Scale);
        Assert.Equal(value, edge.Value);
    }

    [Fact]
    public void A_fact_naming_an_alias_or_another_spelling_lands_on_the_party()
    {
        var graph = Builder.Build(Note(
            new NoteFact { Party = "Shanghai Keshen", Kind = FactKinds.Revenue, Year = 2022, Amount = 1 },
            new NoteFact { Party = "shanghai keshen", Kind = FactKinds.Revenue, Year = 2023, Amount = 2 },
            new NoteFact { Party = "Shanghai Keshen Information Technology Co. Ltd.", Kind = FactKinds.Revenue, Year = 2024, Amount = 3 },
            new NoteFact { Party = "Mr. Lu", Kind = FactKinds.Compensation, Year = 2024, Amount = 4 }), Meta()).Graph;

        var keshen = EntityIds.ForName("Shanghai Keshen Information Technology Co., Ltd");
        Assert.Equal(3, graph.Edges.Count(e => e.FromId == keshen));
        Assert.Equal(EntityIds.ForName("Hong Lu"), graph.Edges.Single(e => e.Kind == FactKinds.Compensation).ToId);
        Assert.Equal(3, graph.Entities.Count);
    }

    [Fact]
    public void A_party_only_named_in_a_fact_becomes_an_entity_and_a_related_party()
    {
        var graph = Builder.Build(Note(new NoteFact { Party = "Yunjitong Ltd", Kind = FactKinds.Revenue, Year = 2022, Amount = 2 }), Meta()).Graph;

        var id = EntityIds.ForName("Yunjitong Ltd");
        Assert.Contains(graph.Entities, e => e.Id == id);
        Assert.Contains(graph.RelatedParties, l => l.PartyId == id);
        Assert.Equal(id, Assert.Single(graph.Edges).FromId);
    }

    [Fact]
    public void Nil_and_unknown_kinds_are_skipped_with_reasons_and_other_values_keep_their_years()
    {
        var build = Builder.Build(Note(
            new NoteFact { Party = "Shanghai Keshen", Kind = FactKinds.Revenue, Year = 2022, Amount = 34 },
            new NoteFact { Party = "Shanghai Keshen", Kind = FactKinds.Revenue, Year = 2023, Nil = true },
            new NoteFact { Party = "Shanghai Keshen", Kind = "bribe", Year = 2024, Amount = 6 }), Meta());

        var edge = Assert.Single(build.Graph.Edges);
        Assert.Equal((2022, 34m), (edge.Year, edge.Amount));
        Assert.Equal([1, 2], build.Skipped.Select(s => s.Index));
        Assert.Contains("nil", build.Skipped[0].Reason, StringComparison.Ordinal);
        Assert.Contains("bribe", build.Skipped[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_and_unnamed_facts_land_on_placeholders_of_the_reporter()
    {
        var graph = Builder.Build(Note(
            new NoteFact { Party = "related parties", Kind = FactKinds.DueFrom, Year = 2023, AsOf = "2023-12-31", Amount = 333, Aggregate = true },
            new NoteFact { Party = "affiliates", Kind = FactKinds.DueTo, Year = 2023, AsOf = "2023-12-31", Amount = 5, Aggregate = true },
            new NoteFact { Party = "an entity controlled by our CEO", Kind = FactKinds.Purchase, Year = 2023, Amount = 9, Unnamed = true }), Meta()).Graph;

        var aggregate = graph.Entities.Where(e => e.Placeholder == EntityPlaceholders.Aggregate).ToList();
        var unnamed = graph.Entities.Single(e => e.Placeholder == EntityPlaceholders.Unnamed);
        Assert.Single(aggregate);
        Assert.Equal("Related parties of UTStarcom Holdings Corp", aggregate[0].Name);
        Assert.Equal("an entity controlled by our CEO", unnamed.Name);
        Assert.Equal(2, graph.Edges.Count(e => e.FromId == aggregate[0].Id || e.ToId == aggregate[0].Id));
        Assert.NotEqual(EntityIds.ForName("related parties"), aggregate[0].Id);
    }

    [Fact]
    public void A_listed_party_that_facts_mark_unnamed_is_a_placeholder_not_a_shared_node()
    {
        var note = Note(new NoteFact { Party = "an entity controlled by our CEO", Kind = FactKinds.Purchase, Year = 2023, Amount = 9, Unnamed = true })
            with { Parties = [new Party { Name = "an entity controlled by our CEO", Type = "company" }] };

        var graph = Builder.Build(note, Meta()).Graph;

        var party = graph.Entities.Single(e => !e.IsReporter);
        Assert.Equal(EntityPlaceholders.Unnamed, party.Placeholder);
        Assert.NotEqual(EntityIds.ForName("an entity controlled by our CEO"), party.Id);
    }

    [Fact]
    public void Balance_year_comes_from_its_date_when_missing()
    {
        var edge = Assert.Single(Builder.Build(Note(
            new NoteFact { Party = "Shanghai Keshen", Kind = FactKinds.DueFrom, AsOf = "2024-12-31", Amount = 389 }), Meta()).Graph.Edges);

        Assert.Equal((2024, "2024-12-31"), (edge.Year, edge.AsOf));
    }

    [Fact]
    public void Filing_id_defaults_to_reporter_and_content_so_two_reporters_make_two_filings()
    {
        var a1 = Builder.Build(Note(), Meta("Alpha Inc", "hash-one-0000000")).Graph.Filing.Id;
        var a2 = Builder.Build(Note(), Meta("Alpha Inc", "hash-one-0000000")).Graph.Filing.Id;
        var b = Builder.Build(Note(), Meta("Beta Inc", "hash-one-0000000")).Graph.Filing.Id;
        var c = Builder.Build(Note(), Meta("Alpha Inc", "hash-two-0000000")).Graph.Filing.Id;
        var explicitId = Builder.Build(Note(), Meta() with { FilingId = "0001193125-24-100" }).Graph.Filing.Id;

        Assert.Equal(a1, a2);
        Assert.NotEqual(a1, b);
        Assert.NotEqual(a1, c);
        Assert.Equal("0001193125-24-100", explicitId);
    }

    [Fact]
    public void Edge_ids_are_stable_and_unique_within_a_filing()
    {
        var note = Note(
            new NoteFact { Party = "Shanghai Keshen", Kind = FactKinds.Revenue, Year = 2023, Amount = 1, Description = "a" },
            new NoteFact { Party = "Shanghai Keshen", Kind = FactKinds.Revenue, Year = 2023, Amount = 2, Description = "b" });

        var first = Builder.Build(note, Meta()).Graph.Edges.Select(e => e.Id).ToList();
        var again = Builder.Build(note, Meta()).Graph.Edges.Select(e => e.Id).ToList();

        Assert.Equal(first, again);
        Assert.Equal(2, first.Distinct().Count());
    }

    [Fact]
    public void Reporter_falls_back_to_the_note_and_is_required()
    {
        var fromNote = Builder.Build(Note() with { Reporter = "UCloudlink" }, Meta(reporter: null)).Graph;

        Assert.Equal(EntityIds.ForName("UCloudlink"), fromNote.Filing.ReporterId);
        var e = Assert.Throws<FilingRejectedException>(() => Builder.Build(Note(), Meta(reporter: null)));
        Assert.Contains("reporter", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Quote_is_taken_from_the_source_text_at_the_evidence_offsets()
    {
        const string text = "Intro. Revenue from Shanghai Keshen was RMB34. End.";
        var start = text.IndexOf("Revenue", StringComparison.Ordinal);
        var fact = new NoteFact { Party = "Shanghai Keshen", Kind = FactKinds.Revenue, Year = 2022, Amount = 34, Evidence = new Evidence(start, start + 39) };

        var edge = Assert.Single(Builder.Build(Note(fact), Meta(), text).Graph.Edges);

        Assert.Equal("Revenue from Shanghai Keshen was RMB34.", edge.Quote);
        Assert.Equal((start, start + 39), (edge.EvidenceStart, edge.EvidenceEnd));
    }

    [Fact]
    public void Currencies_are_upper_case_and_fall_back_to_the_notes()
    {
        var graph = Builder.Build(Note(
            new NoteFact { Party = "Shanghai Keshen", Kind = FactKinds.Revenue, Year = 2022, Amount = 1, Currency = "usd" },
            new NoteFact { Party = "Shanghai Keshen", Kind = FactKinds.Revenue, Year = 2023, Amount = 1 }), Meta()).Graph;

        Assert.Equal(["USD", "RMB"], graph.Edges.Select(e => e.Currency));
    }

    [Fact]
    public void The_reporter_named_as_a_party_is_not_an_edge_to_itself()
    {
        var note = Note(new NoteFact { Party = "UTStarcom Holdings Corp.", Kind = FactKinds.Revenue, Year = 2022, Amount = 1 });

        var build = Builder.Build(note, Meta());

        Assert.Empty(build.Graph.Edges);
        Assert.Contains("reporter", Assert.Single(build.Skipped).Reason, StringComparison.Ordinal);
    }
}
