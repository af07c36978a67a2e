using System.Text.Json;

namespace Graph.Explorer.Tests.Infrastructure;

/// <summary>
/// The entities the browser tests use, picked from the API's answers rather than hard-coded, so
/// the tests keep meaning the same thing when samples/ changes: the reporter with the richest
/// depth-2 web, a pair of entities in it that are two hops apart (for paths and shared
/// counterparties), and a counterparty worth expanding.
/// </summary>
public sealed record DemoData(
    string RootId,
    string RootName,
    NetworkAnswer RootNetwork,
    string PairFromId,
    string PairToId,
    string PairToName,
    string ExpandId,
    string ExpandName)
{
    public static async Task<DemoData> ChooseAsync(GraphApi api)
    {
        var data = await api.QueryAsync("query { entities(first: 500) { edges { node { id name isReporter } } } }");
        var reporters = data.GetProperty("entities").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node"))
            .Where(n => n.GetProperty("isReporter").GetBoolean())
            .Select(n => (Id: n.GetProperty("id").GetString()!, Name: n.GetProperty("name").GetString()!))
            .ToList();

        // Richest first: webs reaching past the reporter's own counterparties, then more entities, then more edges.
        var candidates = new List<(string Id, string Name, NetworkAnswer Network, NetworkAnswer OneHop)>();
        foreach (var (id, name) in reporters)
        {
            var network = await api.NetworkAsync(id);
            if (network.NodeIds.Count < 3 || Years(network).Count < 2 || !network.Raw.GetProperty("edges").EnumerateArray().Any(HasQuote))
                continue;
            candidates.Add((id, name, network, await api.NetworkAsync(id, depth: 1)));
        }
        if (candidates.Count == 0)
            throw new InvalidOperationException(
                $"No reporter in the demo data has a web of three or more entities with edges in two years and evidence quotes ({reporters.Count} reporters).");
        var (rootId, rootName, rootNetwork, oneHop) = candidates
            .OrderByDescending(c => c.Network.NodeIds.Count > c.OneHop.NodeIds.Count)
            .ThenByDescending(c => c.Network.NodeIds.Count)
            .ThenByDescending(c => c.Network.EdgeIds.Count)
            .First();

        var names = rootNetwork.Raw.GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("name").GetString()!);
        var counterparties = oneHop.NodeIds.Where(id => id != rootId).ToList();
        var twoHop = rootNetwork.NodeIds.FirstOrDefault(id => !oneHop.NodeIds.Contains(id));
        // Two hops apart: the root and an entity beyond its counterparties, or else two of its counterparties.
        var (pairFrom, pairTo) = twoHop is not null ? (rootId, twoHop) : (counterparties[0], counterparties[1]);

        // Expand the counterparty whose own web adds the most entities to the drawing.
        var expand = counterparties[0];
        var added = -1;
        foreach (var id in counterparties)
        {
            var own = await api.NetworkAsync(id, depth: 1);
            var count = own.NodeIds.Count(n => !rootNetwork.NodeIds.Contains(n));
            if (count > added)
                (expand, added) = (id, count);
        }
        return new DemoData(rootId, rootName, rootNetwork, pairFrom, pairTo, names[pairTo], expand, names[expand]);
    }

    public static IReadOnlyList<int> Years(NetworkAnswer network) =>
        [.. network.Raw.GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("year"))
            .Where(y => y.ValueKind == JsonValueKind.Number)
            .Select(y => y.GetInt32())
            .Distinct()
            .Order()];

    public static bool HasQuote(JsonElement edge) =>
        edge.GetProperty("evidence") is { ValueKind: JsonValueKind.Object } evidence
        && evidence.GetProperty("quote") is { ValueKind: JsonValueKind.String } quote
        && quote.GetString()!.Length > 0;
}
