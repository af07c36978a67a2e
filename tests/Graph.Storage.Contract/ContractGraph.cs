using Graph.Core.Building;
using Graph.Core.Model;
using Graph.Core.Notes;

namespace Graph.Storage.Contract;

/// <summary>
/// A small related-party web built from hand-written notes through <see cref="FilingGraphBuilder"/>,
/// the way real filings enter a store. Four reporters:
/// <code>
/// Alpha ──(revenue, purchase, due_from)── Keshen ──(purchase)── Beta ──(revenue)── Gamma ──(revenue)── Delta
///   ├── John Smith (loan_to, USD)                                                    │
///   └── related parties of Alpha (aggregate due_to)              Delta ── Keshen Info (a second spelling)
/// </code>
/// Alpha and Beta name Keshen with two spellings of one legal name; Beta names Gamma, which
/// reports itself; Delta names "Keshen Info Company", a separate node until merged.
/// </summary>
public static class ContractGraph
{
    public static readonly DateTimeOffset IngestedAt = new(2025, 1, 15, 12, 0, 0, TimeSpan.Zero);

    public static string AlphaId => EntityIds.ForName("Alpha Holdings Inc.");
    public static string BetaId => EntityIds.ForName("Beta Corp");
    public static string GammaId => EntityIds.ForName("Gamma Limited");
    public static string DeltaId => EntityIds.ForName("Delta LLC");
    public static string KeshenId => EntityIds.ForName("Keshen Information Co., Ltd");
    public static string KeshenInfoId => EntityIds.ForName("Keshen Info Company");
    public static string SmithId => EntityIds.ForName("John Smith");

    public const string AlphaFilingId = "alpha-20f-2023";
    public const string BetaFilingId = "beta-10k-2023";
    public const string GammaFilingId = "gamma-10k-2023";
    public const string DeltaFilingId = "delta-10k-2023";

    public static NoteFacts AlphaNote => new()
    {
        Note = "alpha.txt",
        Reporter = "Alpha Holdings Inc.",
        Currency = "RMB",
        Scale = 1000,
        Parties =
        [
            new Party { Name = "Keshen Information Co., Ltd", Aliases = ["Keshen"], Type = PartyTypes.Company, Relationship = "controlled by our chairman" },
            new Party { Name = "John Smith", Type = PartyTypes.Person, Relationship = "chief executive officer" },
        ],
        Facts =
        [
            new NoteFact { Party = "Keshen", Kind = FactKinds.Revenue, Year = 2022, Amount = 100, Description = "cloud services", Evidence = new Evidence(10, 60) },
            new NoteFact { Party = "Keshen", Kind = FactKinds.Revenue, Year = 2023, Amount = 200, Description = "cloud services", Evidence = new Evidence(10, 60) },
            new NoteFact { Party = "Keshen", Kind = FactKinds.Revenue, Year = 2023, Amount = 25, Description = "licences" },
            new NoteFact { Party = "Keshen", Kind = FactKinds.Purchase, Year = 2023, Amount = 50, Description = "development services" },
            new NoteFact { Party = "Keshen", Kind = FactKinds.DueFrom, Year = 2023, AsOf = "2023-12-31", Amount = 30, Nature = "trade" },
            new NoteFact { Party = "John Smith", Kind = FactKinds.LoanTo, Year = 2023, Amount = 10000, Currency = "USD", Scale = 1 },
            new NoteFact { Party = "Keshen", Kind = FactKinds.Revenue, Year = 2024, Amount = null, Nil = true },
            new NoteFact { Party = "related parties", Kind = FactKinds.DueTo, Year = 2023, AsOf = "2023-12-31", Amount = 999, Aggregate = true },
        ],
    };

    public static NoteFacts BetaNote => new()
    {
        Note = "beta.txt",
        Currency = "RMB",
        Parties =
        [
            new Party { Name = "Keshen Information Co. Ltd.", Type = PartyTypes.Company, Relationship = "an affiliate" },
            new Party { Name = "Gamma Ltd", Type = PartyTypes.Company },
        ],
        Facts =
        [
            new NoteFact { Party = "Keshen Information Co. Ltd.", Kind = FactKinds.Purchase, Year = 2023, Amount = 70000 },
            new NoteFact { Party = "Gamma Ltd", Kind = FactKinds.Revenue, Year = 2022, Amount = 5000 },
            new NoteFact { Party = "Gamma Ltd", Kind = FactKinds.Revenue, Year = 2023, Amount = 8000 },
        ],
    };

    public static NoteFacts GammaNote => new()
    {
        Note = "gamma.txt",
        Currency = "HKD",
        Parties = [new Party { Name = "Delta LLC", Type = PartyTypes.Company }],
        Facts = [new NoteFact { Party = "Delta LLC", Kind = FactKinds.Revenue, Year = 2023, Amount = 1000 }],
    };

    public static NoteFacts DeltaNote => new()
    {
        Note = "delta.txt",
        Currency = "USD",
        Parties = [new Party { Name = "Keshen Info Company", Aliases = ["KIC"], Type = PartyTypes.Company }],
        Facts = [new NoteFact { Party = "KIC", Kind = FactKinds.Purchase, Year = 2023, Amount = 400 }],
    };

    public static FilingGraph Alpha() => Build(AlphaNote, "Alpha Holdings Inc.", AlphaFilingId, "20-F", "alpha-v1");
    public static FilingGraph Beta() => Build(BetaNote, "Beta Corp", BetaFilingId, "10-K", "beta-v1");
    public static FilingGraph Gamma() => Build(GammaNote, "Gamma Limited", GammaFilingId, "10-K", "gamma-v1");
    public static FilingGraph Delta() => Build(DeltaNote, "Delta LLC", DeltaFilingId, "10-K", "delta-v1");

    public static IReadOnlyList<FilingGraph> All() => [Alpha(), Beta(), Gamma(), Delta()];

    /// <summary>A corrected Alpha note: Keshen's 2023 revenue restated, John Smith gone, a new party.</summary>
    public static FilingGraph AlphaCorrected() => Build(
        AlphaNote with
        {
            Parties = [AlphaNote.Parties[0], new Party { Name = "Epsilon Trading Ltd", Type = PartyTypes.Company }],
            Facts =
            [
                AlphaNote.Facts[0],
                AlphaNote.Facts[1] with { Amount = 210 },
                new NoteFact { Party = "Epsilon Trading Ltd", Kind = FactKinds.Purchase, Year = 2023, Amount = 7 },
            ],
        },
        "Alpha Holdings Inc.", AlphaFilingId, "20-F", "alpha-v2");

    public static FilingGraph Build(NoteFacts note, string reporter, string filingId, string form, string contentHash) =>
        new FilingGraphBuilder().Build(note, new FilingMetadata
        {
            ReporterName = reporter,
            FilingId = filingId,
            Form = form,
            FiscalYear = 2023,
            ContentHash = contentHash,
            IngestedAt = IngestedAt,
        }).Graph;
}
