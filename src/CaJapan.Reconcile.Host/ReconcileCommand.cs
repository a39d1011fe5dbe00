using CaJapan.Reconcile.Reporting;
using CaJapan.Reconcile.Structured;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaJapan.Reconcile.Host;

/// <summary>What the command line asked for.</summary>
/// <param name="Path">The folder of articles or the file of structured claims, or <see langword="null"/> for the bundled seeds.</param>
/// <param name="Format">The report format's name.</param>
/// <param name="OutputPath">The file to write to, or <see langword="null"/> for standard output.</param>
internal sealed record ReconcileRequest(string? Path, string Format, string? OutputPath);

/// <summary>
/// Reconciles a folder of articles or a file of structured claims and writes the report: the whole of the host's
/// work after parsing. Exit codes: 0 when something was reconciled and the report written (sources or rows that could
/// not be read are warnings on standard error), 1 when the report could not be written or the run failed, 2 when the
/// input was unusable (no such folder or file, no readable article, no readable claim), 130 when cancelled.
/// </summary>
internal static class ReconcileCommand
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadInput = 2;
    public const int Cancelled = 130;

    public static readonly string[] Formats = ["text", "json"];

    public static async Task<int> RunAsync(ReconcileRequest request, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(request.Path ?? Path.Combine(AppContext.BaseDirectory, "seeds"));
        try
        {
            var isClaimFile = !Directory.Exists(path) && StructuredClaimReader.FormatOf(path) is not null;
            if (isClaimFile && !File.Exists(path))
            {
                await stderr.WriteLineAsync($"error: the file '{path}' does not exist; give a file of structured claims (.csv, .jsonl, .ndjson) or a folder of articles.");
                return BadInput;
            }

            if (!isClaimFile && !Directory.Exists(path))
            {
                await stderr.WriteLineAsync(File.Exists(path)
                    ? $"error: '{path}' is neither a folder of articles nor a file of structured claims; give a folder of article files (.txt, .md), or a .csv, .jsonl or .ndjson file of claims."
                    : $"error: the folder '{path}' does not exist; give the path of a folder of article files (.txt, .md), a file of structured claims (.csv, .jsonl, .ndjson), or nothing to use the bundled seeds.");
                return BadInput;
            }

            await using var services = BuildServices();
            var writer = services.GetServices<IReportWriter>().First(w => string.Equals(w.Format, request.Format, StringComparison.OrdinalIgnoreCase));
            var reconciler = services.GetRequiredService<IReconciler>();
            var result = isClaimFile
                ? await reconciler.ReconcileClaimFileAsync(path, cancellationToken)
                : await reconciler.ReconcileFolderAsync(path, cancellationToken);

            foreach (var error in result.SourceErrors.Where(e => e.SourceId != path))
            {
                await stderr.WriteLineAsync($"warning: {error.SourceId}: {OneLine(error.Message)}");
            }

            if (isClaimFile && result.Claims.Count == 0)
            {
                await stderr.WriteLineAsync($"error: no claim could be read from '{path}'; fix the rows named above (or add some), and run again.");
                return BadInput;
            }

            if (!isClaimFile && result.Sources.Count == 0)
            {
                await stderr.WriteLineAsync($"error: no article in '{path}' could be read; put UTF-8 article files (.txt, .md) in it, or give another folder.");
                return BadInput;
            }

            if (request.OutputPath is null)
            {
                await writer.WriteAsync(result, stdout, cancellationToken);
                await stdout.FlushAsync(cancellationToken);
                return Success;
            }

            try
            {
                await WriteFileAsync(writer, result, request.OutputPath, cancellationToken);
                return Success;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await stderr.WriteLineAsync($"error: could not write '{request.OutputPath}': {OneLine(e.Message)}");
                return Failure;
            }
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

    public static int UsageError(IEnumerable<string> messages, TextWriter stderr)
    {
        foreach (var message in messages)
        {
            stderr.WriteLine($"error: {OneLine(message)}");
        }

        stderr.WriteLine("Run with --help for usage.");
        return BadInput;
    }

    private static ServiceProvider BuildServices()
    {
        var services = new ServiceCollection().AddReconcile();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportWriter, TextReportWriter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportWriter, JsonReportWriter>());
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static async Task WriteFileAsync(IReportWriter writer, Reconciliation.ReconciliationResult result, string path, CancellationToken cancellationToken)
    {
        // Write beside the target and move into place, so that a failed run leaves an earlier report whole.
        var temporary = path + ".tmp";
        try
        {
            await using (var file = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                await writer.WriteAsync(result, file, cancellationToken);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            throw;
        }
    }

    private static string OneLine(string message)
        => string.Join(' ', message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
