namespace CaJapan.Reconcile.Reconciliation;

/// <summary>
/// A change in what the sources report that is news, not a contradiction: a planned event later reported cancelled
/// (an update), a summit's date moved by a later report of the plan (an update), or "August 2024" later given as
/// "9 August 2024" (a refinement). Immutable and thread-safe.
/// </summary>
/// <param name="Subject">The subject, such as <c>ca-japan-summit</c>.</param>
/// <param name="From">The earlier value, in plain language.</param>
/// <param name="To">The later value, in plain language.</param>
/// <param name="FromClaimIds">The claims that report the earlier value, in order.</param>
/// <param name="ToClaimIds">The claims that report the later value, in order.</param>
/// <param name="Explanation">A one-line explanation.</param>
public sealed record FactUpdate(
    string Subject,
    string From,
    string To,
    IReadOnlyList<string> FromClaimIds,
    IReadOnlyList<string> ToClaimIds,
    string Explanation)
{
    /// <summary>Gets the property that changed, such as <c>status</c> or <c>date</c>.</summary>
    public string Property { get; init; } = "status";

    /// <summary>Gets whether the later value replaces the earlier one or only makes it more precise.</summary>
    public UpdateKind Kind { get; init; } = UpdateKind.Update;

    /// <inheritdoc />
    public override string ToString() => $"{Subject}.{Property}: {From} → {To} ({Kind})";
}

/// <summary>How a later report relates to an earlier one that it does not contradict.</summary>
public enum UpdateKind
{
    /// <summary>The later report changes the fact: the plan changed, or the event's status moved on.</summary>
    Update,

    /// <summary>The later report makes the fact more precise: "August 2024", then "9 August 2024".</summary>
    Refinement,
}
