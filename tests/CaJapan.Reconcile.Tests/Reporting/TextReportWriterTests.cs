using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Reporting;
using CaJapan.Reconcile.Sources;
using NodaTime;

namespace CaJapan.Reconcile.Tests.Reporting;

public sealed class TextReportWriterTests
{
    private readonly TextReportWriter writer = new();

    [Fact]
    public void TheTextWriterIsNamedText()
        => writer.Format.Should().Be("text");

    [Fact]
    public async Task TheTextReportHasATitleAndEverySection()
    {
        var text = await ReportSamples.WriteAsync(writer, ReportSamples.Result());

        var lines = text.Split('\n');
        lines[0].Should().Be("Reconciliation report: 2 sources, 3 claims, 1 conflict");
        lines.Should().ContainInOrder("Sources", "Could not read", "Facts", "Conflicts", "Updates");
    }

    [Fact]
    public async Task TheSourcesSectionGivesOutletDateAndWhereTheDateCameFrom()
    {
        var text = await ReportSamples.WriteAsync(writer, ReportSamples.Result());

        text.Should().Contain("  a.txt: VOA, published 6 August 2024 (from the manifest)\n");
        text.Should().Contain("  b.txt: unknown outlet, date unknown\n");
    }

    [Fact]
    public async Task TheSourcesThatCouldNotBeReadAreListedWithTheirMessage()
    {
        var text = await ReportSamples.WriteAsync(writer, ReportSamples.Result());

        text.Should().Contain("Could not read\n--------------\n  c.txt: The source is empty; an article needs some text.\n");
    }

    [Fact]
    public async Task TheCouldNotReadSectionIsLeftOutWhenEverySourceWasRead()
    {
        var text = await ReportSamples.WriteAsync(writer, ReportSamples.Result() with { SourceErrors = [] });

        text.Should().NotContain("Could not read");
    }

    [Fact]
    public async Task EachFactGivesItsValueConfidenceAndWhetherItIsDisputed()
    {
        var text = await ReportSamples.WriteAsync(writer, ReportSamples.Result());

        text.Should().Contain("  ca-japan-summit.date: 9 August 2024 (81%, disputed)\n");
    }

    [Fact]
    public async Task AFactFromStructuredClaimsQuotesItsValueAsGivenAndHowItWasRead()
    {
        var result = ReportSamples.Result() with { Resolutions = [ReportSamples.DateResolution with { ValueAsGiven = "2024-08-09" }] };

        var text = await ReportSamples.WriteAsync(writer, result);

        text.Should().Contain("  ca-japan-summit.date: \"2024-08-09\", read as 9 August 2024 (81%, disputed)\n");
    }

    [Fact]
    public async Task AFactWhoseValueReadsAsGivenIsQuotedOnce()
    {
        var resolution = ReportSamples.DateResolution with { Value = new TextValue("J. K. Rowling"), ValueAsGiven = "J. K. Rowling" };

        var text = await ReportSamples.WriteAsync(writer, ReportSamples.Result() with { Resolutions = [resolution] });

        text.Should().Contain("  ca-japan-summit.date: \"J. K. Rowling\" (81%, disputed)\n");
    }

    [Fact]
    public async Task SourcesThatGaveOnlyStructuredClaimsAreListedWithTheirClaimCounts()
    {
        static Claim Given(string id, string source)
            => new(id, source, "book-1", "author", new TextValue("J. K. Rowling"), null, AssertionMode.Stated, 1) { ValueAsGiven = "J. K. Rowling" };
        var result = ReportSamples.Empty() with { Sources = [], Claims = [Given("web-1#1", "web-1"), Given("web-1#2", "web-1"), Given("web-2#1", "web-2")] };

        var text = await ReportSamples.WriteAsync(writer, result);

        text.Should().StartWith("Reconciliation report: 2 sources, 3 claims, 0 conflicts\n");
        text.Should().Contain("Sources\n-------\n  web-1: 2 claims given in structured form\n  web-2: 1 claim given in structured form\n");
        text.Should().NotContain("No source was read.");
    }

    [Fact]
    public async Task AFactWithoutAValueIsUnresolved()
    {
        var result = ReportSamples.Result() with { Resolutions = [ReportSamples.DateResolution with { Value = null }] };

        var text = await ReportSamples.WriteAsync(writer, result);

        text.Should().Contain("  ca-japan-summit.date: unresolved (81%)\n");
    }

    [Fact]
    public async Task EachConflictGivesItsKindFactConfidenceAndExplanation()
    {
        var text = await ReportSamples.WriteAsync(writer, ReportSamples.Result());

        text.Should().Contain("  C1 value conflict: ca-japan-summit.date (confidence 91%)\n");
        text.Should().Contain("    The sources give different dates for the summit.\n");
    }

    [Fact]
    public async Task EachSideOfAConflictGivesItsValueSourcesAndAQuote()
    {
        var text = await ReportSamples.WriteAsync(writer, ReportSamples.Result());

        text.Should().Contain("    - 9 August 2024, from a.txt\n      \"On August 9, 2024\"\n");
        text.Should().Contain("    - 9 August 2023, from b.txt\n      \"The summit will be held on August 9, 2023\"\n");
    }

