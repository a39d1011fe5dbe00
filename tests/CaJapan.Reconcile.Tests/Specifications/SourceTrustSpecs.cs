using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Sources;
using NodaTime;

namespace CaJapan.Reconcile.Tests.Specifications;

/// <summary>
/// Trust is learned from agreement across the corpus, copies are not corroboration, and values that partly agree
/// support each other: what a fact-checker expects of the scores.
/// </summary>
public sealed class SourceTrustSpecs
{
    private static readonly ReconcileEngine Engine = ReconcileEngine.Create();

    private static Claim Date(string source, string subject, int day, double confidence = 0.9)
        => new($"{source}#{subject}", source, subject, "date", DateValue.Day(new LocalDate(2024, 8, day)), null, AssertionMode.Stated, confidence);

    private static Claim Place(string source, PlaceValue place, string subject = "ca-japan-summit")
        => new($"{source}#{subject}.location", source, subject, "location", place, null, AssertionMode.Stated, 0.9);

    /// <summary>Five events; sources a, b and c agree on each, and "odd" gives another day for every one.</summary>
    private static List<Claim> OneSourceAlwaysDisagrees()
        => [.. Enumerable.Range(1, 5).SelectMany(i => new[]
        {
            Date("a", $"event-{i}", i), Date("b", $"event-{i}", i), Date("c", $"event-{i}", i), Date("odd", $"event-{i}", i + 10),
        })];

    [Fact]
    public void ASourceTheOthersBearOutGainsTrustAndOneTheyContradictLosesIt()
    {
        var result = Engine.ReconcileClaims(OneSourceAlwaysDisagrees());

        result.SourceTrust["a"].Should().BeGreaterThan(0.7);
        result.SourceTrust["odd"].Should().BeLessThan(0.7);
        var odd = result.TrustEstimates.Single(e => e.SourceId == "odd");
        odd.Prior.Should().Be(0.7);
        odd.PriorFrom.Should().Be("default");
        odd.ContestedFacts.Should().Be(5);
        odd.Agreement.Should().BeLessThan(0.5);
    }

    [Fact]
    public void LearnedTrustMakesTheMajorityMoreCertainThanPriorsAlone()
    {
        var options = new ReconcileOptions { LearnSourceTrust = false };
        var fixedTrust = ReconcileEngine.Create(options).ReconcileClaims(OneSourceAlwaysDisagrees());
        var learned = Engine.ReconcileClaims(OneSourceAlwaysDisagrees());

        fixedTrust.SourceTrust.Values.Should().AllSatisfy(t => t.Should().Be(0.7));
        learned.Resolutions[0].Confidence.Value.Should().BeGreaterThan(fixedTrust.Resolutions[0].Confidence.Value);
    }

    [Fact]
    public void AnOutletPriorCanBeGivenByTheDomainOfTheSourcesUrl()
    {
        var options = new ReconcileOptions { LearnSourceTrust = false };
        options.OutletTrust["example-wire.com"] = 0.9;
        Source[] sources = [new("a", "text") { Url = new Uri("https://www.example-wire.com/story") }];

        var result = ReconcileEngine.Create(options).ReconcileClaims([Date("a", "ca-japan-summit", 9)], sources);

        result.SourceTrust["a"].Should().Be(0.9);
        result.TrustEstimates.Single().PriorFrom.Should().Be("domain:example-wire.com");
    }

    [Fact]
    public void ACopyCountsAsOneVoiceWithItsOriginal()
    {
        const string Story = "Leaders of Japan and five Central Asian states met in the Kazakh capital for a first summit at which the prime minister pledged new investment and the ministers signed a joint statement on logistics and energy.";
        Source[] copied = [new("original", Story), new("copy", Story), new("rival", "A different account written by other hands altogether.")];
        Source[] independent = [new("original", Story), new("copy", "An independent report by another newsroom with wording of its own about the meeting."), new("rival", "A different account written by other hands altogether.")];
        Claim[] claims = [Date("original", "ca-japan-summit", 9), Date("copy", "ca-japan-summit", 9), Date("rival", "ca-japan-summit", 10)];

        var withCopy = Engine.ReconcileClaims(claims, copied);
        var withIndependent = Engine.ReconcileClaims(claims, independent);

        var dependence = withCopy.Dependencies.Should().ContainSingle().Subject;
        dependence.SourceIds.Should().Equal("copy", "original");
        dependence.Reason.Should().Be(DependenceReason.SharedWording);
        dependence.Strength.Should().Be(1);
        withIndependent.Dependencies.Should().BeEmpty();
        withCopy.Resolutions.Single().Confidence.Value.Should().BeLessThan(withIndependent.Resolutions.Single().Confidence.Value);
        withCopy.Resolutions.Single().Confidence.Inputs.Should().Contain(i => i.Name.StartsWith("independence:", StringComparison.Ordinal) && i.Value == 0);
    }

