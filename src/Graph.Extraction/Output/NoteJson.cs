using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Graph.Core.Notes;

namespace Graph.Extraction.Output;

/// <summary>Reads and writes notes in the FACTS.md JSON shape (nulls left out, non-ASCII names kept readable).</summary>
public static class NoteJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public static string Serialize(NoteFacts note) => JsonSerializer.Serialize(note, Options);

    public static NoteFacts? Deserialize(string json) => JsonSerializer.Deserialize<NoteFacts>(json, Options);
}
