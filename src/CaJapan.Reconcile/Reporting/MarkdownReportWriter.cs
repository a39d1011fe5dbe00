using System.Text;
using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Sources;

namespace CaJapan.Reconcile.Reporting;

/// <summary>
/// Writes a <see cref="ReconciliationResult"/> as a Markdown document to paste into a newsroom document: a title, a
/// summary line, a table of the disputed facts with the chosen value and its confidence, each conflict with its
/// explanation, confidence and the quotes of each side attributed to their source, the updates, the timelines, a
/// table of source trust and the sources that could not be read. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// All text that comes from sources or from the result (values, quotes, identifiers, messages, the title) is escaped
/// by <see cref="MarkdownText"/>, so it cannot add links, images, HTML, tables, emphasis, code, headings or list
/// items; line breaks inside it become spaces. The output is deterministic, culture-invariant and uses <c>\n</c>.
/// </remarks>
public sealed class MarkdownReportWriter : IReportWriter
{
    private readonly ReportSettings settings;

    /// <summary>Initializes a new instance of the <see cref="MarkdownReportWriter"/> class.</summary>
    /// <param name="settings">The settings (the title is used), or <see langword="null"/> for the defaults.</param>
    public MarkdownReportWriter(ReportSettings? settings = null) => this.settings = settings ?? new ReportSettings();

    /// <summary>Gets the format's name, <c>markdown</c>.</summary>
    public string Format => "markdown";

    /// <inheritdoc />
    public Task WriteAsync(ReconciliationResult result, TextWriter output, CancellationToken cancellationToken = default)
        => WholeReport.WriteAsync(result, output, Write, cancellationToken);

    /// <inheritdoc />
    public override string ToString() => $"{Format} report writer, title \"{settings.Title ?? ReportFacts.DefaultTitle}\"";

