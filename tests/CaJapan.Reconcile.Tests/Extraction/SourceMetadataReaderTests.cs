using System.Text.Json;
using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Extraction;
using CaJapan.Reconcile.Knowledge;
using CaJapan.Reconcile.Recognition;
using CaJapan.Reconcile.Reporting;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Sources;
using CaJapan.Reconcile.Tests.Reporting;
using NodaTime;

namespace CaJapan.Reconcile.Tests.Extraction;

/// <summary>Metadata an article carries in its own header: datelines, bylines and outlets' credits. The manifest wins.</summary>
public sealed class SourceMetadataReaderTests
{
    private const string Body =
        "The first Central Asia plus Japan summit will be held in Astana on August 9, 2024.\n"
        + "Officials said preparations were under way.\n";

    private static readonly SourceMetadataReader Reader = new(new PackIndex(DomainPackLoader.LoadEmbedded()));

    private static Source Read(string text) => Reader.Complete(new Source("a.txt", text));

    // Place datelines

    [Theory]
    [InlineData("WASHINGTON —\n", "WASHINGTON", "Washington", "US")]
    [InlineData("Washington –\n", "Washington", "Washington", "US")]
    [InlineData("TOKYO, Aug. 9 (Reuters) - ", "TOKYO", "Tokyo", "JP")]
    [InlineData("ASTANA (AP) — ", "ASTANA", "Astana", "KZ")]
    [InlineData("Almaty, 9 August 2024 – ", "Almaty", "Almaty", "KZ")]
    [InlineData("NUR-SULTAN, Kazakhstan — ", "NUR-SULTAN, Kazakhstan", "Astana", "KZ")]
    [InlineData("TOKYO, Aug. 9 (Kyodo) -- ", "TOKYO", "Tokyo", "JP")]
    [InlineData("Tokyo—\n", "Tokyo", "Tokyo", "JP")]
    public void APlaceDatelineGivesThePlaceTheArticleWasFiledFrom(string dateline, string written, string city, string country)
    {
        var source = Read(dateline + Body);

        source.DatelinePlace.Should().Be(written);
        source.DatelineLocation.Should().Be(new PlaceValue(city, country));
        source.DatelineOrigin.Should().Be(MetadataOrigin.Text);
    }

    [Fact]
    public void ADatelineAfterATitleInTheHeaderIsRead()
    {
        var source = Read("Japan and Central Asia\nSummit plans take shape\n\nASTANA —\n" + Body);

        source.DatelinePlace.Should().Be("ASTANA");
    }

    [Theory]
    [InlineData("GENEVA —\n", "GENEVA")]
    [InlineData("Osaka, Japan — ", "Osaka, Japan")]
    [InlineData("Geneva, Aug. 9 (Reuters) - ", "Geneva")]
    public void APlaceThePackDoesNotKnowIsKeptAsWrittenWithoutACity(string dateline, string written)
    {
        var source = Read(dateline + Body);

        source.DatelinePlace.Should().Be(written);
        source.DatelineLocation?.City.Should().BeNull();
    }

    [Fact]
    public void AnUnknownCityWithAKnownCountryResolvesToTheCountry()
        => Read("Osaka, Japan — " + Body).DatelineLocation.Should().Be(new PlaceValue(null, "JP"));

    [Theory]
    [InlineData("Officials in WASHINGTON — and in Tokyo — said the summit was planned.\n")]
    [InlineData("The talks in Washington — held behind closed doors — ended.\n")]
    [InlineData("Washington said on Monday that the summit was planned.\n")]
    [InlineData("Washington-based analysts said the summit was planned.\n")]
    [InlineData("Tokyo — the capital of Japan — will host guests.\n")]
    [InlineData("Japan – Central Asia: a new partnership\n")]
    [InlineData("EXCLUSIVE — Japan plans a summit\n")]
    [InlineData("Bridges, Not Blocs: Japan's Central Asia Approach\n")]
    [InlineData("WORLD / ASIA-PACIFIC\n")]
    public void APlaceInsideASentenceOrATitleIsNoDateline(string line)
    {
        var source = Read(line + Body);

        source.DatelinePlace.Should().BeNull();
        source.DatelineLocation.Should().BeNull();
        source.DatelineOrigin.Should().Be(MetadataOrigin.Unknown);
    }

