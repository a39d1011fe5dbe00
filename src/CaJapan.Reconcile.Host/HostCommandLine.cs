using System.CommandLine;
using CaJapan.Reconcile.Recognition;
using NodaTime;

namespace CaJapan.Reconcile.Host;

/// <summary>
/// The host's command line: <c>reconcile</c> (also what runs when no command is named) reconciles articles or a file
/// of structured claims; <c>claims</c> lists the claims extracted; <c>explain</c> shows one conflict in full;
/// <c>recognize</c> shows how dates and amounts are read. Built around writers passed in, so that tests run it as the
/// shell does.
/// </summary>
internal static class HostCommandLine
{
    private static readonly string[] Commands = ["reconcile", "claims", "explain", "recognize"];

    /// <summary>The arguments that go to the root command itself rather than to <c>reconcile</c>.</summary>
    private static readonly string[] RootArguments = ["--help", "-h", "-?", "/?", "/h", "--version"];

    /// <summary>Parses the arguments and runs the command they name.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="stdout">Where reports go.</param>
    /// <param name="stderr">Where warnings and errors go.</param>
    /// <param name="stdin">Opens standard input, for <c>recognize</c>.</param>
    /// <param name="terminal">Whether the output goes to a terminal; <see langword="null"/> for redirected output, as in tests.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Func<TextReader> stdin, HostTerminal? terminal = null)
    {
        var parseResult = Create(stdout, stderr, stdin, terminal ?? HostTerminal.Redirected).Parse(WithCommand(args));
        if (parseResult.Errors.Count > 0)
        {
            return ReconcileCommand.UsageError(parseResult.Errors.Select(e => e.Message), stderr);
        }

        return await parseResult.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    /// <summary>
    /// Names <c>reconcile</c> when no command is named, so that <c>host folder --format json</c> and a bare
    /// <c>host</c> reconcile as before, while the root command has no argument of its own to show in every command's help.
    /// </summary>
    internal static string[] WithCommand(string[] args)
        => args.Length > 0 && (Commands.Contains(args[0], StringComparer.Ordinal) || RootArguments.Contains(args[0], StringComparer.Ordinal))
            ? args
            : ["reconcile", .. args];

    /// <summary>Builds the root command with its subcommands.</summary>
    public static RootCommand Create(TextWriter stdout, TextWriter stderr, Func<TextReader> stdin, HostTerminal terminal)
    {
        var root = new RootCommand(
            "Reconciles news articles about one story, or claims given as CSV or JSON Lines, and reports the conflicts between their sources. "
            + "With no command, runs reconcile. " + ReconcileCommand.ExitCodes);
        root.Subcommands.Add(Reconcile(stdout, stderr, terminal));
        root.Subcommands.Add(Claims(stdout, stderr, terminal));
        root.Subcommands.Add(Explain(stdout, stderr, terminal));
        root.Subcommands.Add(Recognize(stdout, stderr, stdin));
        return root;
    }

    private static Command Reconcile(TextWriter stdout, TextWriter stderr, HostTerminal terminal)
    {
        var input = new InputOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = $"The report format: {string.Join(", ", ReconcileCommand.Formats)}. text is for reading (a summary with tables at a terminal), json for machines.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong([.. ReconcileCommand.Formats]);
        var output = Output();
        var author = new Option<string?>("--author")
        {
            Description = "The author named in reports that publish a verdict (such as ClaimReview).",
        };
        var failOnConflicts = new Option<bool>("--fail-on-conflicts")
        {
            Description = "Exit with code 3 when conflicts were found (the report is still written), for scripts and CI.",
        };
        var bulk = new Option<bool>("--bulk")
        {
            Description = "Reconcile a large file of structured claims (millions of rows) in bulk: the best value of every fact and each source's trust, "
                + "without conflicts or explanations; formats text, csv and json (docs/scale-out.md).",
        };
        var partitions = new Option<int>("--partitions")
        {
            Description = "With --bulk: split the file by subject into this many partitions on disk and read one at a time each round, "
                + "so memory is bounded by a partition rather than the file (slower; the same result).",
        };
        var command = new Command(
            "reconcile",
            "Reconciles articles (folders, files, globs, .jsonl corpora) or a file of structured claims (.csv, .jsonl, .ndjson) and writes the report; "
            + "the same as giving the paths without a command. " + ReconcileCommand.ExitCodes);
        input.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(author);
        command.Options.Add(failOnConflicts);
        command.Options.Add(bulk);
        command.Options.Add(partitions);
        command.Validators.Add(result =>
        {
            if (result.GetValue(partitions) is var count && (count < 0 || (count > 0 && !result.GetValue(bulk))))
            {
                result.AddError("--partitions takes a positive number, with --bulk.");
            }
        });
        command.SetAction((parsed, cancellationToken) => ReconcileCommand.RunAsync(
            new ReconcileRequest(input.Read(parsed), parsed.GetValue(format) ?? "text", parsed.GetValue(output)?.FullName, parsed.GetValue(author), parsed.GetValue(failOnConflicts), parsed.GetValue(bulk), parsed.GetValue(partitions)),
            stdout,
            stderr,
            terminal,
            cancellationToken));
        return command;
    }

    private static Command Claims(TextWriter stdout, TextWriter stderr, HostTerminal terminal)
    {
        var input = new InputOptions(required: true);
        var format = new Option<string>("--format", "-f")
        {
            Description = "text for reading, json for machines.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong(InspectCommands.ClaimFormats);
        var output = Output();
        var command = new Command(
            "claims",
            "Lists every claim extracted from the articles, with its value, mode, confidence and quote in context, grouped by source: for checking the extractor. "
            + ReconcileCommand.ExitCodes);
        input.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction((parsed, cancellationToken) => InspectCommands.ClaimsAsync(
            new ClaimsRequest(input.Read(parsed), parsed.GetValue(format) ?? "text", parsed.GetValue(output)?.FullName),
            stdout,
            stderr,
            terminal,
            cancellationToken));
        return command;
    }

    private static Command Explain(TextWriter stdout, TextWriter stderr, HostTerminal terminal)
    {
        var id = new Argument<string>("conflict-id")
        {
            Description = "The conflict's identifier as the report gives it, such as C1.",
        };
        var input = new InputOptions();
        var output = Output();
        var command = new Command(
            "explain",
            "Shows one conflict in full: each side's claims with their quotes in context, the fact's timeline, and every input of the confidence with its description. "
            + "An unknown identifier is bad input (exit code 2), and the message lists the conflicts there are. " + ReconcileCommand.ExitCodes);
        command.Arguments.Add(id);
        input.AddTo(command);
        command.Options.Add(output);
        command.SetAction((parsed, cancellationToken) => InspectCommands.ExplainAsync(
            new ExplainRequest(parsed.GetValue(id) ?? string.Empty, input.Read(parsed), parsed.GetValue(output)?.FullName),
            stdout,
            stderr,
            terminal,
            cancellationToken));
        return command;
    }

    private static Option<FileInfo?> Output() => new("--output", "-o")
    {
        Description = "The file to write to, instead of standard output (always plain, never the terminal summary).",
    };

    /// <summary>An ISO date option's parser: the date, or an error naming what was given.</summary>
    private static LocalDate? ParseDate(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        var date = RecognizeCommand.ParseReference(text);
        if (date is null)
        {
            result.AddError($"'{text}' is not an ISO date such as 2024-08-06.");
        }

        return date;
    }

    /// <summary>
    /// Parses a size in bytes: a whole number, or one followed by <c>KiB</c>, <c>MiB</c> or <c>GiB</c> (or <c>K</c>,
    /// <c>M</c>, <c>G</c>), each a power of 1,024; positive and at most <paramref name="max"/>.
    /// </summary>
    internal static long? ParseBytes(System.CommandLine.Parsing.ArgumentResult result, long max)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value.Trim() : string.Empty;
        (string Suffix, long Factor)[] units = [("GiB", 1L << 30), ("MiB", 1L << 20), ("KiB", 1L << 10), ("G", 1L << 30), ("M", 1L << 20), ("K", 1L << 10)];
        var (digits, factor) = (text, 1L);
        foreach (var (suffix, unit) in units)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                (digits, factor) = (text[..^suffix.Length].TrimEnd(), unit);
                break;
            }
        }