    /// <summary>Writes the document to a string, ending with a line break.</summary>
    internal string Write(ReconciliationResult result)
    {
        var md = new StringBuilder(8192);
        var claims = ReportFacts.ClaimsById(result);
        var sources = ReportFacts.SourcesById(result);
        var facts = ReportFacts.Disputed(result);

        Line(md, "# " + Esc(settings.Title ?? ReportFacts.DefaultTitle));
        Line(md);
        Line(md, Esc(ReportFacts.Summary(result)));

        Heading(md, "Disputed facts");
        if (facts.Count == 0)
        {
            Line(md, "No fact is disputed.");
        }
        else
        {
            Line(md, "| Fact | Chosen value | Confidence | Conflicts |");
            Line(md, "| --- | --- | ---: | --- |");
            foreach (var fact in facts)
            {
                var value = fact.Resolution is { } r ? Esc(ReportFormat.ChosenValue(r)) : "unresolved";
                var confidence = fact.Resolution is { } c ? ReportFormat.Percent(c.Confidence.Value) : "–";
                var conflicts = fact.Conflicts.Count == 0 ? "none" : string.Join(", ", fact.Conflicts.Select(x => Esc(x.Id)));
                Line(md, $"| {Esc(fact.Key)} | {value} | {confidence} | {conflicts} |");
            }
        }

        Heading(md, "Conflicts");
        if (result.Conflicts.Count == 0)
        {
            Line(md, "No conflicts found.");
        }

        for (var i = 0; i < result.Conflicts.Count; i++)
        {
            if (i > 0)
            {
                Line(md);
            }

            AppendConflict(md, result.Conflicts[i], claims, sources);
        }

        Heading(md, "Updates");
        if (result.Updates.Count == 0)
        {
            Line(md, "No updates.");
        }

        foreach (var update in result.Updates)
        {
            var kind = update.Kind == UpdateKind.Refinement ? "refinement" : "update";
            Line(md, $"- **{Esc(update.Subject)}.{Esc(update.Property)}** ({kind}): {Esc(update.Explanation)}");
        }

        if (result.Timelines.Count > 0)
        {
            Heading(md, "Timelines");
            for (var i = 0; i < result.Timelines.Count; i++)
            {
                var timeline = result.Timelines[i];
                if (i > 0)
                {
                    Line(md);
                }

                Line(md, $"### {Esc(timeline.Subject)}.{Esc(timeline.Property)}, now {Esc(timeline.Current?.Describe() ?? "unresolved")}");
                Line(md);
                Line(md, "| Reported | Source | Value | Role |");
                Line(md, "| --- | --- | --- | --- |");
                foreach (var entry in timeline.Entries)
                {
                    var day = entry.Observed is { } observed ? ReportFormat.IsoDate(observed) : "undated";
                    Line(md, $"| {Esc(day)} | {Esc(entry.SourceId)} | {Esc(entry.Value.Describe())} | {Esc(ReportFormat.Name(entry.Role))} |");
                }
            }
        }

        Heading(md, "Source trust");
        if (result.SourceTrust.Count == 0)
        {
            Line(md, "No source trust was estimated.");
        }
        else
        {
            var estimates = result.TrustEstimates.ToDictionary(e => e.SourceId, StringComparer.Ordinal);
            Line(md, "| Source | Outlet | Trust | Prior | Contested facts |");
            Line(md, "| --- | --- | ---: | ---: | ---: |");
            foreach (var (sourceId, trust) in result.SourceTrust.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var outlet = sources.GetValueOrDefault(sourceId)?.Outlet is { } o ? Esc(o) : "unknown";
                var prior = estimates.GetValueOrDefault(sourceId) is { } e ? $"{ReportFacts.TwoDecimals(e.Prior)} ({Esc(e.PriorFrom)})" : "–";
                var contested = estimates.GetValueOrDefault(sourceId) is { } f ? f.ContestedFacts.ToString(System.Globalization.CultureInfo.InvariantCulture) : "–";
                Line(md, $"| {Esc(sourceId)} | {outlet} | {ReportFacts.TwoDecimals(trust)} | {prior} | {contested} |");
            }
        }

        if (result.SourceErrors.Count > 0)
        {
            Heading(md, "Sources that could not be read");
            foreach (var error in result.SourceErrors)
            {
                Line(md, $"- **{Esc(error.SourceId)}**: {Esc(error.Message)}");
            }
        }

        return md.ToString();
    }

    private static void AppendConflict(StringBuilder md, Conflict conflict, Dictionary<string, Claim> claims, Dictionary<string, Source> sources)
    {
        Line(md, $"### {Esc(conflict.Id)}: {Esc(ReportFormat.Words(conflict.Kind))} on {Esc(conflict.Subject)}.{Esc(conflict.Property)}");
        Line(md);
        Line(md, $"Confidence: {ReportFormat.Percent(conflict.Confidence.Value)}");
        Line(md);
        Line(md, Esc(conflict.Explanation));
        for (var i = 0; i < conflict.Sides.Count; i++)
        {
            var side = conflict.Sides[i];
            Line(md);
            var from = side.SourceIds.Count == 0 ? "no source" : "from " + string.Join(", ", side.SourceIds.Select(Esc));
            Line(md, $"**Side {i + 1}: {Esc(side.Value)}** ({from})");
            var quotes = ReportFacts.Quotes(side, claims);
            if (quotes.Count == 0 && side.ClaimIds.Count > 0)
            {
                Line(md);
                Line(md, "No quote: the claims were given without text.");
            }

            foreach (var quote in quotes)
            {
                Line(md);
                Line(md, "> " + Esc(quote.Quote));
                Line(md, ">");
                Line(md, "> — " + Esc(ReportFacts.Attribution(quote.SourceId, sources)));
            }
        }
    }

    private static string Esc(string? text) => MarkdownText.Escape(text);

    private static void Heading(StringBuilder md, string heading)
    {
        Line(md);
        Line(md, "## " + heading);
        Line(md);
    }

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
