using System.Globalization;
using Graph.Core.Model;
using Graph.Core.Notes;

namespace Graph.Benchmarks.Api;

/// <summary>
/// A deterministic graph shaped like the real one: reporters with a power-law number of related
/// parties, parties drawn with a skew so a few are shared by many reporters, one edge per kind
/// and year over several years. Produced as filings so it enters the store the way real data does.
/// </summary>
internal sealed class SyntheticFilings(int entities, int reporters, int seed = 42)
{
    private static readonly string[] Kinds =
        [FactKinds.Revenue, FactKinds.Purchase, FactKinds.LoanTo, FactKinds.InterestIncome, FactKinds.DueFrom, FactKinds.DueTo, FactKinds.Compensation];
    private static readonly string[] Currencies = ["USD", "RMB", "HKD"];
    private const int FirstYear = 2020;
    private const int Years = 5;

    public static string EntityId(int index) => "bench-" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reporter ids, the roots the load generator asks about.</summary>
    public IReadOnlyList<string> ReporterIds => Enumerable.Range(0, reporters).Select(ReporterIndex).Select(EntityId).ToList();

    // Reporters are spread over the pool so that some of them are also counterparties of others.
    private int ReporterIndex(int r) => (int)((long)r * entities / reporters);

    public IEnumerable<FilingGraph> Generate()
    {
        var random = new Random(seed);
        for (var r = 0; r < reporters; r++)
        {
            var reporterIndex = ReporterIndex(r);
            var reporterId = EntityId(reporterIndex);
            var filingId = $"bench-filing-{r}";
            var partyCount = Math.Min(150, (int)(2 / Math.Pow(1 - random.NextDouble(), 0.7)));
            var parties = new HashSet<int>();
            while (parties.Count < partyCount)
            {
                // Skewed draw: low indices (hubs) are picked far more often than high ones.
                var index = (int)(entities * Math.Pow(random.NextDouble(), 2.2));
                if (index != reporterIndex) parties.Add(index);
            }

            var graphEntities = new List<Entity> { Named(reporterIndex, isReporter: true) };
            var edges = new List<GraphEdge>();
            var links = new List<RelatedPartyLink>();
            foreach (var party in parties)
            {
                var partyId = EntityId(party);
                graphEntities.Add(Named(party, isReporter: false));
                links.Add(new RelatedPartyLink(reporterId, partyId, "an affiliate", filingId));
                var kinds = 1 + random.Next(3);
                for (var k = 0; k < kinds; k++)
                {
                    var kind = Kinds[random.Next(Kinds.Length)];
                    var currency = Currencies[random.Next(Currencies.Length)];
                    for (var year = FirstYear; year < FirstYear + Years; year++)
                    {
                        if (random.NextDouble() < 0.3) continue;
                        var amount = Math.Round((decimal)(random.NextDouble() * 10_000), 2);
                        var partyIsSource = FactKinds.PartyIsSource(kind);
                        var balance = FactKinds.IsBalance(kind);
                        edges.Add(new GraphEdge
                        {
                            Id = $"{filingId}-{party}-{k}-{kind}-{currency}-{year}",
                            Category = balance ? EdgeCategory.Balance : EdgeCategory.Transaction,
                            Kind = kind,
                            FromId = partyIsSource ? partyId : reporterId,
                            ToId = partyIsSource ? reporterId : partyId,
                            Year = year,
                            AsOf = balance ? $"{year}-12-31" : null,
                            Amount = amount,
                            Currency = currency,
                            Scale = 1000,
                            Value = amount * 1000,
                            Description = "synthetic",
                            ReportedBy = reporterId,
                            FilingId = filingId,
                            EvidenceStart = 0,
                            EvidenceEnd = 40,
                            Quote = "A synthetic fact for the API benchmark.",
                        });
                    }
                }
            }
            var filing = new Filing
            {
                Id = filingId,
                ReporterId = reporterId,
                Form = "10-K",
                FiscalYear = FirstYear + Years - 1,
                Source = "synthetic",
                ContentHash = filingId,
                IngestedAt = DateTimeOffset.UnixEpoch,
            };
            yield return new FilingGraph(filing, graphEntities.DistinctBy(e => e.Id).ToList(), edges, links);
        }
    }

    private static Entity Named(int index, bool isReporter) => new()
    {
        Id = EntityId(index),
        Name = $"Synthetic Entity {index} Ltd",
        Type = index % 7 == 0 ? PartyTypes.Person : PartyTypes.Company,
        IsReporter = isReporter,
    };
}
