using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Sources;
using NodaTime;

namespace CaJapan.Reconcile.Tests.Specifications;

/// <summary>Articles nobody on the team wrote the engine for: other phrasings, neighbouring events, unrelated news.</summary>
public sealed class GeneralisationSpecs
{
    private static readonly ReconcileEngine Engine = ReconcileEngine.Create();

    private static async Task<IReadOnlyList<Claim>> ClaimsOf(string text, LocalDate? published = null)
        => (await Engine.ReconcileAsync([new Source("a.txt", text) { Published = published }])).Claims;

    [Fact]
    public async Task AnotherCountrysSummitWithTheSameStatesGivesNoClaimsAboutTheStorysSummit()
    {
        var claims = await ClaimsOf(
            "Japan will hold the first Central Asia plus Japan summit in Astana. "
            + "China hosted a summit with leaders of Central Asian countries in Xi'an in May 2023.");

        claims.Should().NotContain(c => c.Property == "date");
        claims.Should().NotContain(c => c.Value == new PlaceValue("Xi'an", "CN"));
    }

    [Fact]
    public async Task AMeetingHostedByAnotherActorIsNotTheSummit()
    {
        var claims = await ClaimsOf(
            "Japan will hold the first Central Asia plus Japan summit in Astana. "
            + "Earlier, a high-level meeting hosted by the European Union took place in Samarkand in April.",
            new LocalDate(2024, 8, 1));

        claims.Should().NotContain(c => c.Property == "status" && c.Value == new StatusValue(EventStatus.Held));
        claims.Should().NotContain(c => c.Value == new PlaceValue("Samarkand", "UZ"));
    }

    [Fact]
    public async Task ATitleOfACountryBeforeTheNameIsRead()
    {
        var claims = await ClaimsOf("Uzbekistan is preparing for the visit of the Prime Minister of Japan, Fumio Kishida.", new LocalDate(2024, 7, 20));

        claims.Should().ContainSingle(c => c.Subject == "fumio-kishida" && c.Property == "title")
            .Which.Value.Should().Be(new TitleValue("prime-minister", "JP"));
    }

    [Fact]
    public async Task AVisitNamedByItsVerbIsPlanned()
    {
        var claims = await ClaimsOf("Prime Minister Fumio Kishida will visit Kazakhstan and Uzbekistan.", new LocalDate(2024, 7, 20));

        claims.Should().ContainSingle(c => c.Subject == "kishida-central-asia-visit" && c.Property == "status")
            .Which.Value.Should().Be(new StatusValue(EventStatus.Planned));
    }

    [Fact]
    public async Task TheDayOfACancellationIsNotTheDayOfTheEvent()
    {
        var claims = await ClaimsOf(
            "Kishida on Friday cancelled the first Central Asia plus Japan summit. The summit was postponed to December, officials said.",
            new LocalDate(2024, 8, 10));

        claims.Where(c => c.Property == "date" && c.Subject == "ca-japan-summit").Select(c => c.Value)
            .Should().Equal(DateValue.Month(2024, 12));
    }

    [Fact]
    public async Task AnEarlierMeetingOfTheDialogueIsNotTheSummit()
    {
        var claims = await ClaimsOf(
            "The first Central Asia plus Japan summit will take place in Tashkent. The previous meeting, held in December 2022, focused on trade.");

        claims.Should().NotContain(c => c.Property == "date");
        claims.Should().ContainSingle(c => c.Property == "location").Which.Value.Should().Be(new PlaceValue("Tashkent", "UZ"));
    }

    [Fact]
    public async Task ANumberedOfficialsMeetingIsNotTheFirstSummit()
    {
        var claims = await ClaimsOf(
            "Officials of the Central Asia + Japan Dialogue gathered for their 16th meeting in Bishkek to prepare the first summit.",
            new LocalDate(2024, 5, 20));

        claims.Should().NotContain(c => c.Property == "location");
    }

