using System.Text.Json;
using Graph.Core.Notes;

namespace Graph.Cli.Tests.Ingest;

/// <summary>Writes FACTS.md documents for <c>graph ingest</c> to read.</summary>
public static class GoldNotes
{
    public static NoteFacts Note(int n, int facts) => new()
    {
        Note = $"note-{n}.json",
        Currency = "USD",
        Parties = [new Party { Name = $"Counterparty {n} Ltd", Aliases = [$"CP{n}"] }, new Party { Name = "Shared Supplier Co., Ltd" }],
        Facts = Enumerable.Range(0, facts).Select(i => new NoteFact
        {
            Party = i % 2 == 0 ? $"CP{n}" : "Shared Supplier Co. Ltd.",
            Kind = i % 3 == 0 ? FactKinds.DueFrom : FactKinds.Revenue,
            Year = 2015 + i % 10,
            AsOf = i % 3 == 0 ? $"{2015 + i % 10}-12-31" : null,
            Amount = 1000 + n * 7 + i,
        }).ToList(),
    };

    public static string Write(string folder, int n, int facts)
    {
        var path = Path.Combine(folder, $"note-{n:D5}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(Note(n, facts)));
        return path;
    }
}
