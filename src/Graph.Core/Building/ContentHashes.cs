using System.Security.Cryptography;
using System.Text;

namespace Graph.Core.Building;

/// <summary>The content hash that tells a corrected filing from the same filing ingested again.</summary>
public static class ContentHashes
{
    /// <summary>Lowercase hex SHA-256 of the UTF-8 text.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
