using System.Globalization;

namespace CaJapan.Reconcile.Claims;

/// <summary>
/// An amount of money, or a range of amounts, in one ISO 4217 currency. Immutable and thread-safe.
/// </summary>
public sealed record MoneyValue : ClaimValue
{
    /// <summary>Initializes a new instance of the <see cref="MoneyValue"/> class.</summary>
    /// <param name="min">The smallest amount.</param>
    /// <param name="max">The largest amount; equal to <paramref name="min"/> for an exact amount.</param>
    /// <param name="currency">The ISO 4217 currency code, such as <c>USD</c>.</param>
    /// <exception cref="ArgumentException">The range is inverted or the currency is not a three-letter code.</exception>
    public MoneyValue(decimal min, decimal max, string currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        if (max < min)
        {
            throw new ArgumentException($"The maximum {max.ToString(CultureInfo.InvariantCulture)} is below the minimum {min.ToString(CultureInfo.InvariantCulture)}.", nameof(max));
        }

        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException($"'{currency}' is not an ISO 4217 currency code such as USD or JPY.", nameof(currency));
        }

        Min = min;
        Max = max;
        Currency = currency;
    }

    /// <summary>Gets the smallest amount.</summary>
    public decimal Min { get; }

    /// <summary>Gets the largest amount.</summary>
    public decimal Max { get; }

    /// <summary>Gets the ISO 4217 currency code.</summary>
    public string Currency { get; }

    /// <summary>Gets whether the value is an exact amount rather than a range.</summary>
    public bool IsExact => Min == Max;

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Money;

    /// <inheritdoc />
    public override double Specificity => IsExact ? 1.0 : (double)(Min / Max);

    /// <inheritdoc />
    private protected override string BuildKey() => $"money:{Currency}:{Min.ToString(CultureInfo.InvariantCulture)}/{Max.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Creates an exact amount.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currency">The ISO 4217 currency code.</param>
    /// <returns>The value.</returns>
    public static MoneyValue Exact(decimal amount, string currency) => new(amount, amount, currency);

    /// <inheritdoc />
    private protected override ValueRelation CompareSameKind(ClaimValue other)
    {
        var that = (MoneyValue)other;
        if (that.Currency != Currency)
        {
            return ValueRelation.Incomparable;
        }

        if (Min == that.Min && Max == that.Max)
        {
            return ValueRelation.Equal;
        }

        if (Min >= that.Min && Max <= that.Max)
        {
            return ValueRelation.Refines;
        }

        if (that.Min >= Min && that.Max <= Max)
        {
            return ValueRelation.Generalises;
        }

        return Min <= that.Max && that.Min <= Max ? ValueRelation.Overlaps : ValueRelation.Conflicts;
    }

    /// <inheritdoc />
    public override string Describe()
        => IsExact ? Format(Min) : $"{Format(Min)} to {Format(Max)}";

    private string Format(decimal amount)
    {
        var inv = CultureInfo.InvariantCulture;
        var (scaled, word) = amount switch
        {
            >= 1_000_000_000_000m => (amount / 1_000_000_000_000m, " trillion"),
            >= 1_000_000_000m => (amount / 1_000_000_000m, " billion"),
            >= 1_000_000m => (amount / 1_000_000m, " million"),
            _ => (amount, string.Empty),
        };
        return $"{Currency} {scaled.ToString("0.###", inv)}{word}";
    }
}
