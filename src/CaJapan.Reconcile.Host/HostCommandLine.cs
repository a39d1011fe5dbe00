using System.CommandLine;
using CaJapan.Reconcile.Recognition;
using NodaTime;

namespace CaJapan.Reconcile.Host;

/// <summary>
/// The host's command line: the root command and <c>reconcile</c> (the same command by name) reconcile a folder of
/// articles or a file of structured claims; <c>recognize</c> shows how dates and amounts are read. Built around
/// writers passed in, so that tests run it as the shell does.
/// </summary>
internal static class HostCommandLine
{
    /// <summary>Parses the arguments and runs the command they name.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="stdout">Where reports go.</param>
    /// <param name="stderr">Where warnings and errors go.</param>
    /// <param name="stdin">Opens standard input, for <c>recognize</c>.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Func<TextReader> stdin)
    {
        var parseResult = Create(stdout, stderr, stdin).Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            return ReconcileCommand.UsageError(parseResult.Errors.Select(e => e.Message), stderr);
        }

        return await parseResult.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    /// <summary>Builds the root command with its subcommands.</summary>
    public static RootCommand Create(TextWriter stdout, TextWriter stderr, Func<TextReader> stdin)
    {
        var root = new RootCommand("Reconciles news articles about one story, or claims given as CSV or JSON Lines, and reports the conflicts between their sources.");
        AddReconcile(root, stdout, stderr);

        var reconcile = new Command(
            "reconcile",
            "Reconciles a folder of articles or a file of structured claims (.csv, .jsonl, .ndjson); the same as giving the path without a command.");
        AddReconcile(reconcile, stdout, stderr);
        root.Subcommands.Add(reconcile);

        root.Subcommands.Add(Recognize(stdout, stderr, stdin));
        return root;
    }

    /// <summary>Adds the path argument, the report options and the reconcile action to a command.</summary>
    private static void AddReconcile(Command command, TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string?>("path")
        {
            Description = "A folder of articles (.txt, .md) with an optional sources.json manifest, or a file of structured claims: "
                + ".csv with a header row, or .jsonl/.ndjson with one JSON object per line (fields source, subject, property, value; "
                + "optional weight, observed, type). Default: the bundled seeds. Exit code 0 when something was reconciled "
                + "(bad rows are warnings), 2 when the input was unusable.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "The report format: text for reading, json for machines.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong(ReconcileCommand.Formats);
        var output = new Option<FileInfo?>("--output", "-o")
        {
            Description = "The file to write the report to, instead of standard output.",
        };

        command.Arguments.Add(path);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction((parsed, cancellationToken) => ReconcileCommand.RunAsync(
            new ReconcileRequest(parsed.GetValue(path), parsed.GetValue(format) ?? "text", parsed.GetValue(output)?.FullName),
            stdout,
            stderr,
            cancellationToken));
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
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                var date = RecognizeCommand.ParseReference(text);
                if (date is null)
                {
                    result.AddError($"'{text}' is not an ISO date such as 2024-08-06.");
                }

                return date;
            },
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
            "Shows how dates and amounts of money are read: one JSON line {\"id\", \"found\": [{\"text\", \"start\", \"end\", \"kind\", \"value\"}]} per input line.")
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
}
