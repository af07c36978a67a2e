using System.ComponentModel;
using System.Globalization;
using Graph.Extraction;
using Graph.Extraction.Scoring;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph eval --gold DIR --notes DIR [--verbose]</c>: extracts every labelled note and prints
/// per-note and micro-averaged precision, recall and F1, computed as the reference scorer does.
/// Exit codes: 0 scored; 4 no gold files; 2 a folder is missing.
/// </summary>
public sealed class EvalCommand : AsyncCommand<EvalCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--gold <DIR>")]
        [Description("Folder of gold labels, one <stem>.json per note (FACTS.md shape).")]
        public string Gold { get; init; } = "";

        [CommandOption("--notes <DIR>")]
        [Description("Folder of the notes, <stem>.txt / .htm / .html.")]
        public string Notes { get; init; } = "";

        [CommandOption("-v|--verbose")]
        [Description("List the missed and spurious facts of each note.")]
        public bool Verbose { get; init; }

        public override ValidationResult Validate() =>
            string.IsNullOrEmpty(Gold) || string.IsNullOrEmpty(Notes)
                ? ValidationResult.Error("give both --gold DIR and --notes DIR")
                : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        foreach (var dir in new[] { settings.Gold, settings.Notes })
        {
            if (Directory.Exists(dir)) continue;
            AnsiConsole.MarkupLineInterpolated($"[red]not a folder:[/] {dir}");
            return ExtractCommand.Usage;
        }
        var scores = await new CorpusScorer(new NoteExtractor()).ScoreAsync(settings.Gold, settings.Notes, cancellationToken);
        if (scores.Count == 0)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]no gold files[/] (*.json) in {settings.Gold}");
            return ExtractCommand.NoInput;
        }
        var c = CultureInfo.InvariantCulture;
        foreach (var s in scores)
        {
            Console.Out.WriteLine(string.Create(c,
                $"{s.Note}: gold {s.Gold} pred {s.Predicted} match {s.Matched} (ignoring kind {s.MatchedIgnoringKind}) P {s.Precision:0.000} R {s.Recall:0.000} F1 {s.F1:0.000}"));
            if (!settings.Verbose) continue;
            foreach (var k in s.Missed) Console.Out.WriteLine($"   missed   {k}");
            foreach (var k in s.Spurious) Console.Out.WriteLine($"   spurious {k}");
        }
        var t = NoteScore.Total(scores);
        Console.Out.WriteLine(string.Create(c, $"notes {scores.Count} gold {t.Gold} pred {t.Predicted} | ignoring kind: F1 {t.F1IgnoringKind:0.000}"));
        Console.Out.WriteLine(string.Create(c, $"F1 {t.F1:0.000} P {t.Precision:0.000} R {t.Recall:0.000}"));
        return 0;
    }
}
