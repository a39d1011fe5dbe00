namespace CaJapan.Reconcile.Claims;

/// <summary>The status of an event. The date it holds as of is the claim's <see cref="Claim.AsOf"/>. Immutable and thread-safe.</summary>
/// <param name="Status">The status.</param>
public sealed record StatusValue(EventStatus Status) : ClaimValue
{
    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Status;

    /// <inheritdoc />
    public override double Specificity => 1.0;

    /// <inheritdoc />
    private protected override string BuildKey() => $"status:{Name}";

    /// <summary>Gets the status's lower-case name as used in reports: planned, held, cancelled or postponed.</summary>
    public string Name => Status.ToString().ToLowerInvariant();

    /// <inheritdoc />
    private protected override ValueRelation CompareSameKind(ClaimValue other)
        => ((StatusValue)other).Status == Status ? ValueRelation.Equal : ValueRelation.Conflicts;

    /// <inheritdoc />
    public override string Describe() => Name;
}