    [Fact]
    public void ADatelineBelowTheHeaderIsNotRead()
    {
        var source = Read("Title\nOne.\nTwo.\nThree.\nFour.\nFive.\nSix.\nASTANA —\n" + Body);

        source.DatelinePlace.Should().BeNull();
    }

    [Fact]
    public void ADatelineDayWithItsYearGivesThePublicationDate()
    {
        var source = Read("Almaty, 9 August 2024 – " + Body);

        source.Published.Should().Be(new LocalDate(2024, 8, 9));
        source.PublishedOrigin.Should().Be(PublishedOrigin.Text);
    }

    [Fact]
    public void ADatelineDayWithoutAYearGivesNoPublicationDateWithoutAReference()
    {
        var source = Read("TOKYO, Aug. 9 (Kyodo) -- " + Body);

        source.Published.Should().BeNull();
        source.PublishedOrigin.Should().Be(PublishedOrigin.Unknown);
        source.DatelinePlace.Should().Be("TOKYO");
    }

    [Fact]
    public void AKnownPublicationDateWinsOverTheDatelinesDay()
    {
        var source = Reader.Complete(new Source("a.txt", "Almaty, 9 August 2024 – " + Body)
        {
            Published = new LocalDate(2024, 8, 7),
            PublishedOrigin = PublishedOrigin.Manifest,
        });

        source.Published.Should().Be(new LocalDate(2024, 8, 7));
        source.PublishedOrigin.Should().Be(PublishedOrigin.Manifest);
    }

    [Fact]
    public void TheLabelledDatelineStillGivesThePublicationDate()
    {
        var source = Read("Japan seeks a summit\nPublished: Aug 06, 2024 11:44 PM\n" + Body);

        source.Published.Should().Be(new LocalDate(2024, 8, 6));
        source.PublishedOrigin.Should().Be(PublishedOrigin.Text);
    }

    [Fact]
    public void ADatelineGivenByTheCallerWinsAndIsResolvedByThePack()
    {
        var source = Reader.Complete(new Source("a.txt", "WASHINGTON —\n" + Body) { DatelinePlace = "Nur-Sultan" });

        source.DatelinePlace.Should().Be("Nur-Sultan");
        source.DatelineLocation.Should().Be(new PlaceValue("Astana", "KZ"));
        source.DatelineOrigin.Should().Be(MetadataOrigin.Manifest);
    }

    [Fact]
    public async Task TheDatelinesPlaceNeverBecomesAClaimAboutTheEvent()
    {
        var text = "ASTANA —\nThe first Central Asia plus Japan summit will be held in Tokyo on August 9, 2024.";

        var result = await ReconcileEngine.Create().ReconcileAsync([new Source("a.txt", text)]);

        result.Sources.Single().DatelineLocation.Should().Be(new PlaceValue("Astana", "KZ"));
        var locations = result.Claims.Where(c => c.Property == "location").Select(c => c.Value).ToList();
        locations.Should().Equal(new PlaceValue("Tokyo", "JP"));
    }

    [Fact]
    public async Task ADatelineOnTheStorysFirstLineNeverBecomesAClaimAboutTheEvent()
    {
        var text = "ASTANA (AP) — The first Central Asia plus Japan summit will be held in Tokyo on August 9, 2024.";

        var result = await ReconcileEngine.Create().ReconcileAsync([new Source("a.txt", text)]);

        result.Sources.Single().DatelinePlace.Should().Be("ASTANA");
        result.Claims.Where(c => c.Property == "location").Select(c => c.Value).Should().Equal(new PlaceValue("Tokyo", "JP"));
    }

    // Bylines

