using System.Text;

namespace Graph.Storage.Neo4j.Tests.Export;

/// <summary>
/// Reads CSV the way neo4j-admin does with --multiline-fields=true: quoted fields may hold commas,
/// doubled quotes and line breaks; an unquoted empty field is null (no property), a quoted one is "".
/// </summary>
internal sealed record CsvFile(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyDictionary<string, string?>> Rows)
{
    public static CsvFile Read(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        Assert.False(text.StartsWith('\uFEFF'), $"{Path.GetFileName(path)} starts with a byte-order mark");
        var records = Parse(text);
        var header = records[0].Select(f => f ?? "").ToList();
        var rows = records.Skip(1).Select(r =>
        {
            Assert.Equal(header.Count, r.Count);
            return (IReadOnlyDictionary<string, string?>)header.Zip(r).ToDictionary(p => p.First, p => p.Second);
        }).ToList();
        return new CsvFile(header, rows);
    }

    private static List<List<string?>> Parse(string text)
    {
        var records = new List<List<string?>>();
        var record = new List<string?>();
        var i = 0;
        while (i < text.Length)
        {
            string? field;
            if (text[i] == '"')
            {
                var b = new StringBuilder();
                i++;
                while (true)
                {
                    if (i >= text.Length)
                        throw new FormatException("Unterminated quoted field.");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            b.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    b.Append(text[i++]);
                }
                field = b.ToString();
            }
            else
            {
                var start = i;
                while (i < text.Length && text[i] != ',' && text[i] != '\n')
                    i++;
                field = i == start ? null : text[start..i];
            }
            record.Add(field);
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }
            if (i < text.Length && text[i] != '\n')
                throw new FormatException($"Unexpected '{text[i]}' after a field.");
            i++;
            records.Add(record);
            record = [];
        }
        return records;
    }
}
