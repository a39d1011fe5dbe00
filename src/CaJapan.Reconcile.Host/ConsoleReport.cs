using System.Globalization;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Reporting;
using Spectre.Console;

namespace CaJapan.Reconcile.Host;

/// <summary>
/// The report for a person at a terminal: a summary with tables of facts and conflicts, in colour, at most 80
/// columns wide; and a progress bar on standard error for long runs. Used only when the output is a terminal and
/// <c>NO_COLOR</c> is not set; otherwise the plain text report is written, unchanged.
/// </summary>
internal static class ConsoleReport
{
    /// <summary>The number of files above which a progress bar is shown on a terminal.</summary>
    public const int ProgressThreshold = 20;

    /// <summary>The widest the summary gets.</summary>
    public const int Width = 80;

    /// <summary>Writes the summary to a terminal.</summary>
    public static Task WriteAsync(ReconciliationResult result, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        Render(result, console);
        return Task.CompletedTask;
    }

    /// <summary>Renders the summary on a console, at most <see cref="Width"/> columns wide.</summary>
    public static void Render(ReconciliationResult result, IAnsiConsole console)
    {
        console.Profile.Width = Math.Min(console.Profile.Width <= 0 ? Width : console.Profile.Width, Width);
        console.Write(new Rule($"[bold]Reconciliation[/]: {Count(result.Sources.Count, "source")}, {Count(result.Claims.Count, "claim")}, "
            + $"{(result.Conflicts.Count == 0 ? "[green]no conflict[/]" : $"[red]{Count(result.Conflicts.Count, "conflict")}[/]")}")
        {
            Justification = Justify.Left,
        });

        if (result.Resolutions.Count > 0)
        {
            var facts = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Facts") }
                .AddColumn("Fact")
                .AddColumn("Best-supported value")
                .AddColumn(new TableColumn("Conf.").RightAligned())
                .AddColumn(new TableColumn("For/against").RightAligned());
            foreach (var resolution in result.Resolutions)
            {
                var value = resolution.ValueAsGiven ?? resolution.Value?.Describe() ?? "unresolved";
                facts.AddRow(
                    Shown($"{resolution.Subject}.{resolution.Property}"),
                    Shown(value),
                    Coloured(resolution.Confidence.Value),
                    string.Create(CultureInfo.InvariantCulture, $"{resolution.SupportingClaimIds.Count}/{resolution.OpposingClaimIds.Count}"));
            }

            console.Write(facts);
        }

        if (result.Conflicts.Count > 0)
        {
            var conflicts = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Conflicts") }
                .AddColumn("Id")
                .AddColumn("Fact")
                .AddColumn("Sides")
                .AddColumn(new TableColumn("Conf.").RightAligned());
            foreach (var conflict in result.Conflicts)
            {
                var sides = string.Join("\n", conflict.Sides.Select(s => $"{Shown(s.Value)} [grey]({Shown(string.Join(", ", s.SourceIds))})[/]"));
                conflicts.AddRow(
                    $"[bold red]{Shown(conflict.Id)}[/]",
                    Shown($"{conflict.Subject}.{conflict.Property}"),
                    sides,
                    Coloured(conflict.Confidence.Value));
            }

            console.Write(conflicts);
            console.MarkupLine("[grey]See one conflict in full with:[/] explain [bold]C1[/] [grey](and the same paths)[/]");
        }

        if (result.SourceErrors.Count > 0)
        {
            console.MarkupLine($"[yellow]{Count(result.SourceErrors.Count, "source")} could not be read; see the warnings above.[/]");
        }

        console.MarkupLine("[grey]For the full report, add --output FILE or pipe the output; --format json for machines.[/]");
    }

    /// <summary>Runs work that reports each input read, with a progress bar on standard error.</summary>
    public static async Task<T> WithProgressAsync<T>(TextWriter stderr, Inputs.Plan plan, Func<IProgress<string>, Task<T>> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stderr),
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
        });
        var total = plan.Folders.Count + plan.Files.Count + plan.Corpora.Count;
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var reading = context.AddTask("Reading", maxValue: total);
                var reconciling = context.AddTask("Reconciling", autoStart: false).IsIndeterminate();
                var progress = new Progress(reading, reconciling, total);
                var result = await work(progress);
                reading.Value = total;
                reconciling.StartTask();
                reconciling.Value = reconciling.MaxValue;
                return result;
            });
    }

    private static string Coloured(double confidence)
    {
        var colour = confidence >= 0.8 ? "green" : confidence >= 0.5 ? "yellow" : "red";
        return $"[{colour}]{confidence.ToString("0.00", CultureInfo.InvariantCulture)}[/]";
    }

    private static string Count(int n, string noun)
        => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? string.Empty : "s")}");

    /// <summary>Advances the bar for each input read, and starts the reconciling spinner after the last.</summary>
    private sealed class Progress(ProgressTask reading, ProgressTask reconciling, int total) : IProgress<string>
    {
        private int done;

        public void Report(string value)
        {
            reading.Increment(1);
            if (Interlocked.Increment(ref done) >= total)
            {
                reconciling.StartTask();
            }
        }
    }

    /// <summary>Escapes a text for Spectre's markup, its hidden characters revealed (<see cref="DisplayText.Reveal(string?)"/>).</summary>
    private static string Shown(string text) => Markup.Escape(DisplayText.Reveal(text));
}
