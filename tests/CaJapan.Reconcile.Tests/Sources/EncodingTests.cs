using System.Text;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Sources;

namespace CaJapan.Reconcile.Tests.SourceFiles;

/// <summary>
/// Hostile encodings: byte-order marks, UTF-16, invalid bytes, NUL, invisible and bidi characters, look-alike letters.
/// None may crash anything, and every claim's quote must be exactly the source's characters at its offsets.
/// </summary>
public sealed class EncodingTests : IDisposable
{
    /// <summary>The opening of a seed article (000_93972972f511d642.txt), with a day-month-year date added.</summary>
    internal const string Article =
        "Japan's Strategic Engagement in Central Asia\n" +
        "On August 9, 2023, the first summit of the \"Central Asia plus Japan\" dialogue will take place in Astana, Kazakhstan, " +
        "marking a significant step in Japan's efforts to deepen partnerships in the region. Prime Minister Fumio Kishida's " +
        "participation underscores Japan's commitment to fostering cooperation and addressing regional challenges.\n" +
        "The summit was later set for 9 August 2024 in Astana.\n";

    private static string Sentence(string date, string place)
        => $"The first summit of the \"Central Asia plus Japan\" dialogue will take place on {date} in {place}, Kazakhstan.\n";

    private readonly string folder = Directory.CreateTempSubdirectory("encodings-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public static TheoryData<string> Encodings => ["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom"];

    internal static byte[] Encode(string text, string variant) => variant switch
    {
        "utf8" => new UTF8Encoding(false).GetBytes(text),
        "utf8-bom" => [.. new UTF8Encoding(true).GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        "utf16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        "utf16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };

    internal static void QuotesMatchTheirSources(ReconciliationResult result)
    {
        var texts = result.Sources.ToDictionary(s => s.Id, s => s.Text);
        foreach (var claim in result.Claims.Where(c => c.Evidence is not null))
        {
            var e = claim.Evidence!;
            var text = texts[e.SourceId];
            e.Start.Should().BeInRange(0, text.Length, claim.ToString());
            e.End.Should().BeInRange(e.Start, text.Length, claim.ToString());
            text.Substring(e.Start, e.End - e.Start).Should().Be(e.Quote, claim.ToString());
        }
    }

    private static IEnumerable<(string, string, string)> Facts(ReconciliationResult result)
        => result.Claims.Select(c => (c.Subject, c.Property, c.Value.Key)).Distinct().Order();

    private async Task<ReconciliationResult> ReconcileAsync(string file, byte[] bytes)
    {
        var sub = Directory.CreateDirectory(Path.Combine(folder, Guid.NewGuid().ToString("N"))).FullName;
        await File.WriteAllBytesAsync(Path.Combine(sub, file), bytes);
        return await ReconcileEngine.Create().ReconcileFolderAsync(sub);
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task EveryEncodingWithItsByteOrderMarkGivesTheSameTextAndClaimsAsPlainUtf8(string variant)
    {
        var clean = await ReconcileAsync("a.txt", Encode(Article, "utf8"));
        var result = await ReconcileAsync("a.txt", Encode(Article, variant));

        result.SourceErrors.Should().BeEmpty();
        result.Sources.Should().ContainSingle().Which.Text.Should().Be(Article, "the byte-order mark is not part of the text");
        Facts(clean).Should().NotBeEmpty();
        Facts(result).Should().Equal(Facts(clean));
        QuotesMatchTheirSources(result);
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task HtmlPagesInEveryEncodingGiveTheSameClaims(string variant)
    {
        var page = "<html><body><p>" + Article.Replace("\n", "</p><p>", StringComparison.Ordinal) + "</p></body></html>";
        var clean = await ReconcileAsync("a.html", Encode(page, "utf8"));
        var result = await ReconcileAsync("a.html", Encode(page, variant));

        result.SourceErrors.Should().BeEmpty();
        Facts(result).Should().NotBeEmpty().And.Equal(Facts(clean));
        QuotesMatchTheirSources(result);
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 })] // a lead byte with a wrong continuation
    [InlineData(new byte[] { 0xFF })] // never valid in UTF-8
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // an encoded surrogate
    [InlineData(new byte[] { 0xC0, 0xAF })] // an overlong '/'
    public async Task InvalidUtf8IsAnErrorNamingTheFileAndTheOtherFilesStillReconcile(byte[] bad)
    {
        var clean = Encoding.UTF8.GetBytes(Article);
        await File.WriteAllBytesAsync(Path.Combine(folder, "good.txt"), clean);
        await File.WriteAllBytesAsync(Path.Combine(folder, "bad.txt"), [.. clean[..50], .. bad, .. clean[50..]]);

        var result = await ReconcileEngine.Create().ReconcileFolderAsync(folder);

        result.SourceErrors.Should().ContainSingle().Which.Should().Match<SourceError>(e => e.SourceId == "bad.txt" && e.Message.Contains("not valid UTF-8") && e.Message.Contains("offset 50"));
        result.Sources.Select(s => s.Id).Should().Equal("good.txt");
        result.Claims.Should().NotBeEmpty();
        QuotesMatchTheirSources(result);
    }

    [Fact]
    public async Task AnOddLengthOrUnpairedSurrogateInUtf16IsAnErrorNamingTheFile()
    {
        byte[] unpaired = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("On 9 August "), 0x00, 0xD8, .. Encoding.Unicode.GetBytes(" 2024.")];
        byte[] odd = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("On 9 August 2024."), 0x41];
        await File.WriteAllBytesAsync(Path.Combine(folder, "unpaired.txt"), unpaired);
        await File.WriteAllBytesAsync(Path.Combine(folder, "odd.txt"), odd);
        await File.WriteAllTextAsync(Path.Combine(folder, "good.txt"), Article);

        var result = await ReconcileEngine.Create().ReconcileFolderAsync(folder);

        result.SourceErrors.Select(e => e.SourceId).Should().Equal("odd.txt", "unpaired.txt");
        result.SourceErrors.Should().OnlyContain(e => e.Message.Contains("not valid UTF-8 or UTF-16"));
        result.Sources.Select(s => s.Id).Should().Equal("good.txt");
    }

