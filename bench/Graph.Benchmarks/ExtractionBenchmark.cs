using System.Diagnostics;
using System.Globalization;
using Graph.Extraction;

namespace Graph.Benchmarks;

/// <summary>
/// Extraction throughput on one core: the dev notes repeated until at least 10 MB of input,
/// extracted one after another after a warm-up pass. Reports MB/s.
/// <c>extraction [--notes DIR] [--mb N]</c>.
/// </summary>
internal static class ExtractionBenchmark
{
    private static readonly string[] DefaultFolders =
    [
        "tests/Graph.Extraction.Tests/Data/dev/notes",
        "../shared/corpus/dev/notes",
    ];

    public static Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var folder = Option(args, "--notes") ?? DefaultFolders.FirstOrDefault(Directory.Exists);
        var targetMb = double.Parse(Option(args, "--mb") ?? "10", CultureInfo.InvariantCulture);
        if (folder is null || !Directory.Exists(folder))
        {
            Console.Error.WriteLine("no notes folder: give --notes DIR (e.g. tests/Graph.Extraction.Tests/Data/dev/notes)");
            return Task.FromResult(2);
        }
        var notes = NoteFileReader.Expand([folder], out _).Select(File.ReadAllText).ToList();
        if (notes.Count == 0)
        {
            Console.Error.WriteLine($"no notes in {folder}");
            return Task.FromResult(2);
        }

        var extractor = new NoteExtractor();
        var options = new ExtractionOptions();
        // Warm up until the JIT has promoted the hot paths (tiered compilation): ~2 MB or 3 seconds.
        var warm = Stopwatch.StartNew();
        long warmed = 0;
        while (warmed < 2L * 1024 * 1024 && warm.Elapsed < TimeSpan.FromSeconds(3))
            foreach (var n in notes) { extractor.Extract(n, options, ct); warmed += n.Length; }
        Thread.Sleep(200);

        var target = (long)(targetMb * 1024 * 1024);
        long chars = 0;
        var facts = 0;
        var runs = 0;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        while (chars < target)
        {
            foreach (var n in notes)
            {
                ct.ThrowIfCancellationRequested();
                facts += extractor.Extract(n, options, ct).Facts.Count;
                chars += n.Length;
                runs++;
            }
        }
        watch.Stop();
        // CPU time as well as wall time: on a shared machine the wall clock also counts other processes.
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var mb = chars / (1024.0 * 1024.0);
        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"extraction: {runs} notes ({notes.Count} distinct from {folder}), {mb:0.0} MB, {facts} facts in {seconds:0.00} s wall, {cpu:0.00} s CPU = {mb / seconds:0.00} MB/s wall, {mb / cpu:0.00} MB/s per CPU-second, one thread"));
        return Task.FromResult(0);
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
