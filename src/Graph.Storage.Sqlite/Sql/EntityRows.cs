using System.Text.Json;
using Graph.Core.Model;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Sql;

/// <summary>Reading and writing entity rows.</summary>
internal static class EntityRows
{
    public const string Columns = "e.n, e.id, e.name, e.type, e.aliases, e.is_reporter, e.cik, e.lei, e.jurisdiction, e.placeholder";

    /// <summary>Reads the <see cref="Columns"/> starting at <paramref name="at"/>.</summary>
    public static (long N, Entity Entity) Read(SqliteDataReader r, int at = 0) => (r.GetInt64(at), new Entity
    {
        Id = r.GetString(at + 1),
        Name = r.GetString(at + 2),
        Type = r.GetString(at + 3),
        Aliases = ReadAliases(r.GetString(at + 4)),
        IsReporter = r.GetInt64(at + 5) != 0,
        Cik = r.StringOrNull(at + 6),
        Lei = r.StringOrNull(at + 7),
        Jurisdiction = r.StringOrNull(at + 8),
        Placeholder = r.StringOrNull(at + 9),
    });

    public static string Aliases(Entity e) => JsonSerializer.Serialize(e.Aliases);

    // Most entities have no alias: skip the JSON reader for them.
    public static string[] ReadAliases(string json) => json == "[]" ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];

    /// <summary>Lower-case name and aliases, one per line: what substring search looks in.</summary>
    public static string SearchText(Entity e) =>
        string.Join('\n', e.Aliases.Prepend(e.Name)).ToLowerInvariant();

    public static void Bind(SqliteCommand cmd, Entity e)
    {
        cmd.Add("@id", e.Id);
        cmd.Add("@name", e.Name);
        cmd.Add("@type", e.Type);
        cmd.Add("@aliases", Aliases(e));
        cmd.Add("@is_reporter", e.IsReporter ? 1 : 0);
        cmd.Add("@cik", e.Cik);
        cmd.Add("@lei", e.Lei);
        cmd.Add("@jurisdiction", e.Jurisdiction);
        cmd.Add("@placeholder", e.Placeholder);
        cmd.Add("@search", SearchText(e));
    }
}
