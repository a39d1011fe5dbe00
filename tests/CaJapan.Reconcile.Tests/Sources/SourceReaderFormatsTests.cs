using CaJapan.Reconcile.Sources;
using NodaTime;

namespace CaJapan.Reconcile.Tests.SourceFiles; // Not .Sources: that would hide the library's Sources.Source in other tests.

/// <summary>Reading HTML pages in a folder and corpora of articles in JSON Lines.</summary>
public sealed class SourceReaderFormatsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("reader-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task HtmlPagesInAFolderAreReadAsTheirText()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "a.html"), "<html><body><nav>Menu</nav><p>The summit opens on 9 August.</p></body></html>");
        await File.WriteAllTextAsync(Path.Combine(folder, "b.HTM"), "<script>only()</script>");

        var set = await new SourceReader().ReadFolderAsync(folder);

        set.Sources.Should().ContainSingle().Which.Text.Should().Be("The summit opens on 9 August.\n");
        set.Errors.Should().ContainSingle().Which.SourceId.Should().Be("b.HTM");
    }

    [Fact]
    public async Task ReadingAFolderReportsEachFileAsItIsDone()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"), "One.");
        await File.WriteAllTextAsync(Path.Combine(folder, "b.txt"), string.Empty);
        await File.WriteAllTextAsync(Path.Combine(folder, "c.md"), "Three.");
        var reported = new List<string>();

        await new SourceReader().ReadFolderAsync(folder, new Collect(reported));

        reported.Should().Equal("a.txt", "b.txt", "c.md");
    }

    /// <summary>Collects reports on the calling thread, unlike <see cref="Progress{T}"/>, which posts them.</summary>
    private sealed class Collect(List<string> into) : IProgress<string>
    {
        public void Report(string value) => into.Add(value);
    }

    [Fact]
    public async Task AJsonLinesCorpusGivesOneSourcePerLineWithItsMetadataAndNamesBadLines()
    {
        var path = Path.Combine(folder, "corpus.jsonl");
        await File.WriteAllLinesAsync(path,
        [
            """{"id": "a1", "text": "The summit opens on 9 August.", "outlet": "VOA", "url": "https://voa.example/a1", "published": "2024-08-06", "byline": "Jane Doe"}""",
            "",
            """{"file": "b.txt", "text": "The summit opens on 10 August."}""",
            """{"id": "c", "text": ""}""",
            "not json",
            """{"id": "d", "text": "x", "published": "yesterday"}""",
        ]);

        var set = await new SourceReader().ReadJsonLinesAsync(path);

        set.Sources.Select(s => s.Id).Should().Equal("a1", "b.txt");
        var a1 = set.Sources[0];
        (a1.Outlet, a1.Url?.AbsoluteUri, a1.Published, a1.Byline, a1.PublishedOrigin)
            .Should().Be(("VOA", "https://voa.example/a1", new LocalDate(2024, 8, 6), "Jane Doe", PublishedOrigin.Manifest));
        set.Errors.Select(e => e.SourceId).Should().Equal("corpus.jsonl:4", "corpus.jsonl:5", "corpus.jsonl:6");
        set.Errors[0].Message.Should().Contain("'text'");
        set.Errors[2].Message.Should().Contain("'published'");
    }

    [Theory]
    [InlineData("""{"id": "a", "text": "t"}""", true)]
    [InlineData("""{"source": "a", "subject": "s", "property": "p", "value": "v"}""", false)]
    [InlineData("""{"source": "a", "subject": "s", "property": "p", "value": "v", "text": "t"}""", false)]
    [InlineData("not json", false)]
    public void AnArticleLineIsToldFromAClaimLineByItsFields(string line, bool article)
    {
        SourceReader.IsArticleLine(line).Should().Be(article);
    }
}
