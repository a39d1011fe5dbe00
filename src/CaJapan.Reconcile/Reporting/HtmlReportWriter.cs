using System.Globalization;
using System.Net;
using System.Text;
using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Sources;

namespace CaJapan.Reconcile.Reporting;

/// <summary>
/// Writes a <see cref="ReconciliationResult"/> as one self-contained HTML page: the disputed facts with the chosen
/// value and its confidence, each conflict with the quote of each side highlighted in its context, the updates, the
/// timeline of each evolving fact, the source trust and the sources that could not be read. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// The page has inline CSS only: no script, no font, no image and no request to the network. It prints cleanly
/// (<c>@media print</c>), declares <c>lang="en"</c>, has one <c>h1</c> and headings in order, table headers with
/// <c>scope</c>, dark text on a light background, and a table of contents whose links reach each conflict by its
/// identifier (<c>#C1</c>). Nothing is said by colour alone: a highlighted quote is also underlined and bold, and
/// every state is written in words.
/// </para>
/// <para>
/// All text from sources and from the result is encoded with <see cref="WebUtility.HtmlEncode(string)"/>, so an article
/// that contains <c>&lt;script&gt;</c> shows it as text. The output is deterministic, culture-invariant and uses
/// <c>\n</c>.
/// </para>
/// </remarks>
public sealed class HtmlReportWriter : IReportWriter
{
    private const string Style = """
        :root { color: #1a1a1a; background: #ffffff; }
        body { font-family: Georgia, "Times New Roman", serif; line-height: 1.5; max-width: 52rem; margin: 0 auto; padding: 1rem 1.5rem; }
        h1, h2, h3, h4 { font-family: Helvetica, Arial, sans-serif; line-height: 1.25; }
        h2 { border-bottom: 2px solid #1a1a1a; padding-bottom: .2rem; margin-top: 2.5rem; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
        caption { text-align: left; font-style: italic; padding-bottom: .3rem; }
        th, td { border: 1px solid #6b6b6b; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        thead th { background: #e8e8e8; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        a { color: #0b4f9c; }
        a:focus { outline: 3px solid #0b4f9c; outline-offset: 2px; }
        .conflict { border-left: 4px solid #6b6b6b; padding-left: 1rem; margin: 1.5rem 0; }
        .meta { font-family: Helvetica, Arial, sans-serif; font-size: .95rem; }
        blockquote { margin: .5rem 0 .2rem 0; padding: .4rem .8rem; background: #f4f4f4; border-left: 3px solid #6b6b6b; }
        mark { background: #ffe066; color: #000000; font-weight: bold; text-decoration: underline; }
        figure { margin: .5rem 0 1rem; }
        figcaption { font-size: .9rem; }
        .empty { font-style: italic; }
        @media print {
          :root { background: #ffffff; color: #000000; }
          body { max-width: none; padding: 0; font-size: 11pt; }
          nav { display: none; }
          a { color: #000000; text-decoration: none; }
          .conflict, figure, tr { break-inside: avoid; }
          h2, h3 { break-after: avoid; }
          mark { background: none; border: 1px solid #000000; }
        }
        """;

    private readonly ReportSettings settings;

    /// <summary>Initializes a new instance of the <see cref="HtmlReportWriter"/> class.</summary>
    /// <param name="settings">The settings (the title is used), or <see langword="null"/> for the defaults.</param>
    public HtmlReportWriter(ReportSettings? settings = null) => this.settings = settings ?? new ReportSettings();

    /// <summary>Gets the format's name, <c>html</c>.</summary>
    public string Format => "html";

    /// <inheritdoc />
    public Task WriteAsync(ReconciliationResult result, TextWriter output, CancellationToken cancellationToken = default)
        => WholeReport.WriteAsync(result, output, Write, cancellationToken);

    /// <inheritdoc />
    public override string ToString() => $"{Format} report writer, title \"{settings.Title ?? ReportFacts.DefaultTitle}\"";

    /// <summary>Writes the page to a string, ending with a line break.</summary>
    internal string Write(ReconciliationResult result)
    {
        var html = new StringBuilder(16 * 1024);
        var claims = ReportFacts.ClaimsById(result);
        var sources = ReportFacts.SourcesById(result);
        var facts = ReportFacts.Disputed(result);
        var title = settings.Title ?? ReportFacts.DefaultTitle;

        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(E(title)).Append("</title>\n<style>\n").Append(Style.Replace("\r\n", "\n", StringComparison.Ordinal)).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<header>\n<h1>").Append(E(title)).Append("</h1>\n<p class=\"meta\">").Append(E(ReportFacts.Summary(result))).Append("</p>\n</header>\n");

        AppendContents(html, result);
        html.Append("<main>\n");

