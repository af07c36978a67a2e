using System.Text.Json;

namespace Graph.Storage.Neo4j.Transport;

/// <summary>One decoded Query API reply: its rows, and for explicit transactions the id and affinity to send back.</summary>
internal sealed record QueryApiReply(CypherResult Result, string? TransactionId, string? Affinity)
{
    /// <summary>
    /// Decode a reply. Errors come in two shapes and both throw: a 4xx body before execution, and
    /// <c>errors</c> inside a 202 when the statement failed part-way (its partial data is discarded,
    /// since the transaction is rolled back).
    /// </summary>
    public static QueryApiReply Parse(int status, byte[] body, string? affinity, Uri? url)
    {
        JsonDocument? document = null;
        if (body.Length > 0)
        {
            try
            {
                document = JsonDocument.Parse(body);
            }
            catch (JsonException) when (status >= 400)
            {
                // A proxy or a wrong address answers in HTML or plain text: report the status instead.
            }
            catch (JsonException e)
            {
                throw new Neo4jException($"Neo4j replied with HTTP {status} and a body that is not JSON: {e.Message}", status, e);
            }
        }
        using (document)
        {
            var root = document?.RootElement;
            if (root is { } r && r.ValueKind == JsonValueKind.Object && r.TryGetProperty("errors", out var errors)
                && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
                throw ToException(errors, status);
            if (status >= 400)
                throw new Neo4jException(StatusCode(status), $"HTTP {status} from {url}", status);

            return new QueryApiReply(
                root is { ValueKind: JsonValueKind.Object } o ? ReadResult(o) : CypherResult.Empty,
                root is { ValueKind: JsonValueKind.Object } t && t.TryGetProperty("transaction", out var tx)
                    && tx.TryGetProperty("id", out var id) ? id.GetString() : null,
                affinity);
        }
    }

    private static Neo4jException ToException(JsonElement errors, int status)
    {
        var first = errors[0];
        // Errors before execution name the status in "error", errors during it in "code".
        var code = Text(first, "code") ?? Text(first, "error") ?? StatusCode(status);
        var messages = errors.EnumerateArray()
            .Select(e => Text(e, "message") ?? Text(e, "code") ?? Text(e, "error") ?? "(no message)")
            .Distinct();
        return new Neo4jException(code, string.Join(" | ", messages), status);
    }

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;

    private static string StatusCode(int status) => status switch
    {
        401 => "Neo.ClientError.Security.Unauthorized",
        403 => "Neo.ClientError.Security.Forbidden",
        404 => "Neo.ClientError.Request.NotFound",
        _ when status >= 500 => "Neo.DatabaseError.General.UnknownError",
        _ => "Neo.ClientError.Request.Invalid",
    };

    private static CypherResult ReadResult(JsonElement root)
    {
        var bookmarks = root.TryGetProperty("bookmarks", out var b) && b.ValueKind == JsonValueKind.Array
            ? b.EnumerateArray().Select(x => x.GetString() ?? "").ToList()
            : [];
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
            return new CypherResult([], [], bookmarks);

        var fields = data.TryGetProperty("fields", out var f)
            ? f.EnumerateArray().Select(x => x.GetString() ?? "").ToList()
            : [];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
            index[fields[i]] = i;
        var rows = new List<CypherRow>();
        if (data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
        {
            foreach (var row in values.EnumerateArray())
            {
                var cells = row.EnumerateArray().Select(TypedJson.ReadValue).ToList();
                if (cells.Count != fields.Count)
                    throw new Neo4jException($"A row has {cells.Count} values for {fields.Count} fields.");
                rows.Add(new CypherRow(index, cells));
            }
        }
        return new CypherResult(fields, rows, bookmarks);
    }
}
