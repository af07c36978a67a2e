using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

// Placeholder until this command is implemented.
public sealed class ServeCommand : AsyncCommand<ServeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        AnsiConsole.MarkupLine("[red]not implemented[/]");
        return Task.FromResult(2);
    }
}
