using System.Text.Json;
using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Reporting;
using CaJapan.Reconcile.Structured;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace CaJapan.Reconcile.Tests.Specifications;

/// <summary>
/// Claims given in structured form (CSV, JSON Lines or in memory) go through the same engine as claims from text:
/// typed values are compared as values, untyped ones as normalised strings, and each fact gets one resolution that
/// carries its value as the input gave it.
/// </summary>
public sealed class StructuredClaimSpecs
{
    private static readonly ReconcileEngine Engine = ReconcileEngine.Create();

    private static string TestData(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", file);

    private static Task<ReconciliationResult> CsvAsync(string text)
        => Engine.ReconcileClaimFileAsync(new StringReader(text), StructuredClaimFormat.Csv, "claims.csv");

    private static Task<ReconciliationResult> PairAsync(string type, string first, string second)
        => CsvAsync($"source,subject,property,value,type\na,item,p,\"{first}\",{type}\nb,item,p,\"{second}\",{type}\n");

    [Theory]
    [InlineData("date", "2024-08-09", "August 9, 2024")]
    [InlineData("date", "2024-08-09", "9 August 2024")]
    [InlineData("money", "USD 2 billion", "$2bn")]
    [InlineData("number", "12", "12.00")]
    [InlineData("", "J. K. Rowling", "j.k.  rowling")]
    [InlineData("string", "Ｐｈｉｌｉｐ Ｐｕｌｌｍａｎ", "philip pullman")]
    public async Task TheSameValueWrittenTwoWaysIsOneValueWithoutConflict(string type, string first, string second)
    {
        var result = await PairAsync(type, first, second);

        result.SourceErrors.Should().BeEmpty();
        result.Conflicts.Should().BeEmpty();
        var resolution = result.Resolutions.Should().ContainSingle().Subject;
        resolution.SupportingClaimIds.Should().Equal("a#1", "b#1");
        resolution.ValueAsGiven.Should().Be(first, "a#1 is the lowest supporting claim with the chosen value");
    }

    [Fact]
    public async Task ACityAndTheCountryThatHoldsItAreCompatibleAndTheCityIsChosen()
    {
        var result = await PairAsync("place", "Astana", "Kazakhstan");

        result.Conflicts.Should().BeEmpty();
        var resolution = result.Resolutions.Single();
        resolution.Value.Should().Be(new PlaceValue("Astana", "KZ"));
        resolution.SupportingClaimIds.Should().Equal("a#1", "b#1");
        resolution.ValueAsGiven.Should().Be("Astana");
    }

    [Theory]
    [InlineData("date", "2024-08-09", "2023-08-09")]
    [InlineData("money", "USD 2 billion", "$3bn")]
    [InlineData("place", "Astana", "Tashkent")]
    [InlineData("number", "12", "14")]
    [InlineData("", "J.K. Rowling", "JK Rowling")]
    public async Task DifferentValuesConflict(string type, string first, string second)
    {
        var result = await PairAsync(type, first, second);

        result.Conflicts.Should().ContainSingle().Which.Kind.Should().Be(ConflictKind.ValueConflict);
    }

    [Fact]
    public async Task UntypedValuesAreComparedAsStringsEvenWhenTheyLookLikeDates()
    {
        var result = await PairAsync(string.Empty, "2024-08-09", "August 9, 2024");

        result.Conflicts.Should().ContainSingle();
        result.Claims.Select(c => c.Value).Should().AllBeOfType<TextValue>();
    }

    [Fact]
    public async Task WeightBecomesTheClaimsConfidenceAndObservedItsDay()
    {
        var result = await CsvAsync("source,subject,property,value,weight,observed\na,s,p,v,0.25,2024-08-06\nb,s,p,v,,\n");

        var a = result.Claims.Single(c => c.Id == "a#1");
        a.Confidence.Should().Be(0.25);
        a.Observed.Should().Be(new LocalDate(2024, 8, 6));
        a.Mode.Should().Be(AssertionMode.Stated);
        a.Evidence.Should().BeNull();
        a.ValueAsGiven.Should().Be("v");
        var b = result.Claims.Single(c => c.Id == "b#1");
        b.Confidence.Should().Be(1.0, "a claim without a weight counts in full");
        b.Observed.Should().BeNull();
    }

    [Fact]
    public async Task ALowerWeightLowersTheConfidenceOfTheResolution()
    {
        static async Task<double> Confidence(string weight)
            => (await CsvAsync($"source,subject,property,value,weight\na,s,p,v,{weight}\nb,s,p,w,0.5\n")).Resolutions.Single().Confidence.Value;

        (await Confidence("0.6")).Should().BeLessThan(await Confidence("1"));
    }

    [Fact]
    public async Task ClaimsAreNumberedPerSourceInFileOrder()
    {
        var result = await CsvAsync("source,subject,property,value\nb,s1,p,v\na,s1,p,v\nb,s2,p,v\nb,s3,p,v\n");

        result.Claims.Select(c => (c.Id, c.Subject)).Should().BeEquivalentTo(new[] { ("b#1", "s1"), ("a#1", "s1"), ("b#2", "s2"), ("b#3", "s3") });
    }

    [Fact]
    public async Task ASmallTruthDiscoveryDataSetResolvesEachItemToItsMajorityValue()
    {
        var result = await Engine.ReconcileClaimFileAsync(TestData("truth-discovery.csv"));

        result.SourceErrors.Should().BeEmpty();
        result.Claims.Should().HaveCount(28);
        result.Resolutions.Select(r => $"{r.Subject}.{r.Property} = {r.ValueAsGiven} ({r.Value!.Describe()})").Should().Equal(
            "AA-100.date = 2024-08-09 (9 August 2024)",
            "AA-100.departure = 7:10 PM (7:10 PM)",
            "UA-200.departure = 06:45 (06:45)",
            "UA-200.gate = 12 (12)",
            "book-0439139597.author = Philip Pullman (Philip Pullman)",
            "book-0747532699.author = J. K. Rowling (J. K. Rowling)",
            "book-0747532699.price = $24.99 (USD 24.99)");
        result.Resolutions.Should().OnlyContain(r => r.Confidence.Value > 0.5);
    }

    [Fact]
    public async Task EachSubjectAndPropertyHasExactlyOneResolution()
    {
        var result = await Engine.ReconcileClaimFileAsync(TestData("truth-discovery.csv"));

        var facts = result.Claims.Select(c => (c.Subject, c.Property)).Distinct().ToList();
        result.Resolutions.Select(r => (r.Subject, r.Property)).Should().BeEquivalentTo(facts).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task TheOrderOfTheRowsDoesNotChangeTheResolutions()
    {
        var lines = await File.ReadAllLinesAsync(TestData("truth-discovery.csv"));
        var reversed = string.Join("\n", lines.Take(1).Concat(lines.Skip(1).Reverse()));

        var forward = await Engine.ReconcileClaimFileAsync(TestData("truth-discovery.csv"));
        var backward = await CsvAsync(reversed);

        backward.Resolutions.Select(r => (r.Subject, r.Property, r.Value?.Key)).Should().Equal(forward.Resolutions.Select(r => (r.Subject, r.Property, r.Value?.Key)));
    }

    [Fact]
    public async Task BadRowsAreSourceErrorsNamingFileAndLineAndTheOtherRowsAreReconciled()
    {
        var result = await Engine.ReconcileClaimFileAsync(TestData("claims-with-bad-rows.csv"));

        result.SourceErrors.Select(e => e.SourceId).Should().Equal("claims-with-bad-rows.csv:4", "claims-with-bad-rows.csv:5");
        result.SourceErrors[0].Message.Should().StartWith("The value 'soon' is not a date");
        result.SourceErrors[1].Message.Should().StartWith("The weight 1.5 is outside [0, 1]");
        result.Claims.Select(c => c.Id).Should().Equal("kun#1", "kyodo#1", "voa#1", "voa#2");
        result.Resolutions.Select(r => r.Value?.Describe()).Should().Equal("9 August 2024", "Astana, KZ");
    }

    [Fact]
    public async Task JsonLinesAreReconciledWithTheirBadLinesReported()
    {
        var result = await Engine.ReconcileClaimFileAsync(TestData("claims.jsonl"));

        result.SourceErrors.Select(e => e.SourceId).Should().Equal("claims.jsonl:4", "claims.jsonl:6");
        var aid = result.Resolutions.Single(r => r.Property == "aid");
        aid.Value.Should().Be(MoneyValue.Exact(2_000_000_000m, "USD"));
        aid.SupportingClaimIds.Should().Equal("kyodo#1", "voa#1");
        aid.ValueAsGiven.Should().Be("$2bn", "kyodo#1 has the lowest identifier");
        result.Resolutions.Single(r => r.Property == "attendees").ValueAsGiven.Should().Be("6");
        result.Claims.Single(c => c.Id == "voa#1").Observed.Should().Be(new LocalDate(2024, 8, 6));
    }

    [Fact]
    public async Task AMissingHeaderColumnLeavesNoClaimsAndOneError()
    {
        var result = await CsvAsync("source,subject,value\na,s,v\n");

        result.Claims.Should().BeEmpty();
        result.Resolutions.Should().BeEmpty();
        result.SourceErrors.Should().ContainSingle().Which.SourceId.Should().Be("claims.csv:1");
    }

    [Fact]
    public async Task TheJsonReportCarriesEachValueAsGiven()
    {
        var result = await Engine.ReconcileClaimFileAsync(TestData("truth-discovery.csv"));

        using var json = JsonDocument.Parse(await ReportAsync(result));

        var root = json.RootElement;
        var claim = root.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "site-b#1");
        claim.GetProperty("valueAsGiven").GetString().Should().Be("7:10 pm");
        claim.GetProperty("value").GetProperty("type").GetString().Should().Be("text");
        var price = root.GetProperty("resolutions").EnumerateArray().Single(r => r.GetProperty("property").GetString() == "price");
        price.GetProperty("valueAsGiven").GetString().Should().Be("$24.99");
        price.GetProperty("value").GetProperty("currency").GetString().Should().Be("USD");
        var gate = root.GetProperty("resolutions").EnumerateArray().Single(r => r.GetProperty("property").GetString() == "gate");
        gate.GetProperty("value").GetProperty("type").GetString().Should().Be("number");
        gate.GetProperty("value").GetProperty("value").GetRawText().Should().Be("12");
        gate.GetProperty("valueAsGiven").GetString().Should().Be("12");
    }

    [Fact]
    public async Task ReconcilingTheSameFileTwiceGivesByteIdenticalReports()
    {
        var first = await ReportAsync(await Engine.ReconcileClaimFileAsync(TestData("truth-discovery.csv")));
        var second = await ReportAsync(await Engine.ReconcileClaimFileAsync(TestData("truth-discovery.csv")));

        second.Should().Be(first);
    }

    [Fact]
    public async Task AFileThatDoesNotExistOrHasAnotherExtensionIsMisuse()
    {
        var missing = () => Engine.ReconcileClaimFileAsync(TestData("missing.csv"));
        var other = () => Engine.ReconcileClaimFileAsync(TestData("README.md"));

        await missing.Should().ThrowAsync<FileNotFoundException>();
        await other.Should().ThrowAsync<ArgumentException>().WithMessage("*give a .csv file, or a .jsonl or .ndjson file*");
    }

    [Fact]
    public void ClaimsHeldInMemoryAreReadAsTheirTypesAndReconciled()
    {
        var result = Engine.ReconcileStructuredClaims(
        [
            new StructuredClaim("a", "summit", "date", "2024-08-09") { Type = StructuredValueType.Date, Weight = 0.9 },
            new StructuredClaim("b", "summit", "date", "August 9, 2024") { Type = StructuredValueType.Date },
            new StructuredClaim("b", "summit", "date", "next-ish") { Type = StructuredValueType.Date },
        ]);

        result.SourceErrors.Should().ContainSingle().Which.SourceId.Should().Be("b#2");
        var resolution = result.Resolutions.Single();
        resolution.Value.Should().Be(DateValue.Day(new LocalDate(2024, 8, 9)));
        resolution.ValueAsGiven.Should().Be("2024-08-09");
        result.Claims.Single(c => c.Id == "a#1").Confidence.Should().Be(0.9);
    }

    [Fact]
    public void TheDocumentedInMemoryExampleGivesKyodosForm()
    {
        // docs/structured-claims.md, "From code".
        var result = ReconcileEngine.Create().ReconcileStructuredClaims(
        [
            new StructuredClaim("voa", "summit", "date", "2024-08-09") { Type = StructuredValueType.Date, Weight = 0.9 },
            new StructuredClaim("kyodo", "summit", "date", "August 9, 2024") { Type = StructuredValueType.Date },
        ]);

        result.Resolutions[0].ValueAsGiven.Should().Be("August 9, 2024");
    }

    [Fact]
    public void AStructuredClaimRefusesAWeightOutsideZeroToOne()
    {
        var act = () => new StructuredClaim("a", "s", "p", "v") { Weight = 1.5 };

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task TheReconcilerFromDependencyInjectionReadsClaimFilesWithThePacksPlaces()
    {
        await using var provider = new ServiceCollection().AddReconcile().BuildServiceProvider();

        var result = await provider.GetRequiredService<IReconciler>().ReconcileClaimFileAsync(TestData("claims-with-bad-rows.csv"));

        result.Resolutions.Should().Contain(r => r.Property == "location" && r.Value is PlaceValue);
        provider.GetRequiredService<StructuredValueParser>().TryParse("Astana", StructuredValueType.Place, out var place, out _).Should().BeTrue();
        place.Should().Be(new PlaceValue("Astana", "KZ"));
        provider.GetRequiredService<StructuredClaimReader>().Should().NotBeNull();
    }

    private static async Task<string> ReportAsync(ReconciliationResult result)
    {
        using var writer = new StringWriter();
        await new JsonReportWriter().WriteAsync(result, writer);
        return writer.ToString();
    }
}
