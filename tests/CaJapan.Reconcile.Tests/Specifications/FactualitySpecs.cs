using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Sources;
using NodaTime;

namespace CaJapan.Reconcile.Tests.Specifications;

/// <summary>
/// Each claim records how its source asserts it, on the axes of the FactBank event-factuality scheme: polarity,
/// certainty and attribution, summarised as a mode; and the extraction's confidence moves with them.
/// </summary>
public sealed class FactualitySpecs
{
    private static readonly ReconcileEngine Engine = ReconcileEngine.Create();
    private static readonly LocalDate Published = new(2024, 8, 8);

    private static async Task<Claim> StatusOf(string text)
    {
        var claims = (await Engine.ReconcileAsync([new Source("a.txt", text) { Published = Published }])).Claims;
        return claims.Should().ContainSingle(c => c.Subject == "ca-japan-summit" && c.Property == "status").Subject;
    }

    [Theory]
    [InlineData("The first Central Asia plus Japan summit did not take place.", EventStatus.Held)]
    [InlineData("The first Central Asia plus Japan summit was never held.", EventStatus.Held)]
    [InlineData("The government denied reports that the first Central Asia plus Japan summit had been cancelled.", EventStatus.Cancelled)]
    public async Task A_negated_or_denied_status_is_negative_and_certain(string text, EventStatus status)
    {
        var claim = await StatusOf(text);

        claim.Value.Should().Be(new StatusValue(status));
        claim.Polarity.Should().Be(Polarity.Negative);
        claim.Certainty.Should().Be(Certainty.Certain);
        claim.Mode.Should().Be(AssertionMode.Negated);
    }

    [Fact]
    public async Task A_modal_makes_a_status_possible()
    {
        var claim = await StatusOf("The first Central Asia plus Japan summit may be held in Astana.");

        claim.Value.Should().Be(new StatusValue(EventStatus.Planned));
        claim.Certainty.Should().Be(Certainty.Possible);
        claim.Polarity.Should().Be(Polarity.Positive);
        claim.Mode.Should().Be(AssertionMode.Hedged);
    }

    [Fact]
    public async Task Likely_makes_a_status_probable()
    {
        var claim = await StatusOf("The first Central Asia plus Japan summit is likely to be postponed.");

        claim.Value.Should().Be(new StatusValue(EventStatus.Postponed));
        claim.Certainty.Should().Be(Certainty.Probable);
    }

    [Fact]
    public async Task A_possible_negation_keeps_both_axes()
    {
        var claim = await StatusOf("The first Central Asia plus Japan summit may not take place at all.");

        claim.Certainty.Should().Be(Certainty.Possible);
        claim.Polarity.Should().Be(Polarity.Negative);
        claim.Mode.Should().Be(AssertionMode.Negated);
    }

    [Fact]
    public async Task Reported_speech_is_attributed_but_still_certain()
    {
        var claim = await StatusOf("The first Central Asia plus Japan summit was called off, officials said.");

        claim.Value.Should().Be(new StatusValue(EventStatus.Cancelled));
        claim.Attributed.Should().BeTrue();
        claim.Certainty.Should().Be(Certainty.Certain);
        claim.Mode.Should().Be(AssertionMode.Reported);
    }

    [Fact]
    public async Task Confidence_falls_from_certain_to_probable_to_possible_and_with_attribution()
    {
        var certain = await StatusOf("The first Central Asia plus Japan summit was postponed.");
        var attributed = await StatusOf("The first Central Asia plus Japan summit was postponed, officials said.");
        var probable = await StatusOf("The first Central Asia plus Japan summit was reportedly postponed.");
        var possible = await StatusOf("The first Central Asia plus Japan summit could be postponed.");

        certain.Confidence.Should().BeGreaterThan(attributed.Confidence);
        attributed.Confidence.Should().BeGreaterThan(probable.Confidence);
        probable.Confidence.Should().BeGreaterThan(possible.Confidence);
    }

    [Fact]
    public async Task A_value_far_from_the_event_it_attaches_to_is_less_certain_than_one_beside_it()
    {
        var near = await DateOf("The first Central Asia plus Japan summit on August 9 drew wide attention from regional media.");
        var far = await DateOf("The first Central Asia plus Japan summit drew wide attention from regional media and observers on August 9.");

        near.Value.Should().Be(far.Value);
        near.Confidence.Should().BeGreaterThan(far.Confidence);
    }

    private static async Task<Claim> DateOf(string text)
    {
        var claims = (await Engine.ReconcileAsync([new Source("a.txt", text) { Published = Published }])).Claims;
        return claims.Should().ContainSingle(c => c.Subject == "ca-japan-summit" && c.Property == "date").Subject;
    }
}
