using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Graph.Benchmarks.Api;

/// <summary>What wrk measured: throughput and latency percentiles, and requests that were not 2xx.</summary>
internal sealed record WrkResult(string Scenario, double RequestsPerSecond, double P50, double P95, double P99, long Requests, long Failures);

/// <summary>
/// Runs Debian's wrk (<c>apt-get install -y wrk</c>) against the server: a C load generator
/// in its own process, so the client costs the server far less CPU than in-process HttpClients.
/// A generated Lua script posts the query with a different root per request.
/// </summary>
internal static partial class WrkRunner
{
    public static bool IsInstalled =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, "wrk")));

    public static async Task<WrkResult> RunAsync(Uri graphqlUrl, string scenario, string query, IReadOnlyList<string> roots, int connections, int seconds, CancellationToken ct)
    {
        var folder = Path.Combine(Path.GetTempPath(), "graph-api-bench-wrk-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var rootsFile = Path.Combine(folder, "roots.txt");
            await File.WriteAllLinesAsync(rootsFile, roots, ct);
            var script = Path.Combine(folder, "post.lua");
            await File.WriteAllTextAsync(script, Script(query, rootsFile), ct);

            var info = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { "-t", "2", "-c", connections.ToString(CultureInfo.InvariantCulture), "-d", $"{seconds}s", "--timeout", "30s", "-s", script, graphqlUrl.ToString() })
                info.ArgumentList.Add(arg);
            using var process = Process.Start(info) ?? throw new InvalidOperationException("wrk did not start.");
            var output = await process.StandardOutput.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"wrk failed: {output}{await process.StandardError.ReadToEndAsync(ct)}");
            var result = Parse(scenario, output);
            if (double.IsNaN(result.RequestsPerSecond) || double.IsNaN(result.P50))
                throw new InvalidOperationException($"Cannot read wrk's output:\n{output}");
            return result;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static WrkResult Parse(string scenario, string output)
    {
        double Number(Regex regex) => regex.Match(output) is { Success: true } m ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;
        var non2xx = Non2xx().Match(output) is { Success: true } n ? long.Parse(n.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        return new WrkResult(scenario, Number(RequestsPerSecond()), Number(Percentile50()), Number(Percentile95()), Number(Percentile99()),
            (long)Number(TotalRequests()), non2xx);
    }

    private static string Script(string query, string rootsFile)
    {
        var relaxed = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var prefix = Lua("{\"query\":" + JsonSerializer.Serialize(query, relaxed) + ",\"variables\":{\"id\":");
        var b = new StringBuilder();
        b.AppendLine("local ids = {}");
        b.AppendLine($"for line in io.lines({Lua(rootsFile)}) do ids[#ids + 1] = line end");
        b.AppendLine($"local prefix = {prefix}");
        b.AppendLine("local i = 0");
        // wrk's own headers carry Host; the body is JSON.
        b.AppendLine("wrk.headers[\"Content-Type\"] = \"application/json\"");
        // Each thread starts at its own place in the list.
        b.AppendLine("function init(args) i = math.random(#ids) end");
        b.AppendLine("function request()");
        b.AppendLine("  i = i % #ids + 1");
        b.AppendLine("  return wrk.format(\"POST\", nil, nil, prefix .. \"\\\"\" .. ids[i] .. \"\\\"}}\")");
        b.AppendLine("end");
        b.AppendLine("function done(summary, latency, requests)");
        b.AppendLine("  for _, p in ipairs({ 50, 95, 99 }) do io.write(string.format(\"p%d_ms %.3f\\n\", p, latency:percentile(p) / 1000)) end");
        b.AppendLine("end");
        return b.ToString();
    }

    /// <summary>A Lua string literal (Lua knows no \\u escapes, so JSON quoting will not do).</summary>
    private static string Lua(string text) =>
        "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r") + "\"";

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex TotalRequests();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"p50_ms ([0-9.]+)")]
    private static partial Regex Percentile50();

    [GeneratedRegex(@"p95_ms ([0-9.]+)")]
    private static partial Regex Percentile95();

    [GeneratedRegex(@"p99_ms ([0-9.]+)")]
    private static partial Regex Percentile99();
}