    [Fact]
    public async Task ADifferentPhrasingOfTheSummitIsRead()
    {
        var claims = await ClaimsOf(
            "Leaders gathered in Almaty as the inaugural Japan-Central Asia summit convened on 12 September 2025.",
            new LocalDate(2025, 9, 13));

        claims.Should().Contain(c => c.Property == "status" && c.Value == new StatusValue(EventStatus.Held));
        claims.Should().Contain(c => c.Property == "date" && c.Value == DateValue.Day(new LocalDate(2025, 9, 12)));
    }

    [Fact]
    public async Task TextNotAboutTheStoryProducesNoEventClaims()
    {
        var claims = await ClaimsOf(
            "The city council will hold a summit on parking on August 9, 2024 in Springfield. It was cancelled on Friday.",
            new LocalDate(2024, 8, 6));

        claims.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Первый саммит «Центральная Азия плюс Япония» пройдёт в Астане 9 августа.")]
    [InlineData("Первый саммит «Центральная Азия + Япония» отменён; премьер-министр Фумио Кисида не приедет 9 августа 2024 года.")]
    [InlineData("「中央アジア＋日本」対話の初の首脳会合は2024年8月9日にアスタナで開催される予定だったが、岸田文雄首相は訪問を中止した。")]
    [InlineData("«Орталық Азия + Жапония» алғашқы саммиті 2024 жылғы 9 тамызда Астанада өтеді деп жоспарланған.")]
    public async Task TextInAnotherLanguageProducesNoClaimsAndNoErrors(string text)
    {
        var result = await Engine.ReconcileAsync([new Source("other.txt", text) { Published = new LocalDate(2024, 8, 6) }]);

        result.Claims.Should().BeEmpty();
        result.SourceErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task AFormerTitleIsNotTakenAsTheCurrentOne()
    {
        var claims = await ClaimsOf("Former Foreign Minister Fumio Kishida spoke in Tokyo.");

        claims.Should().NotContain(c => c.Property == "title");
    }

    [Fact]
    public async Task ATitleWithAnExplicitDateHoldsAsOfThatDate()
    {
        var claims = await ClaimsOf("Foreign Minister Fumio Kishida visited Astana on May 1, 2015.");

        var title = claims.Should().ContainSingle(c => c.Property == "title").Subject;
        title.AsOf.Should().Be(DateValue.Day(new LocalDate(2015, 5, 1)));
    }

    [Fact]
    public async Task AnOfficeHeldThenRaisesNoKnowledgeConflict()
    {
        var result = await Engine.ReconcileAsync([new Source("a.txt", "Foreign Minister Fumio Kishida visited Astana on May 1, 2015.")]);

        result.Conflicts.Should().NotContain(c => c.Kind == ConflictKind.KnowledgeConflict);
    }

    [Fact]
    public async Task APostponedSummitLaterHeldIsAnUpdate()
    {
        var result = await Engine.ReconcileAsync(
        [
            new Source("early.txt", "The first Central Asia plus Japan summit was postponed.") { Published = new LocalDate(2024, 8, 10) },
            new Source("late.txt", "The first Central Asia plus Japan summit was held in Tokyo.") { Published = new LocalDate(2025, 12, 20) },
        ]);

        result.Updates.Should().ContainSingle(u => u.From == "postponed" && u.To == "held");
        result.Conflicts.Should().NotContain(c => c.Kind == ConflictKind.StatusContradiction);
    }

    [Fact]
    public async Task ADenialOfAStatusContradictsItsAssertion()
    {
        var result = await Engine.ReconcileAsync(
        [
            new Source("a.txt", "The first Central Asia plus Japan summit took place in Astana."),
            new Source("b.txt", "The first Central Asia plus Japan summit did not take place."),
        ]);

        result.Conflicts.Should().ContainSingle(c => c.Kind == ConflictKind.StatusContradiction)
            .Which.Sides.Select(s => s.Value).Should().BeEquivalentTo(["held", "not held"]);
    }
}
