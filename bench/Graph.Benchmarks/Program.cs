using Graph.Benchmarks;

// Plain timing harness: `dotnet run -c Release --project bench/Graph.Benchmarks -- <extraction|store|api> [options]`.
var which = args.Length > 0 ? args[0] : "";
var rest = args.Skip(1).ToArray();
using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
return which switch
{
    "extraction" => await ExtractionBenchmark.RunAsync(rest, cts.Token),
    "store" => await StoreBenchmark.RunAsync(rest, cts.Token),
    "api" => await ApiBenchmark.RunAsync(rest, cts.Token),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Graph.Benchmarks <extraction|store|api> [options]");
    return 2;
}
