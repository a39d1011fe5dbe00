using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Reconciliation;
using NodaTime;

namespace CaJapan.Reconcile.Tests.Specifications;

/// <summary>Each input to a score moves it the way docs/confidence.md says it must.</summary>
public sealed class ConfidenceSpecs
{
    private static readonly ReconcileEngine Engine = ReconcileEngine.Create();
    private static readonly DateValue August9 = DateValue.Day(new LocalDate(2024, 8, 9));
    private static readonly DateValue August9Of2023 = DateValue.Day(new LocalDate(2023, 8, 9));

    private static Claim DateClaim(string source, DateValue value, double confidence = 0.9)
        => new($"{source}#1", source, "ca-japan-summit", "date", value, null, AssertionMode.Stated, confidence);

    private static Resolution DateResolution(params Claim[] claims)
        => Engine.ReconcileClaims(claims).Resolutions.Single(r => r.Property == "date");

    [Fact]
    public void AnAddedIndependentAgreeingSourceRaisesTheConfidence()
    {
        var one = DateResolution(DateClaim("a", August9), DateClaim("x", August9Of2023));
        var two = DateResolution(DateClaim("a", August9), DateClaim("b", August9), DateClaim("x", August9Of2023));

        two.Confidence.Value.Should().BeGreaterThan(one.Confidence.Value);
    }

    [Fact]
    public void ASingleSourceGetsAModerateScoreNotCertainty()
    {
        var single = DateResolution(DateClaim("a", August9));

        single.Confidence.Value.Should().BeInRange(0.5, 0.8);
    }

    [Fact]
    public void ARepeatedClaimInOneSourceIsNotCorroboration()
    {
        var once = DateResolution(DateClaim("a", August9));
        var twice = DateResolution(DateClaim("a", August9), DateClaim("a", August9) with { Id = "a#2" });

        twice.Confidence.Value.Should().Be(once.Confidence.Value);
    }

    [Fact]
    public void HigherOutletTrustRaisesTheConfidence()
    {
        var sources = new[] { new Sources.Source("a", "text") { Outlet = "Wire" } };
        var options = new ReconcileOptions();
        options.OutletTrust["Wire"] = 0.95;

        var plain = Engine.ReconcileClaims([DateClaim("a", August9)], sources).Resolutions.Single();
        var trusted = ReconcileEngine.Create(options).ReconcileClaims([DateClaim("a", August9)], sources).Resolutions.Single();

        trusted.Confidence.Value.Should().BeGreaterThan(plain.Confidence.Value);
        trusted.Confidence.Inputs.Should().Contain(i => i.Name == "trust:a" && i.Value == 0.95);
    }

    [Fact]
    public void SurerExtractionOnBothSidesRaisesTheConflictConfidence()
    {
        static double ConflictScore(double confidence)
            => Engine.ReconcileClaims([DateClaim("a", August9, confidence), DateClaim("b", August9Of2023, confidence)])
                .Conflicts.Single().Confidence.Value;

        ConflictScore(0.9).Should().BeGreaterThan(ConflictScore(0.5));
    }

    [Fact]
    public void CompatibleValuesOfDifferentPrecisionDoNotConflict()
    {
        var result = Engine.ReconcileClaims([DateClaim("a", August9), DateClaim("b", DateValue.Month(2024, 8))]);

        result.Conflicts.Should().BeEmpty();
        result.Resolutions.Single().Value.Should().Be(August9);
    }

    [Fact]
    public void CompatibilityIsSymmetric()
    {
        ClaimValue[] values = [August9, August9Of2023, DateValue.Month(2024, 8), new PlaceValue("Astana", "KZ"), new PlaceValue(null, "KZ"), MoneyValue.Exact(2e9m, "USD"), new MoneyValue(1e9m, 3e9m, "USD")];

        foreach (var a in values)
        {
            foreach (var b in values)
            {
                a.Compare(b).IsCompatible().Should().Be(b.Compare(a).IsCompatible(), $"{a} and {b}");
            }
        }
    }

    [Fact]
    public void ATooWeaklySupportedContestedFactIsUnresolvedRatherThanGuessed()
    {
        var resolution = DateResolution(DateClaim("a", August9, 0.3), DateClaim("b", August9Of2023, 0.3));

        resolution.Value.Should().BeNull();
    }
}
