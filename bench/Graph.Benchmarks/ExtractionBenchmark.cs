using System.Diagnostics;
using System.Globalization;
using Graph.Extraction;

namespace Graph.Benchmarks;

/// <summary>
/// Extraction throughput on one core: the dev notes repeated until at least 10 MB of input,
/// extracted one after another once a warm-up has brought the JIT to steady state. Reports MB/s.
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
        // Warm up until the JIT has promoted the hot paths (tiered compilation, dynamic PGO). That takes
        // seconds, not a fixed 2 MB: rounds of ~1 MB run for at least 5 s and until three in a row are no
        // faster than the best before them (at most 30 s). Measuring earlier counts background JIT work
        // (CPU well above wall time on one thread) and tier-0 code as extraction time.
        var warm = Stopwatch.StartNew();
        long warmed = 0;
        var best = double.MaxValue;
        var flat = 0;
        while ((flat < 3 || warm.Elapsed < TimeSpan.FromSeconds(5)) && warm.Elapsed < TimeSpan.FromSeconds(30))
        {
            var round = Stopwatch.StartNew();
            long roundChars = 0;
            while (roundChars < 1024 * 1024)
                foreach (var n in notes) { extractor.Extract(n, options, ct); roundChars += n.Length; }
            var secondsPerChar = round.Elapsed.TotalSeconds / roundChars;
            flat = secondsPerChar < best * 0.97 ? 0 : flat + 1;
            best = Math.Min(best, secondsPerChar);
            warmed += roundChars;
        }
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
            $"extraction: {runs} notes ({notes.Count} distinct from {folder}), {mb:0.0} MB, {facts} facts in {seconds:0.00} s wall, {cpu:0.00} s CPU = {mb / seconds:0.00} MB/s wall, {mb / cpu:0.00} MB/s per CPU-second, one thread (after {warmed / (1024.0 * 1024.0):0} MB, {warm.Elapsed.TotalSeconds:0.0} s of warm-up)"));
        return Task.FromResult(0);
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
