using Graph.Core.Model;

namespace Graph.Core.Building;

/// <summary>
/// Finds the entity a fact's party text names: exact name or alias first, then the same
/// text ignoring case, then the same normalised name (so "Keshen Ltd." finds "Keshen Limited").
/// The first party to claim a name keeps it.
/// </summary>
internal sealed class PartyResolver
{
    private readonly Dictionary<string, string> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _ignoreCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _normalized = new(StringComparer.Ordinal);

    public void Add(string name, string entityId)
    {
        _exact.TryAdd(name, entityId);
        _ignoreCase.TryAdd(name, entityId);
        var key = EntityIds.NormalizeName(name);
        if (key.Length > 0)
            _normalized.TryAdd(key, entityId);
    }

    public string? Resolve(string name)
    {
        if (_exact.TryGetValue(name, out var id) || _ignoreCase.TryGetValue(name, out id))
            return id;
        var key = EntityIds.NormalizeName(name);
        return key.Length > 0 && _normalized.TryGetValue(key, out id) ? id : null;
    }
}
