using Graph.Core.Building;
using Graph.Extraction;
using Graph.Ingest;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Api.Errors;

/// <summary>
/// Turns exceptions that escape resolvers into coded GraphQL errors. Argument problems the
/// store detects (a malformed cursor) are the client's and keep their message; anything else
/// is logged with its stack trace and reaches the client only as a generic INTERNAL error.
/// </summary>
internal static class UnhandledErrors
{
    public static void Map(UnhandledExceptionContext context)
    {
        var options = context.ExecutionOptions;
        var exception = context.OriginalException;
        switch (exception)
        {
            case ArgumentException or FormatException:
                context.Exception = ApiError.BadInput(exception.Message);
                return;
            case NoteIngestException or FilingRejectedException or InputRejectedException:
                context.Exception = new ApiError(ErrorCodes.InputRejected, exception.Message);
                return;
            case OperationCanceledException when options.CancellationToken.IsCancellationRequested:
                context.Exception = new ApiError(ErrorCodes.Timeout, "The request was cancelled before it completed.");
                return;
        }
        var logger = options.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("Graph.Api");
        logger?.LogError(exception, "Unhandled error in field {Field}", context.FieldContext?.FieldDefinition.Name);
        context.Exception = new ApiError(ErrorCodes.Internal, "Internal server error; the details are in the server log.");
    }
}