    [Fact]
    public void TwoArticlesCarryingOneWiresCopyAreOneVoice()
    {
        Source[] sources = [new("a", "One text.") { WireOrigin = "Reuters" }, new("b", "Another text.") { WireOrigin = "reuters" }, new("c", "A third.")];
        Claim[] claims = [Date("a", "ca-japan-summit", 9), Date("b", "ca-japan-summit", 9), Date("c", "ca-japan-summit", 10)];

        var result = Engine.ReconcileClaims(claims, sources);

        result.Dependencies.Should().ContainSingle(d => d.Reason == DependenceReason.SharedWireOrigin).Which.Explanation.Should().Contain("Reuters");
        result.Resolutions.Single().Confidence.Inputs.Single(i => i.Name == "corroboration").Value.Should().Be(1);
    }

    [Fact]
    public void ACountryGivesPartOfItsVoteToACityWithinIt()
    {
        var astana = new PlaceValue("Astana", "KZ");
        var almaty = new PlaceValue("Almaty", "KZ");
        var kazakhstan = new PlaceValue(null, "KZ");

        var without = Engine.ReconcileClaims([Place("a", astana), Place("b", almaty), Place("d", astana)]);
        var with = Engine.ReconcileClaims([Place("a", astana), Place("b", almaty), Place("c", kazakhstan), Place("d", astana)]);

        var resolution = with.Resolutions.Single();
        resolution.Value.Should().Be(astana);
        resolution.Confidence.Inputs.Should().Contain(i => i.Name == "partial:c" && i.Value == 0.5, "Kazakhstan is compatible with both cities, so it gives each half its vote");
        resolution.Confidence.Inputs.Single(i => i.Name == "corroboration").Value.Should().Be(2, "only whole votes count as corroboration");
        resolution.Confidence.Value.Should().BeGreaterThan(without.Resolutions.Single().Confidence.Value);
    }

    [Fact]
    public void AmountsInDifferentCurrenciesAgreeAtTheDaysRate()
    {
        Claim Money(string source, decimal amount, string currency)
            => new($"{source}#1", source, "ca-japan-summit", "aidAmount", MoneyValue.Exact(amount, currency), null, AssertionMode.Stated, 0.9) { Observed = new LocalDate(2024, 8, 9) };

        var near = Engine.ReconcileClaims([Money("a", 2_000_000_000m, "USD"), Money("b", 300_000_000_000m, "JPY")]);
        var far = Engine.ReconcileClaims([Money("a", 2_000_000_000m, "USD"), Money("b", 30_000_000_000m, "JPY")]);

        near.Conflicts.Should().BeEmpty("300 billion yen is about 2.04 billion dollars at 147 yen to the dollar");
        near.Resolutions.Single().Confidence.Inputs.Single(i => i.Name == "corroboration").Value.Should().Be(2);
        far.Conflicts.Should().ContainSingle(c => c.Kind == ConflictKind.ValueConflict);
    }

    [Fact]
    public void AMultiValuedPropertyKeepsEveryWellSupportedValueWithoutConflict()
    {
        var options = new ReconcileOptions();
        options.MultiValuedProperties.Add("countries");
        Claim Country(string source, string code) => new($"{source}#{code}", source, "tour", "countries", new PlaceValue(null, code), null, AssertionMode.Stated, 0.9);

        var result = ReconcileEngine.Create(options).ReconcileClaims([Country("a", "KZ"), Country("a", "UZ"), Country("b", "KZ"), Country("c", "TM")]);

        result.Conflicts.Should().BeEmpty();
        var resolution = result.Resolutions.Should().ContainSingle().Subject;
        resolution.Values.Select(v => ((PlaceValue)v.Value).Country).Should().Equal("KZ", "TM", "UZ");
        resolution.Values[0].Probability.Should().BeGreaterThan(resolution.Values[1].Probability, "two sources name Kazakhstan, one each the others");
    }

    [Fact]
    public void AValueOfAMultiValuedPropertyLessLikelyRightThanWrongIsNotKept()
    {
        var options = new ReconcileOptions();
        options.MultiValuedProperties.Add("countries");

        var result = ReconcileEngine.Create(options).ReconcileClaims(
        [
            new("a#KZ", "a", "tour", "countries", new PlaceValue(null, "KZ"), null, AssertionMode.Stated, 0.9),
            new("b#MN", "b", "tour", "countries", new PlaceValue(null, "MN"), null, AssertionMode.Stated, 0.2),
        ]);

        result.Resolutions.Single().Values.Select(v => ((PlaceValue)v.Value).Country).Should().Equal("KZ");
    }

    [Fact]
    public void AnEvenSplitWithTooLittleEvidenceIsUnresolvedNotGuessed()
    {
        var result = Engine.ReconcileClaims([Date("a", "ca-japan-summit", 9), Date("b", "ca-japan-summit", 10)]);

        var resolution = result.Resolutions.Single();
        resolution.Value.Should().BeNull();
        resolution.Values.Should().BeEmpty();
        resolution.Confidence.Value.Should().BeLessThan(0.5);
    }

    [Fact]
    public void EveryResolutionScoreListsTheInputsThatProducedIt()
    {
        var result = Engine.ReconcileClaims(OneSourceAlwaysDisagrees());

        var inputs = result.Resolutions[0].Confidence.Inputs.Select(i => i.Name).ToList();
        inputs.Should().Contain(["prior:a", "trust:a", "vote:a", "corroboration", "opposition", "alternatives", "probability"]);
    }
}
