using Graph.Api.Errors;
using Graph.Api.Schema.Inputs;
using Graph.Api.Schema.Types;
using Graph.Core.Storage;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace Graph.Api.Schema;

/// <summary>The read side. Field names are fixed: clients and the explorer page rely on them.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(GraphApiOptions options)
    {
        Name = "Query";

        Field<NonNullGraphType<EntityConnectionType>>("entities")
            .Description("Entities whose name or an alias contains 'search' (case-insensitive); all entities without it.")
            .Argument<StringGraphType>("search")
            .Argument<PartyTypeType>("type")
            .Arguments(PagingArguments.Declare())
            .ResolveAsync(async c =>
            {
                var (first, after) = PagingArguments.Read(c, options);
                var search = c.GetArgument<string?>("search")?.Trim();
                return await c.Store().SearchEntitiesAsync(
                    string.IsNullOrEmpty(search) ? null : search, c.GetArgument<string?>("type"), first, after, c.CancellationToken).ConfigureAwait(false);
            });

        Field<EntityType>("entity")
            .Description("One entity by id; a merged-away id resolves to the entity it was merged into.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Loaders().Entities.Load(c.GetArgument<string>("id")));

        Field<NonNullGraphType<EdgeConnectionType>>("edges")
            .Description("All edges matching the filter, in the given order.")
            .Argument<EdgeFilterInputType>("filter")
            .Argument<EdgeOrderInputType>("orderBy")
            .Arguments(PagingArguments.Declare())
            .ResolveAsync(async c =>
            {
                var (first, after) = PagingArguments.Read(c, options);
                var query = new EdgeQuery { Filter = FilterArguments.Filter(c), Order = FilterArguments.Order(c), First = first, After = after };
                return await c.Store().GetEdgesAsync(query, c.CancellationToken).ConfigureAwait(false);
            });

        Field<NonNullGraphType<NetworkType>>("network")
            .Description("The neighbourhood of 'root' up to 'depth' hops (either direction), at most 'limit' nodes and "
                         + "'edgeLimit' edges: each node's heaviest edge towards the root first, then the rest by value.")
            .Argument<NonNullGraphType<IdGraphType>>("root")
            .Argument<IntGraphType>("depth", a => a.DefaultValue = 2)
            .Argument<EdgeFilterInputType>("filter")
            .Argument<IntGraphType>("limit", a => a.DefaultValue = 200)
            .Argument<IntGraphType>("edgeLimit", a => a.DefaultValue = NetworkEdgeSelection.DefaultEdgeLimit)
            .WithComplexityImpact(ctx => new FieldComplexityResult(ctx.GetArgument("limit", 200), 1))
            .ResolveAsync(async c =>
            {
                var depth = Bounded(c.GetArgument("depth", 2), "depth", 1, options.MaxNetworkDepth);
                var limit = Bounded(c.GetArgument("limit", 200), "limit", 1, options.MaxNetworkLimit);
                var edgeLimit = Bounded(
                    c.GetArgument("edgeLimit", NetworkEdgeSelection.DefaultEdgeLimit), "edgeLimit", 0, options.MaxNetworkEdges);
                var network = await c.Store().GetNetworkAsync(
                    c.GetArgument<string>("root"), depth, FilterArguments.Filter(c), limit, edgeLimit, c.CancellationToken).ConfigureAwait(false);
                c.Loaders().PrimeEntities(network.Nodes);
                return network;
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathType>>>>("paths")
            .Description("Up to 'first' shortest simple paths between two entities, ignoring edge direction, fewest hops first.")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Argument<IntGraphType>("maxHops", a => a.DefaultValue = 4)
            .Argument<EdgeFilterInputType>("filter")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 5)
            .ResolveAsync(async c =>
            {
                var maxHops = Bounded(c.GetArgument("maxHops", 4), "maxHops", 1, options.MaxPathHops);
                var first = Bounded(c.GetArgument("first", 5), "first", 1, options.MaxPaths);
                var paths = await c.Store().FindPathsAsync(
                    c.GetArgument<string>("from"), c.GetArgument<string>("to"), maxHops, FilterArguments.Filter(c), first, c.CancellationToken).ConfigureAwait(false);
                c.Loaders().PrimeEntities(paths.SelectMany(p => p.Nodes));
                return paths;
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SharedCounterpartyType>>>>("sharedCounterparties")
            .Description("Entities directly linked to at least two of the given entities.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("entities")
            .Argument<EdgeFilterInputType>("filter")
            .ResolveAsync(async c =>
            {
                var ids = c.GetArgument<List<string>>("entities").Distinct(StringComparer.Ordinal).ToList();
                if (ids.Count < 2)
                    throw ApiError.BadInput("sharedCounterparties needs at least two distinct entity ids.");
                if (ids.Count > options.MaxSharedEntities)
                    throw ApiError.Limit($"sharedCounterparties compares at most {options.MaxSharedEntities} entities, not {ids.Count}.");
                var shared = await c.Store().GetSharedCounterpartiesAsync(ids, FilterArguments.Filter(c), c.CancellationToken).ConfigureAwait(false);
                c.Loaders().PrimeEntities(shared.Select(s => s.Entity));
                return shared;
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeObjectType>>>>("changes")
            .Description("Counterparties new, vanished or changed between two years, per kind and currency.")
            .Argument<NonNullGraphType<IdGraphType>>("entity")
            .Argument<NonNullGraphType<IntGraphType>>("fromYear")
            .Argument<NonNullGraphType<IntGraphType>>("toYear")
            .ResolveAsync(async c =>
            {
                var fromYear = c.GetArgument<int>("fromYear");
                var toYear = c.GetArgument<int>("toYear");
                if (fromYear >= toYear)
                    throw ApiError.BadInput($"fromYear ({fromYear}) must be before toYear ({toYear}).");
                return await c.Store().GetChangesAsync(c.GetArgument<string>("entity"), fromYear, toYear, c.CancellationToken).ConfigureAwait(false);
            });

        Field<NonNullGraphType<FilingConnectionType>>("filings")
            .Description("Filings, newest first, optionally of one reporter.")
            .Argument<IdGraphType>("reporter")
            .Arguments(PagingArguments.Declare())
            .ResolveAsync(async c =>
            {
                var (first, after) = PagingArguments.Read(c, options);
                return await c.Store().ListFilingsAsync(c.GetArgument<string?>("reporter"), first, after, c.CancellationToken).ConfigureAwait(false);
            });

        Field<FilingType>("filing")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Loaders().Filings.Load(c.GetArgument<string>("id")));

        Field<NonNullGraphType<StatsType>>("stats")
            .Description("Counts of the whole graph.")
            .ResolveAsync(async c => await c.Store().GetStatsAsync(c.CancellationToken).ConfigureAwait(false));
    }

    private static int Bounded(int value, string name, int min, int max)
    {
        if (value < min) throw ApiError.BadInput($"{name} must be at least {min}, not {value}.");
        if (value > max) throw ApiError.Limit($"{name} may be at most {max}, not {value}.");
        return value;
    }
}
