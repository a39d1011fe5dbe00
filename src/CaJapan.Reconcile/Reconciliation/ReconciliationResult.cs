using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Sources;

namespace CaJapan.Reconcile.Reconciliation;

/// <summary>
/// Everything one reconciliation found: the sources, their claims, the conflicts, the status updates and the
/// best-supported value of every fact. Every list is in a deterministic order. Immutable and thread-safe.
/// </summary>
public sealed record ReconciliationResult
{
    /// <summary>Gets the sources that were reconciled, ordered by identifier.</summary>
    public required IReadOnlyList<Source> Sources { get; init; }

    /// <summary>
    /// Gets the sources that could not be read or failed validation, ordered by identifier; for a file of structured
    /// claims, the rows that could not be read, in line order.
    /// </summary>
    public required IReadOnlyList<SourceError> SourceErrors { get; init; }

    /// <summary>Gets the claims, ordered by source and position in the source.</summary>
    public required IReadOnlyList<Claim> Claims { get; init; }

    /// <summary>Gets the conflicts, ordered by subject, property and kind.</summary>
    public required IReadOnlyList<Conflict> Conflicts { get; init; }

    /// <summary>Gets the changes that are news rather than contradictions: status updates, changed plans and refinements.</summary>
    public required IReadOnlyList<FactUpdate> Updates { get; init; }

    /// <summary>Gets the best-supported value of every fact with claims, ordered by subject and property.</summary>
    public required IReadOnlyList<Resolution> Resolutions { get; init; }

    /// <summary>Gets the trust each source was given in the end (learned from agreement, or its prior), by source identifier.</summary>
    public required IReadOnlyDictionary<string, double> SourceTrust { get; init; }

    /// <summary>Gets how each source's trust came about: its prior, the trust learned, and the evidence it was learned from; ordered by source.</summary>
    public IReadOnlyList<SourceTrustEstimate> TrustEstimates { get; init; } = [];

    /// <summary>Gets the pairs of sources that are not independent voices (shared wording or wire origin), in order.</summary>
    public IReadOnlyList<SourceDependence> Dependencies { get; init; } = [];

    /// <summary>Gets the timeline of every disputed fact: what was reported when, by whom, and the best reading now.</summary>
    public IReadOnlyList<FactTimeline> Timelines { get; init; } = [];

    /// <inheritdoc />
    public override string ToString()
        => $"{Sources.Count} sources ({SourceErrors.Count} errors), {Claims.Count} claims, {Conflicts.Count} conflicts, {Resolutions.Count} resolutions";
}
