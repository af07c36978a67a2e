using Graph.Api.Errors;
using Graph.Api.Schema.Inputs;
using Graph.Api.Schema.Types;
using Graph.Ingest;
using Graph.Core.Model;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>The write side: every field demands a valid API key before touching the store.</summary>
public sealed class MutationType : ObjectGraphType
{
    /// <summary>Recorded as the author of merges made through the API.</summary>
    private const string MergedBy = "api";

    public MutationType()
    {
        Name = "Mutation";

        Field<NonNullGraphType<IngestResultType>>("ingestNote")
            .Description("Extract a related-party note and write its filing all-or-nothing. The same filing again changes nothing.")
            .Argument<NonNullGraphType<IngestNoteInputType>>("input")
            .ResolveAsync(async c =>
            {
                c.DemandWriteAccess();
                var input = c.GetArgument<IngestNoteInput>("input");
                if (string.IsNullOrWhiteSpace(input.Text))
                    throw new ApiError(ErrorCodes.InputRejected, "input.text is empty: send the note's text.");
                var ingestor = new NoteIngestor(c.Store());
                return await ingestor.IngestTextAsync(input.Text, input.Source, c.CancellationToken).ConfigureAwait(false);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SameAsType>>>>("mergeEntities")
            .Description("Record that every entity in 'ids' after the first is the same as the first. Never destructive: undo with unmerge.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .Argument<StringGraphType>("reason")
            .ResolveAsync(async c =>
            {
                c.DemandWriteAccess();
                var ids = c.GetArgument<List<string>>("ids").Distinct(StringComparer.Ordinal).ToList();
                if (ids.Count < 2)
                    throw ApiError.BadInput("mergeEntities needs at least two distinct entity ids: the target first, then those merged into it.");
                var store = c.Store();
                var found = await store.GetEntitiesAsync(ids, c.CancellationToken).ConfigureAwait(false);
                var missing = ids.Where(id => !found.ContainsKey(id)).ToList();
                if (missing.Count > 0)
                    throw new ApiError(ErrorCodes.NotFound, $"No entity with id {string.Join(", ", missing.Select(m => $"'{m}'"))}.");
                var reason = c.GetArgument<string?>("reason");
                var links = new List<SameAsLink>();
                foreach (var id in ids.Skip(1))
                    links.Add(await store.MergeAsync(id, ids[0], "manual", 1.0, MergedBy, reason, c.CancellationToken).ConfigureAwait(false));
                return links;
            });

        Field<NonNullGraphType<BooleanGraphType>>("unmerge")
            .Description("Undo a merge: by SAME_AS id, or every judgement that merged the given entity away. False when there was nothing to undo.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                c.DemandWriteAccess();
                return await c.Store().UnmergeAsync(c.GetArgument<string>("id"), c.CancellationToken).ConfigureAwait(false);
            });
    }
}
