using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Graph.Explorer.Tests.Infrastructure;

/// <summary>
/// The real `graph demo` (the built CLI next to the tests) as a child process on a free loopback
/// port, with its own temporary database. Its output is kept for failure messages.
/// </summary>
public sealed class DemoServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly string tempDir;

    private DemoServer(Process process, Uri baseAddress, string tempDir)
    {
        this.process = process;
        BaseAddress = baseAddress;
        this.tempDir = tempDir;
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get { lock (output) return output.ToString(); }
    }

    public static async Task<DemoServer> StartAsync(CancellationToken ct)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "graph.dll");
        if (!File.Exists(cli))
            throw new InvalidOperationException($"The CLI was not built next to the tests: {cli} is missing.");
        if (!File.Exists(Path.Combine(AppContext.BaseDirectory, "explorer", "index.html")))
            throw new InvalidOperationException("The explorer page was not built into the test output (explorer/index.html is missing): is Node.js installed?");

        var tempDir = Directory.CreateTempSubdirectory("graph-explorer-tests-").FullName;
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo(DotnetHost(), [cli, "demo", "--db", Path.Combine(tempDir, "demo.db"), "--urls", baseAddress.ToString().TrimEnd('/')])
        {
            // `graph demo` reads samples/ from the repository.
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_NOLOGO"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start `graph demo`.");
        var server = new DemoServer(process, baseAddress, tempDir);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilHealthyAsync(ct);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilHealthyAsync(CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"`graph demo` exited with code {process.ExitCode} before serving:\n{Output}");
            try
            {
                using var response = await http.GetAsync("healthz", ct);
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // A slow answer while it is still ingesting.
            }
            await Task.Delay(250, ct);
        }
        throw new TimeoutException($"`graph demo` did not answer /healthz within {StartTimeout.TotalSeconds:0} s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        process.Dispose();
        try { Directory.Delete(tempDir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The dotnet host running these tests, so the CLI runs on the same runtime.</summary>
    internal static string DotnetHost()
    {
        var fromEnv = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromEnv) && File.Exists(fromEnv)) return fromEnv;
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase)) return current;
        return "dotnet";
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No Graph.sln above {AppContext.BaseDirectory}.");
    }
}
