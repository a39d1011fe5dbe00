using CaJapan.Reconcile.Claims;

namespace CaJapan.Reconcile.Tests.Claims;

/// <summary>Plain numbers: equal when their values are equal, otherwise in conflict.</summary>
public sealed class NumberValueTests
{
    [Fact]
    public void NumbersWrittenWithDifferentScalesAreEqual()
    {
        var a = new NumberValue(1250.50m);
        var b = new NumberValue(1250.5m);

        a.Compare(b).Should().Be(ValueRelation.Equal);
        a.Key.Should().Be(b.Key).And.Be("number:1250.5");
        a.Should().Be(b);
    }

    [Fact]
    public void DifferentNumbersConflictWithoutTolerance()
        => new NumberValue(1250.5m).Compare(new NumberValue(1250.49m)).Should().Be(ValueRelation.Conflicts);

    [Fact]
    public void ANumberIsOfKindNumber()
        => new NumberValue(3).Kind.Should().Be(ValueKind.Number);

    [Theory]
    [InlineData("1250.50", "1250.5")]
    [InlineData("-3", "-3")]
    [InlineData("0.000", "0")]
    [InlineData("-0.0", "0")]
    [InlineData("1000000", "1000000")]
    public void ANumberIsDescribedInInvariantDigitsWithoutTrailingZeros(string given, string described)
        => new NumberValue(decimal.Parse(given, System.Globalization.CultureInfo.InvariantCulture)).Describe().Should().Be(described);
}
