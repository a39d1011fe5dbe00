using CaJapan.Reconcile.Bulk;
using CaJapan.Reconcile.Knowledge;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Reporting;
using CaJapan.Reconcile.Sources;
using NodaTime;

namespace CaJapan.Reconcile.Host;

/// <summary>What to reconcile, and how: shared by <c>reconcile</c>, <c>claims</c> and <c>explain</c>.</summary>
/// <param name="Paths">Folders, article files, globs, corpora or one file of claims; empty for the bundled seeds.</param>
/// <param name="PackPath">The domain pack file, or <see langword="null"/> for the embedded pack.</param>
/// <param name="PriorsPath">The file of outlet trust priors, or <see langword="null"/>.</param>
/// <param name="AsOf">The day to reconcile the story as of, or <see langword="null"/>.</param>
/// <param name="MaxSourceBytes">The largest article (and manifest) read, in bytes, or <see langword="null"/> for the library's default.</param>
/// <param name="MaxClaimLineBytes">The longest row of a claim file, in bytes, or <see langword="null"/> for the library's default.</param>
internal sealed record InputRequest(
    IReadOnlyList<string> Paths, string? PackPath = null, string? PriorsPath = null, LocalDate? AsOf = null, long? MaxSourceBytes = null, long? MaxClaimLineBytes = null);

/// <summary>What the <c>reconcile</c> command was asked for.</summary>
/// <param name="Input">What to reconcile.</param>
/// <param name="Format">The report format's name.</param>
/// <param name="OutputPath">The file to write to, or <see langword="null"/> for standard output.</param>
/// <param name="Author">The author named in reports that publish a verdict, or <see langword="null"/>.</param>
/// <param name="FailOnConflicts">Whether conflicts found make the exit code 3.</param>
/// <param name="Bulk">Whether to reconcile a file of claims in bulk (<see cref="BulkReconciler"/>).</param>
/// <param name="Partitions">With <paramref name="Bulk"/>, the partitions to reconcile the file in, one at a time; 0 to read it whole.</param>
internal sealed record ReconcileRequest(InputRequest Input, string Format, string? OutputPath, string? Author = null, bool FailOnConflicts = false, bool Bulk = false, int Partitions = 0);

/// <summary>Where the host's output goes: whether standard output and error are terminals, and whether colour is wanted.</summary>
/// <param name="StdoutIsTerminal">Whether standard output is a terminal (not redirected).</param>
/// <param name="StderrIsTerminal">Whether standard error is a terminal (not redirected).</param>
/// <param name="NoColor">Whether <c>NO_COLOR</c> is set: plain text, as when redirected.</param>
internal sealed record HostTerminal(bool StdoutIsTerminal, bool StderrIsTerminal, bool NoColor)
{
    /// <summary>Output to files or pipes, as in tests.</summary>
    public static readonly HostTerminal Redirected = new(false, false, false);

    /// <summary>Gets the terminal of this process.</summary>
    public static HostTerminal OfConsole()
        => new(!Console.IsOutputRedirected, !Console.IsErrorRedirected, !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));
}

