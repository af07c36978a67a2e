using System.Text.Encodings.Web;
using System.Text.Json;

namespace Graph.Cli.Ingest;

/// <summary>How commands print JSON: indented, camelCase, for people and scripts alike.</summary>
internal static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        // Names and reasons are printed for people: keep apostrophes and accents readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };
}
