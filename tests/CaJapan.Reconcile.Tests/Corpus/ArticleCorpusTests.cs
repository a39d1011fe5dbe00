using System.Text;
using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Corpus;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Sources;

namespace CaJapan.Reconcile.Tests.Corpus;

/// <summary>The seeded article generator: the same seed gives the same corpus, and the engine finds what it plants.</summary>
public sealed class ArticleCorpusTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "cajapan-corpus-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void TheSameSeedAndCountGiveTheSameArticles()
    {
        var first = ArticleCorpus.Generate(120, 17);
        var second = ArticleCorpus.Generate(120, 17);

        second.Should().Equal(first);
        ArticleCorpus.Generate(120, 18).Select(a => a.Text).Should().NotEqual(first.Select(a => a.Text));
    }

    [Fact]
    public void AFolderAndAJsonLinesCorpusAreWrittenByteForByteTheSame()
    {
        var articles = ArticleCorpus.Generate(40, 5);
        ArticleCorpus.WriteFolder(articles, Path.Combine(folder, "one"));
        ArticleCorpus.WriteFolder(ArticleCorpus.Generate(40, 5), Path.Combine(folder, "two"));
        ArticleCorpus.WriteJsonLines(articles, Path.Combine(folder, "one.jsonl"));
        ArticleCorpus.WriteJsonLines(ArticleCorpus.Generate(40, 5), Path.Combine(folder, "two.jsonl"));

        var files = Directory.GetFiles(Path.Combine(folder, "one")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        files.Should().HaveCount(41).And.Contain(SourceManifest.FileName);
        foreach (var file in files)
        {
            File.ReadAllBytes(Path.Combine(folder, "two", file!)).Should().Equal(File.ReadAllBytes(Path.Combine(folder, "one", file!)), file);
        }

        File.ReadAllBytes(Path.Combine(folder, "two.jsonl")).Should().Equal(File.ReadAllBytes(Path.Combine(folder, "one.jsonl")));
        File.ReadAllText(Path.Combine(folder, "one", SourceManifest.FileName), Encoding.UTF8).Should().NotContain("\r");
    }

    [Fact]
    public async Task WrittenCorporaReadBackAsTheSourcesGeneratedInMemory()
    {
        var articles = ArticleCorpus.Generate(30, 9);
        ArticleCorpus.WriteFolder(articles, folder);
        var jsonl = Path.Combine(folder, "corpus.jsonl");
        ArticleCorpus.WriteJsonLines(articles, jsonl);

        var fromFolder = await new SourceReader().ReadFolderAsync(folder);
        var fromLines = await new SourceReader().ReadJsonLinesAsync(jsonl);

        fromFolder.Errors.Should().BeEmpty();
        fromLines.Errors.Should().BeEmpty();
        var expected = articles.Select(a => a.ToSource()).ToList();
        fromFolder.Sources.Select(s => (s.Id, s.Text, s.Outlet, s.Published, s.Byline, s.WireOrigin))
            .Should().Equal(expected.Select(s => (s.Id, s.Text, s.Outlet, s.Published, s.Byline, s.WireOrigin)));
        fromLines.Sources.Select(s => (s.Id, s.Text, s.Outlet, s.Published, s.Byline))
            .Should().Equal(expected.Select(s => (s.Id, s.Text, s.Outlet, s.Published, s.Byline)));
    }

    [Fact]
    public void ArticlesAreNewsArticlesOfAFewKilobytesOfEveryKind()
    {
        var articles = ArticleCorpus.Generate(400, 3);

        articles.Select(a => a.Id).Should().OnlyHaveUniqueItems().And.BeInAscendingOrder(StringComparer.Ordinal);
        articles.Should().OnlyContain(a => a.Text.Length >= 1000 && a.Text.Length <= 8000);
        articles.Average(a => a.Text.Length).Should().BeInRange(2000, 6000);
        articles.Select(a => a.Kind).Distinct().Should().BeEquivalentTo(Enum.GetValues<ArticleKind>());
        articles.Where(a => a.Kind == ArticleKind.WireCopy).Should().OnlyContain(a => a.Wire != null && a.Wire != a.Outlet);
        foreach (var error in new[] { PlantedError.WrongYear, PlantedError.WrongTitle, PlantedError.SaysHeld })
        {
            articles.Should().Contain(a => a.Errors.HasFlag(error), $"a corpus of this size plants {error}");
        }
    }

    [Fact]
    public async Task TheEngineResolvesThePlantedFactsAndReportsThePlantedConflicts()
    {
        var articles = ArticleCorpus.Generate(250, 11);
        var planted = articles.Where(a => a.Errors != PlantedError.None).ToList();

        var result = await ReconcileEngine.Create().ReconcileAsync(articles.Select(a => a.ToSource()));

        Resolved(result, "ca-japan-summit", "date").Should().Be(new DateValue(ArticleCorpus.SummitDate, ArticleCorpus.SummitDate, DatePrecision.Day));
        Resolved(result, "ca-japan-summit", "location").Should().BeOfType<PlaceValue>().Which.City.Should().Be(ArticleCorpus.SummitCity);
        Resolved(result, "ca-japan-summit", "status").Should().BeOfType<StatusValue>().Which.Status.Should().Be(EventStatus.Cancelled);
        Resolved(result, "ca-japan-summit", "aidAmount").Should().BeOfType<MoneyValue>().Which.Currency.Should().Be("USD");
        Resolved(result, "fumio-kishida", "title").Should().BeOfType<TitleValue>().Which.Office.Should().Be("prime-minister");

        Sources(result, "fumio-kishida", "title", ConflictKind.KnowledgeConflict)
            .Should().BeEquivalentTo(planted.Where(a => a.Errors.HasFlag(PlantedError.WrongTitle)).Select(a => a.Id), "every article that calls Kishida foreign minister in 2024 is ruled out by the office holders");
        Sources(result, "ca-japan-summit", "date", ConflictKind.ValueConflict)
            .Should().Contain(planted.Where(a => a.Errors.HasFlag(PlantedError.WrongYear)).Select(a => a.Id), "a summit date in 2023 contradicts the others");
        Sources(result, "ca-japan-summit", "status", ConflictKind.StatusContradiction)
            .Should().Contain(planted.Where(a => a.Errors.HasFlag(PlantedError.SaysHeld)).Select(a => a.Id), "held contradicts cancelled");

        var copies = articles.Where(a => a.Kind == ArticleKind.WireCopy).ToList();
        copies.Should().NotBeEmpty();
        var wired = result.Dependencies.Where(d => d.Reason == DependenceReason.SharedWireOrigin).SelectMany(d => d.SourceIds).ToHashSet();
        wired.Should().Contain(copies.Where(c => copies.Count(o => o.Wire == c.Wire) > 1).Select(c => c.Id), "copies of one agency count as one voice");
    }

    private static ClaimValue? Resolved(ReconciliationResult result, string subject, string property)
        => result.Resolutions.Single(r => r.Subject == subject && r.Property == property).Value;

    private static HashSet<string> Sources(ReconciliationResult result, string subject, string property, ConflictKind kind)
        => result.Conflicts
            .Where(c => c.Subject == subject && c.Property == property && c.Kind == kind)
            .SelectMany(c => c.Sides.SelectMany(s => s.SourceIds))
            .ToHashSet(StringComparer.Ordinal);
}
