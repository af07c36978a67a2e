using System.Text;
using System.Text.Json;

namespace Graph.Core.Storage;

/// <summary>
/// Opaque keyset cursors: the sort key and id of the last row seen, as base64 JSON. Clients
/// pass them back unchanged; anything else is rejected with a clear message.
/// </summary>
public static class KeysetCursor
{
    public static string Encode(params string?[] parts) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(parts)));

    /// <exception cref="ArgumentException">The cursor was not produced by the same listing.</exception>
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
