using Graph.Api.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Graph.Api.Validation;

/// <summary>
/// Added for GET requests: a GET must be safe to repeat and to cache, so only queries run
/// over it (GraphQL over HTTP). Mutations are refused before anything executes.
/// </summary>
public sealed class QueriesOnlyRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new ValidationError(
                context.Document.Source, "6.1", $"A {context.Operation.Operation.ToString().ToLowerInvariant()} cannot be sent with GET: use POST.", context.Operation)
            {
                Code = ErrorCodes.MutationOverGet,
            });
        }
        return default;
    }
}
