using Graph.Core.Model;

namespace Graph.Benchmarks.Store;

/// <summary>
/// A synthetic graph shaped like the real one: every filing is one reporter's star of edges
/// to counterparties; reporters and counterparties are drawn from a Zipf law, so a few hubs
/// are named by many filers (power-law degrees) and most entities by one or two.
/// </summary>
internal sealed class SyntheticGraph
{
    private static readonly string[] Kinds = ["revenue", "purchase", "loan_to", "loan_from", "due_from", "due_to", "other"];
    private static readonly string[] Currencies = ["USD", "RMB", "HKD"];

    public required IReadOnlyList<FilingGraph> Filings { get; init; }
    public required int EntityCount { get; init; }
    /// <summary>Endpoints of every edge by entity number, for the bare in-memory baseline.</summary>
    public required (int From, int To)[] EdgeEnds { get; init; }

    /// <summary>Entity ids by number, made from the names as ingest makes them.</summary>
    public required string[] Ids { get; init; }

    public string EntityId(int n) => Ids[n];

    private static string Name(int n) => $"Entity {n} Holdings";

    public static SyntheticGraph Generate(StoreBenchOptions o)
    {
        var random = new Random(o.Seed);
        var ids = Enumerable.Range(0, o.Entities).Select(n => EntityIds.ForName(Name(n))).ToArray();
        string EntityId(int n) => ids[n];
        var zipf = new ZipfSampler(o.Entities, o.Skew);
        var filings = new List<FilingGraph>();
        var ends = new List<(int, int)>(o.Edges);
        var remaining = o.Edges;
        var filingNo = 0;
        while (remaining > 0)
        {
            var count = Math.Min(remaining, o.EdgesPerFiling);
            remaining -= count;
            var reporter = zipf.Sample(random);
            var year = 2020 + random.Next(o.Years);
            var filingId = $"filing-{filingNo++}";
            var entities = new Dictionary<int, Entity>
            {
                [reporter] = new() { Id = EntityId(reporter), Name = Name(reporter), IsReporter = true },
            };
            var edges = new List<GraphEdge>(count);
            for (var i = 0; i < count; i++)
            {
                int party;
                do
                    party = zipf.Sample(random);
                while (party == reporter);
                entities.TryAdd(party, new Entity { Id = EntityId(party), Name = Name(party), Type = party % 10 == 7 ? "person" : "company" });
                var kind = Kinds[random.Next(Kinds.Length)];
                var partyIsSource = kind is "revenue" or "loan_from" or "due_from";
                var amount = (decimal)Math.Round(Math.Exp(random.NextDouble() * 14), 0);
                edges.Add(new GraphEdge
                {
                    Id = $"{filingId}-{i}",
                    Category = kind.StartsWith("due_", StringComparison.Ordinal) ? EdgeCategory.Balance : EdgeCategory.Transaction,
                    Kind = kind,
                    FromId = EntityId(partyIsSource ? party : reporter),
                    ToId = EntityId(partyIsSource ? reporter : party),
                    Year = year,
                    Amount = amount,
                    Currency = Currencies[random.Next(Currencies.Length)],
                    Scale = 1000,
                    Value = amount * 1000,
                    Description = "synthetic",
                    ReportedBy = EntityId(reporter),
                    FilingId = filingId,
                });
                ends.Add(partyIsSource ? (party, reporter) : (reporter, party));
            }
            filings.Add(new FilingGraph(
                new Filing { Id = filingId, ReporterId = EntityId(reporter), FiscalYear = year, ContentHash = filingId, IngestedAt = DateTimeOffset.UnixEpoch },
                [.. entities.Values],
                edges,
                [.. entities.Keys.Where(k => k != reporter).Select(k => new RelatedPartyLink(EntityId(reporter), EntityId(k), null, filingId))]));
        }
        return new SyntheticGraph { Filings = filings, EntityCount = o.Entities, EdgeEnds = [.. ends], Ids = ids };
    }
}

/// <summary>Draws 0..n-1 with probability proportional to 1/(k+1)^s.</summary>
internal sealed class ZipfSampler
{
    private readonly double[] _cumulative;

    public ZipfSampler(int n, double s)
    {
        _cumulative = new double[n];
        var sum = 0.0;
        for (var k = 0; k < n; k++)
        {
            sum += 1.0 / Math.Pow(k + 1, s);
            _cumulative[k] = sum;
        }
        for (var k = 0; k < n; k++)
            _cumulative[k] /= sum;
    }

    public int Sample(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }
}