        if (!long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            || number <= 0 || number > max / factor)
        {
            result.AddError(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"'{text}' is not a size; give a positive number of bytes up to {max:N0}, or one with a suffix such as 512KiB, 64MiB or 2GiB."));
            return null;
        }

        return number * factor;
    }

    private static Command Recognize(TextWriter stdout, TextWriter stderr, Func<TextReader> stdin)
    {
        var input = new Argument<string?>("file")
        {
            Description = "A file of lines: JSON objects {\"id\", \"text\", \"reference\"} or plain text. Default, or '-': standard input.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var reference = new Option<LocalDate?>("--reference", "-r")
        {
            Description = "The reference date (ISO, such as 2024-08-06) for lines that give none: years left out and relative dates are read against it.",
            CustomParser = ParseDate,
        };
        var plain = new Option<bool>("--plain")
        {
            Description = "Read every line as plain text, even one that starts with '{'.",
        };
        var output = new Option<FileInfo?>("--output", "-o")
        {
            Description = "The file to write the JSON lines to, instead of standard output.",
        };
        var recognize = new Command(
            "recognize",
            "Shows how dates and amounts of money are read: one JSON line {\"id\", \"found\": [{\"text\", \"start\", \"end\", \"kind\", \"value\"}]} per input line. "
            + "Exit codes: 0 success; 1 the output could not be written; 2 a line could not be read, or bad usage; 130 cancelled.")
        {
            input, reference, plain, output,
        };
        recognize.SetAction(async (parsed, cancellationToken) =>
        {
            using var reader = stdin();
            return await RecognizeCommand.RunAsync(
                new RecognizeRequest(parsed.GetValue(input), parsed.GetValue(reference), parsed.GetValue(plain), parsed.GetValue(output)?.FullName),
                new MentionRecognizer(),
                reader,
                stdout,
                stderr,
                cancellationToken);
        });
        return recognize;
    }

    /// <summary>The paths and the options that say how to reconcile them, shared by reconcile, claims and explain.</summary>
    private sealed class InputOptions
    {
        private readonly Argument<string[]> paths;

        private readonly Option<FileInfo?> pack = new("--pack")
        {
            Description = "A domain pack file (JSON; see docs/domain-pack.md) to use instead of the embedded one.",
        };

        private readonly Option<FileInfo?> priors = new("--priors")
        {
            Description = "Trust priors by outlet: a CSV file with the header outlet,prior, or a JSON object such as { \"Reuters\": 0.9, \"reuters.com\": 0.9 }. "
                + "Keys are outlet names or URL domains; priors are numbers from 0 to 1.",
        };

        private readonly Option<LocalDate?> asOf = new("--as-of")
        {
            Description = "Reconcile the story as it stood on this day (ISO, such as 2024-08-07): later reports are left out.",
            CustomParser = ParseDate,
        };

        private readonly Option<long?> maxSourceBytes = new("--max-source-bytes")
        {
            Description = "The largest article or manifest read, in bytes, or with a suffix such as 64MiB (default 16MiB). A larger one is a warning naming it; the others are read.",
            CustomParser = r => ParseBytes(r, long.MaxValue),
        };

        private readonly Option<long?> maxClaimLineBytes = new("--max-claim-line-bytes")
        {
            Description = "The longest row of a file of structured claims, in bytes, or with a suffix such as 4MiB (default 1MiB). A longer row is a warning naming file:line; the others are read.",
            CustomParser = r => ParseBytes(r, int.MaxValue),
        };

        public InputOptions(bool required = false)
        {
            paths = new Argument<string[]>("paths")
            {
                Description = "Folders of articles (.txt, .md, .html, with an optional sources.json manifest), article files, globs such as articles/*.txt, "
                    + ".jsonl corpora of articles ({\"id\", \"text\", ...} per line), or one file of structured claims (.csv, or .jsonl/.ndjson with "
                    + "source, subject, property, value per line)." + (required ? string.Empty : " Default: the bundled seeds."),
                Arity = required ? ArgumentArity.OneOrMore : ArgumentArity.ZeroOrMore,
            };
        }

        public void AddTo(Command command)
        {
            command.Arguments.Add(paths);
            command.Options.Add(pack);
            command.Options.Add(priors);
            command.Options.Add(asOf);
            command.Options.Add(maxSourceBytes);
            command.Options.Add(maxClaimLineBytes);
        }

        public InputRequest Read(ParseResult parsed)
            => new(
                parsed.GetValue(paths) ?? [],
                parsed.GetValue(pack)?.FullName,
                parsed.GetValue(priors)?.FullName,
                parsed.GetValue(asOf),
                parsed.GetValue(maxSourceBytes),
                parsed.GetValue(maxClaimLineBytes));
    }
}
