using GraphQL.Types;

namespace Graph.Api.Schema;

public sealed class GraphSchema : GraphQL.Types.Schema
{
    public GraphSchema(IServiceProvider services, QueryType query, MutationType mutation) : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "Related-party webs extracted from SEC filing notes.";
    }
}