    [Theory]
    [InlineData("By Jane Doe\n", "Jane Doe")]
    [InlineData("BY JANE DOE\n", "JANE DOE")]
    [InlineData("By Jane Doe and John Roe, Reuters\n", "Jane Doe and John Roe")]
    [InlineData("By Jane Doe, John Roe and Ann Poe\n", "Jane Doe, John Roe and Ann Poe")]
    [InlineData("Jane Doe | Staff writer\n", "Jane Doe")]
    [InlineData("Jane Doe, Correspondent for Kyodo News\n", "Jane Doe")]
    [InlineData("Written by Jane Doe\n", "Jane Doe")]
    [InlineData("Reporting by Jane Doe; Editing by John Roe\n", "Jane Doe")]
    [InlineData("Author: Ursula von der Leyen\n", "Ursula von der Leyen")]
    [InlineData("By J. R. Doe | Aug 6, 2024\n", "J. R. Doe")]
    [InlineData("By Jane Doe in Tokyo\n", "Jane Doe")]
    [InlineData("By Jane Doe and John Roe in Astana, Kyodo News\n", "Jane Doe and John Roe")]
    public void ABylineGivesTheAuthorsAsWritten(string byline, string names)
    {
        var source = Read("Japan plans a summit\n" + byline + Body);

        source.Byline.Should().Be(names);
        source.BylineOrigin.Should().Be(MetadataOrigin.Text);
    }

    [Theory]
    [InlineData("By the end of the year, the summit will have been held.\n")]
    [InlineData("By 2030, Japan hopes to double trade.\n")]
    [InlineData("By Friday Morning\n")]
    [InlineData("By Land and Sea\n")]
    [InlineData("By-election results are due.\n")]
    [InlineData("Kishida Cancels Trip, Analyst Says\n")]
    [InlineData("Japan's Strategic Engagement in Central Asia\n")]
    [InlineData("Authors say the summit was planned.\n")]
    [InlineData("By Jane Doe in the capital, the summit was planned.\n")]
    public void ALineThatOnlyLooksLikeABylineIsNone(string line)
    {
        var source = Read(line + Body);

        source.Byline.Should().BeNull();
        source.BylineOrigin.Should().Be(MetadataOrigin.Unknown);
    }

    [Fact]
    public void ABylineInTheBodyIsNotRead()
        => Read("Title\nOne.\nTwo.\nThree.\nFour.\nFive.\nSix.\nBy Jane Doe\n" + Body).Byline.Should().BeNull();

    [Fact]
    public void ABylineGivenByTheCallerWins()
    {
        var source = Reader.Complete(new Source("a.txt", "By Jane Doe\n" + Body) { Byline = "John Roe" });

        source.Byline.Should().Be("John Roe");
        source.BylineOrigin.Should().Be(MetadataOrigin.Manifest);
    }

    // Outlets

    [Theory]
    [InlineData("TOKYO, Aug. 9 (Reuters) - " + Body, "Reuters")]
    [InlineData("ASTANA (AP) — " + Body, "Associated Press")]
    [InlineData("TOKYO, Aug. 9 (Kyodo) -- " + Body, "Kyodo News")]
    [InlineData("(Reuters) - " + Body, "Reuters")]
    [InlineData("Japan plans a summit\nSource: The Diplomat\n" + Body, "The Diplomat")]
    [InlineData("Japan plans a summit\n© 2024 Nikkei Inc. All rights reserved.\n" + Body, "Nikkei Asia")]
    [InlineData("Japan plans a summit\nBy Jane Doe and John Roe, Reuters\n" + Body, "Reuters")]
    [InlineData("Japan plans a summit\nBy Kyodo News\n" + Body, "Kyodo News")]
    [InlineData("KUN.UZ\nJapan plans a summit\n" + Body, "Kun.uz")]
    [InlineData(Body + "More paragraphs.\nAnd more.\nAnd more still.\nThe end.\n-- Kyodo News\n", "Kyodo News")]
    [InlineData(Body + "More paragraphs.\nAnd more.\nAnd more still.\nThe end.\nThe summit was called off, the ministry said. — Kyodo\n", "Kyodo News")]
    [InlineData(Body + "More paragraphs.\nAnd more.\nAnd more still.\nThe end.\nCopyright 2024 The Associated Press. All rights reserved.\n", "Associated Press")]
    public void AnOutletCreditedInTheHeaderOrTheLastLinesGivesItsCanonicalName(string text, string outlet)
    {
        var source = Read(text);

        source.Outlet.Should().Be(outlet);
        source.OutletOrigin.Should().Be(MetadataOrigin.Text);
    }

