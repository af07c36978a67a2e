using Graph.Api;
using Graph.Api.Security;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Serving;

/// <summary>The API server's options, shared by <c>graph serve</c> and <c>graph demo</c>.</summary>
public sealed class ApiSettings
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public required IReadOnlyList<string> Urls { get; init; }
    public required GraphApiOptions Options { get; init; }

    public static ApiSettings From(IApiServingSettings settings) => new()
    {
        Urls = settings.Urls.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        Options = new GraphApiOptions
        {
            ApiKeys = ApiKeySources.FromEnvironment(settings.ApiKeys),
            RequireApiKeyForReads = settings.RequireKeyForReads,
            ExplorerPath = settings.Explorer,
            ExecutionTimeout = TimeSpan.FromSeconds(settings.TimeoutSeconds),
        },
    };

    /// <summary>Checks shared by both commands' Validate.</summary>
    public static ValidationResult Validate(IApiServingSettings settings)
    {
        foreach (var url in settings.Urls.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                return ValidationResult.Error($"--urls: '{url}' is not an http:// address (e.g. {DefaultUrl}).");
        }
        if (settings.TimeoutSeconds is < 1 or > 3600)
            return ValidationResult.Error("--timeout must be between 1 and 3600 seconds.");
        if (settings.RequireKeyForReads && ApiKeySources.FromEnvironment(settings.ApiKeys).Count == 0)
            return ValidationResult.Error($"--require-key-for-reads needs at least one key (--api-key or {ApiKeySources.EnvironmentVariable}).");
        return ValidationResult.Success();
    }
}
