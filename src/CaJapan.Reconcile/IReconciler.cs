using System.Diagnostics.CodeAnalysis;
using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Sources;
using CaJapan.Reconcile.Structured;

namespace CaJapan.Reconcile;

/// <summary>
/// Reads sources, turns them into typed claims and reconciles the claims into conflicts and resolutions.
/// Implementations are thread-safe: one instance may serve concurrent calls.
/// </summary>
public interface IReconciler
{
    /// <summary>Reads every article in a folder (with its <c>sources.json</c> manifest, if any) and reconciles them.</summary>
    /// <param name="folder">The folder of articles.</param>
    /// <param name="cancellationToken">A token that cancels the work.</param>
    /// <returns>The result; sources that could not be read are listed in <see cref="ReconciliationResult.SourceErrors"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="folder"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The work was cancelled.</exception>
    Task<ReconciliationResult> ReconcileFolderAsync(string folder, CancellationToken cancellationToken = default);

    /// <summary>Extracts claims from sources held in memory and reconciles them.</summary>
    /// <param name="sources">The sources; their identifiers must be unique.</param>
    /// <param name="cancellationToken">A token that cancels the work.</param>
    /// <returns>The result; sources that fail validation are listed in <see cref="ReconciliationResult.SourceErrors"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The work was cancelled.</exception>
    Task<ReconciliationResult> ReconcileAsync(IEnumerable<Source> sources, CancellationToken cancellationToken = default);

    /// <summary>
    /// Extracts claims from sources as they arrive, one at a time (from a corpus read line by line, a queue, a
    /// database cursor), reporting progress, and reconciles them once the stream ends. Each source's text is read
    /// once; the result is the same whatever order the sources arrive in.
    /// </summary>
    /// <param name="sources">The sources; a source whose identifier was already seen is reported as an error and skipped.</param>
    /// <param name="progress">Told after each source and at each stage, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">A token that cancels the work, between sources and inside extraction.</param>
    /// <returns>The result; sources that fail validation are listed in <see cref="ReconciliationResult.SourceErrors"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The work was cancelled.</exception>
    Task<ReconciliationResult> ReconcileStreamAsync(IAsyncEnumerable<Source> sources, IProgress<ReconcileProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Reconciles claims that are already held in structured form, through the same rules as claims from text.</summary>
    /// <param name="claims">The claims; their identifiers must be unique.</param>
    /// <param name="sources">The sources the claims come from, for their metadata; sources not given are known by identifier only.</param>
    /// <param name="cancellationToken">A token that cancels the work.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two claims share an identifier.</exception>
    /// <exception cref="OperationCanceledException">The work was cancelled.</exception>
    ReconciliationResult ReconcileClaims(IEnumerable<Claim> claims, IEnumerable<Source>? sources = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads a file of structured claims (CSV with a header row, or JSON Lines) one row at a time and reconciles its
    /// claims through the same rules as claims from text. See docs/structured-claims.md.
    /// </summary>
    /// <param name="path">The file: <c>.csv</c>, or <c>.jsonl</c> or <c>.ndjson</c> for JSON Lines (in any case), in UTF-8.</param>
    /// <param name="cancellationToken">A token that cancels the work.</param>
    /// <returns>
    /// The result. Claims are identified <c>source#n</c>, numbering each source's rows in file order, and carry their
    /// value as given. A bad row is listed in <see cref="ReconciliationResult.SourceErrors"/> as <c>file:line</c>
    /// (such as <c>claims.csv:12</c>), in line order, and the other rows are reconciled; a CSV file whose header lacks
    /// a required column gives one error for line 1 and no claims.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The file's extension is not <c>.csv</c>, <c>.jsonl</c> or <c>.ndjson</c>.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="OperationCanceledException">The work was cancelled.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their leading parameter types, so no call is ambiguous; kept as they were before the API was tracked.")]
    Task<ReconciliationResult> ReconcileClaimFileAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Reads structured claims from a text, one row at a time, and reconciles them; see <see cref="ReconcileClaimFileAsync(string, CancellationToken)"/>.</summary>
    /// <param name="reader">The text; it is read to its end and not disposed.</param>
    /// <param name="format">The format of the text.</param>
    /// <param name="fileName">The name that errors give for the text, as in <c>claims.csv:12</c>.</param>
    /// <param name="cancellationToken">A token that cancels the work.</param>
    /// <returns>The result; bad rows are listed in <see cref="ReconciliationResult.SourceErrors"/> as <c>fileName:line</c>, in line order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="fileName"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    /// <exception cref="OperationCanceledException">The work was cancelled.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their leading parameter types, so no call is ambiguous; kept as they were before the API was tracked.")]
    Task<ReconciliationResult> ReconcileClaimFileAsync(TextReader reader, StructuredClaimFormat format, string fileName, CancellationToken cancellationToken = default);

    /// <summary>Reads each structured claim's value as its declared type and reconciles the claims.</summary>
    /// <param name="claims">The claims, in order: each source's claims are identified <c>source#1</c>, <c>source#2</c>, ...</param>
    /// <param name="cancellationToken">A token that cancels the work.</param>
    /// <returns>The result; a claim whose value cannot be read as its type is listed in <see cref="ReconciliationResult.SourceErrors"/> under the identifier it would have had.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The work was cancelled.</exception>
    ReconciliationResult ReconcileStructuredClaims(IEnumerable<StructuredClaim> claims, CancellationToken cancellationToken = default);
}
