using System.Collections.Concurrent;
using Graph.Api.Validation;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace Graph.Api.Hosting;

/// <summary>
/// Keeps the parsed form of documents that executed successfully, so a query sent again (the
/// explorer and most clients send the same few documents with different variables) is neither
/// parsed nor put through the rules that depend only on the document. Rules that depend on the
/// variables or on the request (complexity, GET-only-queries) still run.
/// Bounded in entries and document length: at most a few MB; when full it starts over, which
/// costs one parse per document.
/// </summary>
internal sealed class DocumentCache : IConfigureExecution
{
    private const int MaxEntries = 1_000;
    // Hand-written and generated client documents are a few KB; bigger ones are not worth the memory.
    private const int MaxCachedLength = 8_192;
    private readonly ConcurrentDictionary<string, GraphQLDocument> documents = new(StringComparer.Ordinal);

    // After the registrations that set the validation rules (complexity analyzer, defaults).
    public float SortOrder => 500;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query || query.Length > MaxCachedLength)
            return await next(options).ConfigureAwait(false);

        if (documents.TryGetValue(query, out var cached))
        {
            options.Document = cached;
            // The document passed every rule before; only those that depend on the variables or
            // on the request (complexity reads 'first'; GET allows queries only) must run again.
            options.ValidationRules = (options.ValidationRules ?? DocumentValidator.CoreRules)
                .Where(r => r is ComplexityValidationRule or QueriesOnlyRule)
                .Concat(options.CachedDocumentValidationRules ?? [])
                .ToList();
            return await next(options).ConfigureAwait(false);
        }

        var result = await next(options).ConfigureAwait(false);
        if (result.Executed && result.Document is not null)
        {
            if (documents.Count >= MaxEntries) documents.Clear();
            documents.TryAdd(query, result.Document);
        }
        return result;
    }
}
