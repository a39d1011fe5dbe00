using CaJapan.Reconcile.Claims;
using NodaTime;

namespace CaJapan.Reconcile.Tests.Specifications;

/// <summary>A resolution carries its chosen value in the form the input gave it.</summary>
public sealed class ValueAsGivenSpecs
{
    private static readonly ReconcileEngine Engine = ReconcileEngine.Create();

    private static Claim Given(string id, string source, ClaimValue value, string asGiven)
        => new(id, source, "summit", "date", value, null, AssertionMode.Stated, 1) { ValueAsGiven = asGiven };

    [Fact]
    public void TheValueAsGivenComesFromTheLowestIdentifiedSupportingClaimWithTheChosenValue()
    {
        var day = DateValue.Day(new LocalDate(2024, 8, 9));
        var result = Engine.ReconcileClaims(
        [
            Given("c#1", "c", day, "9 August 2024"),
            Given("b#1", "b", day, "2024-08-09"),
            Given("a#1", "a", DateValue.Month(2024, 8), "August 2024"),
        ]);

        var resolution = result.Resolutions.Should().ContainSingle().Subject;
        resolution.Value.Should().Be(day);
        resolution.SupportingClaimIds.Should().Equal("a#1", "b#1", "c#1");
        resolution.ValueAsGiven.Should().Be("2024-08-09", "a#1 supports the day but gave the month, so b#1 is the lowest with the chosen value");
    }

    [Fact]
    public void AnUnresolvedFactHasNoValueAsGiven()
    {
        var result = Engine.ReconcileClaims(
        [
            Given("a#1", "a", DateValue.Day(new LocalDate(2024, 8, 9)), "2024-08-09") with { Confidence = 0.3 },
            Given("b#1", "b", DateValue.Day(new LocalDate(2023, 8, 9)), "2023-08-09") with { Confidence = 0.3 },
        ]);

        var resolution = result.Resolutions.Should().ContainSingle().Subject;
        resolution.Value.Should().BeNull();
        resolution.ValueAsGiven.Should().BeNull();
    }

    [Fact]
    public void ClaimsWithoutAnAsGivenFormLeaveTheResolutionWithout()
    {
        var result = Engine.ReconcileClaims([new Claim("a#1", "a", "summit", "date", DateValue.Month(2024, 8), null, AssertionMode.Stated, 1)]);

        result.Resolutions.Single().ValueAsGiven.Should().BeNull();
    }
}
