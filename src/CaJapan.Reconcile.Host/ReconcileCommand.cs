using CaJapan.Reconcile.Reporting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaJapan.Reconcile.Host;

/// <summary>What the command line asked for.</summary>
/// <param name="Folder">The folder of articles, or <see langword="null"/> for the bundled seeds.</param>
/// <param name="Format">The report format's name.</param>
/// <param name="OutputPath">The file to write to, or <see langword="null"/> for standard output.</param>
internal sealed record ReconcileRequest(string? Folder, string Format, string? OutputPath);

/// <summary>Reconciles a folder and writes the report: the whole of the host's work after parsing.</summary>
internal static class ReconcileCommand
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadInput = 2;
    public const int Cancelled = 130;

    public static readonly string[] Formats = ["text", "json"];

    public static async Task<int> RunAsync(ReconcileRequest request, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(request.Folder ?? Path.Combine(AppContext.BaseDirectory, "seeds"));
        try
        {
            if (!Directory.Exists(folder))
            {
                await stderr.WriteLineAsync($"error: the folder '{folder}' does not exist; give the path of a folder of article files (.txt, .md), or no folder to use the bundled seeds.");
                return BadInput;
            }

            await using var services = BuildServices();
            var writer = services.GetServices<IReportWriter>().First(w => string.Equals(w.Format, request.Format, StringComparison.OrdinalIgnoreCase));
            var result = await services.GetRequiredService<IReconciler>().ReconcileFolderAsync(folder, cancellationToken);

            foreach (var error in result.SourceErrors.Where(e => e.SourceId != folder))
            {
                await stderr.WriteLineAsync($"warning: {error.SourceId}: {OneLine(error.Message)}");
            }

            if (result.Sources.Count == 0)
            {
                await stderr.WriteLineAsync($"error: no article in '{folder}' could be read; put UTF-8 article files (.txt, .md) in it, or give another folder.");
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
