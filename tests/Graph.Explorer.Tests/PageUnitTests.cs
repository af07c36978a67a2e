using System.Diagnostics;
using System.Text.RegularExpressions;
using Graph.Explorer.Tests.Infrastructure;

namespace Graph.Explorer.Tests;

/// <summary>
/// The page's own unit tests (`npm test` in src/Graph.Explorer: evidence marking, URL state, CSV,
/// edge widths, graph merging) run with the .NET suite, so one `dotnet test` runs them all.
/// </summary>
public sealed partial class PageUnitTests
{
    [Fact]
    public async Task The_pages_unit_tests_pass()
    {
        var dir = Path.Combine(DemoServer.RepositoryRoot(), "src", "Graph.Explorer");
        if (!Directory.Exists(Path.Combine(dir, "node_modules")))
            Assert.Skip("The explorer page's npm packages are not installed (Node.js was absent when the API was built).");

        var start = new ProcessStartInfo(OperatingSystem.IsWindows() ? "npm.cmd" : "npm", ["test"])
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var output = await stdout + await stderr;

        Assert.True(process.ExitCode == 0, output);
        var passed = PassCount().Match(output);
        Assert.True(passed.Success && int.Parse(passed.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 0, output);
        Assert.Matches(FailNone(), output);
    }

    [GeneratedRegex(@"^# pass (\d+)$", RegexOptions.Multiline)]
    private static partial Regex PassCount();

    [GeneratedRegex(@"^# fail 0$", RegexOptions.Multiline)]
    private static partial Regex FailNone();
}
