using System.Text;
using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Storage.Neo4j.Mapping;

namespace Graph.Storage.Neo4j.Export;

/// <summary>
/// Writes any store's raw graph (its <c>Read*Async</c> streams) as the node and relationship CSV
/// files <c>neo4j-admin database import full</c> loads, with exactly the labels, relationship types
/// and typed properties the Neo4j store writes, so the imported database serves at once:
/// entities.csv, filings.csv, graph_meta.csv; filed_by.csv, transactions.csv, balances.csv,
/// related_parties.csv, same_as.csv. Edges and links are numbered in the order the store returns
/// them (the <c>seq</c> the Neo4j store keeps).
/// </summary>
public sealed class Neo4jCsvExporter
{
    public const string EntitiesFile = "entities.csv";
    public const string FilingsFile = "filings.csv";
    public const string MetaFile = "graph_meta.csv";
    public const string FiledByFile = "filed_by.csv";
    public const string TransactionsFile = "transactions.csv";
    public const string BalancesFile = "balances.csv";
    public const string RelatedPartiesFile = "related_parties.csv";
    public const string SameAsFile = "same_as.csv";

    public const string EntityHeader =
        "id:ID(Entity),:LABEL,name,type,aliases:string[],aliasText,searchText,nameKeyText,isReporter:boolean,cik,lei,jurisdiction,placeholder";
    public const string FilingHeader =
        "id:ID(Filing),:LABEL,reporterId,form,fiscalYear:int,periodEnd,source,contentHash,ingestedAt";
    public const string MetaHeader = "id:ID(GraphMeta),:LABEL,seq:long";
    public const string FiledByHeader = ":START_ID(Filing),:END_ID(Entity),:TYPE";
    public const string EdgeHeader =
        ":START_ID(Entity),:END_ID(Entity),:TYPE,id,kind,year:int,asOf,period,amount:double,currency,scale:double,value:double,"
        + "description,nature,reportedBy,filingId,evidenceStart:int,evidenceEnd:int,quote,seq:long";
    public const string RelatedPartyHeader = ":START_ID(Entity),:END_ID(Entity),:TYPE,relationship,filingId,seq:long";
    public const string SameAsHeader =
        ":START_ID(Entity),:END_ID(Entity),:TYPE,id,method,score:double,by,at,reason,active:boolean,seq:long";

    // neo4j-admin has no escape for the array delimiter: when an alias holds ';', another is chosen.
    private static readonly char[] DelimiterChoices = [';', '|', '\u001F'];

