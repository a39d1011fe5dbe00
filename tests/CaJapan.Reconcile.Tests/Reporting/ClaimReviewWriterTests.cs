using System.Text.Json;
using CaJapan.Reconcile.Reporting;
using CaJapan.Reconcile.Sources;
using NodaTime;

namespace CaJapan.Reconcile.Tests.Reporting;

public sealed class ClaimReviewWriterTests
{
    private readonly ClaimReviewWriter writer = new();

    [Fact]
    public void TheClaimReviewWriterIsNamedClaimReviewAndIsBuiltIn()
    {
        writer.Format.Should().Be("claimreview");
        ReportWriters.BuiltIn().Select(w => w.Format).Should().Contain("claimreview");
    }

    [Fact]
    public async Task EachDisputedFactIsOneClaimReviewWithARating()
    {
        using var document = JsonDocument.Parse(await ReportSamples.WriteAsync(writer, ReportSamples.Result()));

        var review = document.RootElement.EnumerateArray().Where(n => n.GetProperty("@type").GetString() == "ClaimReview").Should().ContainSingle().Subject;
        review.GetProperty("@context").GetString().Should().Be("https://schema.org");
        review.GetProperty("@type").GetString().Should().Be("ClaimReview");
        review.GetProperty("claimReviewed").GetString().Should().Be("The date of ca-japan-summit is 9 August 2024.");
        var rating = review.GetProperty("reviewRating");
        rating.GetProperty("@type").GetString().Should().Be("Rating");
        rating.GetProperty("ratingValue").GetInt32().Should().Be(1, "the conflict's confidence is 0.91");
        rating.GetProperty("bestRating").GetInt32().Should().Be(5);
        rating.GetProperty("worstRating").GetInt32().Should().Be(1);
        rating.GetProperty("alternateName").GetString().Should().Be("Contradicted");
    }

    [Fact]
    public async Task TheSourcesThatCouldNotBeReadFollowTheReviewsAsOneItemList()
    {
        var result = ReportSamples.Result() with
        {
            SourceErrors = [new SourceError("c.txt", "The source is empty; an article needs some text."), new SourceError("corpus.jsonl:7", "Line 7 is not JSON.")],
        };
        using var document = JsonDocument.Parse(await ReportSamples.WriteAsync(writer, result));

        var nodes = document.RootElement.EnumerateArray().ToList();
        nodes.Select(n => n.GetProperty("@type").GetString()).Should().Equal("ClaimReview", "ItemList");
        var list = nodes[^1];
        list.GetProperty("@context").GetString().Should().Be("https://schema.org");
        list.GetProperty("identifier").GetString().Should().Be(ClaimReviewWriter.UnreadableSourcesIdentifier);
        list.GetProperty("numberOfItems").GetInt32().Should().Be(2);
        list.GetProperty("itemListElement").EnumerateArray()
            .Select(e => (e.GetProperty("position").GetInt32(), e.GetProperty("item").GetProperty("identifier").GetString(), e.GetProperty("item").GetProperty("description").GetString()))
            .Should().Equal((1, "c.txt", "The source is empty; an article needs some text."), (2, "corpus.jsonl:7", "Line 7 is not JSON."));
    }

    [Fact]
    public async Task WithoutUnreadableSourcesTheArrayHoldsOnlyReviews()
    {
        using var document = JsonDocument.Parse(await ReportSamples.WriteAsync(writer, ReportSamples.Result() with { SourceErrors = [] }));

        document.RootElement.EnumerateArray().Select(n => n.GetProperty("@type").GetString()).Should().Equal("ClaimReview");
    }

    [Fact]
    public async Task TheClaimAppearsInEachSourceAndFirstInTheEarliestDatedOne()
    {
        using var document = JsonDocument.Parse(await ReportSamples.WriteAsync(writer, ReportSamples.Result()));

        var item = document.RootElement[0].GetProperty("itemReviewed");
        item.GetProperty("@type").GetString().Should().Be("Claim");
        var appearances = item.GetProperty("appearance").EnumerateArray().ToList();
        appearances.Select(a => a.GetProperty("identifier").GetString()).Should().Equal("a.txt", "b.txt");
        appearances[0].GetProperty("url").GetString().Should().Be("https://www.voanews.com/a/summit.html");
        appearances[0].GetProperty("datePublished").GetString().Should().Be("2024-08-06");
        appearances[1].TryGetProperty("url", out _).Should().BeFalse();
        item.GetProperty("firstAppearance").GetProperty("identifier").GetString().Should().Be("a.txt");
    }

    [Fact]
    public async Task TheAuthorComesFromTheSettingsOrIsTheLibrary()
    {
        using var byDefault = JsonDocument.Parse(await ReportSamples.WriteAsync(writer, ReportSamples.Result()));
        using var named = JsonDocument.Parse(await ReportSamples.WriteAsync(new ClaimReviewWriter(new ReportSettings { Author = "Example Newsroom" }), ReportSamples.Result()));

        byDefault.RootElement[0].GetProperty("author").GetProperty("name").GetString().Should().Be("CaJapan.Reconcile");
        named.RootElement[0].GetProperty("author").GetProperty("@type").GetString().Should().Be("Organization");
        named.RootElement[0].GetProperty("author").GetProperty("name").GetString().Should().Be("Example Newsroom");
    }

    [Fact]
    public async Task ThePublicationDayIsWrittenOnlyWhenGiven()
    {
        using var without = JsonDocument.Parse(await ReportSamples.WriteAsync(writer, ReportSamples.Result()));
        using var with = JsonDocument.Parse(await ReportSamples.WriteAsync(new ClaimReviewWriter(new ReportSettings { Published = new LocalDate(2024, 8, 10) }), ReportSamples.Result()));

        without.RootElement[0].TryGetProperty("datePublished", out _).Should().BeFalse();
        with.RootElement[0].GetProperty("datePublished").GetString().Should().Be("2024-08-10");
    }

    [Theory]
    [InlineData(0.95, 1)]
    [InlineData(0.8, 1)]
    [InlineData(0.6, 2)]
    [InlineData(0.2, 3)]
    public void TheRatingFollowsTheConflictScale(double confidence, int rating)
    {
        var conflict = ReportSamples.DateConflict with { Confidence = new(confidence, []) };

        ClaimReviewWriter.Rate(new DisputedFact("s", "p", null, [conflict])).Value.Should().Be(rating);
    }

    [Fact]
    public void ADisputedFactWithoutAConflictIsMostlyAgreed()
        => ClaimReviewWriter.Rate(new DisputedFact("s", "p", ReportSamples.DateResolution, [])).Should().Be((4, "Mostly agreed"));

    [Fact]
    public async Task SourceTextIsEscapedForEmbeddingInAPage()
    {
        var result = ReportSamples.Result() with { Conflicts = [ReportSamples.DateConflict with { Explanation = "</script><script>alert(1)</script>" }] };

        var text = await ReportSamples.WriteAsync(writer, result);

        text.Should().NotContain("<").And.Contain("\\u003C/script\\u003E");
        JsonDocument.Parse(text).RootElement[0].GetProperty("reviewBody").GetString().Should().Be("</script><script>alert(1)</script>");
    }

    [Fact]
    public async Task AnEmptyResultIsAnEmptyArray()
        => (await ReportSamples.WriteAsync(writer, ReportSamples.Empty())).Should().Be("[]\n");
}