    [Fact]
    public async Task ALongQuoteIsShortenedWithAnEllipsis()
    {
        var sentence = "On August 9, 2024, the first summit of the Central Asia plus Japan dialogue will take place in Astana.";
        var claim = new Claim(
            "a.txt#1", "a.txt", "ca-japan-summit", "date", DateValue.Day(new LocalDate(2024, 8, 9)),
            Evidence.FromSpan("a.txt", sentence, 0, sentence.Length), AssertionMode.Expected, 0.9);
        var result = ReportSamples.Result() with { Claims = [claim, ReportSamples.StatusB, ReportSamples.DateB] };

        var text = await ReportSamples.WriteAsync(writer, result);

        var quoteLine = text.Split('\n').Single(l => l.Contains("\"On August 9, 2024, the first", StringComparison.Ordinal));
        quoteLine.Should().Be("      \"On August 9, 2024, the first summit of the Central Asia plus Japan di…\"");
        quoteLine.Length.Should().BeLessThanOrEqualTo(80);
    }

    [Fact]
    public async Task AQuoteKeepsItsWordsButNotItsLineBreaks()
    {
        const string text = "Officials said\r\nthe summit is planned.";
        var claim = ReportSamples.DateB with { Evidence = Evidence.FromSpan("b.txt", text, 0, text.Length) };
        var result = ReportSamples.Result() with { Claims = [ReportSamples.DateA, ReportSamples.StatusB, claim] };

        var report = await ReportSamples.WriteAsync(writer, result);

        report.Should().Contain("      \"Officials said the summit is planned.\"\n");
        report.Should().NotContain("\r");
    }

    [Fact]
    public async Task ASideWithSeveralSourcesSaysWhichOneItQuotes()
    {
        var side = new ConflictSide("9 August 2023", ["b.txt#2"], ["b.txt", "d.txt"]);
        var conflict = ReportSamples.DateConflict with { Sides = [ReportSamples.DateConflict.Sides[0], side] };

        var text = await ReportSamples.WriteAsync(writer, ReportSamples.Result() with { Conflicts = [conflict] });

        text.Should().Contain("    - 9 August 2023, from b.txt, d.txt; quoting b.txt\n      \"The summit will be held on August 9, 2023\"\n");
    }

    [Fact]
    public async Task ASideWhoseClaimsHaveNoTextSaysSo()
    {
        var claim = ReportSamples.DateB with { Evidence = null };
        var result = ReportSamples.Result() with { Claims = [ReportSamples.DateA, ReportSamples.StatusB, claim] };

        var text = await ReportSamples.WriteAsync(writer, result);

        text.Should().Contain("    - 9 August 2023, from b.txt\n      (no quote: the claims were given without text)\n");
    }

    [Fact]
    public async Task ASideWithoutClaimsGivesOnlyItsValue()
    {
        var knowledge = new ConflictSide("records of office holders", [], []);
        var conflict = ReportSamples.DateConflict with { Kind = ConflictKind.KnowledgeConflict, Sides = [ReportSamples.DateConflict.Sides[0], knowledge] };

        var text = await ReportSamples.WriteAsync(writer, ReportSamples.Result() with { Conflicts = [conflict] });

        text.Should().Contain("  C1 knowledge conflict: ca-japan-summit.date (confidence 91%)\n");
        text.Should().Contain("    - records of office holders\n\nUpdates\n");
    }

    [Fact]
    public async Task AReportWithoutConflictsSaysSo()
    {
        var text = await ReportSamples.WriteAsync(writer, ReportSamples.Empty());

        text.Should().Contain("Conflicts\n---------\n  No conflicts found.\n");
        text.Should().StartWith("Reconciliation report: 1 source, 0 claims, 0 conflicts\n");
    }

    [Fact]
    public async Task EachUpdateGivesItsExplanation()
    {
        var text = await ReportSamples.WriteAsync(writer, ReportSamples.Result());

        text.Should().Contain("Updates\n-------\n  - The summit was planned, then held.\n");
    }

    [Fact]
    public async Task NoLineOfTheTextReportIsLongerThanEightyCharacters()
    {
        var longWords = string.Join(' ', Enumerable.Repeat("The sources give different dates for the summit in Astana", 4));
        var result = ReportSamples.Result() with
        {
            Conflicts = [ReportSamples.DateConflict with { Explanation = longWords + " " + new string('x', 130) }],
            SourceErrors = [new SourceError("c.txt", longWords)],
            Updates = [ReportSamples.Update with { Explanation = longWords }],
        };

        var text = await ReportSamples.WriteAsync(writer, result);

        var lines = text.Split('\n');
        lines.Should().OnlyContain(l => l.Length <= 80);
        lines.Should().Contain(l => l.StartsWith("        ", StringComparison.Ordinal), "a wrapped paragraph hangs under its first line");
        text.Should().Contain(new string('x', 40), "an overlong word is split rather than lost");
    }

    [Fact]
    public async Task WritingTheSameResultTwiceGivesIdenticalText()
    {
        var first = await ReportSamples.WriteAsync(writer, ReportSamples.Result());
        var second = await ReportSamples.WriteAsync(writer, ReportSamples.Result());

        second.Should().Be(first);
        first.Should().NotContain("\r");
    }

    [Fact]
    public async Task WritingToANullWriterThrows()
    {
        var act = () => writer.WriteAsync(ReportSamples.Result(), null!);

        await act.Should().ThrowAsync<ArgumentNullException>().WithParameterName("output");
    }

    [Fact]
    public async Task WritingWithACancelledTokenThrows()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var act = () => writer.WriteAsync(ReportSamples.Result(), TextWriter.Null, cancelled.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }
}
