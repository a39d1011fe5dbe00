using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Sources;
using NodaTime;

namespace CaJapan.Reconcile.Tests.Specifications;

/// <summary>
/// What the pack's knowledge rules out, on articles written for these specifications: a weekday that does not fall on
/// its date, an anniversary that does not fit the year, a place name not in use when the article was written. Each
/// check has a close article on which it must stay silent.
/// </summary>
public sealed class KnowledgeCheckSpecs
{
    private static readonly ReconcileEngine Engine = ReconcileEngine.Create();

    private static Task<ReconciliationResult> Reconcile(string text, LocalDate? published)
        => Engine.ReconcileAsync([new Source("a.txt", text) { Published = published }]);

    private static IEnumerable<Conflict> KnowledgeConflicts(ReconciliationResult result, string rule)
        => result.Conflicts.Where(c => c.Kind == ConflictKind.KnowledgeConflict && c.Rule == rule);

    // ---- weekday -------------------------------------------------------------------------------------------------

    [Fact]
    public async Task AWeekdayThatDoesNotFallOnTheDateIsRuledOut()
    {
        var result = await Reconcile(
            "Officials in Tashkent confirmed that the first Central Asia plus Japan summit will open in Tokyo on Saturday, December 19, 2025.",
            new LocalDate(2025, 11, 20));

        var date = result.Claims.Should().ContainSingle(c => c.Property == "date").Subject;
        date.StatedWeekday.Should().Be(IsoDayOfWeek.Saturday);
        var conflict = KnowledgeConflicts(result, "weekday").Should().ContainSingle().Subject;
        conflict.ClaimIds.Should().Equal(date.Id);
        conflict.Explanation.Should().Be("19 December 2025 is a Friday, not a Saturday.");
        conflict.Sides[1].Value.Should().Be("calendar");
        conflict.Confidence.Inputs.Should().Contain(i => i.Name == "knowledge" && i.Value == 0.85);
    }

    [Fact]
    public async Task TheRightWeekdayRaisesNoConflict()
    {
        var result = await Reconcile(
            "Officials in Tashkent confirmed that the first Central Asia plus Japan summit will open in Tokyo on Friday, December 19, 2025.",
            new LocalDate(2025, 11, 20));

        result.Claims.Should().ContainSingle(c => c.Property == "date").Which.StatedWeekday.Should().Be(IsoDayOfWeek.Friday);
        result.Conflicts.Should().NotContain(c => c.Kind == ConflictKind.KnowledgeConflict);
    }

    [Fact]
    public async Task AWeekdayThatChoosesTheYearOfADateWithoutOneIsNoMismatch()
    {
        // Written in December 2023 without a year: only in 2024 is August 9 a Friday, so the weekday picks the year.
        var result = await Reconcile(
            "Diplomats say the first Central Asia plus Japan summit is pencilled in for Friday, August 9, in the Kazakh capital.",
            new LocalDate(2023, 12, 1));

        result.Claims.Should().ContainSingle(c => c.Property == "date").Which.Value.Should().Be(DateValue.Day(new LocalDate(2024, 8, 9)));
        result.Conflicts.Should().NotContain(c => c.Kind == ConflictKind.KnowledgeConflict);
    }

    [Fact]
    public async Task AWeekdayInAnotherSentenceIsNotStatedWithTheDate()
    {
        var result = await Reconcile(
            "The first Central Asia plus Japan summit is set for August 9. Kishida leaves Tokyo on Thursday.",
            new LocalDate(2024, 8, 1));

        result.Claims.Should().ContainSingle(c => c.Property == "date").Which.StatedWeekday.Should().BeNull();
        result.Conflicts.Should().NotContain(c => c.Kind == ConflictKind.KnowledgeConflict);
    }

    [Fact]
    public void AStructuredClaimsWeekdayIsCheckedToo()
    {
        var claim = new Claim("s#1", "s", "ca-japan-summit", "date", DateValue.Day(new LocalDate(2023, 8, 9)), null, AssertionMode.Stated, 0.9)
        {
            StatedWeekday = IsoDayOfWeek.Friday,
            Observed = new LocalDate(2024, 1, 5),
        };

        var result = Engine.ReconcileClaims([claim]);

        KnowledgeConflicts(result, "weekday").Should().ContainSingle()
            .Which.Explanation.Should().Be("9 August 2023 was a Wednesday, not a Friday.");
    }

    [Fact]
    public void ARangeMayNameTheWeekdayOfEitherEnd()
    {
        var range = new DateValue(new LocalDate(2024, 8, 9), new LocalDate(2024, 8, 12), DatePrecision.DayRange);
        Claim RangeClaim(string id, IsoDayOfWeek weekday)
            => new(id, id, "kishida-central-asia-visit", "date", range, null, AssertionMode.Stated, 0.9) { StatedWeekday = weekday };

        var result = Engine.ReconcileClaims([RangeClaim("first", IsoDayOfWeek.Friday), RangeClaim("last", IsoDayOfWeek.Monday), RangeClaim("neither", IsoDayOfWeek.Tuesday)]);

        var conflict = KnowledgeConflicts(result, "weekday").Should().ContainSingle().Subject;
        conflict.ClaimIds.Should().Equal("neither");
        conflict.Explanation.Should().Be("Neither 9 August 2024 (a Friday) nor 12 August 2024 (a Monday) was a Tuesday.");
    }

    [Fact]
    public void AWeekdayRuledOutDateLosesTheVoteItWouldOtherwiseWin()
    {
        var day2023 = DateValue.Day(new LocalDate(2023, 8, 9));
        var day2024 = DateValue.Day(new LocalDate(2024, 8, 9));
        var sure = new Claim("x#1", "x", "ca-japan-summit", "date", day2023, null, AssertionMode.Stated, 0.95);
        var unsure = new Claim("y#1", "y", "ca-japan-summit", "date", day2024, null, AssertionMode.Stated, 0.6);

        var unchecked2023 = Engine.ReconcileClaims([sure, unsure]).Resolutions.Single(r => r.Property == "date");
        var ruledOut2023 = Engine.ReconcileClaims([sure with { StatedWeekday = IsoDayOfWeek.Friday }, unsure]).Resolutions.Single(r => r.Property == "date");

        unchecked2023.Value.Should().Be(day2023);
        ruledOut2023.Value.Should().NotBe(day2023);
        ruledOut2023.OpposingClaimIds.Should().Equal("x#1");
    }
}
