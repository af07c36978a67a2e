using GraphQL;

namespace Graph.Api.Errors;

/// <summary>An error meant for the client: its message is safe to show and it always has a code.</summary>
public sealed class ApiError : ExecutionError
{
    public ApiError(string code, string message) : base(message)
    {
        Code = code;
    }

    public static ApiError BadInput(string message) => new(ErrorCodes.BadUserInput, message);

    public static ApiError Limit(string message) => new(ErrorCodes.LimitExceeded, message);
}
