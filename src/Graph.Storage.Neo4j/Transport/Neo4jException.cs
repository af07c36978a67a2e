namespace Graph.Storage.Neo4j.Transport;

/// <summary>
/// An error Neo4j reported: from a 4xx body before execution, or from the <c>errors</c> of a
/// 202 reply when the statement failed part-way. <see cref="Code"/> is Neo4j's status code,
/// e.g. <c>Neo.ClientError.Statement.SyntaxError</c>.
/// </summary>
public sealed class Neo4jException : Exception
{
    public Neo4jException(string code, string message, int httpStatus)
        : base($"{code}: {message}")
    {
        Code = code;
        ServerMessage = message;
        HttpStatus = httpStatus;
    }

    public Neo4jException(string message, int httpStatus, Exception? inner = null)
        : base(message, inner)
    {
        Code = "";
        ServerMessage = message;
        HttpStatus = httpStatus;
    }

    public Neo4jException() : this("Neo4j request failed.", 0) { }

    public Neo4jException(string message) : this(message, 0) { }

    public Neo4jException(string message, Exception inner) : this(message, 0, inner) { }

    public string Code { get; }
    public string ServerMessage { get; }
    public int HttpStatus { get; }

    /// <summary>Errors before execution (bad Cypher, bad credentials) will not pass on a retry.</summary>
    public bool IsClientError => Code.StartsWith("Neo.ClientError.", StringComparison.Ordinal);

    public bool IsUnauthorized => HttpStatus == 401 || Code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal);
}
