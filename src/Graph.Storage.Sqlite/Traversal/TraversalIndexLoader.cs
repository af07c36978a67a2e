using Graph.Storage.Sqlite.Resolution;
using Graph.Storage.Sqlite.Sql;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Traversal;

/// <summary>Reads every edge's endpoints and filter attributes once and builds the <see cref="TraversalIndex"/>.</summary>
internal static class TraversalIndexLoader
{
    public static async Task<TraversalIndex> LoadAsync(SqliteConnection connection, SqliteTransaction tx, ClusterMap clusters, CancellationToken ct)
    {
        var count = 0;
        await using (var countCmd = connection.Command("SELECT COUNT(*) FROM edges", tx))
            count = Convert.ToInt32(await countCmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);

        var nodeOf = new Dictionary<long, int>();
        var nodeKeys = new List<long>();
        var kindCodes = new Dictionary<string, byte>(StringComparer.Ordinal);
        var currencyCodes = new Dictionary<string, short>(StringComparer.Ordinal);
        var edgeKeys = new long[count];
        var from = new int[count];
        var to = new int[count];
        var kind = new byte[count];
        var year = new int[count];
        var value = new double[count];
        var currency = new short[count];
        var reportedBy = new int[count];

        int Node(long n)
        {
            var c = clusters.CanonicalOf(n);
            if (!nodeOf.TryGetValue(c, out var node))
            {
                node = nodeKeys.Count;
                nodeOf[c] = node;
                nodeKeys.Add(c);
            }
            return node;
        }

        var i = 0;
        await using (var cmd = connection.Command(
            "SELECT n, from_n, to_n, kind, year, value, currency, reported_by_n FROM edges ORDER BY n", tx))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (i < count && await reader.ReadAsync(ct))
            {
                edgeKeys[i] = reader.GetInt64(0);
                from[i] = Node(reader.GetInt64(1));
                to[i] = Node(reader.GetInt64(2));
                var k = reader.GetString(3);
                if (!kindCodes.TryGetValue(k, out var kc))
                    kindCodes[k] = kc = checked((byte)kindCodes.Count);
                kind[i] = kc;
                year[i] = reader.IsDBNull(4) ? int.MinValue : reader.GetInt32(4);
                value[i] = reader.IsDBNull(5) ? double.NaN : reader.GetDouble(5);
                if (reader.IsDBNull(6))
                    currency[i] = -1;
                else
                {
                    var cur = reader.GetString(6);
                    if (!currencyCodes.TryGetValue(cur, out var cc))
                        currencyCodes[cur] = cc = checked((short)currencyCodes.Count);
                    currency[i] = cc;
                }
                reportedBy[i] = Node(reader.GetInt64(7));
                i++;
            }
        }

        // Ids are kept so that edges read back for a traversal need no joins.
        var nodeIds = new string[nodeKeys.Count];
        await using (var cmd = connection.Command("SELECT n, id FROM entities", tx))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                if (nodeOf.TryGetValue(reader.GetInt64(0), out var node))
                    nodeIds[node] = reader.GetString(1);
            }
        }
        var filingIds = new Dictionary<long, string>();
        await using (var cmd = connection.Command("SELECT n, id FROM filings", tx))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                filingIds[reader.GetInt64(0)] = reader.GetString(1);
        }

        // CSR: count degrees, prefix-sum, then fill; self-loops (one cluster at both ends) are skipped.
        var nodeCount = nodeKeys.Count;
        var offsets = new int[nodeCount + 1];
        for (var e = 0; e < i; e++)
        {
            if (from[e] == to[e])
                continue;
            offsets[from[e] + 1]++;
            offsets[to[e] + 1]++;
        }
        for (var v = 0; v < nodeCount; v++)
            offsets[v + 1] += offsets[v];
        var adjacent = new int[offsets[nodeCount]];
        var neighbours = new int[adjacent.Length];
        var fill = (int[])offsets.Clone();
        for (var e = 0; e < i; e++)
        {
            if (from[e] == to[e])
                continue;
            neighbours[fill[from[e]]] = to[e];
            adjacent[fill[from[e]]++] = e;
            neighbours[fill[to[e]]] = from[e];
            adjacent[fill[to[e]]++] = e;
        }
        // Each node's edges ordered by the node at their other end, so the edges between two
        // given nodes are one run that a binary search finds.
        for (var v = 0; v < nodeCount; v++)
        {
            ct.ThrowIfCancellationRequested();
            if (offsets[v + 1] - offsets[v] > 1)
                Array.Sort(neighbours, adjacent, offsets[v], offsets[v + 1] - offsets[v]);
        }
        var adjacentValue = new double[adjacent.Length];
        for (var a = 0; a < adjacent.Length; a++)
            adjacentValue[a] = value[adjacent[a]];

        return new TraversalIndex
        {
            NodeKeys = [.. nodeKeys],
            NodeIds = nodeIds,
            FilingIds = filingIds,
            NodeOf = nodeOf,
            EdgeKeys = edgeKeys,
            From = from,
            To = to,
            Kind = kind,
            Year = year,
            Value = value,
            Currency = currency,
            ReportedBy = reportedBy,
            Offsets = offsets,
            Adjacent = adjacent,
            Neighbours = neighbours,
            AdjacentValue = adjacentValue,
            KindCodes = kindCodes,
            CurrencyCodes = currencyCodes,
            KindNames = kindCodes.OrderBy(k => k.Value).Select(k => k.Key).ToArray(),
            CurrencyNames = currencyCodes.OrderBy(c => c.Value).Select(c => c.Key).ToArray(),
        };
    }
}