    [Theory]
    [InlineData("Reuters reported that the summit was planned.\n" + Body)]
    [InlineData("Japan plans a summit\nAccording to Nikkei Asia, the summit is planned.\n" + Body)]
    [InlineData("Japan plans a summit\nKishida speaks in Tokyo. (Reuters)\n" + Body)]
    [InlineData("Japan plans a summit\nPhoto: AFP\n" + Body)]
    [InlineData("ASTANA (IANS) — " + Body)]
    [InlineData("Title\nOne.\nTwo.\nThree.\nFour.\nFive.\nSix.\n-- Kyodo News\nSeven.\nEight.\nNine.\nTen.\n")]
    [InlineData(Body + "More paragraphs.\nAnd more.\nAnd more still.\nThe end.\nReuters reported it first.\n")]
    public void AnOutletNamedInASentenceOrMidArticleIsNoCredit(string text)
    {
        var source = Read(text);

        source.Outlet.Should().BeNull();
        source.OutletOrigin.Should().Be(MetadataOrigin.Unknown);
    }

    [Fact]
    public void AnOutletGivenByTheCallerWins()
    {
        var source = Reader.Complete(new Source("a.txt", "TOKYO, Aug. 9 (Reuters) - " + Body) { Outlet = "NHK" });

        source.Outlet.Should().Be("NHK");
        source.OutletOrigin.Should().Be(MetadataOrigin.Manifest);
        source.DatelinePlace.Should().Be("TOKYO", "the fields the caller left empty are still read");
        source.WireOrigin.Should().Be("Reuters", "the article carries the agency's copy under another outlet's name");
    }

    [Fact]
    public void AnAgencyCreditedByTheTextAloneIsTheWireOrigin()
    {
        var source = Read("TOKYO, Aug. 9 (Kyodo) - " + Body);

        source.WireOrigin.Should().Be("Kyodo News");
    }

    [Fact]
    public void AnArticleCreditedToItsOwnOutletHasNoWireOrigin()
    {
        var source = Reader.Complete(new Source("a.txt", "TOKYO, Aug. 9 (Kyodo) - " + Body) { Outlet = "kyodo news" });

        source.WireOrigin.Should().BeNull();
    }

    [Fact]
    public void AnArticleWithoutACreditHasNoWireOrigin()
    {
        Read(Body).WireOrigin.Should().BeNull();
    }

    [Fact]
    public async Task AnOutletReadFromTheTextIsTrustedUnderItsCanonicalName()
    {
        var options = new ReconcileOptions();
        options.OutletTrust["Kyodo News"] = 0.95;

        var result = await ReconcileEngine.Create(options).ReconcileAsync([new Source("a.txt", "TOKYO (Kyodo) -- " + Body)]);

        result.SourceTrust["a.txt"].Should().Be(0.95);
    }

    // The manifest

    [Fact]
    public async Task TheManifestWinsOverEveryFieldReadFromTheText()
    {
        var folder = Directory.CreateTempSubdirectory("reconcile-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.txt"), "ALMATY, 9 August 2024 (Reuters) —\nBy Jane Doe\n" + Body);
            File.WriteAllText(Path.Combine(folder, "b.txt"), "ALMATY, 9 August 2024 (Reuters) —\nBy Jane Doe\n" + Body);
            File.WriteAllText(
                Path.Combine(folder, SourceManifest.FileName),
                """{ "sources": [ { "file": "a.txt", "outlet": "Eurasianet", "published": "2024-08-08", "byline": "John Roe", "dateline": "Tashkent" } ] }""");

