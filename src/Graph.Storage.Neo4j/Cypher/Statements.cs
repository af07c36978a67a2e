using System.Reflection;
using System.Text.RegularExpressions;

namespace Graph.Storage.Neo4j.Cypher;

/// <summary>
/// Every Cypher statement the store sends, read from the embedded <c>Cypher/*.cypher</c> files.
/// Statements are fixed text: values travel as parameters, and labels and relationship types are
/// written into the files, never built from input.
/// </summary>
internal static class Statements
{
    public static readonly IReadOnlyList<string> Schema = Load("schema")
        .Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(StripComments)
        .Select(s => s.TrimEnd(';'))
        .Where(s => s.Length > 0)
        .ToList();

    public static readonly string IngestBegin = Load("ingest-begin");
    public static readonly string IngestRemoveFilingContent = Load("ingest-remove-filing-content");
    public static readonly string IngestDeleteOrphans = Load("ingest-delete-orphans");
    public static readonly string IngestReadEntities = Load("ingest-read-entities");
    public static readonly string IngestWriteEntities = Load("ingest-write-entities");
    public static readonly string IngestWriteFiling = Load("ingest-write-filing");
    public static readonly string IngestWriteTransactions = Load("ingest-write-transactions");
    public static readonly string IngestWriteBalances = Load("ingest-write-balances");
    public static readonly string IngestWriteRelatedParties = Load("ingest-write-related-parties");

    public static readonly string ReadSameAs = Load("read-same-as");
    public static readonly string ReadEntities = Load("read-entities");
    public static readonly string Stats = Load("stats");
    public static readonly string SearchMergedHits = Load("search-merged-hits");
    public static readonly string FindByNameKeys = Load("find-by-name-keys");
    public static readonly string EntitiesWithoutNameKeys = Load("entities-without-name-keys");
    public static readonly string SetNameKeys = Load("set-name-keys");
    public static readonly string SearchEntities = Load("search-entities");
    public static readonly string SearchEntitiesCount = Load("search-entities-count");
    public static readonly string ListEntities = Load("list-entities");
    public static readonly string ListEntitiesCount = Load("list-entities-count");
    public static readonly string RelatedParties = Load("related-parties");
    public static readonly string FilingsById = Load("filings-by-id");
    public static readonly string FilingsPage = Load("filings-page");
    public static readonly string FilingsCount = Load("filings-count");

    public static readonly string EdgesPageAscending = Load("edges-page-asc");
    public static readonly string EdgesPageDescending = Load("edges-page-desc");
    public static readonly string EdgesCount = Load("edges-count");
    public static readonly string EntityEdgesPageAscending = Load("entity-edges-page-asc");
    public static readonly string EntityEdgesPageDescending = Load("entity-edges-page-desc");
    public static readonly string EntityEdgesCount = Load("entity-edges-count");
    public static readonly string CounterpartySums = Load("counterparty-sums");
    public static readonly string Expand = Load("expand");
    public static readonly string EdgesAmong = Load("edges-among");
    public static readonly string Degree = Load("degree");

    public static readonly string Merge = Load("merge");
    public static readonly string Unmerge = Load("unmerge");
    public static readonly string SuggestCandidates = Load("suggest-candidates");

    public static readonly string ExportEntities = Load("export-entities");
    public static readonly string ExportFilings = Load("export-filings");
    public static readonly string ExportEdges = Load("export-edges");
    public static readonly string ExportRelatedParties = Load("export-related-parties");

    public static readonly string ScriptEntities = Script("script-entities");
    public static readonly string ScriptFilings = Script("script-filings");
    public static readonly string ScriptTransactions = Script("script-transactions");
    public static readonly string ScriptBalances = Script("script-balances");
    public static readonly string ScriptRelatedParties = Script("script-related-parties");
    public static readonly string ScriptSameAs = Script("script-same-as");
    public static readonly string ScriptGraphMeta = Script("script-graph-meta");

    /// <summary>
    /// A statement with a parameter replaced by a literal, for scripts that run without
    /// parameters. The literal must come from <see cref="Export.CypherLiteral"/>, which escapes it.
    /// </summary>
    public static string Bind(string statement, string parameter, string literal)
    {
        var pattern = new Regex(@"\$" + Regex.Escape(parameter) + "(?![A-Za-z0-9_])", RegexOptions.CultureInvariant);
        if (!pattern.IsMatch(statement))
            throw new ArgumentException($"The statement has no parameter ${parameter}.", nameof(parameter));
        // An evaluator, so that '$' in the literal is never read as a substitution.
        return pattern.Replace(statement, _ => literal);
    }

    private static string Script(string name) => StripComments(Load(name));

    private static string Load(string name)
    {
        var resource = $"Graph.Storage.Neo4j.Cypher.{name}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The statement file '{name}.cypher' is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
    }

    private static string StripComments(string text) => string.Join('\n', text.Split('\n')
        .Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal))).Trim();
}
