using CaJapan.Reconcile.Reconciliation;

namespace CaJapan.Reconcile.Reporting;

/// <summary>
/// Writes a <see cref="ReconciliationResult"/> as a report in one format. Implementations are deterministic (the
/// same result gives the same characters), culture-invariant and thread-safe.
/// </summary>
public interface IReportWriter
{
    /// <summary>Gets the short, lower-case name of the format, such as <c>json</c> or <c>text</c>.</summary>
    string Format { get; }

    /// <summary>Writes the report of a result.</summary>
    /// <param name="result">The result to report.</param>
    /// <param name="output">The writer the report goes to; it is neither flushed nor closed.</param>
    /// <param name="cancellationToken">A token that cancels the writing.</param>
    /// <returns>A task that completes when the report has been written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The writing was cancelled.</exception>
    Task WriteAsync(ReconciliationResult result, TextWriter output, CancellationToken cancellationToken = default);
}