            var result = await ReconcileEngine.Create().ReconcileFolderAsync(folder);

            var a = result.Sources.Single(s => s.Id == "a.txt");
            (a.Outlet, a.OutletOrigin).Should().Be(("Eurasianet", MetadataOrigin.Manifest));
            (a.Published, a.PublishedOrigin).Should().Be((new LocalDate(2024, 8, 8), PublishedOrigin.Manifest));
            (a.Byline, a.BylineOrigin).Should().Be(("John Roe", MetadataOrigin.Manifest));
            (a.DatelinePlace, a.DatelineLocation, a.DatelineOrigin).Should().Be(("Tashkent", new PlaceValue("Tashkent", "UZ"), MetadataOrigin.Manifest));
            var b = result.Sources.Single(s => s.Id == "b.txt");
            (b.Outlet, b.OutletOrigin).Should().Be(("Reuters", MetadataOrigin.Text));
            (b.Published, b.PublishedOrigin).Should().Be((new LocalDate(2024, 8, 9), PublishedOrigin.Text));
            (b.Byline, b.BylineOrigin).Should().Be(("Jane Doe", MetadataOrigin.Text));
            (b.DatelinePlace, b.DatelineLocation, b.DatelineOrigin).Should().Be(("ALMATY", new PlaceValue("Almaty", "KZ"), MetadataOrigin.Text));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task TheManifestsWireMakesTwoArticlesOneVoice()
    {
        var folder = Directory.CreateTempSubdirectory("reconcile-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.txt"), "The first Central Asia plus Japan summit was held in Astana.");
            File.WriteAllText(Path.Combine(folder, "b.txt"), "Leaders met for the first Central Asia plus Japan summit in Astana.");
            File.WriteAllText(
                Path.Combine(folder, SourceManifest.FileName),
                """{ "sources": [ { "file": "a.txt", "outlet": "NHK", "wire": "AFP" }, { "file": "b.txt", "outlet": "Kun.uz", "wire": "AFP" } ] }""");

            var result = await ReconcileEngine.Create().ReconcileFolderAsync(folder);

            result.Sources.Select(s => s.WireOrigin).Should().Equal("AFP", "AFP");
            result.Dependencies.Should().ContainSingle().Which.Reason.Should().Be(DependenceReason.SharedWireOrigin);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task TheSeedsDatelineIsReadAndItsManifestOutletKept()
    {
        var result = await ReconcileEngine.Create().ReconcileFolderAsync(Path.Combine(AppContext.BaseDirectory, "seeds"));

        var voa = result.Sources.Single(s => s.Id == "002_31a73e5accb67a66.txt");
        voa.DatelinePlace.Should().Be("Washington");
        voa.DatelineLocation.Should().Be(new PlaceValue("Washington", "US"));
        (voa.Outlet, voa.OutletOrigin).Should().Be(("Voice of America (VOA Mandarin)", MetadataOrigin.Manifest));
        result.Sources.Where(s => s.Id != voa.Id).Should().OnlyContain(s => s.DatelinePlace == null && s.Byline == null);
    }

    // What the source reports

    [Fact]
    public void AnOriginIsUnknownWithoutAValueAndTheCallersWhenNoneIsSet()
    {
        var source = new Source("a.txt", "Text.") { OutletOrigin = MetadataOrigin.Text, Byline = "Jane Doe" };

        source.OutletOrigin.Should().Be(MetadataOrigin.Unknown);
        source.BylineOrigin.Should().Be(MetadataOrigin.Manifest);
        source.DatelineOrigin.Should().Be(MetadataOrigin.Unknown);
    }

