using CaJapan.Reconcile.Reconciliation;

namespace CaJapan.Reconcile.Reporting;

/// <summary>The writing step shared by the writers that build their report as one string: check, build, write.</summary>
internal static class WholeReport
{
    /// <summary>Builds a report with <paramref name="build"/> and writes it to <paramref name="output"/>.</summary>
    public static async Task WriteAsync(ReconciliationResult result, TextWriter output, Func<ReconciliationResult, string> build, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        cancellationToken.ThrowIfCancellationRequested();
        var text = build(result);
        await output.WriteAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
    }
}
