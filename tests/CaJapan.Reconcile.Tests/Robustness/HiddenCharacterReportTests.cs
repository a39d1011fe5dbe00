using System.Text.Json;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Reporting;
using CaJapan.Reconcile.Sources;

namespace CaJapan.Reconcile.Tests.Robustness;

/// <summary>
/// What a source hides in its characters reaches no reader of a report: a right-to-left override (the "Trojan
/// Source" trick) or a terminal's escape sequence is shown as <c>[U+XXXX]</c> in every format a person reads, kept
/// exactly in the data formats, and a source that could not be read is listed in every format.
/// </summary>
public sealed class HiddenCharacterReportTests
{
    private const string Override = "\u202E";
    private const string Pop = "\u202C";
    private const string Escape = "\u001B";

    private static readonly Source Honest = new(
        "honest.txt",
        "The first Central Asia plus Japan summit was held in Astana on 9 August 2024, officials said.");

    /// <summary>An article whose date sentence carries a bidi override and a terminal escape sequence inside the quote.</summary>
    private static readonly Source Hiding = new(
        "hiding.txt",
        $"The first Central Asia plus Japan summit was held {Override}in Astana{Pop} on{Escape}[2J 9 August 2023, a spokesman said.");

    private static readonly Source Empty = new("empty.txt", string.Empty);

    private static readonly string[] ReadFormats = ["text", "markdown", "html"];

    [Fact]
    public void RevealNamesEachHiddenCharacterByItsCodeAndLeavesTheRestAlone()
    {
        DisplayText.Reveal($"9 August 2023 {Override}dias{Escape}[2J").Should().Be("9 August 2023 [U+202E]dias[U+001B][2J");
        DisplayText.Reveal("\u2066a\u2069\u202Ab\u202C\u007F\u0085").Should().Be("[U+2066]a[U+2069][U+202A]b[U+202C][U+007F][U+0085]");
        DisplayText.Reveal(null).Should().BeEmpty();

        const string plain = "Kishida\tand\r\nTokayev met in Astana, \u0627\u0644\u0645\u0627\u0622\u062A\u0627 \u200F\u200B\u200D";
        DisplayText.Reveal(plain).Should().BeSameAs(plain, "tabs, line breaks, right-to-left letters, implicit marks and zero-width characters show as themselves");
    }

    [Theory]
    [InlineData('\u0000', true)]
    [InlineData('\u001B', true)]
    [InlineData('\u009B', true)] // the one-character control sequence introducer
    [InlineData('\u202A', true)]
    [InlineData('\u202E', true)]
    [InlineData('\u2066', true)]
    [InlineData('\u2069', true)]
    [InlineData('\t', false)]
    [InlineData('\n', false)]
    [InlineData(' ', false)]
    [InlineData('\u00A0', false)]
    [InlineData('\u200E', false)]
    [InlineData('\u2029', false)]
    [InlineData('\u206A', false)]
    public void IsHiddenHoldsForControlsAndExplicitDirectionFormattingOnly(char c, bool hidden)
        => DisplayText.IsHidden(c).Should().Be(hidden);

    [Fact]
    public async Task TheReportsAPersonReadsShowEveryHiddenCharacterAsItsCode()
    {
        var result = await ReconcileAsync();
        result.Claims.Should().Contain(c => c.Evidence != null && c.Evidence.Quote.Contains(Override, StringComparison.Ordinal) && c.Evidence.Quote.Contains(Escape, StringComparison.Ordinal), "the hidden characters lie inside a quote the reports show");

        foreach (var writer in ReportWriters.BuiltIn().Where(w => ReadFormats.Contains(w.Format)))
        {
            var report = await WriteAsync(writer, result);

            report.Where(DisplayText.IsHidden).Should().BeEmpty($"the {writer.Format} report shows no character that acts on its display");
            report.Should().Contain("U+202E", $"the {writer.Format} report shows where the override was (Markdown escapes the brackets)");
        }
    }

    [Fact]
    public async Task TheDataFormatsKeepTheQuoteExactly()
    {
        var result = await ReconcileAsync();
        var quote = result.Claims.Select(c => c.Evidence?.Quote).First(q => q != null && q.Contains(Override, StringComparison.Ordinal))!;

        var written = await WriteAsync(new JsonReportWriter(), result);
        written.Where(DisplayText.IsHidden).Should().BeEmpty("JSON writes such characters as escapes");
        written.Should().Contain("\\u202E");
        using var json = JsonDocument.Parse(written);
        AllStrings(json.RootElement).Should().Contain(quote, "the JSON report holds the source's characters, escaped");
        using var reviews = JsonDocument.Parse(await WriteAsync(new ClaimReviewWriter(), result));
        reviews.RootElement.ValueKind.Should().Be(JsonValueKind.Array, "the ClaimReview is valid JSON whatever the quote held");
    }

    [Fact]
    public async Task AnUnreadableSourceIsListedInEveryFormat()
    {
        var result = await ReconcileAsync();
        result.SourceErrors.Should().ContainSingle(e => e.SourceId == Empty.Id);
        result.Conflicts.Should().NotBeEmpty("the other sources are reconciled");

        foreach (var writer in ReportWriters.BuiltIn())
        {
            (await WriteAsync(writer, result)).Should().Contain(Empty.Id, $"the {writer.Format} report lists the source it could not read");
        }
    }

    private static async Task<ReconciliationResult> ReconcileAsync()
        => await ReconcileEngine.Create().ReconcileAsync([Honest, Hiding, Empty]);

    private static async Task<string> WriteAsync(IReportWriter writer, ReconciliationResult result)
    {
        await using var output = new StringWriter();
        await writer.WriteAsync(result, output);
        return output.ToString();
    }

    private static IEnumerable<string> AllStrings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => AllStrings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(AllStrings),
        _ => [],
    };
}
