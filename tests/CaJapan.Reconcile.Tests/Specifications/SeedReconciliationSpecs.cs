using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Sources;
using NodaTime;

namespace CaJapan.Reconcile.Tests.Specifications;

/// <summary>What a fact-checker expects of the five seed articles about the first Central Asia plus Japan summit.</summary>
public sealed class SeedReconciliationSpecs(SeedCorpus seeds) : IClassFixture<SeedCorpus>
{
    private ReconciliationResult Result => seeds.Result;

    [Fact]
    public void AllFiveSeedsAreReadWithoutErrors()
    {
        Result.Sources.Select(s => s.Id).Should().Equal(
            SeedCorpus.Dated2023, SeedCorpus.Budgets, SeedCorpus.Voa, SeedCorpus.Dateline, SeedCorpus.Cancelled);
        Result.SourceErrors.Should().BeEmpty();
        Result.Sources.Single(s => s.Id == SeedCorpus.Cancelled).Outlet.Should().Be("The Times of Central Asia");
    }

    [Fact]
    public void TheSummitDatesTimelineShows2023AgainstTheBestReadingOfAugust2024()
    {
        var timeline = Result.Timelines.Single(t => t.Subject == "ca-japan-summit" && t.Property == "date");

        timeline.Current.Should().BeOfType<DateValue>().Which.IsWithin(DateValue.Month(2024, 8)).Should().BeTrue();
        timeline.Entries.Single(e => e.SourceId == SeedCorpus.Dated2023).Role.Should().Be(TimelineRole.Contradicts);
        timeline.Entries.Single(e => e.SourceId == SeedCorpus.Budgets).Role.Should().Be(TimelineRole.Refined, "'August 2024' is a less precise form of the best reading");
        timeline.Entries[0].Observed.Should().Be(new LocalDate(2024, 8, 6), "dated reports come first, undated ones last");
    }

    [Fact]
    public void TrustIsLearnedFromAgreementAndTheSourceThatContradictsItselfEndsBelowItsPrior()
    {
        Result.TrustEstimates.Select(e => e.SourceId).Should().Equal(Result.Sources.Select(s => s.Id));
        Result.TrustEstimates.Should().AllSatisfy(e => e.PriorFrom.Should().Be("default"));
        Result.SourceTrust[SeedCorpus.Voa].Should().BeLessThan(0.7, "002 calls Kishida both prime minister and foreign minister");
        Result.SourceTrust[SeedCorpus.Dateline].Should().BeGreaterThan(0.7, "003's values are borne out by the others");
        Result.Dependencies.Should().BeEmpty("the five seeds are written independently");
    }

    [Fact]
    public void TheSummitDateIsAConflictBetween000AndTheOthers()
    {
        var conflict = Result.Conflicts.Should().ContainSingle(c => c.Subject == "ca-japan-summit" && c.Property == "date" && c.Kind == ConflictKind.ValueConflict).Subject;

        var side2023 = conflict.Sides.Single(s => s.SourceIds.Contains(SeedCorpus.Dated2023));
        side2023.SourceIds.Should().Equal(SeedCorpus.Dated2023);
        conflict.Sides.Where(s => s != side2023).SelectMany(s => s.SourceIds).Should().Contain([SeedCorpus.Budgets, SeedCorpus.Dateline]);
        conflict.Confidence.Value.Should().BeInRange(0.5, 1);
        conflict.Explanation.Should().Contain("9 August 2023").And.Contain("August 2024");
    }

    [Fact]
    public void TheSummitDateResolvesWithinAugust2024()
    {
        var date = Resolution("ca-japan-summit", "date").Value.Should().BeOfType<DateValue>().Subject;

        date.IsWithin(DateValue.Month(2024, 8)).Should().BeTrue();
        Resolution("ca-japan-summit", "date").OpposingClaimIds.Should().OnlyContain(id => id.StartsWith(SeedCorpus.Dated2023, StringComparison.Ordinal));
    }

    [Fact]
    public void KishidasTitleIsAConflictBetweenPrimeMinisterAndForeignMinister()
    {
        var conflict = Result.Conflicts.Should().ContainSingle(c => c.Subject == "fumio-kishida" && c.Property == "title" && c.Kind == ConflictKind.ValueConflict).Subject;

        conflict.Sides.Select(s => s.Value).Should().BeEquivalentTo(["prime-minister (JP)", "foreign-minister (JP)"]);
        conflict.Sides.Single(s => s.Value.StartsWith("foreign", StringComparison.Ordinal)).SourceIds.Should().Equal(SeedCorpus.Voa);
    }

    [Fact]
    public void Source002ContradictsItselfOnKishidasTitle()
    {
        var conflict = Result.Conflicts.Should().ContainSingle(c => c.Kind == ConflictKind.SelfContradiction && c.Subject == "fumio-kishida").Subject;

        conflict.SourceIds.Should().Equal(SeedCorpus.Voa);
        conflict.Sides.Should().HaveCount(2);
    }

