using System.ComponentModel;
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

/// <summary>The serving options both commands declare.</summary>
public interface IApiServingSettings
{
    string Urls { get; }
    string[] ApiKeys { get; }
    bool RequireKeyForReads { get; }
    string? Explorer { get; }
    int TimeoutSeconds { get; }
}

/// <summary>Option declarations, repeated on each command's settings class because Spectre reads attributes per class.</summary>
internal static class ApiOptionDescriptions
{
    public const string Urls = "Addresses to listen on, separated by ';' (default " + ApiSettings.DefaultUrl + ").";
    public const string ApiKey = "A key accepted in the X-Api-Key header for mutations; repeatable. Also read from " + ApiKeySources.EnvironmentVariable + " (comma separated).";
    public const string RequireKeyForReads = "Refuse queries without a valid API key too (by default reads are open).";
    public const string Explorer = "Folder of the built explorer page (default: explorer/ next to the binaries).";
    public const string Timeout = "Longest a GraphQL request may run, in seconds (default 30).";
}
