using System.Globalization;

namespace Graph.Storage.Neo4j.Transport;

/// <summary>
/// One result row. Values are decoded from typed JSON into: null, bool, long, double, string,
/// <see cref="IReadOnlyList{T}"/> of object?, <see cref="IReadOnlyDictionary{TKey,TValue}"/> of
/// string → object?, <see cref="CypherNode"/>, <see cref="CypherRelationship"/>,
/// <see cref="CypherPath"/>, byte[] or <see cref="CypherTemporal"/>.
/// </summary>
public sealed class CypherRow
{
    private readonly IReadOnlyDictionary<string, int> _index;
    private readonly IReadOnlyList<object?> _values;

    public CypherRow(IReadOnlyDictionary<string, int> index, IReadOnlyList<object?> values)
    {
        _index = index;
        _values = values;
    }

    public IReadOnlyList<object?> Values => _values;

    public object? this[string field] => _index.TryGetValue(field, out var i)
        ? _values[i]
        : throw new KeyNotFoundException($"The result has no field '{field}'.");

    public string GetString(string field) => CypherValues.AsString(this[field])
        ?? throw new InvalidCastException($"Field '{field}' is null, a string was expected.");

    public string? GetNullableString(string field) => CypherValues.AsString(this[field]);

    public long GetInt64(string field) => CypherValues.AsInt64(this[field])
        ?? throw new InvalidCastException($"Field '{field}' is null, an integer was expected.");

    public int GetInt32(string field) => checked((int)GetInt64(field));

    public int? GetNullableInt32(string field) => CypherValues.AsInt64(this[field]) is { } v ? checked((int)v) : null;

    public decimal? GetNullableDecimal(string field) => CypherValues.AsDecimal(this[field]);

    public double GetDouble(string field) => CypherValues.AsDouble(this[field])
        ?? throw new InvalidCastException($"Field '{field}' is null, a number was expected.");

    public bool GetBoolean(string field) => this[field] as bool?
        ?? throw new InvalidCastException($"Field '{field}' is not a boolean.");

    public IReadOnlyList<string> GetStrings(string field) => CypherValues.AsStrings(this[field]);

    public IReadOnlyDictionary<string, object?> GetMap(string field) => this[field] as IReadOnlyDictionary<string, object?>
        ?? throw new InvalidCastException($"Field '{field}' is not a map.");

    public IReadOnlyList<object?> GetList(string field) => this[field] as IReadOnlyList<object?>
        ?? (this[field] is null ? [] : throw new InvalidCastException($"Field '{field}' is not a list."));

    public override string ToString() => string.Join(", ",
        _index.OrderBy(p => p.Value).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}={_values[p.Value]}")));
}
