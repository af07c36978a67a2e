using GraphQL;
using GraphQL.Types;

namespace Graph.Api.Schema;

public sealed class GraphSchema : GraphQL.Types.Schema
{
    public GraphSchema(IServiceProvider services, QueryType query, MutationType mutation) : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "Related-party webs extracted from SEC filing notes.";
        // The full introspection query client tools send first weighs ~650k by the default
        // rules; counted at 1% it passes, while aliasing it many times over still does not.
        this.WithIntrospectionComplexityImpact(0.01);
    }
}
