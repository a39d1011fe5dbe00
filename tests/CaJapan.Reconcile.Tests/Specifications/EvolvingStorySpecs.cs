using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Sources;
using NodaTime;

namespace CaJapan.Reconcile.Tests.Specifications;

/// <summary>
/// A report is true as of its publication date. These stories evolve (planned, postponed, held a year later
/// elsewhere), and a fact-checker expects the engine to tell news from contradiction.
/// </summary>
public sealed class EvolvingStorySpecs
{
    private static readonly ReconcileEngine Engine = ReconcileEngine.Create();

    private static Source Article(string id, string text, int year, int month, int day)
        => new(id, text) { Published = new LocalDate(year, month, day) };

    /// <summary>Planned for Astana in August 2024, postponed, then held in Almaty in June 2025.</summary>
    private static Task<ReconciliationResult> PostponedAndHeldElsewhere()
        => Engine.ReconcileAsync(
        [
            Article("plan.txt", "The first Central Asia plus Japan summit will be held in Astana on August 9, 2024.", 2024, 6, 1),
            Article("postponed.txt", "The first Central Asia plus Japan summit has been postponed.", 2024, 8, 8),
            Article("held.txt", "The first Central Asia plus Japan summit was held in Almaty on June 3, 2025.", 2025, 6, 4),
        ]);

    [Fact]
    public async Task AChangedPlanIsAnUpdateNotAContradiction()
    {
        var result = await PostponedAndHeldElsewhere();

        result.Conflicts.Should().NotContain(c => c.Subject == "ca-japan-summit", "each later report changed the plan; none contradicts another as of the same time");
        result.Updates.Should().Contain(u => u.Property == "date" && u.Kind == UpdateKind.Update && u.From == "9 August 2024" && u.To == "3 June 2025");
        result.Updates.Should().Contain(u => u.Property == "location" && u.Kind == UpdateKind.Update && u.FromClaimIds.All(id => id.StartsWith("plan.txt", StringComparison.Ordinal)));
        result.Updates.Should().Contain(u => u.Property == "status" && u.From == "postponed" && u.To == "held");
    }

    [Fact]
    public async Task TheBestReadingNowIsTheLatestReport()
    {
        var result = await PostponedAndHeldElsewhere();

        result.Resolutions.Single(r => r.Subject == "ca-japan-summit" && r.Property == "date").Value.Should().Be(DateValue.Day(new LocalDate(2025, 6, 3)));
        result.Resolutions.Single(r => r.Subject == "ca-japan-summit" && r.Property == "location").Value.Should().Be(new PlaceValue("Almaty", "KZ"));
    }

    [Fact]
    public async Task TheTimelineShowsWhatWasReportedWhenAndByWhom()
    {
        var result = await PostponedAndHeldElsewhere();

        var timeline = result.Timelines.Single(t => t.Subject == "ca-japan-summit" && t.Property == "date");
        timeline.Entries.Select(e => (e.SourceId, e.Role)).Should().Equal(("plan.txt", TimelineRole.Superseded), ("held.txt", TimelineRole.Agrees));
        timeline.Entries.Select(e => e.Observed).Should().Equal(new LocalDate(2024, 6, 1), new LocalDate(2025, 6, 4));
        timeline.Current.Should().Be(DateValue.Day(new LocalDate(2025, 6, 3)));
    }

    [Fact]
    public async Task ReportsAsOfTheSameTimeThatDisagreeAreAContradiction()
    {
        var result = await Engine.ReconcileAsync(
        [
            Article("a.txt", "The first Central Asia plus Japan summit will be held on August 9, 2024.", 2024, 8, 1),
            Article("b.txt", "The first Central Asia plus Japan summit will be held on August 10, 2024.", 2024, 8, 1),
        ]);

        result.Conflicts.Should().ContainSingle(c => c.Kind == ConflictKind.ValueConflict && c.Property == "date");
        result.Updates.Should().NotContain(u => u.Property == "date");
    }

    [Fact]
    public async Task AccountsOfAPastEventDoNotUpdateEachOther()
    {
        var result = await Engine.ReconcileAsync(
        [
            Article("first.txt", "The first Central Asia plus Japan summit was held on August 9, 2024.", 2024, 8, 10),
            Article("later.txt", "The first Central Asia plus Japan summit was held on August 12, 2024.", 2024, 9, 1),
        ]);

        result.Conflicts.Should().ContainSingle(c => c.Kind == ConflictKind.ValueConflict && c.Property == "date", "history does not change: both report the event after it happened");
    }

    [Fact]
    public async Task AMorePreciseDateIsARefinementNotAConflict()
    {
        var result = await Engine.ReconcileAsync(
        [
            Article("month.txt", "The first Central Asia plus Japan summit will be held in August 2024.", 2024, 6, 1),
            Article("day.txt", "The first Central Asia plus Japan summit will be held on August 9, 2024.", 2024, 7, 1),
        ]);

        result.Conflicts.Should().NotContain(c => c.Property == "date");
        var refinement = result.Updates.Should().ContainSingle(u => u.Property == "date").Subject;
        refinement.Kind.Should().Be(UpdateKind.Refinement);
        refinement.From.Should().Be("August 2024");
        refinement.To.Should().Be("9 August 2024");
        result.Timelines.Single(t => t.Property == "date").Entries.Single(e => e.SourceId == "month.txt").Role.Should().Be(TimelineRole.Refined);
    }