    [Fact]
    public void TheRecordsOfOfficeHoldersRuleOutForeignMinisterKishidaInAugust2024()
    {
        var conflict = Result.Conflicts.Should().ContainSingle(c => c.Kind == ConflictKind.KnowledgeConflict && c.Subject == "fumio-kishida").Subject;

        conflict.SourceIds.Should().Equal(SeedCorpus.Voa);
        conflict.Explanation.Should().Contain("Yoko Kamikawa");
        conflict.Confidence.Inputs.Should().Contain(i => i.Name == "knowledge");
    }

    [Fact]
    public void TheOnlyKnowledgeConflictOnTheSeedsIsForeignMinisterKishida()
    {
        // No seed names a weekday that misses its date, an anniversary that misses its year, or an outdated place name.
        Result.Conflicts.Where(c => c.Kind == ConflictKind.KnowledgeConflict).Select(c => c.Rule).Should().Equal("office-holder");
    }

    [Fact]
    public void TheTwentiethAnniversaryOfTheDialogueIn001And002IsAClaimAboutTheSummit()
    {
        var anniversaries = Result.Claims.Where(c => c.Property == "anniversary").ToList();

        // 001 says it twice, but the second time of "talks" that celebrate it, not of the summit.
        anniversaries.Select(c => c.SourceId).Should().Equal(SeedCorpus.Budgets, SeedCorpus.Voa);
        anniversaries.Should().OnlyContain(c => c.Subject == "ca-japan-summit" && c.Value == new AnniversaryValue("ca-japan-dialogue", 20));
        Resolution("ca-japan-summit", "anniversary").Value.Should().Be(new AnniversaryValue("ca-japan-dialogue", 20));
    }

    [Fact]
    public void TheAnniversaryFitsTheDatesItsSourcesGive()
    {
        // Launched in 2004, the Dialogue's 20th anniversary falls in 2024: 001 dates the summit August 2024, and 002
        // gives it no date. 000 dates it 2023 but names no anniversary, so nothing in it is ruled out by one.
        Result.Claims.Where(c => c.SourceId == SeedCorpus.Budgets && c.Subject == "ca-japan-summit" && c.Property == "date")
            .Should().NotBeEmpty().And.OnlyContain(c => ((DateValue)c.Value).IsWithin(DateValue.Year(2024)));
        Result.Claims.Should().NotContain(c => c.SourceId == SeedCorpus.Voa && c.Subject == "ca-japan-summit" && c.Property == "date");
        Result.Claims.Should().NotContain(c => c.SourceId == SeedCorpus.Dated2023 && c.Property == "anniversary");
        Result.Conflicts.Should().NotContain(c => c.Rule == "anniversary");
    }

    [Fact]
    public void TheFridayIn003IsTheFirstDayOfTheVisitAndFitsIt()
    {
        var visit = Result.Claims.Should().ContainSingle(c => c.SourceId == SeedCorpus.Dateline && c.Subject == "kishida-central-asia-visit" && c.Property == "date").Subject;

        visit.StatedWeekday.Should().Be(IsoDayOfWeek.Friday);
        ((DateValue)visit.Value).Start.Should().Be(new LocalDate(2024, 8, 9));
        Result.Conflicts.Should().NotContain(c => c.Rule == "weekday");
    }

    [Fact]
    public void PrimeMinisterIsPreferredForAugust2024()
    {
        var title = Resolution("fumio-kishida", "title");

        title.Value.Should().Be(new TitleValue("prime-minister", "JP"));
        title.AsOf!.IsWithin(DateValue.Month(2024, 8)).Should().BeTrue();
        title.Confidence.Value.Should().BeGreaterThan(0.9);
    }

    [Fact]
    public void HeldAgainstCancelledIsAStatusContradiction()
    {
        var conflict = Result.Conflicts.Should().ContainSingle(c => c.Kind == ConflictKind.StatusContradiction && c.Subject == "ca-japan-summit").Subject;

        conflict.Sides.Select(s => s.Value).Should().BeEquivalentTo(["held", "cancelled"]);
        conflict.Sides.Single(s => s.Value == "held").SourceIds.Should().Equal(SeedCorpus.Voa);
        conflict.Sides.Single(s => s.Value == "cancelled").SourceIds.Should().Equal(SeedCorpus.Cancelled);
    }

    [Fact]
    public void PlannedThenCancelledIsAnUpdateNotAContradiction()
    {
        var update = Result.Updates.Should().ContainSingle(u => u.Subject == "ca-japan-summit" && u.From == "planned" && u.To == "cancelled").Subject;

        update.ToClaimIds.Should().OnlyContain(id => id.StartsWith(SeedCorpus.Cancelled, StringComparison.Ordinal));
        Result.Conflicts.Should().NotContain(c => c.Sides.Any(s => s.Value == "planned"));
    }

