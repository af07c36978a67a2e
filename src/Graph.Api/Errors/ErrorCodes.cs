namespace Graph.Api.Errors;

/// <summary>
/// The <c>extensions.code</c> values this API returns besides GraphQL.NET's own validation codes.
/// Clients branch on these, so they never change once published.
/// </summary>
public static class ErrorCodes
{
    /// <summary>An argument is out of range or malformed (bad cursor, negative year span, ...).</summary>
    public const string BadUserInput = "BAD_USER_INPUT";
    /// <summary><c>first</c> is larger than the server allows.</summary>
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    /// <summary>A traversal argument (depth, limit, hops, entity count) is larger than the server allows.</summary>
    public const string LimitExceeded = "LIMIT_EXCEEDED";
    /// <summary>No valid <c>X-Api-Key</c> for an operation that needs one.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string NotFound = "NOT_FOUND";
    /// <summary>The execution ran past its time budget.</summary>
    public const string Timeout = "TIMEOUT";
    /// <summary>The body is not a GraphQL request (bad JSON, no query, wrong media type).</summary>
    public const string InvalidRequest = "INVALID_REQUEST";
    /// <summary>A mutation was sent with GET.</summary>
    public const string MutationOverGet = "MUTATION_OVER_GET";
    /// <summary>The note could not be read (empty, binary, too large).</summary>
    public const string InputRejected = "INPUT_REJECTED";
    /// <summary>Anything unexpected: the message is generic and the details go to the server log.</summary>
    public const string Internal = "INTERNAL";
}
