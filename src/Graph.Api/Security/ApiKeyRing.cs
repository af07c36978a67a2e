using System.Security.Cryptography;
using System.Text;

namespace Graph.Api.Security;

/// <summary>
/// The accepted API keys. Keys are compared as SHA-256 digests in constant time, so neither the
/// comparison's timing nor a memory dump of the ring gives a key away.
/// </summary>
public sealed class ApiKeyRing
{
    private readonly IReadOnlyList<byte[]> digests;

    public ApiKeyRing(IEnumerable<string> keys)
    {
        digests = keys
            .Select(k => k.Trim())
            .Where(k => k.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Select(Digest)
            .ToList();
    }

    public bool IsEmpty => digests.Count == 0;

    public bool IsValid(string? presented)
    {
        if (string.IsNullOrEmpty(presented) || digests.Count == 0) return false;
        var digest = Digest(presented.Trim());
        var valid = false;
        // Check every key even after a match so the time taken does not depend on which key matched.
        foreach (var candidate in digests)
            valid |= CryptographicOperations.FixedTimeEquals(candidate, digest);
        return valid;
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
