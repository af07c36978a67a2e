using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Graph.Storage.Neo4j.Transport;

/// <summary>
/// Neo4j's typed JSON (<c>application/vnd.neo4j.query</c>): every value is
/// <c>{"$type": T, "_value": v}</c>, integers and floats as strings so that no precision is lost.
/// Used for both the parameters sent and the values received.
/// </summary>
public static class TypedJson
{
    public const string MediaType = "application/vnd.neo4j.query";

    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        writer.WriteStartObject();
        switch (value)
        {
            case null:
                writer.WriteString("$type", "Null");
                writer.WriteNull("_value");
                break;
            case bool b:
                writer.WriteString("$type", "Boolean");
                writer.WriteBoolean("_value", b);
                break;
            case int or long or short or byte:
                writer.WriteString("$type", "Integer");
                writer.WriteString("_value", Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                WriteFloat(writer, d);
                break;
            case float f:
                WriteFloat(writer, f);
                break;
            case decimal m:
                // Neo4j has no decimal type: amounts are stored as Float so that Cypher can sum and compare them.
                WriteFloat(writer, (double)m);
                break;
            case string s:
                writer.WriteString("$type", "String");
                writer.WriteString("_value", s);
                break;
            case DateTimeOffset dto:
                writer.WriteString("$type", "OffsetDateTime");
                writer.WriteString("_value", dto.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture));
                break;
            case byte[] bytes:
                writer.WriteString("$type", "Base64");
                writer.WriteString("_value", Convert.ToBase64String(bytes));
                break;
            case IDictionary dictionary:
                writer.WriteString("$type", "Map");
                writer.WriteStartObject("_value");
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(entry.Key as string
                        ?? throw new ArgumentException("Map parameter keys must be strings."));
                    WriteValue(writer, entry.Value);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                writer.WriteString("$type", "Map");
                writer.WriteStartObject("_value");
                foreach (var (key, item) in pairs)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteString("$type", "List");
                writer.WriteStartArray("_value");
                foreach (var item in list)
                    WriteValue(writer, item);
                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A {value.GetType().Name} cannot be sent as a Cypher parameter.");
        }
        writer.WriteEndObject();
    }

    private static void WriteFloat(Utf8JsonWriter writer, double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d))
            throw new ArgumentException("NaN and infinities are not sent as parameters.");
        writer.WriteString("$type", "Float");
        writer.WriteString("_value", d.ToString("R", CultureInfo.InvariantCulture));
    }

    /// <summary>Decode one typed value.</summary>
    public static object? ReadValue(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("$type", out var typeElement))
            throw new Neo4jException($"Expected a typed JSON value, got: {Truncate(element.GetRawText())}");
        var type = typeElement.GetString() ?? "";
        element.TryGetProperty("_value", out var v);
        return type switch
        {
            "Null" => null,
            "Boolean" => v.GetBoolean(),
            "Integer" => long.Parse(TextOf(v), NumberStyles.Integer, CultureInfo.InvariantCulture),
            "Float" => ParseFloat(TextOf(v)),
            "String" => v.GetString(),
            "Base64" => Convert.FromBase64String(v.GetString() ?? ""),
            "List" => ReadList(v),
            "Map" => ReadMap(v),
            "Node" => ReadNode(v),
            "Relationship" => ReadRelationship(v),
            "Path" => new CypherPath([.. v.EnumerateArray().Select(e => ReadValue(e)!)]),
            "Date" or "Time" or "LocalTime" or "DateTime" or "OffsetDateTime" or "ZonedDateTime"
                or "LocalDateTime" or "Duration" or "Point" => new CypherTemporal(type, TextOf(v)),
            _ => throw new Neo4jException($"Unknown typed JSON type '{type}'."),
        };
    }

    private static string TextOf(JsonElement v) => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText();

    private static double ParseFloat(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static IReadOnlyList<object?> ReadList(JsonElement v) => [.. v.EnumerateArray().Select(ReadValue)];

    private static IReadOnlyDictionary<string, object?> ReadMap(JsonElement v)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in v.EnumerateObject())
            map[p.Name] = ReadValue(p.Value);
        return map;
    }

    private static CypherNode ReadNode(JsonElement v) => new(
        v.GetProperty("_element_id").GetString() ?? "",
        [.. v.GetProperty("_labels").EnumerateArray().Select(l => l.GetString() ?? "")],
        ReadProperties(v));

    private static CypherRelationship ReadRelationship(JsonElement v) => new(
        v.GetProperty("_element_id").GetString() ?? "",
        v.GetProperty("_type").GetString() ?? "",
        v.GetProperty("_start_node_element_id").GetString() ?? "",
        v.GetProperty("_end_node_element_id").GetString() ?? "",
        ReadProperties(v));

    private static IReadOnlyDictionary<string, object?> ReadProperties(JsonElement v) =>
        v.TryGetProperty("_properties", out var props) && props.ValueKind == JsonValueKind.Object
            ? ReadMap(props)
            : new Dictionary<string, object?>();

    private static string Truncate(string s) => s.Length <= 200 ? s : s[..200] + "…";
}
