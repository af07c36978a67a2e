using System.ComponentModel;
using Graph.Extraction;
using Graph.Extraction.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph extract FILE-OR-FOLDER... [--out DIR] [--reporter NAME]</c>: one FACTS.md JSON per note.
/// Exit codes: 0 all notes extracted; 3 some inputs rejected (the rest were written); 4 no input files; 2 usage.
/// </summary>
public sealed class ExtractCommand : AsyncCommand<ExtractCommand.Settings>
{
    public const int Rejected = 3;
    public const int NoInput = 4;
    public const int Usage = 2;

    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<paths>")]
        [Description("Note files (text, EDGAR R-page text, HTML) or folders of them.")]
        public string[] Paths { get; init; } = [];

        [CommandOption("-o|--out <DIR>")]
        [Description("Write <DIR>/<stem>.json per note. Without it, one note's JSON goes to stdout.")]
        public string? Out { get; init; }

        [CommandOption("--reporter <NAME>")]
        [Description("The reporting company, when the note only says \"the Company\".")]
        public string? Reporter { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var files = NoteFileReader.Expand(settings.Paths, out var missing);
        foreach (var m in missing) AnsiConsole.MarkupLineInterpolated($"[red]not found:[/] {m}");
        if (files.Count == 0)
        {
            AnsiConsole.MarkupLine("[red]no note files to extract[/] (give files or folders holding .txt/.htm/.html)");
            return NoInput;
        }
        if (settings.Out is null && files.Count > 1)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{files.Count} notes given:[/] use --out DIR to write one JSON per note");
            return Usage;
        }

        var reader = new NoteFileReader(new NoteExtractor());
        if (settings.Out is null)
        {
            try
            {
                var note = await reader.ExtractFileAsync(files[0], settings.Reporter, cancellationToken);
                Console.Out.WriteLine(NoteJson.Serialize(note));
                return missing.Count > 0 ? Rejected : 0;
            }
            catch (InputRejectedException e)
            {
                Console.Error.WriteLine($"rejected {files[0]}: {e.Message}");
                return Rejected;
            }
        }

        Directory.CreateDirectory(settings.Out);
        var rejected = 0;
        var facts = 0;
        var showProgress = files.Count > 5 && !Console.IsErrorRedirected;
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = files[i];
            if (showProgress) Console.Error.Write($"\r[{i + 1}/{files.Count}] {Path.GetFileName(file),-60}");
            try
            {
                var note = await reader.ExtractFileAsync(file, settings.Reporter, cancellationToken);
                facts += note.Facts.Count;
                var target = Path.Combine(settings.Out, Path.GetFileNameWithoutExtension(file) + ".json");
                await File.WriteAllTextAsync(target, NoteJson.Serialize(note), cancellationToken);
            }
            catch (InputRejectedException e)
            {
                rejected++;
                if (showProgress) Console.Error.WriteLine();
                Console.Error.WriteLine($"rejected {file}: {e.Message}");
            }
            catch (IOException e)
            {
                rejected++;
                Console.Error.WriteLine($"could not read {file}: {e.Message}");
            }
        }
        if (showProgress) Console.Error.WriteLine();
        Console.Error.WriteLine($"{files.Count - rejected} of {files.Count} notes extracted, {facts} facts, written to {settings.Out}");
        return rejected > 0 || missing.Count > 0 ? Rejected : 0;
    }
}
