namespace CaJapan.Reconcile.Claims;

/// <summary>
/// An office held by the claim's subject, such as Japan's prime minister. The date it holds as of is the claim's
/// <see cref="Claim.AsOf"/>. Immutable and thread-safe.
/// </summary>
/// <param name="Office">The office's identifier from the domain pack, such as <c>prime-minister</c>.</param>
/// <param name="Country">The ISO 3166-1 alpha-2 code of the country whose office it is.</param>
public sealed record TitleValue(string Office, string Country) : ClaimValue
{
    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Title;

    /// <inheritdoc />
    public override double Specificity => 1.0;

    /// <inheritdoc />
    private protected override string BuildKey() => $"title:{Country}:{Office}";

    /// <inheritdoc />
    private protected override ValueRelation CompareSameKind(ClaimValue other)
    {
        var that = (TitleValue)other;
        return that.Office == Office && that.Country == Country ? ValueRelation.Equal : ValueRelation.Conflicts;
    }

    /// <inheritdoc />
    public override string Describe() => $"{Office} ({Country})";
}
