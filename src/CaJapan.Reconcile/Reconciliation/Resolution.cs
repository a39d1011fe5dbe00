using CaJapan.Reconcile.Claims;

namespace CaJapan.Reconcile.Reconciliation;

/// <summary>
/// The best-supported value of one fact (a subject's property), with the probability that it is right.
/// Immutable and thread-safe.
/// </summary>
public sealed record Resolution
{
    /// <summary>Gets the subject, such as <c>ca-japan-summit</c>.</summary>
    public required string Subject { get; init; }

    /// <summary>Gets the property, such as <c>date</c>.</summary>
    public required string Property { get; init; }

    /// <summary>Gets the chosen value, or <see langword="null"/> when the fact is contested with too little evidence to choose.</summary>
    public required ClaimValue? Value { get; init; }

    /// <summary>
    /// Gets the chosen value in the form the input gave it: the <see cref="Claim.ValueAsGiven"/> of the supporting
    /// claim with the lowest identifier whose value has the same <see cref="ClaimValue.Key"/>, or
    /// <see langword="null"/> when no such claim gave one (claims read from text) or no value was chosen.
    /// </summary>
    public string? ValueAsGiven { get; init; }

    /// <summary>Gets the probability that the chosen value is right.</summary>
    public required Score Confidence { get; init; }

    /// <summary>Gets the claims whose values are compatible with the chosen value, in order.</summary>
    public required IReadOnlyList<string> SupportingClaimIds { get; init; }

    /// <summary>Gets the claims whose values conflict with the chosen value, in order.</summary>
    public required IReadOnlyList<string> OpposingClaimIds { get; init; }

    /// <summary>Gets the time the chosen value holds as of, for a fact that changes over time such as a title.</summary>
    public DateValue? AsOf { get; init; }

    /// <summary>
    /// Gets every value judged right, each with its probability: the chosen value alone for a single-valued fact,
    /// and each value more likely right than not for a multi-valued one (the countries on a tour).
    /// </summary>
    public IReadOnlyList<ResolvedValue> Values { get; init; } = [];

    /// <summary>Gets whether any claim opposes the chosen value.</summary>
    public bool IsDisputed => OpposingClaimIds.Count > 0;

    /// <inheritdoc />
    public override string ToString()
        => $"{Subject}.{Property} = {Value?.Describe() ?? "unresolved"} ({Confidence})";
}

/// <summary>One value of a resolved fact, with the probability that it is right and the claims that support it. Immutable.</summary>
/// <param name="Value">The value.</param>
/// <param name="Probability">The probability that it is right.</param>
/// <param name="SupportingClaimIds">The claims that support it, in order.</param>
public sealed record ResolvedValue(ClaimValue Value, double Probability, IReadOnlyList<string> SupportingClaimIds)
{
    /// <inheritdoc />
    public override string ToString()
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Value.Describe()} ({Probability:0.00})");
}
