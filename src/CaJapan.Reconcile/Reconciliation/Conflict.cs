namespace CaJapan.Reconcile.Reconciliation;

/// <summary>
/// A disagreement the rules found: the claims on each side, how sure the engine is that the disagreement is real,
/// and a one-line explanation. Immutable and thread-safe.
/// </summary>
public sealed record Conflict
{
    /// <summary>Gets the conflict's identifier, stable for the same input (<c>C1</c>, <c>C2</c>, ... in report order).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the kind of conflict.</summary>
    public required ConflictKind Kind { get; init; }

    /// <summary>Gets the name of the rule that found it.</summary>
    public required string Rule { get; init; }

    /// <summary>Gets the subject, such as <c>ca-japan-summit</c>.</summary>
    public required string Subject { get; init; }

    /// <summary>Gets the property, such as <c>date</c>.</summary>
    public required string Property { get; init; }

    /// <summary>Gets the sides of the conflict: each a set of claims that agree with each other and not with the other sides.</summary>
    public required IReadOnlyList<ConflictSide> Sides { get; init; }

    /// <summary>Gets the probability that the sources really disagree, rather than the extraction having slipped.</summary>
    public required Score Confidence { get; init; }

    /// <summary>Gets a one-line explanation in plain language.</summary>
    public required string Explanation { get; init; }

    /// <summary>Gets the identifiers of every claim in the conflict, in order.</summary>
    public IReadOnlyList<string> ClaimIds => [.. Sides.SelectMany(s => s.ClaimIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>Gets the identifiers of every source in the conflict, in order.</summary>
    public IReadOnlyList<string> SourceIds => [.. Sides.SelectMany(s => s.SourceIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Kind} {Subject}.{Property} ({Confidence}): {Explanation}";
}

/// <summary>One side of a <see cref="Conflict"/>: a value and the claims that give it. Immutable.</summary>
/// <param name="Value">A plain-language description of the value this side gives.</param>
/// <param name="ClaimIds">The claims on this side, in order.</param>
/// <param name="SourceIds">The sources of those claims, in order.</param>
public sealed record ConflictSide(string Value, IReadOnlyList<string> ClaimIds, IReadOnlyList<string> SourceIds)
{
    /// <inheritdoc />
    public override string ToString() => $"{Value} ({string.Join(", ", SourceIds)})";
}