/// <summary>
/// Reconciles articles or a file of structured claims and writes the report: the whole of the host's work after
/// parsing. Exit codes: 0 when something was reconciled and the report written (sources or rows that could not be
/// read are warnings on standard error), 1 when the report could not be written or the run failed, 2 when the input
/// or the command line was unusable, 3 when conflicts were found and <c>--fail-on-conflicts</c> was given, 130 when cancelled.
/// </summary>
internal static class ReconcileCommand
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadInput = 2;
    public const int ConflictsFound = 3;
    public const int Cancelled = 130;

    /// <summary>The exit codes, as every command's help gives them.</summary>
    public const string ExitCodes = "Exit codes: 0 success; 1 internal error or the output could not be written; 2 bad input or usage; "
        + "3 conflicts found with --fail-on-conflicts; 130 cancelled.";

    /// <summary>Gets the report formats, from the library's built-in writers, in the order they are listed.</summary>
    public static IReadOnlyList<string> Formats { get; } = [.. ReportWriters.BuiltIn().Select(w => w.Format)];

    public static Task<int> RunAsync(ReconcileRequest request, TextWriter stdout, TextWriter stderr, HostTerminal terminal, CancellationToken cancellationToken)
        => request.Bulk ? GuardedAsync(stderr, () => RunBulkAsync(request, stdout, stderr, terminal, cancellationToken), cancellationToken) : GuardedAsync(stderr, async () =>
        {
            var (result, exit) = await ReconcileAsync(request.Input, stderr, terminal, cancellationToken);
            if (result is null)
            {
                return exit;
            }

            var writer = ReportWriters.BuiltIn(new ReportSettings { Author = request.Author })
                .First(w => string.Equals(w.Format, request.Format, StringComparison.OrdinalIgnoreCase));
            var rich = request.OutputPath is null && writer.Format == "text" && terminal.StdoutIsTerminal && !terminal.NoColor;
            exit = await WriteAsync(
                request.OutputPath,
                stdout,
                stderr,
                output => rich ? ConsoleReport.WriteAsync(result, output) : writer.WriteAsync(result, output, cancellationToken),
                cancellationToken);
            return exit == Success && request.FailOnConflicts && result.Conflicts.Count > 0 ? ConflictsFound : exit;
        }, cancellationToken);

    /// <summary>
    /// Reads the inputs and reconciles them, saying on standard error what could not be read. Returns the result, or
    /// <see langword="null"/> with the exit code when nothing could be reconciled.
    /// </summary>
    public static async Task<(ReconciliationResult? Result, int Exit)> ReconcileAsync(
        InputRequest request, TextWriter stderr, HostTerminal terminal, CancellationToken cancellationToken)
    {
        var plan = Inputs.Classify(request.Paths);
        var prefix = plan.Usable == 0 ? "error" : "warning";
        foreach (var problem in plan.Problems)
        {
            await stderr.WriteLineAsync($"{prefix}: {problem}");
        }

        if (plan.Usable == 0)
        {
            return (null, BadInput);
        }

        if (plan.ClaimFiles.Count > 0 && plan.Usable > 1)
        {
            await stderr.WriteLineAsync($"error: the file of structured claims '{plan.ClaimFiles[0]}' is reconciled on its own; give it without other paths.");
            return (null, BadInput);
        }

        var engine = await CreateEngineAsync(request, stderr);
        if (engine is null)
        {
            return (null, BadInput);
        }

        if (plan.ClaimFiles.Count == 1)
        {
            var path = plan.ClaimFiles[0];
            var claims = await engine.ReconcileClaimFileAsync(path, cancellationToken);
            await WarnAsync(claims.SourceErrors, plan, stderr);
            if (claims.Claims.Count == 0)
            {
                await stderr.WriteLineAsync($"error: no claim could be read from '{path}'; fix the rows named above (or add some), and run again.");
                return (null, BadInput);
            }

            return (claims, Success);
        }

        var reader = new SourceReader(request.MaxSourceBytes ?? ReconcileOptions.DefaultMaxSourceBytes);
        ReconciliationResult result;
        if (terminal.StderrIsTerminal && Inputs.CountFiles(plan) > ConsoleReport.ProgressThreshold)
        {
            result = await ConsoleReport.WithProgressAsync(stderr, plan, progress => ReadAndReconcileAsync(plan, reader, engine, progress, cancellationToken));
        }
        else
        {
            result = await ReadAndReconcileAsync(plan, reader, engine, null, cancellationToken);
        }

        // A folder from which nothing was read gets the one error below, not a warning besides.
        var alone = result.Sources.Count == 0 && plan.Usable == 1;
        await WarnAsync(result.SourceErrors.Where(e => !(alone && plan.Folders.Contains(e.SourceId))), plan, stderr);
        if (result.Sources.Count == 0)
        {
            await stderr.WriteLineAsync(plan.Folders.Count == 1 && plan.Usable == 1
                ? $"error: no article in '{plan.Folders[0]}' could be read; put UTF-8 article files (.txt, .md, .html) in it, or give another folder."
                : "error: no article could be read from the paths given; fix the files named above, or give others.");
            return (null, BadInput);
        }

        return (result, Success);
    }

    /// <summary>
    /// Reconciles one file of claims in bulk: read as a stream into a table (progress on a terminal), trust learned and
    /// every fact resolved on every core, and the result written as text, CSV or JSON.
    /// </summary>
    private static async Task<int> RunBulkAsync(ReconcileRequest request, TextWriter stdout, TextWriter stderr, HostTerminal terminal, CancellationToken cancellationToken)
    {
        var plan = Inputs.Classify(request.Input.Paths);
        if (!BulkReports.Formats.Contains(request.Format, StringComparer.OrdinalIgnoreCase))
        {
            return UsageError([$"--bulk writes {string.Join(", ", BulkReports.Formats)}; '{request.Format}' is a format of the full report."], stderr);
        }

        if (plan.ClaimFiles.Count != 1 || plan.Usable != 1)
        {
            foreach (var problem in plan.Problems)
            {
                await stderr.WriteLineAsync($"error: {problem}");
            }

            return UsageError(["--bulk reconciles one file of structured claims (.csv, .jsonl, .ndjson); give just that file."], stderr);
        }

        var options = await OptionsAsync(request.Input, stderr);
        if (options is null)
        {
            return BadInput;
        }

        BulkReconciler reconciler;
        try
        {
            reconciler = new BulkReconciler(options);
        }
        catch (DomainPackException e)
        {
            await stderr.WriteLineAsync($"error: the domain pack '{options.DomainPackPath}' cannot be used: {OneLine(e.Message)}");
            return BadInput;
        }

        var path = plan.ClaimFiles[0];
        var progress = terminal.StderrIsTerminal ? new Progress<BulkProgress>(p => stderr.Write($"\r{p}".PadRight(60))) : null;
        BulkResult result;
        IReadOnlyList<SourceError> errors;
        if (request.Partitions > 0)
        {
            (result, errors) = await reconciler.ReconcilePartitionedAsync(path, request.Partitions, progress, cancellationToken);
        }
        else
        {
            ClaimTable table;
            (table, errors) = await reconciler.ReadAsync(path, progress, cancellationToken);
            result = reconciler.Reconcile(table, progress, cancellationToken);
        }

        if (progress is not null)
        {
            await stderr.WriteLineAsync();
        }

        const int Shown = 100;
        foreach (var error in errors.Take(Shown))
        {
            await stderr.WriteLineAsync($"warning: {OneLine(error.SourceId)}: {OneLine(error.Message)}");
        }

        if (errors.Count > Shown)
        {
            await stderr.WriteLineAsync($"warning: and {errors.Count - Shown} more rows that could not be read.");
        }

        if (result.ClaimCount + result.ExcludedClaims == 0)
        {
            await stderr.WriteLineAsync($"error: no claim could be read from '{path}'; fix the rows named above (or add some), and run again.");
            return BadInput;
        }

        return await WriteAsync(request.OutputPath, stdout, stderr, output => BulkReports.WriteAsync(result, request.Format, output, cancellationToken), cancellationToken);
    }

    /// <summary>Runs a command's work, turning cancellation and unexpected failures into one line and an exit code.</summary>
    public static async Task<int> GuardedAsync(TextWriter stderr, Func<Task<int>> work, CancellationToken cancellationToken)
    {
        try
        {
            return await work();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await stderr.WriteLineAsync("Cancelled.");
            return Cancelled;
        }
#pragma warning disable CA1031 // The host's last resort: one line, not a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await stderr.WriteLineAsync($"error: {e.GetType().Name}: {OneLine(e.Message)}");
            return Failure;
        }
    }

    /// <summary>Writes to standard output, or to a file through a temporary file beside it so that a failed run leaves an earlier one whole.</summary>
    public static async Task<int> WriteAsync(string? path, TextWriter stdout, TextWriter stderr, Func<TextWriter, Task> write, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            await write(stdout);
            await stdout.FlushAsync(cancellationToken);
            return Success;
        }

        var temporary = path + ".tmp";
        try
        {
            await using (var file = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                file.NewLine = "\n";
                await write(file);
            }

            File.Move(temporary, path, overwrite: true);
            return Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            await stderr.WriteLineAsync($"error: could not write '{path}': {OneLine(e.Message)}");
            return Failure;
        }
    }

    public static int UsageError(IEnumerable<string> messages, TextWriter stderr)
    {
        foreach (var message in messages)
        {
            stderr.WriteLine($"error: {OneLine(message)}");
        }

        stderr.WriteLine("Run with --help for usage.");
        return BadInput;
    }

    public static string OneLine(string message)
        => string.Join(' ', DisplayText.Reveal(message).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static async Task<ReconciliationResult> ReadAndReconcileAsync(
        Inputs.Plan plan, SourceReader reader, ReconcileEngine engine, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var (sources, errors) = await Inputs.ReadArticlesAsync(plan, reader, progress, cancellationToken);
        var result = await engine.ReconcileAsync(sources, cancellationToken);
        return Inputs.WithReadErrors(result, errors);
    }

    private static async Task<ReconcileEngine?> CreateEngineAsync(InputRequest request, TextWriter stderr)
    {
        var options = await OptionsAsync(request, stderr);
        if (options is null)
        {
            return null;
        }

        try
        {
            return ReconcileEngine.Create(options);
        }
        catch (DomainPackException e)
        {
            await stderr.WriteLineAsync($"error: the domain pack '{options.DomainPackPath}' cannot be used: {OneLine(e.Message)}");
            return null;
        }
        catch (FluentValidation.ValidationException e)
        {
            await stderr.WriteLineAsync($"error: {OneLine(string.Join(" ", e.Errors.Select(f => f.ErrorMessage)))}");
            return null;
        }
    }

    /// <summary>The options a request asks for, with its pack checked and its priors read; <see langword="null"/> after saying what is wrong.</summary>
    private static async Task<ReconcileOptions?> OptionsAsync(InputRequest request, TextWriter stderr)
    {
        var options = new ReconcileOptions { AsOf = request.AsOf };
        if (request.MaxSourceBytes is { } maxSourceBytes)
        {
            options.MaxSourceBytes = maxSourceBytes;
        }

        if (request.MaxClaimLineBytes is { } maxClaimLineBytes)
        {
            options.MaxClaimLineBytes = (int)maxClaimLineBytes;
        }

        if (request.PackPath is { } pack)
        {
            if (!File.Exists(pack))
            {
                await stderr.WriteLineAsync($"error: the domain pack '{Path.GetFullPath(pack)}' does not exist; give the path of a domain pack JSON file (see docs/domain-pack.md), or leave --pack out for the embedded one.");
                return null;
            }

            options.DomainPackPath = Path.GetFullPath(pack);
        }

        if (request.PriorsPath is { } priorsPath)
        {
            var priors = Priors.Read(priorsPath, out var error);
            if (priors is null)
            {
                await stderr.WriteLineAsync($"error: {error}");
                return null;
            }

            foreach (var (outlet, prior) in priors)
            {
                options.OutletTrust[outlet] = prior;
            }
        }

        return options;
    }

    private static async Task WarnAsync(IEnumerable<SourceError> errors, Inputs.Plan plan, TextWriter stderr)
    {
        foreach (var error in errors)
        {
            // An error about a whole folder or file already names it.
            var whole = plan.Folders.Contains(error.SourceId) || plan.ClaimFiles.Contains(error.SourceId);
            await stderr.WriteLineAsync(whole ? $"warning: {OneLine(error.Message)}" : $"warning: {OneLine(error.SourceId)}: {OneLine(error.Message)}");
        }
    }
}
