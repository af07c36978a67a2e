using Graph.Api.Errors;
using Graph.Api.Security;
using Graph.Api.Validation;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Graph.Api.Http;

/// <summary>
/// GraphQL over HTTP: POST with a JSON body (or an application/graphql document), GET with
/// query string parameters for queries only. Transport problems get a GraphQL error body with a
/// code and a 4xx status; execution errors travel in the result as GraphQL intends.
/// </summary>
public sealed class GraphQLHttpHandler
{
    public const string ApiKeyHeader = "X-Api-Key";
    private const string JsonMediaType = "application/json; charset=utf-8";

    private readonly IDocumentExecuter<ISchema> executer;
    private readonly IGraphQLTextSerializer serializer;
    private readonly ApiKeyRing keys;
    private readonly GraphApiOptions options;
    private readonly IReadOnlyList<IValidationRule> getRules;

    public GraphQLHttpHandler(IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer, ApiKeyRing keys, GraphApiOptions options)
    {
        this.executer = executer;
        this.serializer = serializer;
        this.keys = keys;
        this.options = options;
        getRules = [.. DocumentValidator.CoreRules, new QueriesOnlyRule()];
    }

    public async Task HandlePostAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        GraphQLRequest? request;
        var mediaType = MediaType(http.Request.ContentType);
        try
        {
            if (mediaType is "application/json" || (mediaType?.EndsWith("+json", StringComparison.Ordinal) ?? false))
            {
                request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, ct).ConfigureAwait(false);
            }
            else if (mediaType is "application/graphql")
            {
                using var reader = new StreamReader(http.Request.Body);
                request = new GraphQLRequest { Query = await reader.ReadToEndAsync(ct).ConfigureAwait(false) };
            }
            else
            {
                await WriteErrorAsync(http, StatusCodes.Status415UnsupportedMediaType, ErrorCodes.InvalidRequest,
                    "Send the request as application/json ({\"query\": ..., \"variables\": ...}) or application/graphql.").ConfigureAwait(false);
                return;
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await WriteErrorAsync(http, StatusCodes.Status413PayloadTooLarge, ErrorCodes.InvalidRequest,
                $"The request body is larger than {options.MaxRequestBytes} bytes.").ConfigureAwait(false);
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException and not BadHttpRequestException)
        {
            // Whatever the JSON reader objects to, the client sent something that is not a GraphQL request.
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "The body is not valid JSON for a GraphQL request.").ConfigureAwait(false);
            return;
        }
        await ExecuteAsync(http, request, isGet: false).ConfigureAwait(false);
    }

    public async Task HandleGetAsync(HttpContext http)
    {
        var query = http.Request.Query;
        GraphQLRequest request;
        try
        {
            var variables = query["variables"].ToString();
            var extensions = query["extensions"].ToString();
            request = new GraphQLRequest
            {
                Query = query["query"].ToString(),
                OperationName = NullIfEmpty(query["operationName"].ToString()),
                Variables = string.IsNullOrWhiteSpace(variables) ? null : serializer.Deserialize<Inputs>(variables),
                Extensions = string.IsNullOrWhiteSpace(extensions) ? null : serializer.Deserialize<Inputs>(extensions),
            };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "'variables' or 'extensions' is not a JSON object.").ConfigureAwait(false);
            return;
        }
        await ExecuteAsync(http, request, isGet: true).ConfigureAwait(false);
    }

    private async Task ExecuteAsync(HttpContext http, GraphQLRequest? request, bool isGet)
    {
        if (request is null || string.IsNullOrWhiteSpace(request.Query))
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "The request has no 'query'.").ConfigureAwait(false);
            return;
        }
        if (request.Query.Length > options.MaxQueryLength)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.LimitExceeded,
                $"The query document is longer than {options.MaxQueryLength} characters.").ConfigureAwait(false);
            return;
        }
        var caller = new RequestCaller(keys.IsValid(http.Request.Headers[ApiKeyHeader].ToString()));
        if (options.RequireApiKeyForReads && !caller.HasValidApiKey)
        {
            await WriteErrorAsync(http, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated,
                $"This server needs a valid API key in the {ApiKeyHeader} header.").ConfigureAwait(false);
            return;
        }

        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = http.RequestServices,
                User = http.User,
                UserContext = caller,
                CancellationToken = http.RequestAborted,
                ValidationRules = isGet ? getRules : null,
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nobody is left to answer.
            return;
        }

        http.Response.StatusCode = StatusFor(result);
        http.Response.ContentType = JsonMediaType;
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted).ConfigureAwait(false);
    }

    private static int StatusFor(ExecutionResult result)
    {
        if (result.Executed) return StatusCodes.Status200OK;
        if (result.Errors?.Any(e => e.Code == ErrorCodes.MutationOverGet) == true) return StatusCodes.Status405MethodNotAllowed;
        return StatusCodes.Status400BadRequest;
    }

    private async Task WriteErrorAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = JsonMediaType;
        if (status == StatusCodes.Status405MethodNotAllowed) http.Response.Headers.Allow = "GET, POST";
        var result = new ExecutionResult { Errors = [new ApiError(code, message)] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted).ConfigureAwait(false);
    }

    private static string? MediaType(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.MediaType.Value?.ToLowerInvariant() : null;

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