    [Fact]
    public void ASourceDescribesItsBylineAndDateline()
    {
        var source = Read("ASTANA, 9 August 2024 (Kyodo) —\nBy Jane Doe\nText.");

        source.ToString().Should().Be("a.txt (Kyodo News, 2024-08-09, by Jane Doe, filed from ASTANA, 49 chars)");
        new Source("b.txt", "Text.").ToString().Should().Be("b.txt (unknown outlet, date unknown, 5 chars)");
    }

    [Fact]
    public async Task TheJsonReportGivesEachSourcesBylineDatelineAndWhereEachCameFrom()
    {
        var result = await ReconcileEngine.Create().ReconcileAsync(
        [
            new Source("a.txt", "ASTANA (Kyodo) —\nBy Jane Doe\n" + Body),
            new Source("b.txt", Body) { Outlet = "VOA" },
        ]);

        var json = await ReportSamples.WriteAsync(new JsonReportWriter(), result);
        using var document = JsonDocument.Parse(json);

        var sources = document.RootElement.GetProperty("sources");
        var a = sources[0];
        a.GetProperty("outlet").GetString().Should().Be("Kyodo News");
        a.GetProperty("outletFrom").GetString().Should().Be("text");
        a.GetProperty("byline").GetString().Should().Be("Jane Doe");
        a.GetProperty("bylineFrom").GetString().Should().Be("text");
        a.GetProperty("datelinePlace").GetString().Should().Be("ASTANA");
        a.GetProperty("datelineLocation").GetProperty("city").GetString().Should().Be("Astana");
        a.GetProperty("datelineLocation").GetProperty("country").GetString().Should().Be("KZ");
        a.GetProperty("datelineFrom").GetString().Should().Be("text");
        var b = sources[1];
        b.GetProperty("outletFrom").GetString().Should().Be("manifest");
        b.GetProperty("byline").ValueKind.Should().Be(JsonValueKind.Null);
        b.GetProperty("bylineFrom").GetString().Should().Be("unknown");
        b.GetProperty("datelinePlace").ValueKind.Should().Be(JsonValueKind.Null);
        b.GetProperty("datelineLocation").ValueKind.Should().Be(JsonValueKind.Null);
        b.GetProperty("datelineFrom").GetString().Should().Be("unknown");
    }

    // The pack

    [Fact]
    public void APackWhoseOutletsShareANameOrLackOneIsRefused()
    {
        var pack = DomainPackLoader.LoadEmbedded() with
        {
            Outlets = [new OutletDefinition { Name = "Kyodo News", Aliases = ["Kyodo"] }, new OutletDefinition { Name = "Kyodo" }, new OutletDefinition()],
            Lexicon = DomainPackLoader.LoadEmbedded().Lexicon with { BylineLabels = ["by", " "] },
        };

        var errors = new DomainPackValidator().Validate(pack).Errors.Select(e => e.ErrorMessage);

        errors.Should().BeEquivalentTo(
            "The lexicon's 'bylineLabels' holds a blank phrase; remove it.",
            "The outlet name 'Kyodo' is given for both 'Kyodo News' and 'Kyodo'; a name must credit one outlet.",
            "An outlet has no 'name'; give the name it is known by, such as \"Kyodo News\".");
    }

    [Fact]
    public void APacksOwnOutletsAndBylineLabelsAreUsed()
    {
        var embedded = DomainPackLoader.LoadEmbedded();
        var pack = embedded with
        {
            Outlets = [.. embedded.Outlets, new OutletDefinition { Name = "Daryo", Aliases = ["Daryo.uz"] }],
            Lexicon = embedded.Lexicon with { BylineLabels = [.. embedded.Lexicon.BylineLabels, "von"] },
        };
        var reader = new SourceMetadataReader(new PackIndex(pack));

        var source = reader.Complete(new Source("a.txt", "TASHKENT (Daryo.uz) —\nVon Jane Doe\n" + Body));

        source.Outlet.Should().Be("Daryo");
        source.Byline.Should().Be("Jane Doe");
    }
}
