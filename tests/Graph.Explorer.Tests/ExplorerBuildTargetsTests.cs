using System.Diagnostics;
using Graph.Explorer.Tests.Infrastructure;

namespace Graph.Explorer.Tests;

/// <summary>
/// Explorer.targets runs in every build of the API, so its two paths matter: with Node it builds
/// the page once and ships dist/ as explorer/; without Node the build still succeeds and says why
/// the page is missing. A small project importing the targets runs them through `dotnet msbuild`.
/// </summary>
public sealed class ExplorerBuildTargetsTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("explorer-targets-").FullName;

    private static string TargetsPath => Path.Combine(DemoServer.RepositoryRoot(), "src", "Graph.Explorer", "Explorer.targets");

    [Fact]
    public async Task With_ExplorerBuild_false_the_page_is_not_built_and_the_build_says_so()
    {
        var (exitCode, output) = await RunProbeAsync("-p:ExplorerBuild=false");

        Assert.True(exitCode == 0, output);
        Assert.Contains("Explorer page:", output);
        Assert.Contains("(ExplorerBuild=false)", output);
        Assert.DoesNotContain("npm run build in", output);
    }

    [Fact]
    public async Task Without_node_on_the_path_the_build_succeeds_and_says_the_page_is_skipped()
    {
        if (OperatingSystem.IsWindows())
            Assert.Skip("The PATH without Node is set up with a Unix shell.");
        // MSBuild's Exec needs a shell; nothing else is on this PATH, so neither node nor npm is found.
        var bin = Directory.CreateDirectory(Path.Combine(dir, "bin")).FullName;
        File.CreateSymbolicLink(Path.Combine(bin, "sh"), "/bin/sh");

        var (exitCode, output) = await RunProbeAsync(null, path: bin);

        Assert.True(exitCode == 0, output);
        Assert.Contains("Explorer page:", output);
        Assert.Contains("node was not found on PATH", output);
        Assert.DoesNotContain("npm run build in", output);
    }

    [Fact]
    public async Task With_node_the_page_is_shipped_under_explorer_and_an_unchanged_page_is_not_rebuilt()
    {
        if (!OnPath("node") || !OnPath("npm"))
            Assert.Skip("Node.js and npm are not installed.");

        var (firstExit, first) = await RunProbeAsync(null);
        Assert.True(firstExit == 0, first);
        var (secondExit, second) = await RunProbeAsync(null);

        Assert.True(secondExit == 0, second);
        Assert.Contains("SHIPPED: explorer/index.html", second);
        Assert.Contains("SHIPPED: explorer/assets/", second);
        Assert.DoesNotContain("npm run build in", second);
        Assert.DoesNotContain("npm ci in", second);
    }

    private async Task<(int ExitCode, string Output)> RunProbeAsync(string? property, string? path = null)
    {
        var probe = Path.Combine(dir, "probe.proj");
        await File.WriteAllTextAsync(probe, $"""
            <Project>
              <Import Project="{TargetsPath}" />
              <Target Name="Probe" DependsOnTargets="ExplorerIncludeDist">
                <Message Importance="high" Text="SHIPPED: %(Content.Link)" Condition="'@(Content)' != ''" />
              </Target>
            </Project>
            """, TestContext.Current.CancellationToken);

        var start = new ProcessStartInfo(DemoServer.DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dir,
        };
        foreach (var arg in new[] { "msbuild", probe, "-t:Probe", "-nologo", "-v:m", "-tl:off", "-nodeReuse:false", "-m:1" })
            start.ArgumentList.Add(arg);
        if (property is not null) start.ArgumentList.Add(property);
        // The test host inherits MSBuild's variables from `dotnet test`; the probe must run like a fresh build.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        if (path is not null) start.Environment["PATH"] = path;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(d => File.Exists(Path.Combine(d, tool)) || File.Exists(Path.Combine(d, tool + ".cmd")));

    public void Dispose()
    {
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }
}