    [Fact]
    public async Task ANulByteRefusesTheFileByNameAndTheRestOfTheFolderStillReconciles()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "good.txt"), Article);
        await File.WriteAllTextAsync(Path.Combine(folder, "nul.txt"), Article.Insert(20, "\0"));
        await File.WriteAllBytesAsync(Path.Combine(folder, "nul16.txt"), Encode(Article.Insert(7, "\0"), "utf16le-bom"));

        var result = await ReconcileEngine.Create().ReconcileFolderAsync(folder);

        result.SourceErrors.Select(e => (e.SourceId, e.Message)).Should().Equal(
            ("nul.txt", "The source looks binary (a NUL character at offset 20); give it as text."),
            ("nul16.txt", "The source looks binary (a NUL character at offset 7); give it as text."));
        result.Sources.Select(s => s.Id).Should().Equal("good.txt");
        result.Claims.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("\u200B")] // zero-width space
    [InlineData("\u200D")] // zero-width joiner
    [InlineData("\uFEFF")] // a byte-order mark inside the text
    [InlineData("\u202E")] // right-to-left override
    [InlineData("\u2066")] // left-to-right isolate
    [InlineData("\u2069")] // pop directional isolate
    public async Task AnInvisibleCharacterInsideADateOrPlaceNeverGivesAWrongOffset(string invisible)
    {
        foreach (var target in (string[])["9 August 2024", "Astana"])
        {
            foreach (var at in Enumerable.Range(1, target.Length - 1))
            {
                var text = Article.Replace(target, target.Insert(at, invisible), StringComparison.Ordinal);
                foreach (var variant in (string[])["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom"])
                {
                    var result = await ReconcileAsync("a.txt", Encode(text, variant));

                    result.SourceErrors.Should().BeEmpty();
                    result.Sources.Single().Text.Should().Be(text, "an invisible character is kept, so offsets count it");
                    QuotesMatchTheirSources(result);
                }
            }
        }
    }

    [Fact]
    public async Task AnInvisibleCharacterBreaksTheWordItSitsIn()
    {
        var clean = await ReconcileAsync("a.txt", Encoding.UTF8.GetBytes(Sentence("9 August 2024", "Astana")));
        var broken = await ReconcileAsync("a.txt", Encoding.UTF8.GetBytes(Sentence("9 Aug\u200Bust 2024", "Ast\u200Bana")));

        var facts = Facts(clean).Where(f => f.Item2 is "date" or "location").ToList();
        facts.Should().HaveCount(2);
        Facts(broken).Should().NotIntersectWith(facts, "'Aug\u200Bust' is not the month nor 'Ast\u200Bana' the city: the text is read as given, never folded");
        Facts(broken).Should().Contain(f => f.Item2 == "date", "the year alone is still read");
        QuotesMatchTheirSources(broken);
    }

    [Theory]
    [InlineData("\u0410ugust")] // Cyrillic capital A
    [InlineData("Augu\u0455t")] // Cyrillic small dze, looks like s
    [InlineData("\u0391ugust")] // Greek capital alpha
    public async Task ALookAlikeLetterFromAnotherScriptIsNotReadAsTheMonth(string month)
    {
        var clean = await ReconcileAsync("a.txt", Encoding.UTF8.GetBytes(Sentence("9 August 2024", "Astana")));
        var spoofed = await ReconcileAsync("a.txt", Encoding.UTF8.GetBytes(Sentence($"9 {month} 2024", "Astana")));

        var date = Facts(clean).Should().ContainSingle(f => f.Item2 == "date").Subject;
        Facts(spoofed).Should().NotContain(date).And.Contain(f => f.Item2 == "location");
        QuotesMatchTheirSources(spoofed);
    }

    [Theory]
    [InlineData("\u0391stana")] // Greek capital alpha
    [InlineData("Ast\u0430na")] // Cyrillic small a
    [InlineData("\u0410stana")] // Cyrillic capital A
    public async Task ALookAlikeLetterInAPlaceNameIsNotThePlace(string name)
    {
        var clean = await ReconcileAsync("a.txt", Encoding.UTF8.GetBytes(Sentence("9 August 2024", "Astana")));
        var spoofed = await ReconcileAsync("a.txt", Encoding.UTF8.GetBytes(Sentence("9 August 2024", name)));

        var place = Facts(clean).Should().ContainSingle(f => f.Item2 == "location").Subject;
        Facts(spoofed).Should().NotContain(place).And.Contain(f => f.Item2 == "date");
        QuotesMatchTheirSources(spoofed);
    }

    private static string Line(string id, string text) => System.Text.Json.JsonSerializer.Serialize(new { id, text });

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task AJsonLinesCorpusInEveryEncodingGivesTheSameTextAndClaims(string variant)
    {
        var path = Path.Combine(folder, "corpus.jsonl");
        await File.WriteAllBytesAsync(path, Encode(Line("a", Article) + "\n" + Line("b", Article.Replace("Astana", "Ast\u200Bana\u202E", StringComparison.Ordinal)) + "\n", variant));

        var set = await new SourceReader().ReadJsonLinesAsync(path);
        var result = await ReconcileEngine.Create().ReconcileAsync(set.Sources);

        set.Errors.Should().BeEmpty();
        set.Sources.Select(s => s.Text).Should().Equal(Article, Article.Replace("Astana", "Ast\u200Bana\u202E", StringComparison.Ordinal));
        result.Claims.Should().Contain(c => c.SourceId == "a");
        QuotesMatchTheirSources(result);
    }

    [Fact]
    public async Task AJsonLinesCorpusLineWithInvalidUtf8IsAnErrorNamingItsLineAndTheOtherLinesAreRead()
    {
        var path = Path.Combine(folder, "corpus.jsonl");
        await File.WriteAllBytesAsync(path, [
            .. Encoding.UTF8.GetBytes(Line("a", Article) + "\n"),
            .. Encoding.UTF8.GetBytes("{\"id\": \"b\", \"text\": \"On 9 Aug"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("ust\"}\n"),
            .. Encoding.UTF8.GetBytes(Line("c", Article) + "\n")]);

        var set = await new SourceReader().ReadJsonLinesAsync(path);

        set.Sources.Select(s => s.Id).Should().Equal(["a", "c"], "the bad line is refused, never read with U+FFFD in place of its bytes");
        set.Errors.Select(e => (e.SourceId, e.Message)).Should().Equal(
            ("corpus.jsonl:2", "The source is not valid UTF-8 or UTF-16 text (an invalid byte sequence after 29 characters of the line); save it as UTF-8."));
    }

    [Fact]
    public async Task AUtf16CorpusLineWithAnUnpairedSurrogateIsAnErrorNamingItsLine()
    {
        var path = Path.Combine(folder, "corpus.jsonl");
        var text = Line("a", Article) + "\n" + Line("b", "On 9 August XX 2024.") + "\n" + Line("c", Article) + "\n";
        var bytes = Encoding.Unicode.GetBytes(text);
        var at = text.IndexOf("XX", StringComparison.Ordinal) * 2;
        (bytes[at], bytes[at + 1]) = (0x00, 0xDC); // a lone low surrogate
        await File.WriteAllBytesAsync(path, [.. Encoding.Unicode.GetPreamble(), .. bytes]);

        var set = await new SourceReader().ReadJsonLinesAsync(path);

        set.Sources.Select(s => s.Id).Should().Equal("a", "c");
        set.Errors.Should().ContainSingle().Which.Should().Match<SourceError>(e => e.SourceId == "corpus.jsonl:2" && e.Message.Contains("not valid UTF-8 or UTF-16"));
    }

    [Fact]
    public async Task ACorpusLineOverItsLimitIsAnErrorNamingItsLineAndTheOption()
    {
        var path = Path.Combine(folder, "corpus.jsonl");
        await File.WriteAllLinesAsync(path, [Line("a", Article), Line("b", new string('x', 80_000)), Line("c", Article)]);

        var set = await new SourceReader(maxSourceBytes: 1000).ReadJsonLinesAsync(path);

        set.Sources.Select(s => s.Id).Should().Equal("a", "c");
        set.Errors.Should().ContainSingle().Which.Should().Match<SourceError>(e => e.SourceId == "corpus.jsonl:2"
            && e.Message.StartsWith("The line is longer than 71,536 bytes", StringComparison.Ordinal) && e.Message.Contains("raise ReconcileOptions.MaxSourceBytes"));
    }

    [Fact]
    public async Task AnArticleWhoseEveryCharacterIsEscapedFitsItsCorpusLine()
    {
        // 1,000 bytes of text, each written as a six-byte escape: the line is over 6,000 bytes, and still read.
        var path = Path.Combine(folder, "corpus.jsonl");
        var escaped = string.Concat(Enumerable.Repeat("\\u0041", 1000));
        await File.WriteAllTextAsync(path, $$"""{"id":"a","text":"{{escaped}}"}""" + "\n");

        var set = await new SourceReader(maxSourceBytes: 1000).ReadJsonLinesAsync(path);

        set.Errors.Should().BeEmpty();
        set.Sources.Single().Text.Should().Be(new string('A', 1000));
    }

    [Fact]
    public async Task ACorpusIsToldFromClaimsByItsFirstReadableLine()
    {
        var corpus = Path.Combine(folder, "corpus.jsonl");
        await File.WriteAllBytesAsync(corpus, [.. "\n{\"id\": \"x\", \"text\": \""u8, 0xFF, .. "\"}\n"u8, .. Encoding.UTF8.GetBytes(Line("a", Article) + "\n")]);
        var claims = Path.Combine(folder, "claims.jsonl");
        await File.WriteAllTextAsync(claims, """{"source": "s", "subject": "a", "property": "p", "value": "v", "text": "t"}""" + "\n");

        SourceReader.IsArticleCorpus(corpus).Should().BeTrue();
        SourceReader.IsArticleCorpus(claims).Should().BeFalse();
        SourceReader.IsArticleCorpus(Path.Combine(folder, "missing.jsonl")).Should().BeFalse();
    }

    [Fact]
    public async Task AJsonLinesArticleWithANulCharacterIsRefusedByLineLikeABinaryFile()
    {
        var path = Path.Combine(folder, "corpus.jsonl");
        await File.WriteAllLinesAsync(path, [Line("a", Article), Line("b", "On 9 Aug\0ust 2024."), """{"id": "c", "text": "On 9 August\u0000"}"""]);

        var set = await new SourceReader().ReadJsonLinesAsync(path);

        set.Sources.Select(s => s.Id).Should().Equal("a");
        set.Errors.Select(e => (e.SourceId, e.Message)).Should().Equal(
            ("corpus.jsonl:2", "The source looks binary (a NUL character at offset 8); give it as text."),
            ("corpus.jsonl:3", "The source looks binary (a NUL character at offset 11); give it as text."));
        File.ReadAllText(path).Should().NotContain("\0", "the NUL characters are JSON escapes, so each line is valid JSON");
    }

    [Theory]
    [InlineData("&#8203;")] // zero-width space
    [InlineData("&#x202E;")] // right-to-left override
    [InlineData("&#xFEFF;")]
    [InlineData("&#0;")]
    [InlineData("&#xD800;")] // a lone surrogate, which no text file can hold
    [InlineData("&#x110000;")] // beyond Unicode
    public async Task ACharacterReferenceInsideAPageNeverCrashesNorShiftsAQuote(string reference)
    {
        var page = $"<p>The first summit of the \"Central Asia plus Japan\" dialogue will take place on 9 Aug{reference}ust 2024 in Ast{reference}ana, Kazakhstan.</p><p>{Article}</p>";
        var result = await ReconcileAsync("a.html", Encoding.UTF8.GetBytes(page));

        result.Sources.Concat<object>(result.SourceErrors).Should().ContainSingle();
        QuotesMatchTheirSources(result);
        System.Text.Json.JsonSerializer.Serialize(result.Claims.Select(c => c.Evidence!.Quote)).Should().NotBeNull();
    }

    [Theory]
    [InlineData("\u202E")]
    [InlineData("\u200B\u2066")]
    [InlineData("\uD800")] // a lone surrogate, possible only in memory
    [InlineData("\uFFFD\uFEFF")]
    public async Task EveryReportWritesQuotesHoldingHostileCharacters(string hostile)
    {
        var result = await ReconcileEngine.Create().ReconcileAsync(
        [
            new Source("a.txt", Sentence($"9 August{hostile} 2024", $"Ast{hostile}ana") + Article),
            new Source("b.txt", Sentence($"10{hostile} August 2024", "Astana")),
        ]);
        result.Conflicts.Should().NotBeEmpty();

        foreach (var writer in CaJapan.Reconcile.Reporting.ReportWriters.BuiltIn())
        {
            using var output = new StringWriter();
            await writer.WriteAsync(result, output);
            output.ToString().Should().NotBeEmpty(writer.GetType().Name);
        }
    }
}
