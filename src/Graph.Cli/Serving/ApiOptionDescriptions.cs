using Graph.Api.Security;

namespace Graph.Cli.Serving;

/// <summary>Option declarations, repeated on each command's settings class because Spectre reads attributes per class.</summary>
internal static class ApiOptionDescriptions
{
    public const string Urls = "Addresses to listen on, separated by ';' (default " + ApiSettings.DefaultUrl + ").";
    public const string ApiKey = "A key accepted in the X-Api-Key header for mutations; repeatable. Also read from " + ApiKeySources.EnvironmentVariable + " (comma separated).";
    public const string RequireKeyForReads = "Refuse queries without a valid API key too (by default reads are open).";
    public const string Explorer = "Folder of the built explorer page (default: explorer/ next to the binaries).";
    public const string Timeout = "Longest a GraphQL request may run, in seconds (default 30).";
}
