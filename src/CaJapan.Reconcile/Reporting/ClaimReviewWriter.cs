using System.Text.Json;
using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Sources;

namespace CaJapan.Reconcile.Reporting;

/// <summary>
/// Writes the disputed facts of a <see cref="ReconciliationResult"/> as schema.org <c>ClaimReview</c> JSON-LD: an
/// indented JSON array with one review per disputed fact (a resolution with opposing claims, or a fact with a
/// conflict), then the sources that could not be read, if any. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Each review has <c>@context</c>, <c>@type</c>, <c>claimReviewed</c> (the fact and the value chosen for it, in
/// words), <c>reviewBody</c> (the conflicts' explanations, or the values the opposing claims give),
/// <c>reviewRating</c> on the conflict scale below, <c>itemReviewed</c> (a <c>Claim</c> whose <c>appearance</c> holds
/// one <c>CreativeWork</c> per source with its address and publication date when known, and whose
/// <c>firstAppearance</c> is the earliest dated one, left out when none is dated) and <c>author</c>.
/// </para>
/// <para>
/// The conflict scale (<c>worstRating</c> 1, <c>bestRating</c> 5): 1 "Contradicted", a conflict on the fact with
/// confidence of at least 0.8; 2 "Disputed", at least 0.5; 3 "Weakly disputed", a conflict below 0.5; 4 "Mostly
/// agreed", opposing claims but no conflict (they were read as updates or refinements, or were outweighed); 5
/// "Agreed", no opposing claim (such facts are not reviewed, so 5 does not appear in the output).
/// </para>
/// <para>
/// The author is an <c>Organization</c> named by <see cref="ReportSettings.Author"/>, or <c>CaJapan.Reconcile</c> when
/// that is <see langword="null"/>, so that every review is attributed. <c>datePublished</c> is written only when
/// <see cref="ReportSettings.Published"/> gives it: the output never depends on a clock and is deterministic, with
/// <c>\n</c> line breaks and HTML-sensitive characters escaped like <see cref="JsonReportWriter"/>.
/// </para>
/// <para>
/// When sources could not be read (<see cref="ReconciliationResult.SourceErrors"/>), the array ends with one more
/// node: an <c>ItemList</c> whose <c>identifier</c> is <see cref="UnreadableSourcesIdentifier"/>, with one
/// <c>ListItem</c> per lost source, its <c>item</c> a <c>CreativeWork</c> with the source's <c>identifier</c> and the
/// reason as its <c>description</c>. Consumers that look only for <c>ClaimReview</c> nodes skip it; without such
/// sources the output is the reviews alone.
/// </para>
/// </remarks>
public sealed class ClaimReviewWriter : IReportWriter
{
    /// <summary>The author named when <see cref="ReportSettings.Author"/> is <see langword="null"/>.</summary>
    public const string DefaultAuthor = "CaJapan.Reconcile";

    /// <summary>The <c>identifier</c> of the <c>ItemList</c> that lists the sources that could not be read.</summary>
    public const string UnreadableSourcesIdentifier = "unreadable-sources";

    private readonly ReportSettings settings;

    /// <summary>Initializes a new instance of the <see cref="ClaimReviewWriter"/> class.</summary>
    /// <param name="settings">The settings (author and publication day), or <see langword="null"/> for the defaults.</param>
    public ClaimReviewWriter(ReportSettings? settings = null) => this.settings = settings ?? new ReportSettings();

    /// <summary>Gets the format's name, <c>claimreview</c>.</summary>
    public string Format => "claimreview";

    /// <inheritdoc />
    public Task WriteAsync(ReconciliationResult result, TextWriter output, CancellationToken cancellationToken = default)
        => WholeReport.WriteAsync(result, output, Write, cancellationToken);

    /// <inheritdoc />
    public override string ToString() => $"{Format} writer, author \"{settings.Author ?? DefaultAuthor}\"";

    /// <summary>Gets the rating of a disputed fact on the conflict scale: its value (1 to 5) and its name.</summary>
    internal static (int Value, string Name) Rate(DisputedFact fact) => fact.ConflictConfidence switch
    {
        >= 0.8 => (1, "Contradicted"),
        >= 0.5 => (2, "Disputed"),
        not null => (3, "Weakly disputed"),
        null when fact.Resolution is { IsDisputed: true } => (4, "Mostly agreed"),
        null => (5, "Agreed"),
    };

    /// <summary>Writes the document to a string, ending with a line break.</summary>
    internal string Write(ReconciliationResult result)
    {
        var claims = ReportFacts.ClaimsById(result);
        var sources = ReportFacts.SourcesById(result);
        return JsonText.Write(
            json =>
            {
                json.WriteStartArray();
                foreach (var fact in ReportFacts.Disputed(result))
                {
                    WriteReview(json, fact, claims, sources);
                }

                if (result.SourceErrors.Count > 0)
                {
                    WriteUnreadable(json, result.SourceErrors);
                }

                json.WriteEndArray();
            },
            8 * 1024);
    }

