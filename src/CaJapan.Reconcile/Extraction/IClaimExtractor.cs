using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Sources;

namespace CaJapan.Reconcile.Extraction;

/// <summary>
/// Turns one source's text into typed claims with evidence. Register more with <c>AddReconcile</c>; the claims of
/// every registered extractor are reconciled together. Implementations must be thread-safe.
/// </summary>
public interface IClaimExtractor
{
    /// <summary>Extracts the claims a source makes.</summary>
    /// <param name="source">The source, with its publication date when known.</param>
    /// <param name="cancellationToken">A token that cancels the work.</param>
    /// <returns>The claims, in order of their position in the text. Claim identifiers need not be final: the engine numbers them.</returns>
    /// <exception cref="OperationCanceledException">The work was cancelled.</exception>
    IReadOnlyList<Claim> Extract(Source source, CancellationToken cancellationToken = default);
}
