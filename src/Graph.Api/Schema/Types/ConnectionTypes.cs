using Graph.Core.Model;
using Graph.Core.Storage;
using GraphQL.Types;

namespace Graph.Api.Schema.Types;

/// <summary>A Relay connection over one of the store's keyset pages.</summary>
public abstract class ConnectionType<TNodeType, T> : ObjectGraphType<Page<T>> where TNodeType : IGraphType
{
    protected ConnectionType(string nodeName)
    {
        Name = nodeName + "Connection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConnectionEdgeType<TNodeType, T>>>>>("edges").Resolve(c => c.Source.Items);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => new PageInfo(c.Source.HasNextPage, c.Source.EndCursor));
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("Items matching, across all pages.").Resolve(c => c.Source.TotalCount);
    }
}

/// <summary>A Relay edge: a node with its cursor (named after the connection to avoid "EdgeEdge").</summary>
public sealed class ConnectionEdgeType<TNodeType, T> : ObjectGraphType<PageItem<T>> where TNodeType : IGraphType
{
    public ConnectionEdgeType()
    {
        Name = typeof(T).Name switch
        {
            nameof(GraphEdge) => "EdgeConnectionEdge",
            var name => name + "ConnectionEdge",
        };
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(c => c.Source.Node);
    }
}

public sealed class EntityConnectionType() : ConnectionType<EntityType, Entity>("Entity");

public sealed class EdgeConnectionType() : ConnectionType<EdgeType, GraphEdge>("Edge");

public sealed class FilingConnectionType() : ConnectionType<FilingType, Filing>("Filing");