    [Fact]
    public async Task PostponedAndCancelledReportedAsOfTheSameDayAreASplit()
    {
        var result = await Engine.ReconcileAsync(
        [
            Article("a.txt", "The first Central Asia plus Japan summit has been postponed.", 2024, 8, 8),
            Article("b.txt", "The first Central Asia plus Japan summit has been cancelled.", 2024, 8, 8),
        ]);

        var conflict = result.Conflicts.Should().ContainSingle(c => c.Kind == ConflictKind.StatusContradiction).Subject;
        conflict.Sides.Select(s => s.Value).Should().BeEquivalentTo(["postponed", "cancelled"]);
        conflict.Explanation.Should().Contain("split");
        result.Updates.Should().NotContain(u => u.Property == "status" && u.From == "postponed" && u.To == "cancelled");
    }

    [Fact]
    public async Task PostponedThenLaterCancelledIsAnUpdate()
    {
        var result = await Engine.ReconcileAsync(
        [
            Article("a.txt", "The first Central Asia plus Japan summit has been postponed.", 2024, 8, 8),
            Article("b.txt", "The first Central Asia plus Japan summit has been cancelled.", 2024, 11, 20),
        ]);

        result.Conflicts.Should().NotContain(c => c.Kind == ConflictKind.StatusContradiction);
        result.Updates.Should().ContainSingle(u => u.Property == "status" && u.From == "postponed" && u.To == "cancelled");
        result.Resolutions.Single(r => r.Property == "status").Value.Should().Be(new StatusValue(EventStatus.Cancelled));
    }

    [Fact]
    public async Task AnOfficeItsHolderNoLongerHeldIsAnAnachronism()
    {
        var result = await Engine.ReconcileAsync(
        [
            Article("a.txt", "Prime Minister Fumio Kishida attended the first Central Asia plus Japan summit on August 9, 2025.", 2025, 8, 10),
        ]);

        var conflict = result.Conflicts.Should().ContainSingle(c => c.Kind == ConflictKind.KnowledgeConflict && c.Subject == "fumio-kishida").Subject;
        conflict.Explanation.Should().Contain("Shigeru Ishiba");
        result.Timelines.Single(t => t.Subject == "fumio-kishida").Entries.Should().ContainSingle().Which.Role.Should().Be(TimelineRole.RuledOut);
    }

    private static Claim Given(string source, string property, ClaimValue value, int month, int day, int? year = null)
        => new($"{source}#{property}", source, "ca-japan-summit", property, value, null, AssertionMode.Stated, 0.9) { Observed = new LocalDate(year ?? 2024, month, day) };

    [Fact]
    public void AnAmountChangedBeforeTheEventIsAnUpdateEvenThoughItsPropertyIsJudgedBeforeTheDateAlphabetically()
    {
        var august9 = DateValue.Day(new LocalDate(2024, 8, 9));
        var result = Engine.ReconcileClaims(
        [
            Given("a", "date", august9, 7, 1),
            Given("b", "date", august9, 8, 5),
            Given("a", "aidAmount", MoneyValue.Exact(1_000_000_000m, "USD"), 7, 1),
            Given("b", "aidAmount", MoneyValue.Exact(2_000_000_000m, "USD"), 8, 5),
        ]);

        result.Conflicts.Should().NotContain(c => c.Property == "aidAmount");
        result.Updates.Should().ContainSingle(u => u.Property == "aidAmount" && u.Kind == UpdateKind.Update);
        result.Resolutions.Single(r => r.Property == "aidAmount").Value.Should().Be(MoneyValue.Exact(2_000_000_000m, "USD"));
    }

    [Fact]
    public void PostponedAgainstAnUndatedCancellationIsASplit()
    {
        var result = Engine.ReconcileClaims(
        [
            Given("a", "status", new StatusValue(EventStatus.Postponed), 8, 8),
            new Claim("b#status", "b", "ca-japan-summit", "status", new StatusValue(EventStatus.Cancelled), null, AssertionMode.Stated, 0.9),
            Given("c", "date", DateValue.Day(new LocalDate(2024, 8, 9)), 7, 1),
        ]);

        result.Conflicts.Should().ContainSingle(c => c.Kind == ConflictKind.StatusContradiction).Which.Explanation.Should().Contain("split");
    }

    [Fact]
    public void AnEventPlannedAgainAfterAPostponementIsPlanned()
    {
        var result = Engine.ReconcileClaims(
        [
            Given("a", "status", new StatusValue(EventStatus.Planned), 6, 1),
            Given("b", "status", new StatusValue(EventStatus.Postponed), 7, 1),
            Given("c", "status", new StatusValue(EventStatus.Planned), 8, 1),
        ]);

        result.Resolutions.Single(r => r.Property == "status").Value.Should().Be(new StatusValue(EventStatus.Planned));
        result.Updates.Should().ContainSingle(u => u.From == "postponed" && u.To == "planned");
        result.Conflicts.Should().BeEmpty();
    }

    [Fact]
    public async Task AsOfADayTheReportShowsWhatWasKnownThen()
    {
        var engine = ReconcileEngine.Create(new ReconcileOptions { AsOf = new LocalDate(2024, 7, 1) });

        var result = await engine.ReconcileAsync(
        [
            Article("plan.txt", "The first Central Asia plus Japan summit will be held in Astana on August 9, 2024.", 2024, 6, 1),
            Article("held.txt", "The first Central Asia plus Japan summit was held in Almaty on June 3, 2025.", 2025, 6, 4),
        ]);

        result.Claims.Should().NotContain(c => c.SourceId == "held.txt");
        result.Resolutions.Single(r => r.Subject == "ca-japan-summit" && r.Property == "date").Value.Should().Be(DateValue.Day(new LocalDate(2024, 8, 9)));
    }
}
