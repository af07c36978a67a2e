using Graph.Api.Schema.Inputs;
using Graph.Core.Model;
using Graph.Core.Storage;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.Schema.Types;

public sealed class EntityType : ObjectGraphType<Entity>
{
    public EntityType(GraphApiOptions options)
    {
        Name = "Entity";
        Description = "A company, person, group or government body; one node however many filers name it.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases").Resolve(c => c.Source.Aliases);
        Field<NonNullGraphType<PartyTypeType>>("type").Resolve(c => PartyTypeType.Known(c.Source.Type));
        Field<NonNullGraphType<BooleanGraphType>>("isReporter").Resolve(c => c.Source.IsReporter);
        Field<StringGraphType>("cik").Resolve(c => c.Source.Cik);
        Field<StringGraphType>("lei").Resolve(c => c.Source.Lei);
        Field<StringGraphType>("jurisdiction").Resolve(c => c.Source.Jurisdiction);
        Field<StringGraphType>("placeholder")
            .Description("Null for a named entity; 'aggregate' for a total over several related parties, 'unnamed' for a party the note only describes (both scoped to one reporter).")
            .Resolve(c => c.Source.Placeholder);

        Field<NonNullGraphType<FilingConnectionType>>("filings")
            .Description("Filings this entity reported, newest first.")
            .Arguments(PagingArguments.Declare())
            .ResolveAsync(async c =>
            {
                var (first, after) = PagingArguments.Read(c, options);
                return await c.Store().ListFilingsAsync(c.Source.Id, first, after, c.CancellationToken).ConfigureAwait(false);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelatedPartyType>>>>("relatedParties")
            .Description("RELATED_PARTY links touching this entity, as reporter or as party.")
            .Resolve(c => c.Loaders().RelatedParties.Load(c.Source.Id).Then(l => l ?? []));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SameAsType>>>>("sameAs")
            .Description("Entity-resolution judgements in this entity's cluster.")
            .Resolve(c => c.Loaders().SameAs.Load(c.Source.Id).Then(l => l ?? []));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CounterpartyType>>>>("counterparties")
            .Description("Entities this one has edges with, with per kind, year and currency totals.")
            .Argument<EdgeFilterInputType>("filter")
            .Resolve(c => c.Loaders().Counterparties(FilterArguments.Filter(c)).Load(c.Source.Id).Then(l => l ?? []));

        Field<NonNullGraphType<EdgeConnectionType>>("edges")
            .Description("Edges touching this entity, either direction.")
            .Argument<EdgeFilterInputType>("filter")
            .Argument<EdgeOrderInputType>("orderBy")
            .Arguments(PagingArguments.Declare())
            .ResolveAsync(async c =>
            {
                var (first, after) = PagingArguments.Read(c, options);
                var query = new EdgeQuery
                {
                    EntityId = c.Source.Id,
                    Filter = FilterArguments.Filter(c),
                    Order = FilterArguments.Order(c),
                    First = first,
                    After = after,
                };
                return await c.Store().GetEdgesAsync(query, c.CancellationToken).ConfigureAwait(false);
            });
    }
}
