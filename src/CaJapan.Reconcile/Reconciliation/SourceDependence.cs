using System.Globalization;

namespace CaJapan.Reconcile.Reconciliation;

/// <summary>
/// Two sources that are not independent: one copies the other's wording, or both carry one wire agency's copy. Their
/// agreement is not corroboration: together they count as one voice, less what is their own. Immutable.
/// </summary>
/// <param name="SourceIds">The two sources, in order.</param>
/// <param name="Reason">Why they are taken to be dependent.</param>
/// <param name="Strength">How dependent they are, in [0, 1]: 1 counts the second as no voice of its own.</param>
/// <param name="Explanation">A one-line explanation.</param>
public sealed record SourceDependence(IReadOnlyList<string> SourceIds, DependenceReason Reason, double Strength, string Explanation)
{
    /// <inheritdoc />
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{string.Join(" ~ ", SourceIds)} ({Reason}, {Strength:0.00})");
}

/// <summary>Why two sources are taken to be dependent.</summary>
public enum DependenceReason
{
    /// <summary>They share long runs of the same words.</summary>
    SharedWording,

    /// <summary>They carry the same wire agency's copy.</summary>
    SharedWireOrigin,
}