    private void WriteReview(Utf8JsonWriter json, DisputedFact fact, Dictionary<string, Claim> claims, Dictionary<string, Source> sources)
    {
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "ClaimReview");
        json.WriteString("identifier", fact.Key);
        json.WriteString("claimReviewed", ClaimReviewed(fact));
        json.WriteString("reviewBody", ReviewBody(fact, claims));

        var (rating, name) = Rate(fact);
        json.WriteStartObject("reviewRating");
        json.WriteString("@type", "Rating");
        json.WriteNumber("ratingValue", rating);
        json.WriteNumber("bestRating", 5);
        json.WriteNumber("worstRating", 1);
        json.WriteString("alternateName", name);
        json.WriteEndObject();

        json.WriteStartObject("itemReviewed");
        json.WriteString("@type", "Claim");
        var ids = ReportFacts.SourceIds(fact, claims);
        json.WriteStartArray("appearance");
        foreach (var id in ids)
        {
            WriteWork(json, null, id, sources.GetValueOrDefault(id));
        }

        json.WriteEndArray();
        var first = ids.Select(id => sources.GetValueOrDefault(id))
            .OfType<Source>()
            .Where(s => s.Published is not null)
            .OrderBy(s => s.Published!.Value)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        if (first is not null)
        {
            WriteWork(json, "firstAppearance", first.Id, first);
        }

        json.WriteEndObject();

        json.WriteStartObject("author");
        json.WriteString("@type", "Organization");
        json.WriteString("name", settings.Author ?? DefaultAuthor);
        json.WriteEndObject();
        if (settings.Published is { } published)
        {
            json.WriteString("datePublished", ReportFormat.IsoDate(published));
        }

        json.WriteEndObject();
    }

    /// <summary>Writes the sources that could not be read as one <c>ItemList</c>, after the reviews.</summary>
    private static void WriteUnreadable(Utf8JsonWriter json, IReadOnlyList<SourceError> errors)
    {
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "ItemList");
        json.WriteString("identifier", UnreadableSourcesIdentifier);
        json.WriteString("name", "Sources that could not be read");
        json.WriteString("description", "These sources were given but could not be read, so no review above rests on them.");
        json.WriteNumber("numberOfItems", errors.Count);
        json.WriteStartArray("itemListElement");
        for (var i = 0; i < errors.Count; i++)
        {
            json.WriteStartObject();
            json.WriteString("@type", "ListItem");
            json.WriteNumber("position", i + 1);
            json.WriteStartObject("item");
            json.WriteString("@type", "CreativeWork");
            json.WriteString("identifier", errors[i].SourceId);
            json.WriteString("description", errors[i].Message);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string ClaimReviewed(DisputedFact fact)
    {
        if (fact.Resolution is { Value: not null } resolution)
        {
            return $"The {fact.Property} of {fact.Subject} is {ReportFormat.ChosenValue(resolution)}.";
        }

        var values = fact.Conflicts.SelectMany(c => c.Sides).Select(s => s.Value).Distinct(StringComparer.Ordinal);
        return $"The {fact.Property} of {fact.Subject} is {string.Join(" or ", values)}.";
    }

    private static string ReviewBody(DisputedFact fact, Dictionary<string, Claim> claims)
    {
        if (fact.Conflicts.Count > 0)
        {
            return string.Join(" ", fact.Conflicts.Select(c => c.Explanation));
        }

        var opposing = fact.Resolution is { } resolution ? ReportFacts.OpposingValues(resolution, claims) : [];
        return opposing.Count == 0
            ? "No conflict was found."
            : $"No conflict was found; other sources or earlier reports give {string.Join(", ", opposing)}.";
    }

    private static void WriteWork(Utf8JsonWriter json, string? property, string sourceId, Source? source)
    {
        if (property is null)
        {
            json.WriteStartObject();
        }
        else
        {
            json.WriteStartObject(property);
        }

        json.WriteString("@type", "CreativeWork");
        json.WriteString("identifier", sourceId);
        if (source?.Url is { } url)
        {
            json.WriteString("url", ReportFormat.Url(url));
        }

        if (source?.Published is { } published)
        {
            json.WriteString("datePublished", ReportFormat.IsoDate(published));
        }

        if (source?.Outlet is { } outlet)
        {
            json.WriteStartObject("publisher");
            json.WriteString("@type", "Organization");
            json.WriteString("name", outlet);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
