namespace CaJapan.Reconcile.Reporting;

/// <summary>The report writers the library ships, one per format.</summary>
public static class ReportWriters
{
    /// <summary>Creates one of each built-in report writer, in the order their formats are listed to users.</summary>
    /// <param name="settings">What the writers need besides the result, or <see langword="null"/> for the defaults.</param>
    /// <returns>The writers; each <see cref="IReportWriter.Format"/> is distinct.</returns>
    public static IReadOnlyList<IReportWriter> BuiltIn(ReportSettings? settings = null)
    {
        settings ??= new ReportSettings();
        return [new TextReportWriter(), new JsonReportWriter(), new MarkdownReportWriter(settings), new CsvConflictWriter(), new HtmlReportWriter(settings), new ClaimReviewWriter(settings)];
    }
}

/// <summary>What report writers need besides the result. Immutable.</summary>
public sealed record ReportSettings
{
    /// <summary>Gets the author named in reports that publish a verdict (the ClaimReview JSON-LD), or <see langword="null"/>.</summary>
    public string? Author { get; init; }

    /// <summary>Gets the report's title, or <see langword="null"/> for one made from the result.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// Gets the day a report that publishes a verdict (the ClaimReview JSON-LD) is published, written as its
    /// <c>datePublished</c>, or <see langword="null"/> to leave that out; it is never taken from a clock, so the same
    /// result gives the same report.
    /// </summary>
    public NodaTime.LocalDate? Published { get; init; }
}
