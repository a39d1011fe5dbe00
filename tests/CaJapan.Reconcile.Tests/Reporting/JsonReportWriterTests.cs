using System.Text.Json;
using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Reporting;
using CaJapan.Reconcile.Sources;
using NodaTime;

namespace CaJapan.Reconcile.Tests.Reporting;

public sealed class JsonReportWriterTests
{
    private readonly JsonReportWriter writer = new();

    [Fact]
    public void TheJsonWriterIsNamedJson()
        => writer.Format.Should().Be("json");

    [Fact]
    public async Task TheJsonReportCarriesSchemaVersionOne()
    {
        using var document = await WriteAsync(ReportSamples.Result());

        var root = document.RootElement;
        root.GetProperty("schemaVersion").GetInt32().Should().Be(1);
        foreach (var list in new[] { "sources", "errors", "claims", "conflicts", "updates", "resolutions", "sourceTrust" })
        {
            root.GetProperty(list).ValueKind.Should().Be(JsonValueKind.Array, "'{0}' is a list", list);
        }
    }

    [Fact]
    public async Task EachSourceCarriesItsFileOutletDateOriginAndAddress()
    {
        using var document = await WriteAsync(ReportSamples.Result());

        var sources = document.RootElement.GetProperty("sources");
        sources.GetArrayLength().Should().Be(2);
        var a = sources[0];
        a.GetProperty("id").GetString().Should().Be("a.txt");
        a.GetProperty("file").GetString().Should().Be("a.txt");
        a.GetProperty("outlet").GetString().Should().Be("VOA");
        a.GetProperty("published").GetString().Should().Be("2024-08-06");
        a.GetProperty("publishedFrom").GetString().Should().Be("manifest");
        a.GetProperty("url").GetString().Should().Be("https://www.voanews.com/a/summit.html");
        var b = sources[1];
        b.GetProperty("id").GetString().Should().Be("b.txt");
        b.GetProperty("file").GetString().Should().Be("b.txt");
        b.GetProperty("outlet").ValueKind.Should().Be(JsonValueKind.Null);
        b.GetProperty("published").ValueKind.Should().Be(JsonValueKind.Null);
        b.GetProperty("publishedFrom").GetString().Should().Be("unknown");
        b.GetProperty("url").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task EachSourceErrorCarriesItsSourceAndMessage()
    {
        using var document = await WriteAsync(ReportSamples.Result());

        var error = document.RootElement.GetProperty("errors").EnumerateArray().Should().ContainSingle().Subject;
        error.GetProperty("source").GetString().Should().Be("c.txt");
        error.GetProperty("message").GetString().Should().Be("The source is empty; an article needs some text.");
    }

    [Fact]
    public async Task EachClaimCarriesItsValueQuotePositionModeAndConfidence()
    {
        using var document = await WriteAsync(ReportSamples.Result());

        var claims = document.RootElement.GetProperty("claims");
        claims.GetArrayLength().Should().Be(3);
        var claim = claims[0];
        claim.GetProperty("id").GetString().Should().Be("a.txt#1");
        claim.GetProperty("sourceId").GetString().Should().Be("a.txt");
        claim.GetProperty("subject").GetString().Should().Be("ca-japan-summit");
        claim.GetProperty("property").GetString().Should().Be("date");
        var value = claim.GetProperty("value");
        value.GetProperty("type").GetString().Should().Be("date");
        value.GetProperty("start").GetString().Should().Be("2024-08-09");
        value.GetProperty("end").GetString().Should().Be("2024-08-09");
        value.GetProperty("precision").GetString().Should().Be("day");
        claim.GetProperty("quote").GetString().Should().Be("On August 9, 2024");
        var start = claim.GetProperty("start").GetInt32();
        var end = claim.GetProperty("end").GetInt32();
        ReportSamples.TextA[start..end].Should().Be("On August 9, 2024");
        claim.GetProperty("confidence").GetDouble().Should().Be(0.9);
        claim.GetProperty("mode").GetString().Should().Be("expected");
        claim.GetProperty("asOf").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task AClaimAsOfADateCarriesThatDateAsAValue()
    {
        using var document = await WriteAsync(ReportSamples.Result());

        var status = document.RootElement.GetProperty("claims")[1];
        status.GetProperty("mode").GetString().Should().Be("reported");
        status.GetProperty("value").GetProperty("type").GetString().Should().Be("status");
        status.GetProperty("value").GetProperty("status").GetString().Should().Be("planned");
        var asOf = status.GetProperty("asOf");
        asOf.GetProperty("type").GetString().Should().Be("date");
        asOf.GetProperty("start").GetString().Should().Be("2023-07-30");
    }

    [Fact]
    public async Task AClaimWithoutEvidenceHasNullQuoteAndPosition()
    {
        var structured = new Claim("s1", "a.txt", "ca-japan-summit", "place", new PlaceValue("Astana", "KZ"), null, AssertionMode.Stated, 1);
        using var document = await WriteAsync(ReportSamples.Result() with { Claims = [structured] });

        var claim = document.RootElement.GetProperty("claims")[0];
        claim.GetProperty("quote").ValueKind.Should().Be(JsonValueKind.Null);
        claim.GetProperty("start").ValueKind.Should().Be(JsonValueKind.Null);
        claim.GetProperty("end").ValueKind.Should().Be(JsonValueKind.Null);
        claim.GetProperty("mode").GetString().Should().Be("stated");
    }

    [Fact]
    public async Task AClaimCarriesTheWeekdayItsSourceNamedOrNull()
    {
        var date = DateValue.Day(new LocalDate(2023, 8, 9));
        var named = new Claim("w1", "a.txt", "ca-japan-summit", "date", date, null, AssertionMode.Stated, 1) { StatedWeekday = IsoDayOfWeek.Friday };
        var unnamed = named with { Id = "w2", StatedWeekday = null };
        using var document = await WriteAsync(ReportSamples.Result() with { Claims = [named, unnamed] });

        var claims = document.RootElement.GetProperty("claims");
        claims[0].GetProperty("statedWeekday").GetString().Should().Be("friday");
        claims[1].GetProperty("statedWeekday").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task TheConflictCarriesItsKindClaimsSidesAndConfidenceInputs()
    {
        using var document = await WriteAsync(ReportSamples.Result());

        var conflict = document.RootElement.GetProperty("conflicts").EnumerateArray().Should().ContainSingle().Subject;
        conflict.GetProperty("id").GetString().Should().Be("C1");
        conflict.GetProperty("kind").GetString().Should().Be("value-conflict");
        conflict.GetProperty("subject").GetString().Should().Be("ca-japan-summit");
        conflict.GetProperty("property").GetString().Should().Be("date");
        Strings(conflict.GetProperty("claimIds")).Should().Equal("a.txt#1", "b.txt#2");
        Strings(conflict.GetProperty("sourceIds")).Should().Equal("a.txt", "b.txt");
        conflict.GetProperty("confidence").GetDouble().Should().Be(0.9123);
        conflict.GetProperty("explanation").GetString().Should().Be("The sources give different dates for the summit.");
        conflict.GetProperty("rule").GetString().Should().Be("single-valued-fact");
        var sides = conflict.GetProperty("sides");
        sides.GetArrayLength().Should().Be(2);
        sides[1].GetProperty("value").GetString().Should().Be("9 August 2023");
        Strings(sides[1].GetProperty("claimIds")).Should().Equal("b.txt#2");
        Strings(sides[1].GetProperty("sourceIds")).Should().Equal("b.txt");
        var input = conflict.GetProperty("confidenceInputs").EnumerateArray().Should().ContainSingle().Subject;
        input.GetProperty("name").GetString().Should().Be("disjoint");
        input.GetProperty("value").GetDouble().Should().Be(1);
        input.GetProperty("description").GetString().Should().Be("The dates share no day.");
    }

    [Theory]
    [InlineData(ConflictKind.ValueConflict, "value-conflict")]
    [InlineData(ConflictKind.SelfContradiction, "self-contradiction")]
    [InlineData(ConflictKind.StatusContradiction, "status-contradiction")]
    [InlineData(ConflictKind.KnowledgeConflict, "knowledge-conflict")]
    public async Task EachConflictKindIsWrittenInKebabCase(ConflictKind kind, string expected)
    {
        var result = ReportSamples.Result() with { Conflicts = [ReportSamples.DateConflict with { Kind = kind }] };
        using var document = await WriteAsync(result);

        document.RootElement.GetProperty("conflicts")[0].GetProperty("kind").GetString().Should().Be(expected);
    }

    [Fact]
    public async Task TheUpdateCarriesItsStatusesClaimsAndExplanation()
    {
        using var document = await WriteAsync(ReportSamples.Result());

        var update = document.RootElement.GetProperty("updates").EnumerateArray().Should().ContainSingle().Subject;
        update.GetProperty("subject").GetString().Should().Be("ca-japan-summit");
        update.GetProperty("from").GetString().Should().Be("planned");
        update.GetProperty("to").GetString().Should().Be("held");
        Strings(update.GetProperty("fromClaimIds")).Should().Equal("b.txt#1");
        Strings(update.GetProperty("toClaimIds")).Should().Equal("a.txt#1");
        update.GetProperty("explanation").GetString().Should().Be("The summit was planned, then held.");
    }

    [Fact]
    public async Task TheResolutionCarriesItsValueConfidenceAndClaims()
    {
        using var document = await WriteAsync(ReportSamples.Result());

        var resolution = document.RootElement.GetProperty("resolutions").EnumerateArray().Should().ContainSingle().Subject;
        resolution.GetProperty("subject").GetString().Should().Be("ca-japan-summit");
        resolution.GetProperty("property").GetString().Should().Be("date");
        resolution.GetProperty("value").GetProperty("type").GetString().Should().Be("date");
        resolution.GetProperty("value").GetProperty("start").GetString().Should().Be("2024-08-09");
        resolution.GetProperty("confidence").GetDouble().Should().Be(0.8123);
        Strings(resolution.GetProperty("supportingClaimIds")).Should().Equal("a.txt#1");
        Strings(resolution.GetProperty("opposingClaimIds")).Should().Equal("b.txt#2");
        resolution.GetProperty("asOf").ValueKind.Should().Be(JsonValueKind.Null);
        var inputs = resolution.GetProperty("confidenceInputs");
        inputs.GetArrayLength().Should().Be(2);
        inputs[1].GetProperty("name").GetString().Should().Be("corroboration");
        inputs[1].GetProperty("value").GetRawText().Should().Be("0.3333");
    }

    [Fact]
    public async Task AnUnresolvedFactHasANullValue()
    {
        var result = ReportSamples.Result() with { Resolutions = [ReportSamples.DateResolution with { Value = null }] };
        using var document = await WriteAsync(result);

        document.RootElement.GetProperty("resolutions")[0].GetProperty("value").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task SourceTrustIsListedBySourceAndRoundedToFourDecimals()
    {
        using var document = await WriteAsync(ReportSamples.Result());

        var trust = document.RootElement.GetProperty("sourceTrust");
        trust.GetArrayLength().Should().Be(2);
        trust[0].GetProperty("sourceId").GetString().Should().Be("a.txt");
        trust[0].GetProperty("trust").GetRawText().Should().Be("0.9123");
        trust[1].GetProperty("sourceId").GetString().Should().Be("b.txt");
        trust[1].GetProperty("trust").GetRawText().Should().Be("0.7");
    }

    [Fact]
    public async Task EachKindOfValueCarriesItsTypeAndNormalisedFields()
    {
        var values = new ClaimValue[]
        {
            new DateValue(new LocalDate(2024, 8, 1), new LocalDate(2024, 8, 10), DatePrecision.PartOfMonth),
            MoneyValue.Exact(2_000_000_000m, "USD"),
            new PlaceValue("Astana", "KZ"),
            new PlaceValue(null, "KZ"),
            new StatusValue(EventStatus.Cancelled),
            new TitleValue("prime-minister", "JP"),
            new TextValue("Central Asia plus Japan"),
            new AnniversaryValue("ca-japan-dialogue", 20, "Central Asia plus Japan Dialogue"),
            new NumberValue(1250.50m),
        };
        var claims = values.Select((v, i) => new Claim($"v{i}", "a.txt", "s", "p", v, null, AssertionMode.Stated, 1)).ToList();
        using var document = await WriteAsync(ReportSamples.Result() with { Claims = claims });

        var written = document.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("value").GetRawText()).ToList();
        written.Select(Compact).Should().Equal(
            """{"type":"date","start":"2024-08-01","end":"2024-08-10","precision":"part-of-month"}""",
            """{"type":"money","min":2000000000,"max":2000000000,"currency":"USD"}""",
            """{"type":"place","city":"Astana","country":"KZ"}""",
            """{"type":"place","city":null,"country":"KZ"}""",
            """{"type":"status","status":"cancelled"}""",
            """{"type":"title","office":"prime-minister","country":"JP"}""",
            """{"type":"text","text":"Central Asia plus Japan"}""",
            """{"type":"anniversary","event":"ca-japan-dialogue","ordinal":20}""",
            """{"type":"number","value":1250.5}""");
    }

    [Fact]
    public async Task AStructuredClaimAndItsResolutionCarryTheValueAsGiven()
    {
        var claim = new Claim("web-1#1", "web-1", "book-1", "author", new TextValue("J. K. Rowling"), null, AssertionMode.Stated, 1)
        {
            ValueAsGiven = "J. K. Rowling",
        };
        var resolution = ReportSamples.DateResolution with { Value = claim.Value, ValueAsGiven = "J. K. Rowling", SupportingClaimIds = ["web-1#1"] };
        using var document = await WriteAsync(ReportSamples.Result() with { Claims = [claim, ReportSamples.DateA], Resolutions = [resolution] });

        var claims = document.RootElement.GetProperty("claims");
        claims[0].GetProperty("valueAsGiven").GetString().Should().Be("J. K. Rowling");
        claims[1].GetProperty("valueAsGiven").ValueKind.Should().Be(JsonValueKind.Null, "a claim read from text has its words in the quote");
        document.RootElement.GetProperty("resolutions")[0].GetProperty("valueAsGiven").GetString().Should().Be("J. K. Rowling");
    }

    [Fact]
    public async Task AResolutionOfClaimsFromTextHasANullValueAsGiven()
    {
        using var document = await WriteAsync(ReportSamples.Result());

        document.RootElement.GetProperty("resolutions")[0].GetProperty("valueAsGiven").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Theory]
    [InlineData(DatePrecision.Day, "day")]
    [InlineData(DatePrecision.DayRange, "day-range")]
    [InlineData(DatePrecision.PartOfMonth, "part-of-month")]
    [InlineData(DatePrecision.Month, "month")]
    [InlineData(DatePrecision.Year, "year")]
    public async Task EachDatePrecisionIsWrittenInLowerKebabCase(DatePrecision precision, string expected)
    {
        var date = new DateValue(new LocalDate(2024, 8, 1), new LocalDate(2024, 8, 31), precision);
        var claim = new Claim("d", "a.txt", "s", "date", date, null, AssertionMode.Stated, 1);
        using var document = await WriteAsync(ReportSamples.Result() with { Claims = [claim] });

        document.RootElement.GetProperty("claims")[0].GetProperty("value").GetProperty("precision").GetString().Should().Be(expected);
    }

    [Fact]
    public async Task WritingTheSameResultTwiceGivesIdenticalText()
    {
        var first = await ReportSamples.WriteAsync(writer, ReportSamples.Result());
        var second = await ReportSamples.WriteAsync(writer, ReportSamples.Result());

        second.Should().Be(first);
    }

    [Fact]
    public async Task TheJsonReportIsIndentedWithLineFeedsOnly()
    {
        var text = await ReportSamples.WriteAsync(writer, ReportSamples.Result());

        text.Should().StartWith("{\n  \"schemaVersion\": 1,\n  \"sources\": [\n");
        text.Should().NotContain("\r");
        text.Should().EndWith("}\n");
    }

    [Fact]
    public async Task AQuoteWithMarkupQuotesAndLineBreaksStaysValidJson()
    {
        const string text = "He wrote <script>alert(\"x\")</script> & left.\r\nThen \"quoted\" \\ it\tagain — 東京.";
        var claim = new Claim(
            "x1", "a.txt", "ca-japan-summit", "venue", new TextValue(text), Evidence.FromSpan("a.txt", text, 0, text.Length),
            AssertionMode.Stated, 1);
        var result = ReportSamples.Result() with { Claims = [claim] };

        var json = await ReportSamples.WriteAsync(writer, result);
        using var document = JsonDocument.Parse(json);

        var written = document.RootElement.GetProperty("claims")[0];
        written.GetProperty("quote").GetString().Should().Be(text);
        written.GetProperty("value").GetProperty("text").GetString().Should().Be(text);
        json.Should().NotContain("<script>", "markup is escaped so that the document can sit inside a page");
        json.Should().Contain("東京", "readable text is not escaped");
    }

    [Fact]
    public async Task ANumberThatIsNotFiniteIsWrittenAsNull()
    {
        var conflict = ReportSamples.DateConflict with
        {
            Confidence = new Score(0.5, [new ScoreInput("odds", double.PositiveInfinity, "Certain.")]),
        };
        using var document = await WriteAsync(ReportSamples.Result() with { Conflicts = [conflict] });

        document.RootElement.GetProperty("conflicts")[0].GetProperty("confidenceInputs")[0].GetProperty("value").ValueKind
            .Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task TheFileIsTheFileNameOfTheSourcePath()
    {
        var source = new Source("article-7", "Some text.") { Path = "/data/articles/seven.txt", PublishedOrigin = PublishedOrigin.Text };
        using var document = await WriteAsync(ReportSamples.Empty() with { Sources = [source] });

        var written = document.RootElement.GetProperty("sources")[0];
        written.GetProperty("file").GetString().Should().Be("seven.txt");
        written.GetProperty("publishedFrom").GetString().Should().Be("text");
    }

    [Fact]
    public async Task WritingANullResultThrows()
    {
        var act = () => writer.WriteAsync(null!, TextWriter.Null);

        await act.Should().ThrowAsync<ArgumentNullException>().WithParameterName("result");
    }

    private async Task<JsonDocument> WriteAsync(ReconciliationResult result)
        => JsonDocument.Parse(await ReportSamples.WriteAsync(writer, result));

    private static List<string?> Strings(JsonElement array)
        => [.. array.EnumerateArray().Select(e => e.GetString())];

    private static string Compact(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement);
    }
}