    [Fact]
    public void AstanaKazakhstanIsCorroboratedBySeveralSourcesWithoutConflict()
    {
        var location = Resolution("ca-japan-summit", "location");

        location.Value.Should().Be(new PlaceValue("Astana", "KZ"));
        location.OpposingClaimIds.Should().BeEmpty();
        location.SupportingClaimIds.Select(SourceOf).Distinct().Should().HaveCountGreaterThanOrEqualTo(3);
        Result.Conflicts.Should().NotContain(c => c.Property == "location");
    }

    [Fact]
    public void AKazakhstanOnlyLocationSupportsAstanaRatherThanConflicting()
    {
        var countryOnly = Result.Claims.Should().ContainSingle(c => c.Property == "location" && c.Value == new PlaceValue(null, "KZ")).Subject;

        Resolution("ca-japan-summit", "location").SupportingClaimIds.Should().Contain(countryOnly.Id);
    }

    [Fact]
    public void TheAidAmountIsTwoBillionDollarsFrom002()
    {
        var aid = Result.Claims.Where(c => c.Property == "aidAmount").ToList();

        aid.Should().ContainSingle().Which.SourceId.Should().Be(SeedCorpus.Voa);
        aid[0].Value.Should().Be(MoneyValue.Exact(2_000_000_000m, "USD"));
        Resolution("ca-japan-summit", "aidAmount").Value.Should().Be(MoneyValue.Exact(2_000_000_000m, "USD"));
    }

    [Fact]
    public void TheOdaBudgetAndChinasFundingIn001AreNotTakenForTheAidAmount()
    {
        Result.Claims.Where(c => c.SourceId == SeedCorpus.Budgets).Should().NotContain(c => c.Value is MoneyValue);
    }

    [Fact]
    public void TheReportingDateOfKabarIsNotTakenForTheSummitDate()
    {
        Result.Claims.Where(c => c.SourceId == SeedCorpus.Budgets && c.Property == "date")
            .Should().OnlyContain(c => c.Value == DateValue.Month(2024, 8));
    }

    [Fact]
    public void EveryQuoteIsExactlyTheSourceTextAtItsOffsets()
    {
        var texts = Result.Sources.ToDictionary(s => s.Id, s => s.Text);

        foreach (var claim in Result.Claims)
        {
            claim.Evidence.Should().NotBeNull();
            texts[claim.SourceId].Substring(claim.Evidence!.Start, claim.Evidence.End - claim.Evidence.Start).Should().Be(claim.Evidence.Quote);
        }
    }

    [Fact]
    public void EveryScoreIsAProbabilityExplainedByItsInputs()
    {
        var scores = Result.Conflicts.Select(c => c.Confidence).Concat(Result.Resolutions.Select(r => r.Confidence)).ToList();

        scores.Should().OnlyContain(s => s.Value >= 0 && s.Value <= 1 && s.Inputs.Count > 0);
    }

    [Fact]
    public async Task ReorderingOrRenamingTheSourcesChangesNeitherConflictsNorScores()
    {
        var sources = await SeedCorpus.ReadAsync();
        var renamed = sources.Reverse().Select(s => s with { Id = "renamed-" + new string(s.Id.Reverse().ToArray()) }).ToList();
        var names = sources.ToDictionary(s => "renamed-" + new string(s.Id.Reverse().ToArray()), s => s.Id);

        var original = await ReconcileEngine.Create().ReconcileAsync(sources);
        var shuffled = await ReconcileEngine.Create().ReconcileAsync(renamed);

        Fingerprint(shuffled, names).Should().Equal(Fingerprint(original, null));
    }

    [Fact]
    public async Task TheDatelineGivesThePublicationDateWhenNoManifestDoes()
    {
        var text = File.ReadAllText(Path.Combine(SeedCorpus.Folder, SeedCorpus.Dateline));

        var result = await ReconcileEngine.Create().ReconcileAsync([new Source("article.txt", text)]);

        var source = result.Sources.Should().ContainSingle().Subject;
        source.Published.Should().Be(new LocalDate(2024, 8, 6));
        source.PublishedOrigin.Should().Be(PublishedOrigin.Text);
    }

    private Resolution Resolution(string subject, string property)
        => Result.Resolutions.Should().ContainSingle(r => r.Subject == subject && r.Property == property).Subject;

    private string SourceOf(string claimId) => Result.Claims.Single(c => c.Id == claimId).SourceId;

    private static List<string> Fingerprint(ReconciliationResult result, Dictionary<string, string>? names)
    {
        string Name(string id) => names?.GetValueOrDefault(id) ?? id;
        var conflicts = result.Conflicts.Select(c =>
            $"{c.Kind}|{c.Subject}.{c.Property}|{c.Confidence.Value:0.######}|{string.Join(";", c.Sides.Select(s => s.Value + ":" + string.Join(",", s.SourceIds.Select(Name).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal))}");
        var resolutions = result.Resolutions.Select(r => $"{r.Subject}.{r.Property}={r.Value?.Key}|{r.Confidence.Value:0.######}");
        return [.. conflicts.Concat(resolutions).Order(StringComparer.Ordinal)];
    }
}
