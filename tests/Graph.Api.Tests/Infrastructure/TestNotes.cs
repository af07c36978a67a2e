using Graph.Core.Notes;

namespace Graph.Api.Tests.Infrastructure;

/// <summary>
/// Two small notes from two reporters that share a counterparty and name each other, so every
/// traversal (network, paths, shared counterparties, changes) has something to find.
/// </summary>
internal static class TestNotes
{
    public const string Alpha = "Alpha Holdings Ltd";
    public const string Beta = "Beta Capital Inc";
    public const string Yunrongxin = "Shenyang Yunrongxin Technology Co., Ltd";
    public const string Smith = "John Smith";
    public const string Gamma = "Gamma Trading LLC";

    /// <summary>A figure with cents and twelve significant digits: must come back digit for digit.</summary>
    public const decimal PreciseAmount = 9876543210.12m;

    public const string AlphaText =
        "Alpha sold CPaaS services to Shenyang Yunrongxin of RMB100 and RMB200 for the years ended December 31, 2022 and 2023. " +
        "Prepayments to Shenyang Yunrongxin were RMB30 as of December 31, 2023. Alpha lent Beta Capital RMB500 in 2023.";

    public static NoteFacts AlphaNote() => new()
    {
        Note = "alpha-20f-2023",
        Reporter = Alpha,
        Currency = "RMB",
        Scale = 1000,
        Parties =
        [
            new Party { Name = Yunrongxin, Aliases = ["Shenyang Yunrongxin"], Type = PartyTypes.Company, Relationship = "controlled by the chairman" },
            new Party { Name = Smith, Type = PartyTypes.Person, Relationship = "chief executive officer" },
            new Party { Name = Beta, Type = PartyTypes.Company, Relationship = "an equity investee" },
        ],
        Facts =
        [
            Flow("Shenyang Yunrongxin", FactKinds.Revenue, 2022, 100, "CPaaS services", 0, 100),
            Flow("Shenyang Yunrongxin", FactKinds.Revenue, 2023, 200, "CPaaS services", 0, 100),
            Flow(Smith, FactKinds.Compensation, 2023, 50, "salary", 0, 20),
            Flow(Beta, FactKinds.LoanTo, 2023, 500, "loan", 170, 215),
            new NoteFact
            {
                Party = "Shenyang Yunrongxin", Kind = FactKinds.DueFrom, AsOf = "2023-12-31", Amount = 30, Currency = "RMB",
                Nature = "prepayment", Evidence = new Evidence(118, 169),
            },
        ],
    };

    public static NoteFacts BetaNote() => new()
    {
        Note = "beta-10k-2024",
        Reporter = Beta,
        Currency = "USD",
        Parties =
        [
            new Party { Name = Yunrongxin, Type = PartyTypes.Company, Relationship = "a supplier controlled by a director" },
            new Party { Name = Gamma, Type = PartyTypes.Company, Relationship = "a subsidiary of our parent" },
        ],
        Facts =
        [
            Flow(Yunrongxin, FactKinds.Purchase, 2023, 70, "hardware", 0, 10),
            Flow(Yunrongxin, FactKinds.Purchase, 2024, 90, "hardware", 0, 10),
            Flow(Gamma, FactKinds.Revenue, 2024, PreciseAmount, "consulting", 0, 10),
        ],
    };

    private static NoteFact Flow(string party, string kind, int year, decimal amount, string description, int start, int end) => new()
    {
        Party = party, Kind = kind, Year = year, Amount = amount, Description = description,
        Evidence = new Evidence(start, end),
    };
}
