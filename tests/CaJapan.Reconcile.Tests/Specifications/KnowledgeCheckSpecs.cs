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

    // ---- anniversary ---------------------------------------------------------------------------------------------

    private const string Dialogue20th = "20th anniversary of the Central Asia plus Japan Dialogue";

    [Fact]
    public async Task AnAnniversaryIsReadAsAClaimAboutTheEventThatMarksIt()
    {
        var result = await Reconcile(
            "Diplomats in Bishkek expect the first Central Asia plus Japan summit to celebrate the twentieth anniversary of the Central Asia plus Japan Dialogue.",
            new LocalDate(2024, 6, 3));

        var claim = result.Claims.Should().ContainSingle(c => c.Property == "anniversary").Subject;
        claim.Subject.Should().Be("ca-japan-summit");
        claim.Value.Should().Be(new AnniversaryValue("ca-japan-dialogue", 20));
        claim.Value.Describe().Should().Be(Dialogue20th);
        claim.Evidence!.Quote.Should().Contain("celebrate the twentieth anniversary");
    }

    [Fact]
    public async Task AnAnniversaryThatDoesNotFitTheSourcesOwnDateRulesTheDateOut()
    {
        var result = await Reconcile(
            "The first Central Asia plus Japan summit will open in Astana on 9 August 2023. "
            + "Kazakh diplomats say the gathering marks the 20th anniversary of the Central Asia plus Japan Dialogue.",
            new LocalDate(2023, 7, 14));

        var date = result.Claims.Should().ContainSingle(c => c.Property == "date").Subject;
        var conflict = KnowledgeConflicts(result, "anniversary").Should().ContainSingle().Subject;
        conflict.ClaimIds.Should().Equal(date.Id);
        conflict.Property.Should().Be("date");
        conflict.Explanation.Should().Be(
            "a.txt dates the first Central Asia plus Japan summit 9 August 2023, but calls it the " + Dialogue20th
            + ", launched on 28 August 2004: that anniversary falls in 2024.");
        conflict.Confidence.Inputs.Should().Contain(i => i.Name == "knowledge" && i.Description.Contains("Ministry of Foreign Affairs of Japan"));
    }

    [Fact]
    public async Task AnAnniversaryThatFitsTheYearRaisesNoConflict()
    {
        // The anniversary's whole year fits, not only the day of the launch.
        var result = await Reconcile(
            "The first Central Asia plus Japan summit will open in Astana on 9 August 2024. "
            + "Kazakh diplomats say the gathering marks the 20th anniversary of the Central Asia plus Japan Dialogue.",
            new LocalDate(2024, 7, 14));

        result.Claims.Should().Contain(c => c.Property == "anniversary");
        result.Conflicts.Should().NotContain(c => c.Kind == ConflictKind.KnowledgeConflict);
    }

    [Fact]
    public async Task AnotherSourcesAnniversaryDoesNotRuleOutThisSourcesDate()
    {
        var result = await Engine.ReconcileAsync(
        [
            new Source("dated.txt", "The first Central Asia plus Japan summit will open in Astana on 9 August 2023.") { Published = new LocalDate(2023, 7, 14) },
            new Source("anniversary.txt", "The first Central Asia plus Japan summit coincides with the 20th anniversary of the Central Asia plus Japan Dialogue.") { Published = new LocalDate(2024, 7, 1) },
        ]);

        result.Claims.Should().Contain(c => c.SourceId == "anniversary.txt" && c.Property == "anniversary");
        KnowledgeConflicts(result, "anniversary").Should().BeEmpty();
    }

    [Fact]
    public async Task AnAnniversaryCelebratedByAnotherEventIsNoClaimAboutTheSummit()
    {
        var result = await Reconcile(
            "Ahead of the first Central Asia plus Japan summit, foreign ministers met in Tokyo for bilateral talks celebrating the 20th anniversary of the Central Asia plus Japan Dialogue.",
            new LocalDate(2024, 6, 3));

        result.Claims.Should().NotContain(c => c.Property == "anniversary");
    }

    [Fact]
    public async Task AnAnniversaryOfSomethingThePackDoesNotKnowIsNoClaim()
    {
        var result = await Reconcile(
            "The first Central Asia plus Japan summit marks the 30th anniversary of diplomatic relations between Japan and Kazakhstan.",
            new LocalDate(2022, 3, 1));

        result.Claims.Should().NotContain(c => c.Property == "anniversary");
    }

    [Fact]
    public void AnAnniversaryOfAnEventWithoutALaunchDateRulesNothingOut()
    {
        var date = new Claim("s#1", "s", "ca-japan-summit", "date", DateValue.Year(2023), null, AssertionMode.Stated, 0.9);
        var unknownLaunch = new Claim("s#2", "s", "ca-japan-summit", "anniversary", new AnniversaryValue("c5-plus-one-summit", 20), null, AssertionMode.Stated, 0.9);
        var knownLaunch = unknownLaunch with { Id = "s#3", Value = new AnniversaryValue("ca-japan-dialogue", 20) };

        Engine.ReconcileClaims([date, unknownLaunch]).Conflicts.Should().NotContain(c => c.Kind == ConflictKind.KnowledgeConflict);
        KnowledgeConflicts(Engine.ReconcileClaims([date, unknownLaunch, knownLaunch]), "anniversary").Should().ContainSingle()
            .Which.ClaimIds.Should().Equal("s#1");
    }

    [Fact]
    public void AnniversaryValuesAreEqualByEventAndOrdinalAndDescribeThemselves()
    {
        var named = new AnniversaryValue("ca-japan-dialogue", 20, "Central Asia plus Japan Dialogue");

        named.Should().Be(new AnniversaryValue("ca-japan-dialogue", 20));
        named.Compare(new AnniversaryValue("ca-japan-dialogue", 10)).Should().Be(ValueRelation.Conflicts);
        named.Describe().Should().Be(Dialogue20th);
        new AnniversaryValue("x", 1).Describe().Should().Be("1st anniversary of the x");
        AnniversaryValue.OrdinalWord(12).Should().Be("12th");
        AnniversaryValue.OrdinalWord(22).Should().Be("22nd");
        FluentActions.Invoking(() => new AnniversaryValue("x", 0)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void AnAnniversaryHasANotationInTheDevelopmentCorpus()
    {
        var pack = CaJapan.Reconcile.Knowledge.DomainPackLoader.LoadEmbedded();

        DevCorpusNotation.Parse("anniversary", "ca-japan-dialogue/20", pack).Value.Should().Be(DevCorpusNotation.Of(new AnniversaryValue("ca-japan-dialogue", 20)));
        DevCorpusNotation.Parse("anniversary", "no-such-event/20", pack).Problem.Should().Contain("not an event of the pack");
        DevCorpusNotation.Parse("anniversary", "ca-japan-dialogue/0", pack).Problem.Should().Contain("is not an anniversary");
    }

    // ---- place-name ----------------------------------------------------------------------------------------------

    private static Claim PlaceClaim(string id, PlaceValue place, string text, string quoted, LocalDate? observed, double confidence = 0.9)
        => new(id, id, "ca-japan-summit", "location", place, Evidence.FromSpan(id, text, text.IndexOf(quoted, StringComparison.Ordinal), text.IndexOf(quoted, StringComparison.Ordinal) + quoted.Length), AssertionMode.Stated, confidence)
        {
            Observed = observed,
        };

    [Fact]
    public async Task AnOldPlaceNameInALaterArticleIsReportedAsAnAnachronism()
    {
        var result = await Reconcile(
            "Foreign ministry sources say the first Central Asia plus Japan summit is to be held in Nur-Sultan next year.",
            new LocalDate(2023, 11, 2));

        var location = result.Claims.Should().ContainSingle(c => c.Property == "location").Subject;
        location.Value.Should().Be(new PlaceValue("Astana", "KZ"));
        var conflict = KnowledgeConflicts(result, "place-name").Should().ContainSingle().Subject;
        conflict.ClaimIds.Should().Equal(location.Id);
        conflict.Explanation.Should().Be(
            "Nur-Sultan was the name of Astana from 23 March 2019 to 16 September 2022; the article is dated 2 November 2023. "
            + "The place is still Astana; only its name is out of date.");
        conflict.Confidence.Inputs.Should().Contain(i => i.Name == "knowledge" && i.Value == 0.7 && i.Description.Contains("17 September 2022"));
    }

    [Fact]
    public async Task AnOldPlaceNameInAnArticleOfItsTimeIsNoAnachronism()
    {
        var result = await Reconcile(
            "Foreign ministry sources say the first Central Asia plus Japan summit is to be held in Nur-Sultan next year.",
            new LocalDate(2020, 6, 10));

        result.Claims.Should().ContainSingle(c => c.Property == "location").Which.Value.Should().Be(new PlaceValue("Astana", "KZ"));
        result.Conflicts.Should().NotContain(c => c.Kind == ConflictKind.KnowledgeConflict);
    }

    [Fact]
    public void AnOldNameKeepsThePlacesVote()
    {
        // Knowledge says the name is out of date, not the place wrong: Astana still outweighs a weaker Tashkent.
        const string Old = "The first Central Asia plus Japan summit will be held in Nur-Sultan.";
        const string Other = "The first Central Asia plus Japan summit will be held in Tashkent.";
        var astana = PlaceClaim("old", new PlaceValue("Astana", "KZ"), Old, "summit will be held in Nur-Sultan", new LocalDate(2024, 3, 1));
        var tashkent = PlaceClaim("other", new PlaceValue("Tashkent", "UZ"), Other, "summit will be held in Tashkent", new LocalDate(2024, 3, 1), 0.3);

        var result = Engine.ReconcileClaims([astana, tashkent]);

        KnowledgeConflicts(result, "place-name").Should().ContainSingle().Which.ClaimIds.Should().Equal("old");
        result.Resolutions.Single(r => r.Property == "location").Value.Should().Be(new PlaceValue("Astana", "KZ"));
    }

    [Fact]
    public void ANameInUseBesideTheOldOneIsNoAnachronism()
    {
        const string Text = "The summit will be held in Astana (then Nur-Sultan).";
        var claim = PlaceClaim("both", new PlaceValue("Astana", "KZ"), Text, "summit will be held in Astana (then Nur-Sultan)", new LocalDate(2024, 3, 1));

        Engine.ReconcileClaims([claim]).Conflicts.Should().NotContain(c => c.Kind == ConflictKind.KnowledgeConflict);
    }

    [Fact]
    public void WithoutAPublicationDateTheNameIsJudgedAsOfTheEvent()
    {
        const string Text = "The summit will be held in Nur-Sultan.";
        var place = PlaceClaim("undated", new PlaceValue("Astana", "KZ"), Text, "summit will be held in Nur-Sultan", null);
        var date = new Claim("dated", "dated", "ca-japan-summit", "date", DateValue.Day(new LocalDate(2024, 8, 9)), null, AssertionMode.Stated, 0.9);

        var conflict = KnowledgeConflicts(Engine.ReconcileClaims([place, date]), "place-name").Should().ContainSingle().Subject;

        conflict.Explanation.Should().Contain("the article gives no date, and the claim holds as of 9 August 2024");
    }
}
