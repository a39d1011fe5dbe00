using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Reporting;
using CaJapan.Reconcile.Sources;
using NodaTime;

namespace CaJapan.Reconcile.Tests.Reporting;

/// <summary>A small reconciliation result built by hand: two sources, three claims, one of everything else.</summary>
internal static class ReportSamples
{
    public const string TextA =
        "Astana, 6 August 2024. On August 9, 2024, the first summit of the Central Asia plus Japan dialogue will take place.";

    public const string TextB =
        "Officials said the summit is planned. The summit will be held on August 9, 2023 in Astana.";

    public static Source SourceA { get; } = new("a.txt", TextA)
    {
        Path = "/data/articles/a.txt",
        Outlet = "VOA",
        Url = new Uri("https://www.voanews.com/a/summit.html"),
        Published = new LocalDate(2024, 8, 6),
        PublishedOrigin = PublishedOrigin.Manifest,
    };

    public static Source SourceB { get; } = new("b.txt", TextB);

    public static Claim DateA { get; } = new(
        "a.txt#1", "a.txt", "ca-japan-summit", "date", DateValue.Day(new LocalDate(2024, 8, 9)),
        Span("a.txt", TextA, "On August 9, 2024"), AssertionMode.Expected, 0.9);

    public static Claim DateB { get; } = new(
        "b.txt#2", "b.txt", "ca-japan-summit", "date", DateValue.Day(new LocalDate(2023, 8, 9)),
        Span("b.txt", TextB, "The summit will be held on August 9, 2023"), AssertionMode.Expected, 0.8);

    public static Claim StatusB { get; } = new(
        "b.txt#1", "b.txt", "ca-japan-summit", "status", new StatusValue(EventStatus.Planned),
        Span("b.txt", TextB, "the summit is planned"), AssertionMode.Reported, 0.75, DateValue.Day(new LocalDate(2023, 7, 30)));

    public static Conflict DateConflict { get; } = new()
    {
        Id = "C1",
        Kind = ConflictKind.ValueConflict,
        Rule = "single-valued-fact",
        Subject = "ca-japan-summit",
        Property = "date",
        Sides =
        [
            new ConflictSide("9 August 2024", ["a.txt#1"], ["a.txt"]),
            new ConflictSide("9 August 2023", ["b.txt#2"], ["b.txt"]),
        ],
        Confidence = new Score(0.912345, [new ScoreInput("disjoint", 1, "The dates share no day.")]),
        Explanation = "The sources give different dates for the summit.",
    };

    public static Resolution DateResolution { get; } = new()
    {
        Subject = "ca-japan-summit",
        Property = "date",
        Value = DateA.Value,
        Confidence = new Score(
            0.8123456,
            [
                new ScoreInput("trust", 0.9, "The trust of VOA."),
                new ScoreInput("corroboration", 1.0 / 3, "One source agrees."),
            ]),
        SupportingClaimIds = ["a.txt#1"],
        OpposingClaimIds = ["b.txt#2"],
    };

    public static FactUpdate Update { get; } = new(
        "ca-japan-summit", "planned", "held", ["b.txt#1"], ["a.txt#1"], "The summit was planned, then held.");

    public static SourceError Error { get; } = new("c.txt", "The source is empty; an article needs some text.");

    public static ReconciliationResult Result() => new()
    {
        Sources = [SourceA, SourceB],
        SourceErrors = [Error],
        Claims = [DateA, StatusB, DateB],
        Conflicts = [DateConflict],
        Updates = [Update],
        Resolutions = [DateResolution],
        SourceTrust = new Dictionary<string, double>(StringComparer.Ordinal) { ["b.txt"] = 0.7, ["a.txt"] = 0.912345678 },
    };

    public static ReconciliationResult Empty() => new()
    {
        Sources = [SourceA],
        SourceErrors = [],
        Claims = [],
        Conflicts = [],
        Updates = [],
        Resolutions = [],
        SourceTrust = new Dictionary<string, double>(StringComparer.Ordinal),
    };

    public static async Task<string> WriteAsync(IReportWriter writer, ReconciliationResult result)
    {
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        await writer.WriteAsync(result, output);
        return output.ToString();
    }

    public static Evidence Span(string sourceId, string text, string quote)
    {
        var start = text.IndexOf(quote, StringComparison.Ordinal);
        return Evidence.FromSpan(sourceId, text, start, start + quote.Length);
    }
}
