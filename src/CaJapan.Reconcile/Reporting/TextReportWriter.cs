using System.Globalization;
using System.Text;
using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Sources;

namespace CaJapan.Reconcile.Reporting;

/// <summary>
/// Writes a <see cref="ReconciliationResult"/> as a plain-text report for a fact-checker at an 80-column terminal:
/// the sources, the sources that could not be read, the best-supported value of each fact (quoted as the input gave
/// it, for structured claims), the conflicts with a quote from each side, and the status updates. Stateless and
/// thread-safe.
/// </summary>
/// <remarks>
/// Long lines are wrapped at 80 columns with a hanging indent, and every line ends with <c>\n</c>, so the same
/// result gives the same text on every platform. Claims are looked up by identifier in
/// <see cref="ReconciliationResult.Claims"/> for their quotes.
/// </remarks>
public sealed class TextReportWriter : IReportWriter
{
    /// <summary>The width, in characters, that lines are wrapped at.</summary>
    public const int LineWidth = 80;

    private const int QuoteLength = 70;

    /// <summary>Gets the format's name, <c>text</c>.</summary>
    public string Format => "text";

    /// <inheritdoc />
    public Task WriteAsync(ReconciliationResult result, TextWriter output, CancellationToken cancellationToken = default)
        => WholeReport.WriteAsync(result, output, Write, cancellationToken);

    /// <summary>Writes the report to a string.</summary>
    internal static string Write(ReconciliationResult result)
    {
        var report = new StringBuilder(4096);
        var structured = StructuredSources(result);
        var title = string.Create(
            CultureInfo.InvariantCulture,
            $"Reconciliation report: {Count(result.Sources.Count + structured.Count, "source")}, {Count(result.Claims.Count, "claim")}, {Count(result.Conflicts.Count, "conflict")}");
        report.Append(title).Append('\n').Append('=', Math.Min(title.Length, LineWidth)).Append('\n');

        Heading(report, "Sources");
        if (result.Sources.Count == 0 && structured.Count == 0)
        {
            Paragraph(report, "No source was read.", 2);
        }

        foreach (var source in result.Sources)
        {
            Paragraph(report, $"{source.Id}: {Describe(source)}", 2);
        }

        foreach (var (sourceId, claimCount) in structured)
        {
            Paragraph(report, $"{sourceId}: {Count(claimCount, "claim")} given in structured form", 2);
        }

        if (result.SourceErrors.Count > 0)
        {
            Heading(report, "Could not read");
            foreach (var error in result.SourceErrors)
            {
                Paragraph(report, $"{error.SourceId}: {error.Message}", 2);
            }
        }

        Heading(report, "Facts");
        if (result.Resolutions.Count == 0)
        {
            Paragraph(report, "No facts found.", 2);
        }

        foreach (var resolution in result.Resolutions)
        {
            Paragraph(report, Describe(resolution), 2);
        }

        Heading(report, "Conflicts");
        if (result.Conflicts.Count == 0)
        {
            Paragraph(report, "No conflicts found.", 2);
        }
        else
        {
            var claims = new Dictionary<string, Claim>(StringComparer.Ordinal);
            foreach (var claim in result.Claims)
            {
                claims.TryAdd(claim.Id, claim);
            }

            for (var i = 0; i < result.Conflicts.Count; i++)
            {
                if (i > 0)
                {
                    report.Append('\n');
                }

                AppendConflict(report, result.Conflicts[i], claims);
            }
        }

        Heading(report, "Updates");
        if (result.Updates.Count == 0)
        {
            Paragraph(report, "No updates.", 2);
        }

        foreach (var update in result.Updates)
        {
            TextLayout.AppendWrapped(report, update.Explanation, LineWidth, "  - ", "    ");
        }

        if (result.Timelines.Count > 0)
        {
            Heading(report, "Timelines");
            foreach (var timeline in result.Timelines)
            {
                Paragraph(report, $"{timeline.Subject}.{timeline.Property}, now {timeline.Current?.Describe() ?? "unresolved"}:", 2);
                foreach (var entry in timeline.Entries)
                {
                    var day = entry.Observed is { } observed ? ReportFormat.IsoDate(observed) : "undated";
                    TextLayout.AppendWrapped(report, $"{day} {entry.SourceId}: {entry.Value.Describe()} ({ReportFormat.Name(entry.Role)})", LineWidth, "    ", "      ");
                }
            }
        }

        if (result.TrustEstimates.Count > 0)
        {
            Heading(report, "Source trust");
            foreach (var estimate in result.TrustEstimates)
            {
                var learned = estimate.ContestedFacts == 0
                    ? "no contested facts to learn from"
                    : string.Create(CultureInfo.InvariantCulture, $"learned from {Count(estimate.ContestedFacts, "contested fact")}");
                Paragraph(report, string.Create(CultureInfo.InvariantCulture, $"{estimate.SourceId}: {estimate.Trust:0.00} (prior {estimate.Prior:0.00} from {estimate.PriorFrom}; {learned})"), 2);
            }
        }

        if (result.Dependencies.Count > 0)
        {
            Heading(report, "Not independent");
            foreach (var dependence in result.Dependencies)
            {
                TextLayout.AppendWrapped(report, dependence.Explanation, LineWidth, "  - ", "    ");
            }
        }

        return report.ToString();
    }

