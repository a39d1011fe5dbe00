using System.Globalization;

namespace CaJapan.Reconcile.Claims;

/// <summary>A plain number, such as a count or a measurement without a unit: equal or conflicting. Immutable and thread-safe.</summary>
/// <remarks>
/// Numbers are equal when their values are equal, whatever their written scale: 1250.5, 1250.50 and 1.2505e3 are one
/// value. There is no tolerance: 1250.5 and 1250.49 conflict.
/// </remarks>
public sealed record NumberValue : ClaimValue
{
    /// <summary>Initializes a new instance of the <see cref="NumberValue"/> class.</summary>
    /// <param name="value">The number.</param>
    public NumberValue(decimal value)
    {
        // Dividing by one with 28 zeros drops trailing zeros, so 1250.50 is kept, written and keyed as 1250.5; and
        // zero has one sign.
        Value = value == 0m ? 0m : value / 1.0000000000000000000000000000m;
    }

    /// <summary>Gets the number, without trailing zeros after the decimal point.</summary>
    public decimal Value { get; }

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Number;

    /// <inheritdoc />
    public override double Specificity => 1.0;

    /// <inheritdoc />
    private protected override string BuildKey() => $"number:{Describe()}";

    /// <inheritdoc />
    private protected override ValueRelation CompareSameKind(ClaimValue other)
        => ((NumberValue)other).Value == Value ? ValueRelation.Equal : ValueRelation.Conflicts;

    /// <summary>Gets the number in invariant digits, such as <c>1250.5</c> or <c>-3</c>.</summary>
    /// <returns>The description.</returns>
    public override string Describe() => Value.ToString(CultureInfo.InvariantCulture);
}
