namespace Graph.Api.Security;

/// <summary>
/// Collects API keys from the places an operator can put them: command-line options, the
/// <c>GRAPH_API_KEYS</c> environment variable (comma or semicolon separated) and configuration.
/// </summary>
public static class ApiKeySources
{
    public const string EnvironmentVariable = "GRAPH_API_KEYS";

    public static IReadOnlyList<string> Collect(IEnumerable<string>? explicitKeys, string? environmentValue)
    {
        var keys = new List<string>();
        if (explicitKeys is not null) keys.AddRange(explicitKeys);
        if (!string.IsNullOrWhiteSpace(environmentValue))
            keys.AddRange(environmentValue.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return keys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim()).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Keys from the command line plus those in the environment variable.</summary>
    public static IReadOnlyList<string> FromEnvironment(IEnumerable<string>? explicitKeys) =>
        Collect(explicitKeys, Environment.GetEnvironmentVariable(EnvironmentVariable));
}
