using System.Net;
using System.Net.Sockets;

namespace Graph.Storage.Neo4j.Tests.Contract;

/// <summary>
/// Says, quickly, whether a Docker engine answers: a connect to its socket (or DOCKER_HOST's TCP
/// address) with a short timeout, so that machines without one skip the Neo4j tests at once
/// instead of waiting for container start-up to time out.
/// </summary>
internal static class DockerProbe
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public static async Task<bool> EngineReachableAsync(CancellationToken ct)
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        EndPoint? endpoint = host switch
        {
            null or "" => FirstExistingSocket(),
            _ when host.StartsWith("unix://", StringComparison.Ordinal) => new UnixDomainSocketEndPoint(host["unix://".Length..]),
            _ when Uri.TryCreate(host, UriKind.Absolute, out var uri) && uri.Scheme is "tcp" or "http" or "https" =>
                new DnsEndPoint(uri.Host, uri.Port),
            _ => null,
        };
        if (endpoint is null)
            return false;
        using var socket = endpoint is UnixDomainSocketEndPoint
            ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
            : new Socket(SocketType.Stream, ProtocolType.Tcp);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Timeout);
        try
        {
            await socket.ConnectAsync(endpoint, timeout.Token);
            return true;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            return false;
        }
    }

    private static UnixDomainSocketEndPoint? FirstExistingSocket()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var candidates = new[]
        {
            "/var/run/docker.sock",
            Path.Combine(home, ".docker", "run", "docker.sock"),
            Path.Combine(home, ".docker", "desktop", "docker.sock"),
            Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR") is { Length: > 0 } run ? Path.Combine(run, "docker.sock") : "",
        };
        var found = candidates.FirstOrDefault(p => p.Length > 0 && File.Exists(p));
        return found is null ? null : new UnixDomainSocketEndPoint(found);
    }
}