        html.Append("<section id=\"facts\" aria-labelledby=\"facts-heading\">\n<h2 id=\"facts-heading\">Disputed facts</h2>\n");
        if (facts.Count == 0)
        {
            html.Append("<p class=\"empty\">No fact is disputed.</p>\n");
        }
        else
        {
            html.Append("<table>\n<caption>The value chosen for each fact the sources dispute, and the confidence in it.</caption>\n");
            html.Append("<thead><tr><th scope=\"col\">Fact</th><th scope=\"col\">Chosen value</th><th scope=\"col\">Confidence</th><th scope=\"col\">Conflicts</th></tr></thead>\n<tbody>\n");
            foreach (var fact in facts)
            {
                var value = fact.Resolution is { } r ? ReportFormat.ChosenValue(r) : "unresolved";
                var confidence = fact.Resolution is { } c ? ReportFormat.Percent(c.Confidence.Value) : "none";
                var links = fact.Conflicts.Count == 0
                    ? "none"
                    : string.Join(", ", fact.Conflicts.Select(x => $"<a href=\"#{E(x.Id)}\">{E(x.Id)}</a>"));
                html.Append("<tr><th scope=\"row\">").Append(E(fact.Key)).Append("</th><td>").Append(E(value))
                    .Append("</td><td class=\"number\">").Append(confidence).Append("</td><td>").Append(links).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        html.Append("</section>\n");

        html.Append("<section id=\"conflicts\" aria-labelledby=\"conflicts-heading\">\n<h2 id=\"conflicts-heading\">Conflicts</h2>\n");
        if (result.Conflicts.Count == 0)
        {
            html.Append("<p class=\"empty\">No conflicts found.</p>\n");
        }

        foreach (var conflict in result.Conflicts)
        {
            AppendConflict(html, conflict, claims, sources);
        }

        html.Append("</section>\n");

        html.Append("<section id=\"updates\" aria-labelledby=\"updates-heading\">\n<h2 id=\"updates-heading\">Updates</h2>\n");
        if (result.Updates.Count == 0)
        {
            html.Append("<p class=\"empty\">No updates.</p>\n");
        }
        else
        {
            html.Append("<ul>\n");
            foreach (var update in result.Updates)
            {
                var kind = update.Kind == UpdateKind.Refinement ? "refinement" : "update";
                html.Append("<li><strong>").Append(E($"{update.Subject}.{update.Property}")).Append("</strong> (").Append(kind).Append("): ")
                    .Append(E(update.Explanation)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");

        if (result.Timelines.Count > 0)
        {
            html.Append("<section id=\"timelines\" aria-labelledby=\"timelines-heading\">\n<h2 id=\"timelines-heading\">Timelines</h2>\n");
            foreach (var timeline in result.Timelines)
            {
                html.Append("<h3>").Append(E($"{timeline.Subject}.{timeline.Property}")).Append(", now ").Append(E(timeline.Current?.Describe() ?? "unresolved")).Append("</h3>\n");
                html.Append("<table>\n<thead><tr><th scope=\"col\">Reported</th><th scope=\"col\">Source</th><th scope=\"col\">Value</th><th scope=\"col\">Role</th></tr></thead>\n<tbody>\n");
                foreach (var entry in timeline.Entries)
                {
                    var day = entry.Observed is { } observed ? ReportFormat.IsoDate(observed) : "undated";
                    html.Append("<tr><td>").Append(day).Append("</td><td>").Append(E(entry.SourceId)).Append("</td><td>")
                        .Append(E(entry.Value.Describe())).Append("</td><td>").Append(E(ReportFormat.Name(entry.Role))).Append("</td></tr>\n");
                }

                html.Append("</tbody>\n</table>\n");
            }

            html.Append("</section>\n");
        }

        html.Append("<section id=\"trust\" aria-labelledby=\"trust-heading\">\n<h2 id=\"trust-heading\">Source trust</h2>\n");
        if (result.SourceTrust.Count == 0)
        {
            html.Append("<p class=\"empty\">No source trust was estimated.</p>\n");
        }
        else
        {
            var estimates = result.TrustEstimates.ToDictionary(e => e.SourceId, StringComparer.Ordinal);
            html.Append("<table>\n<caption>Trust learned for each source (0 to 1), from its prior and the contested facts.</caption>\n");
            html.Append("<thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Outlet</th><th scope=\"col\">Trust</th><th scope=\"col\">Prior</th><th scope=\"col\">Contested facts</th></tr></thead>\n<tbody>\n");
            foreach (var (sourceId, trust) in result.SourceTrust.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var estimate = estimates.GetValueOrDefault(sourceId);
                var prior = estimate is null ? "none" : $"{ReportFacts.TwoDecimals(estimate.Prior)} ({estimate.PriorFrom})";
                var contested = estimate?.ContestedFacts.ToString(CultureInfo.InvariantCulture) ?? "none";
                html.Append("<tr><th scope=\"row\">").Append(E(sourceId)).Append("</th><td>").Append(E(sources.GetValueOrDefault(sourceId)?.Outlet ?? "unknown"))
                    .Append("</td><td class=\"number\">").Append(ReportFacts.TwoDecimals(trust)).Append("</td><td class=\"number\">").Append(E(prior))
                    .Append("</td><td class=\"number\">").Append(contested).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        html.Append("</section>\n");

        if (result.SourceErrors.Count > 0)
        {
            html.Append("<section id=\"errors\" aria-labelledby=\"errors-heading\">\n<h2 id=\"errors-heading\">Sources that could not be read</h2>\n<ul>\n");
            foreach (var error in result.SourceErrors)
            {
                html.Append("<li><strong>").Append(E(error.SourceId)).Append("</strong>: ").Append(E(error.Message)).Append("</li>\n");
            }

            html.Append("</ul>\n</section>\n");
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendContents(StringBuilder html, ReconciliationResult result)
    {
        html.Append("<nav aria-labelledby=\"contents-heading\">\n<h2 id=\"contents-heading\">Contents</h2>\n<ul>\n");
        html.Append("<li><a href=\"#facts\">Disputed facts</a></li>\n<li><a href=\"#conflicts\">Conflicts</a>");
        if (result.Conflicts.Count > 0)
        {
            html.Append("\n<ul>\n");
            foreach (var conflict in result.Conflicts)
            {
                html.Append("<li><a href=\"#").Append(E(conflict.Id)).Append("\">").Append(E(conflict.Id)).Append(": ")
                    .Append(E(ReportFormat.Words(conflict.Kind))).Append(" on ").Append(E($"{conflict.Subject}.{conflict.Property}")).Append("</a></li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</li>\n<li><a href=\"#updates\">Updates</a></li>\n");
        if (result.Timelines.Count > 0)
        {
            html.Append("<li><a href=\"#timelines\">Timelines</a></li>\n");
        }

        html.Append("<li><a href=\"#trust\">Source trust</a></li>\n");
        if (result.SourceErrors.Count > 0)
        {
            html.Append("<li><a href=\"#errors\">Sources that could not be read</a></li>\n");
        }

        html.Append("</ul>\n</nav>\n");
    }

    private static void AppendConflict(StringBuilder html, Conflict conflict, Dictionary<string, Claim> claims, Dictionary<string, Source> sources)
    {
        html.Append("<article class=\"conflict\" id=\"").Append(E(conflict.Id)).Append("\" aria-labelledby=\"").Append(E(conflict.Id)).Append("-heading\">\n");
        html.Append("<h3 id=\"").Append(E(conflict.Id)).Append("-heading\">").Append(E(conflict.Id)).Append(": ").Append(E(ReportFormat.Words(conflict.Kind)))
            .Append(" on ").Append(E($"{conflict.Subject}.{conflict.Property}")).Append("</h3>\n");
        html.Append("<p class=\"meta\">Confidence that this is a real conflict: <strong>").Append(ReportFormat.Percent(conflict.Confidence.Value)).Append("</strong></p>\n");
        html.Append("<p>").Append(E(conflict.Explanation)).Append("</p>\n");
        for (var i = 0; i < conflict.Sides.Count; i++)
        {
            var side = conflict.Sides[i];
            var from = side.SourceIds.Count == 0 ? "no source" : "from " + string.Join(", ", side.SourceIds);
            html.Append("<h4>Side ").Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(": ").Append(E(side.Value))
                .Append(" <span class=\"meta\">(").Append(E(from)).Append(")</span></h4>\n");
            var quotes = ReportFacts.Quotes(side, claims);
            if (quotes.Count == 0 && side.ClaimIds.Count > 0)
            {
                html.Append("<p class=\"empty\">No quote: the claims were given without text.</p>\n");
            }

            foreach (var quote in quotes)
            {
                var source = sources.GetValueOrDefault(quote.SourceId);
                var before = quote.Start - quote.Prefix.Length > 0 ? "…" : string.Empty;
                var after = source is null
                    ? (quote.Suffix.Length >= Evidence.ContextLength ? "…" : string.Empty)
                    : (quote.End + quote.Suffix.Length < source.Text.Length ? "…" : string.Empty);
                html.Append("<figure>\n<blockquote><p>").Append(before).Append(E(quote.Prefix)).Append("<mark>").Append(E(quote.Quote))
                    .Append("</mark>").Append(E(quote.Suffix)).Append(after).Append("</p></blockquote>\n");
                html.Append("<figcaption>— ").Append(E(ReportFacts.Attribution(quote.SourceId, sources)));
                if (source?.Url is { } url && url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
                {
                    html.Append(", <a href=\"").Append(E(ReportFormat.Url(url))).Append("\">").Append(E(ReportFormat.Url(url))).Append("</a>");
                }

                html.Append("</figcaption>\n</figure>\n");
            }
        }

        html.Append("</article>\n");
    }

    private static string E(string? text) => WebUtility.HtmlEncode(DisplayText.Reveal(text));
}