    private static void AppendConflict(StringBuilder report, Conflict conflict, Dictionary<string, Claim> claims)
    {
        Paragraph(
            report,
            $"{conflict.Id} {ReportFormat.Words(conflict.Kind)}: {conflict.Subject}.{conflict.Property} (confidence {ReportFormat.Percent(conflict.Confidence.Value)})",
            2);
        Paragraph(report, conflict.Explanation, 4);
        foreach (var side in conflict.Sides)
        {
            var quoted = side.ClaimIds
                .Select(id => claims.GetValueOrDefault(id))
                .FirstOrDefault(c => c?.Evidence is not null)?.Evidence;
            var from = side.SourceIds.Count == 0 ? string.Empty : ", from " + string.Join(", ", side.SourceIds);
            var quoting = quoted is not null && side.SourceIds.Count > 1 ? $"; quoting {quoted.SourceId}" : string.Empty;
            TextLayout.AppendWrapped(report, $"{side.Value}{from}{quoting}", LineWidth, "    - ", "      ");
            if (quoted is not null)
            {
                TextLayout.AppendWrapped(report, $"\"{TextLayout.Shorten(quoted.Quote, QuoteLength)}\"", LineWidth, "      ", "       ");
            }
            else if (side.ClaimIds.Count > 0)
            {
                Paragraph(report, "(no quote: the claims were given without text)", 6);
            }
        }
    }

    private static string Describe(Source source)
    {
        var outlet = source.Outlet ?? "unknown outlet";
        if (source.Published is not { } published)
        {
            return $"{outlet}, date unknown";
        }

        var origin = source.PublishedOrigin switch
        {
            PublishedOrigin.Manifest => " (from the manifest)",
            PublishedOrigin.Text => " (from the text)",
            _ => string.Empty,
        };
        return $"{outlet}, published {ReportFormat.ReadableDate(published)}{origin}";
    }

    private static string Describe(Resolution resolution)
    {
        var fact = $"{resolution.Subject}.{resolution.Property}";
        var confidence = ReportFormat.Percent(resolution.Confidence.Value);
        var disputed = resolution.Value is not null && resolution.IsDisputed ? ", disputed" : string.Empty;
        return $"{fact}: {ReportFormat.ChosenValue(resolution)} ({confidence}{disputed})";
    }

    /// <summary>The sources that gave claims in structured form (claims without a source record), with their claim counts, by identifier.</summary>
    private static List<(string SourceId, int Claims)> StructuredSources(ReconciliationResult result)
    {
        var read = result.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        return [.. result.Claims
            .Where(c => !read.Contains(c.SourceId))
            .GroupBy(c => c.SourceId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))];
    }

    private static void Heading(StringBuilder report, string heading)
        => report.Append('\n').Append(heading).Append('\n').Append('-', heading.Length).Append('\n');

    private static void Paragraph(StringBuilder report, string text, int indent)
        => TextLayout.AppendWrapped(report, text, LineWidth, new string(' ', indent), new string(' ', indent + 4));

    private static string Count(int count, string noun)
        => string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
