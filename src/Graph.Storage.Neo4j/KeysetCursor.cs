using System.Text;
using System.Text.Json;

namespace Graph.Storage.Neo4j;

/// <summary>
/// Opaque keyset cursors, in the same form as the embedded store's: the sort key and id of the
/// last row seen, as base64 JSON. Anything not produced by the same listing is rejected clearly.
/// </summary>
internal static class KeysetCursor
{
    public static string Encode(params string?[] parts) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(parts)));

    /// <exception cref="ArgumentException">The cursor was not produced by this store for this listing.</exception>
    public static string?[] Decode(string cursor, int expectedParts)
    {
        try
        {
            var parts = JsonSerializer.Deserialize<string?[]>(Encoding.UTF8.GetString(Convert.FromBase64String(cursor)));
            if (parts is not null && parts.Length == expectedParts)
                return parts;
        }
        catch (Exception e) when (e is FormatException or JsonException or DecoderFallbackException)
        {
        }
        throw new ArgumentException($"Invalid cursor '{cursor}': pass back a cursor returned by the same listing.", nameof(cursor));
    }
}
