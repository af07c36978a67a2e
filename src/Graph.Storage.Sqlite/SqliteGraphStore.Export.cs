using System.Globalization;
using System.Runtime.CompilerServices;
using Graph.Core.Model;
using Graph.Storage.Sqlite.Resolution;
using Graph.Storage.Sqlite.Sql;

namespace Graph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async IAsyncEnumerable<Entity> ReadEntitiesAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var cmd = connection.Command($"SELECT {EntityRows.Columns} FROM entities e ORDER BY e.id");
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            yield return EntityRows.Read(reader).Entity;
    }

    public async IAsyncEnumerable<Filing> ReadFilingsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var cmd = connection.Command($"{FilingSelect} ORDER BY f.id");
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            yield return ReadFiling(reader, ClusterMap.Empty);
    }

    public async IAsyncEnumerable<GraphEdge> ReadEdgesAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var cmd = connection.Command($"{EdgeRows.Select()} ORDER BY e.n");
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            yield return EdgeRows.Read(reader, ClusterMap.Empty).Edge;
    }

    public async IAsyncEnumerable<RelatedPartyLink> ReadRelatedPartiesAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var cmd = connection.Command("""
            SELECT r.id, p.id, rp.relationship, f.id FROM related_parties rp
            JOIN entities r ON r.n = rp.reporter_n JOIN entities p ON p.n = rp.party_n JOIN filings f ON f.n = rp.filing_n
            ORDER BY f.id, p.id
            """);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            yield return new RelatedPartyLink(reader.GetString(0), reader.GetString(1), reader.StringOrNull(2), reader.GetString(3));
    }

    public async IAsyncEnumerable<SameAsLink> ReadSameAsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var cmd = connection.Command($"{SameAsSelect} WHERE s.active = 1 ORDER BY s.n");
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            yield return ReadSameAs(reader);
    }

    private const string SameAsSelect = """
        SELECT s.id, a.id, b.id, s.method, s.score, s.by, s.at, s.reason, s.entity_n, s.target_n
        FROM same_as s JOIN entities a ON a.n = s.entity_n JOIN entities b ON b.n = s.target_n
        """;

    private static SameAsLink ReadSameAs(Microsoft.Data.Sqlite.SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetDouble(4), r.GetString(5),
        DateTimeOffset.Parse(r.GetString(6), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), r.StringOrNull(7));
}
