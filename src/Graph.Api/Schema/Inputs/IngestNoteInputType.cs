using Graph.Ingest;
using GraphQL.Types;

namespace Graph.Api.Schema.Inputs;

/// <summary>A note's text and what is known about its filing; parsed into the ingest pipeline's <see cref="NoteSource"/> plus the text.</summary>
public sealed class IngestNoteInputType : InputObjectGraphType<IngestNoteInput>
{
    public IngestNoteInputType()
    {
        Name = "IngestNoteInput";
        Field<NonNullGraphType<StringGraphType>>("text").Description("The note: EDGAR R-page text, HTML or plain text.");
        Field<StringGraphType>("reporter").Description("The reporting company, when the note only says 'the Company'.");
        Field<StringGraphType>("form").Description("10-K, 20-F, 10-Q, ...");
        Field<IntGraphType>("fiscalYear");
        Field<StringGraphType>("filingId").Description("Stable id of the filing; by default derived from reporter and content. The same id with new text replaces that filing's facts.");
        Field<StringGraphType>("cik");
        Field<StringGraphType>("periodEnd").Description("yyyy-MM-dd");
        Field<StringGraphType>("source").Description("Where the note came from (URL or path), recorded on the filing.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        string? S(string name) => value.TryGetValue(name, out var v) && v is string s && s.Trim().Length > 0 ? s.Trim() : null;
        return new IngestNoteInput(
            value.TryGetValue("text", out var t) && t is string text ? text : "",
            new NoteSource
            {
                Reporter = S("reporter"),
                Form = S("form"),
                FiscalYear = value.TryGetValue("fiscalYear", out var y) && y is int year ? year : null,
                FilingId = S("filingId"),
                Cik = S("cik"),
                PeriodEnd = S("periodEnd"),
                Source = S("source") ?? "api",
                NoteName = S("filingId"),
            });
    }
}
