namespace CaJapan.Reconcile.Reconciliation;

/// <summary>
/// A change of an event's status that the sources report as news, not as a contradiction: planned, then
/// cancelled. Immutable and thread-safe.
/// </summary>
/// <param name="Subject">The event.</param>
/// <param name="From">The earlier status.</param>
/// <param name="To">The later status.</param>
/// <param name="FromClaimIds">The claims that report the earlier status.</param>
/// <param name="ToClaimIds">The claims that report the later status.</param>
/// <param name="Explanation">A one-line explanation.</param>
public sealed record StatusUpdate(
    string Subject,
    string From,
    string To,
    IReadOnlyList<string> FromClaimIds,
    IReadOnlyList<string> ToClaimIds,
    string Explanation)
{
    /// <inheritdoc />
    public override string ToString() => $"{Subject}: {From} → {To}";
}
