using System.Text.RegularExpressions;
using CaJapan.Reconcile.Reporting;
using CaJapan.Reconcile.Sources;

namespace CaJapan.Reconcile.Tests.Reporting;

public sealed class HtmlReportWriterTests
{
    private readonly HtmlReportWriter writer = new();

    [Fact]
    public void TheHtmlWriterIsNamedHtmlAndIsBuiltIn()
    {
        writer.Format.Should().Be("html");
        ReportWriters.BuiltIn().Select(w => w.Format).Should().Contain("html");
    }

    [Fact]
    public async Task ThePageIsSelfContainedAndPrintable()
    {
        var html = await ReportSamples.WriteAsync(writer, ReportSamples.Result());

        html.Should().StartWith("<!DOCTYPE html>\n<html lang=\"en\">\n");
        html.Should().Contain("@media print").And.Contain("<style>");
        html.Should().NotContainAny("<script", "<link", "<img", "src=", "@import", "url(");
    }

    [Fact]
    public async Task ThePageHasOneH1AndHeadingsThatNeverSkipALevel()
    {
        var html = await ReportSamples.WriteAsync(writer, ReportSamples.Result());

        var levels = Regex.Matches(html, "<h([1-6])[ >]").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        levels.Count(l => l == 1).Should().Be(1);
        levels[0].Should().Be(1);
        levels.Zip(levels.Skip(1)).Should().OnlyContain(p => p.Second <= p.First + 1);
    }

    [Fact]
    public async Task EveryTableHeaderHasAScope()
    {
        var html = await ReportSamples.WriteAsync(writer, ReportSamples.Result());

        Regex.Count(html, "<th[ >]").Should().BePositive();
        Regex.Matches(html, "<th(?! scope=\"(col|row)\")[ >]").Should().BeEmpty();
    }

    [Fact]
    public async Task TheContentsLinkToEachConflictById()
    {
        var html = await ReportSamples.WriteAsync(writer, ReportSamples.Result());

        html.Should().Contain("<a href=\"#C1\">C1: value conflict on ca-japan-summit.date</a>");
        html.Should().Contain("<article class=\"conflict\" id=\"C1\"");
    }

    [Fact]
    public async Task EachQuoteIsHighlightedInItsContext()
    {
        var html = await ReportSamples.WriteAsync(writer, ReportSamples.Result());

        html.Should().Contain("<blockquote><p>Astana, 6 August 2024. <mark>On August 9, 2024</mark>, the first summit of the Centra…</p></blockquote>\n<figcaption>— a.txt (VOA, 6 August 2024), <a href=\"https://www.voanews.com/a/summit.html\">");
        html.Should().Contain("<p>…als said the summit is planned. <mark>The summit will be held on August 9, 2023</mark> in Astana.</p>");
    }

    [Fact]
    public async Task AnArticleWithAScriptShowsItAsText()
    {
        var hostile = "<script>alert(1)</script>";
        var claim = ReportSamples.DateB with { Evidence = ReportSamples.DateB.Evidence! with { Quote = hostile, Prefix = "<b onclick=\"x\">", Suffix = "</p>&" } };
        var result = ReportSamples.Result() with
        {
            Claims = [ReportSamples.DateA, ReportSamples.StatusB, claim],
            SourceErrors = [new SourceError("<i>c.txt</i>", "<iframe src=x>")],
        };

        var html = await ReportSamples.WriteAsync(writer, result);

        html.Should().Contain("<mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark>&lt;/p&gt;&amp;");
        html.Should().Contain("&lt;b onclick=&quot;x&quot;&gt;");
        html.Should().NotContainAny("<script", "<iframe", "<i>", "<b ");
    }

    [Fact]
    public async Task AnEmptyResultStillGivesAWholePage()
    {
        var html = await ReportSamples.WriteAsync(writer, ReportSamples.Empty());

        html.Should().Contain("No fact is disputed.").And.Contain("No conflicts found.").And.EndWith("</html>\n").And.NotContain("\r");
    }

    [Fact]
    public async Task TheTitleComesFromTheSettingsAndIsEncoded()
        => (await ReportSamples.WriteAsync(new HtmlReportWriter(new ReportSettings { Title = "Q&A <check>" }), ReportSamples.Empty()))
            .Should().Contain("<title>Q&amp;A &lt;check&gt;</title>").And.Contain("<h1>Q&amp;A &lt;check&gt;</h1>");
}