    public async Task<CsvExportResult> ExportAsync(IGraphStore store, string directory, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
        var delimiter = await ChooseDelimiterAsync(store, ct).ConfigureAwait(false);

        var entities = 0;
        await using (var w = Open(directory, EntitiesFile, EntityHeader))
        {
            await foreach (var e in store.ReadEntitiesAsync(ct).ConfigureAwait(false))
            {
                var row = EntityMapping.ToRow(e);
                // neo4j-admin splits :LABEL with the array delimiter too.
                var labels = EntityLabels.ForType(e.Type) is { } label ? $"{EntityLabels.Entity}{delimiter}{label}" : EntityLabels.Entity;
                await w.WriteLineAsync(CsvText.Row(
                    CsvText.Quote(e.Id), labels, CsvText.Quote(e.Name), CsvText.Quote(e.Type), CsvText.Array(e.Aliases, delimiter),
                    CsvText.Quote((string)row["aliasText"]!), CsvText.Quote((string)row["searchText"]!),
                    CsvText.Quote((string)row["nameKeyText"]!), CsvText.Boolean(e.IsReporter),
                    CsvText.Quote(e.Cik), CsvText.Quote(e.Lei), CsvText.Quote(e.Jurisdiction), CsvText.Quote(e.Placeholder)).AsMemory(), ct)
                    .ConfigureAwait(false);
                entities++;
            }
        }

        var filings = 0;
        await using (var nodes = Open(directory, FilingsFile, FilingHeader))
        await using (var links = Open(directory, FiledByFile, FiledByHeader))
        {
            await foreach (var f in store.ReadFilingsAsync(ct).ConfigureAwait(false))
            {
                await nodes.WriteLineAsync(CsvText.Row(
                    CsvText.Quote(f.Id), "Filing", CsvText.Quote(f.ReporterId), CsvText.Quote(f.Form), CsvText.Number(f.FiscalYear),
                    CsvText.Quote(f.PeriodEnd), CsvText.Quote(f.Source), CsvText.Quote(f.ContentHash),
                    CsvText.Quote(FilingMapping.Time(f.IngestedAt == default ? DateTimeOffset.UtcNow : f.IngestedAt))).AsMemory(), ct)
                    .ConfigureAwait(false);
                await links.WriteLineAsync(CsvText.Row(CsvText.Quote(f.Id), CsvText.Quote(f.ReporterId), "FILED_BY").AsMemory(), ct)
                    .ConfigureAwait(false);
                filings++;
            }
        }

        long seq = 0;
        var edges = 0;
        await using (var transactions = Open(directory, TransactionsFile, EdgeHeader))
        await using (var balances = Open(directory, BalancesFile, EdgeHeader))
        {
            await foreach (var e in store.ReadEdgesAsync(ct).ConfigureAwait(false))
            {
                var (writer, type) = e.Category == EdgeCategory.Balance ? (balances, EdgeMapping.BalanceType) : (transactions, EdgeMapping.TransactionType);
                await writer.WriteLineAsync(CsvText.Row(
                    CsvText.Quote(e.FromId), CsvText.Quote(e.ToId), type, CsvText.Quote(e.Id), CsvText.Quote(e.Kind),
                    CsvText.Number(e.Year), CsvText.Quote(e.AsOf), CsvText.Quote(e.Period), CsvText.Number(e.Amount),
                    CsvText.Quote(e.Currency), CsvText.Number(e.Scale), CsvText.Number(e.Value), CsvText.Quote(e.Description),
                    CsvText.Quote(e.Nature), CsvText.Quote(e.ReportedBy), CsvText.Quote(e.FilingId), CsvText.Number(e.EvidenceStart),
                    CsvText.Number(e.EvidenceEnd), CsvText.Quote(e.Quote), CsvText.Number(++seq)).AsMemory(), ct).ConfigureAwait(false);
                edges++;
            }
        }

        var related = 0;
        await using (var w = Open(directory, RelatedPartiesFile, RelatedPartyHeader))
        {
            await foreach (var l in store.ReadRelatedPartiesAsync(ct).ConfigureAwait(false))
            {
                await w.WriteLineAsync(CsvText.Row(
                    CsvText.Quote(l.ReporterId), CsvText.Quote(l.PartyId), "RELATED_PARTY", CsvText.Quote(l.Relationship),
                    CsvText.Quote(l.FilingId), CsvText.Number(++seq)).AsMemory(), ct).ConfigureAwait(false);
                related++;
            }
        }

        var sameAs = 0;
        await using (var w = Open(directory, SameAsFile, SameAsHeader))
        {
            await foreach (var s in store.ReadSameAsAsync(ct).ConfigureAwait(false))
            {
                await w.WriteLineAsync(CsvText.Row(
                    CsvText.Quote(s.EntityId), CsvText.Quote(s.TargetId), "SAME_AS", CsvText.Quote(s.Id), CsvText.Quote(s.Method),
                    CsvText.Number(s.Score), CsvText.Quote(s.By), CsvText.Quote(FilingMapping.Time(s.At)), CsvText.Quote(s.Reason),
                    CsvText.Boolean(true), CsvText.Number(++seq)).AsMemory(), ct).ConfigureAwait(false);
                sameAs++;
            }
        }

        // The store continues numbering after the highest sequence number it finds here.
        await using (var w = Open(directory, MetaFile, MetaHeader))
            await w.WriteLineAsync(CsvText.Row(CsvText.Quote("graph"), "GraphMeta", CsvText.Number(seq)).AsMemory(), ct).ConfigureAwait(false);

        return new CsvExportResult(
            Path.GetFullPath(directory),
            [EntitiesFile, FilingsFile, MetaFile],
            [FiledByFile, TransactionsFile, BalancesFile, RelatedPartiesFile, SameAsFile],
            delimiter, entities, filings, edges, related, sameAs);
    }

    private static async Task<char> ChooseDelimiterAsync(IGraphStore store, CancellationToken ct)
    {
        var used = new HashSet<char>();
        await foreach (var e in store.ReadEntitiesAsync(ct).ConfigureAwait(false))
            foreach (var alias in e.Aliases)
                foreach (var c in DelimiterChoices)
                    if (alias.Contains(c, StringComparison.Ordinal))
                        used.Add(c);
        return DelimiterChoices.FirstOrDefault(c => !used.Contains(c), '\0') is var d and not '\0'
            ? d
            : throw new InvalidOperationException("Aliases contain every array delimiter neo4j-admin could use (';', '|', U+001F).");
    }

    private static StreamWriter Open(string directory, string file, string header)
    {
        // UTF-8 without a byte-order mark: neo4j-admin would read one as part of the first header.
        var writer = new StreamWriter(Path.Combine(directory, file), append: false, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(header);
        return writer;
    }
}
