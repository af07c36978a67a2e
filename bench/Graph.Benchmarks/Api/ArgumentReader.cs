using System.Globalization;

namespace Graph.Benchmarks.Api;

internal sealed record ApiBenchmarkOptions(int Entities, int Reporters, int Concurrency, int Duration, int Warmup, string? Db);

/// <summary>Reads <c>--name value</c> pairs; null on anything unknown or malformed.</summary>
internal static class ArgumentReader
{
    public static ApiBenchmarkOptions? Parse(string[] args)
    {
        var o = new ApiBenchmarkOptions(Entities: 20_000, Reporters: 2_000, Concurrency: 16, Duration: 10, Warmup: 3, Db: null);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length) return null;
            var value = args[i + 1];
            int Int() => int.Parse(value, CultureInfo.InvariantCulture);
            try
            {
                o = args[i] switch
                {
                    "--entities" => o with { Entities = Int() },
                    "--reporters" => o with { Reporters = Int() },
                    "--concurrency" => o with { Concurrency = Int() },
                    "--duration" => o with { Duration = Int() },
                    "--warmup" => o with { Warmup = Int() },
                    "--db" => o with { Db = value },
                    _ => null,
                };
            }
            catch (FormatException)
            {
                return null;
            }
            if (o is null) return null;
        }
        return o.Entities > 0 && o.Reporters > 0 && o.Reporters <= o.Entities && o.Concurrency > 0 && o.Duration > 0 ? o : null;
    }
}
