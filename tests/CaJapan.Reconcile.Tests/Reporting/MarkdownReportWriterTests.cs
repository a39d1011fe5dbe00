using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Reporting;
using CaJapan.Reconcile.Sources;

namespace CaJapan.Reconcile.Tests.Reporting;

public sealed class MarkdownReportWriterTests
{
    private readonly MarkdownReportWriter writer = new();

    [Fact]
    public void TheMarkdownWriterIsNamedMarkdownAndIsBuiltIn()
    {
        writer.Format.Should().Be("markdown");
        ReportWriters.BuiltIn().Select(w => w.Format).Should().Contain("markdown");
    }

    [Fact]
    public async Task TheReportHasTheTitleFromTheSettingsOrADefault()
    {
        (await ReportSamples.WriteAsync(writer, ReportSamples.Result())).Should().StartWith("# Reconciliation report\n\n2 sources read, 3 claims, 1 conflict, 1 disputed fact; 1 source could not be read.\n");
        (await ReportSamples.WriteAsync(new MarkdownReportWriter(new ReportSettings { Title = "Summit *check*" }), ReportSamples.Result()))
            .Should().StartWith("# Summit \\*check\\*\n");
    }

    [Fact]
    public async Task TheDisputedFactsTableGivesTheChosenValueAndConfidence()
    {
        var text = await ReportSamples.WriteAsync(writer, ReportSamples.Result());

        text.Should().Contain("| Fact | Chosen value | Confidence | Conflicts |\n| --- | --- | ---: | --- |\n| ca-japan-summit.date | 9 August 2024 | 81% | C1 |\n");
    }

    [Fact]
    public async Task EachSideQuotesItsSourceAsABlockQuoteWithAttribution()
    {
        var text = await ReportSamples.WriteAsync(writer, ReportSamples.Result());

        text.Should().Contain("### C1: value conflict on ca-japan-summit.date\n\nConfidence: 91%\n\nThe sources give different dates for the summit.\n");
        text.Should().Contain("**Side 1: 9 August 2024** (from a.txt)\n\n> On August 9, 2024\n>\n> — a.txt (VOA, 6 August 2024)\n");
    }

    [Theory]
    [InlineData("[click](https://evil.example)", "\\[click\\](https\\://evil.example)")]
    [InlineData("![img](x.png)", "\\!\\[img\\](x.png)")]
    [InlineData("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>")]
    [InlineData("a | b", "a \\| b")]
    [InlineData("*bold* _em_ `code` ~~gone~~", "\\*bold\\* \\_em\\_ \\`code\\` \\~\\~gone\\~\\~")]
    [InlineData("# heading", "\\# heading")]
    [InlineData("- item", "\\- item")]
    [InlineData("+ item", "\\+ item")]
    [InlineData("1. item", "1\\. item")]
    [InlineData("12) item", "12\\) item")]
    [InlineData("=====", "\\=====")]
    [InlineData("line one\n\n# two\r\n- three", "line one \\# two - three")]
    [InlineData("back\\slash &amp;", "back\\\\slash \\&amp;")]
    [InlineData("see www.example.com", "see www\\.example.com")]
    [InlineData("prime-minister (JP)", "prime-minister (JP)")]
    public void SourceTextIsEscapedSoItCannotBecomeMarkup(string text, string escaped)
        => MarkdownText.Escape(text).Should().Be(escaped);

    [Fact]
    public async Task AnArticleCannotInjectMarkupIntoTheReport()
    {
        var hostile = "| x | y |\n<img src=x onerror=alert(1)> [link](javascript:alert(1)) **loud**";
        var claim = ReportSamples.DateB with { Evidence = ReportSamples.DateB.Evidence! with { Quote = hostile } };
        var result = ReportSamples.Result() with
        {
            Claims = [ReportSamples.DateA, ReportSamples.StatusB, claim],
            SourceErrors = [new SourceError("# evil.txt", "- [x](y)")],
        };

        var text = await ReportSamples.WriteAsync(writer, result);

        text.Should().Contain("> \\| x \\| y \\| \\<img src=x onerror=alert(1)\\> \\[link\\](javascript:alert(1)) \\*\\*loud\\*\\*\n");
        text.Should().Contain("- **\\# evil.txt**: \\- \\[x\\](y)\n");
        System.Text.RegularExpressions.Regex.IsMatch(text, @"(?<!\\)[<\[]").Should().BeFalse("every < and [ is escaped");
    }

    [Fact]
    public async Task AnEmptyResultSaysThereIsNothingToReport()
    {
        var text = await ReportSamples.WriteAsync(writer, ReportSamples.Empty());

        text.Should().Contain("No fact is disputed.").And.Contain("No conflicts found.").And.Contain("No updates.")
            .And.Contain("No source trust was estimated.").And.NotContain("could not be read\n");
        text.Should().EndWith("\n").And.NotContain("\r");
    }

    [Fact]
    public async Task TheSameResultGivesTheSameText()
        => (await ReportSamples.WriteAsync(writer, ReportSamples.Result())).Should().Be(await ReportSamples.WriteAsync(new MarkdownReportWriter(), ReportSamples.Result()));

    [Fact]
    public async Task AFactWithAConflictButNoResolutionIsListedAsUnresolved()
    {
        var text = await ReportSamples.WriteAsync(writer, ReportSamples.Result() with { Resolutions = [] });

        text.Should().Contain("| ca-japan-summit.date | unresolved | – | C1 |\n");
    }
}
