using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Sources;

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

    /// <summary>Reconciles claims that are already held in structured form, through the same rules as claims from text.</summary>
    /// <param name="claims">The claims; their identifiers must be unique.</param>
    /// <param name="sources">The sources the claims come from, for their metadata; sources not given are known by identifier only.</param>
    /// <param name="cancellationToken">A token that cancels the work.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two claims share an identifier.</exception>
    /// <exception cref="OperationCanceledException">The work was cancelled.</exception>
    ReconciliationResult ReconcileClaims(IEnumerable<Claim> claims, IEnumerable<Source>? sources = null, CancellationToken cancellationToken = default);
}
