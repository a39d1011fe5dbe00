using CaJapan.Reconcile.Claims;
using NodaTime;

namespace CaJapan.Reconcile.Reconciliation;

/// <summary>
/// What was reported about one disputed fact, when and by whom, and what the best reading is now. Entries are in the
/// order they were reported (unknown days last), then by source. Immutable and thread-safe.
/// </summary>
/// <param name="Subject">The subject, such as <c>ca-japan-summit</c>.</param>
/// <param name="Property">The property, such as <c>date</c>.</param>
/// <param name="Entries">What each source reported, in order.</param>
/// <param name="Current">The best reading now, or <see langword="null"/> when the fact is unresolved.</param>
public sealed record FactTimeline(string Subject, string Property, IReadOnlyList<TimelineEntry> Entries, ClaimValue? Current)
{
    /// <inheritdoc />
    public override string ToString()
        => $"{Subject}.{Property}: {string.Join("; ", Entries)} → {Current?.Describe() ?? "unresolved"}";
}

/// <summary>One source's report of a fact on one day. Immutable.</summary>
/// <param name="Observed">The day the source reported it, or <see langword="null"/> when unknown.</param>
/// <param name="SourceId">The source.</param>
/// <param name="Value">The value it reported (its most specific one, if it gave several compatible ones).</param>
/// <param name="ClaimIds">The claims, in order.</param>
/// <param name="Role">How the report stands against the best reading now.</param>
public sealed record TimelineEntry(LocalDate? Observed, string SourceId, ClaimValue Value, IReadOnlyList<string> ClaimIds, TimelineRole Role)
{
    /// <inheritdoc />
    public override string ToString()
        => $"{(Observed is { } day ? day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "undated")} {SourceId}: {Value.Describe()} ({Role})";
}

/// <summary>How one report of a fact stands against the best reading now.</summary>
public enum TimelineRole
{
    /// <summary>It gives the best reading, or a value that lies within it.</summary>
    Agrees,

    /// <summary>It gives a less precise value that the best reading refines ("August 2024" for "9 August 2024").</summary>
    Refined,

    /// <summary>It reported an earlier plan that a later report changed: an update, not a contradiction.</summary>
    Superseded,

    /// <summary>It contradicts the best reading as of the same time.</summary>
    Contradicts,

    /// <summary>Knowledge rules it out: an anachronism or an impossibility.</summary>
    RuledOut,
}
