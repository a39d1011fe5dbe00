using System.Globalization;
using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Sources;

namespace CaJapan.Reconcile.Reporting;

/// <summary>
/// A fact the sources dispute: a resolution with opposing claims, or a fact with at least one conflict (with or
/// without a resolution), and the conflicts on it.
/// </summary>
/// <param name="Subject">The fact's subject.</param>
/// <param name="Property">The fact's property.</param>
/// <param name="Resolution">The fact's resolution, or <see langword="null"/> when the engine gave none.</param>
/// <param name="Conflicts">The conflicts on the fact, in the result's order; may be empty.</param>
internal sealed record DisputedFact(string Subject, string Property, Resolution? Resolution, IReadOnlyList<Conflict> Conflicts)
{
    /// <summary>Gets the fact's key, <c>subject.property</c>.</summary>
    public string Key => $"{Subject}.{Property}";

    /// <summary>Gets the highest confidence of the conflicts on the fact, or <see langword="null"/> when there is none.</summary>
    public double? ConflictConfidence => Conflicts.Count == 0 ? null : Conflicts.Max(c => c.Confidence.Value);

    /// <inheritdoc />
    public override string ToString() => $"{Key}: {Conflicts.Count} conflicts";
}

/// <summary>
/// What the report writers for people (Markdown, HTML, ClaimReview) select from a result in the same way: the
/// disputed facts, the quotes of each conflict side, the summary line. Pure functions; deterministic.
/// </summary>
internal static class ReportFacts
{
    /// <summary>The title of a report when the settings give none.</summary>
    public const string DefaultTitle = "Reconciliation report";

    /// <summary>
    /// Gets the disputed facts: every resolution that is disputed or has a conflict, in the result's order, then the
    /// facts that have a conflict but no resolution, in the order of their first conflict.
    /// </summary>
    public static IReadOnlyList<DisputedFact> Disputed(ReconciliationResult result)
    {
        var conflicts = new Dictionary<(string, string), List<Conflict>>();
        foreach (var conflict in result.Conflicts)
        {
            var key = (conflict.Subject, conflict.Property);
            if (!conflicts.TryGetValue(key, out var list))
            {
                conflicts[key] = list = [];
            }

            list.Add(conflict);
        }

        var facts = new List<DisputedFact>();
        var seen = new HashSet<(string, string)>();
        foreach (var resolution in result.Resolutions)
        {
            var key = (resolution.Subject, resolution.Property);
            var onFact = conflicts.GetValueOrDefault(key);
            if ((resolution.IsDisputed || onFact is not null) && seen.Add(key))
            {
                facts.Add(new DisputedFact(resolution.Subject, resolution.Property, resolution, onFact ?? []));
            }
        }

        foreach (var conflict in result.Conflicts)
        {
            var key = (conflict.Subject, conflict.Property);
            if (seen.Add(key))
            {
                facts.Add(new DisputedFact(conflict.Subject, conflict.Property, null, conflicts[key]));
            }
        }

        return facts;
    }

    /// <summary>Indexes the result's claims by identifier; the first claim of an identifier wins.</summary>
    public static Dictionary<string, Claim> ClaimsById(ReconciliationResult result)
    {
        var claims = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var claim in result.Claims)
        {
            claims.TryAdd(claim.Id, claim);
        }

        return claims;
    }

    /// <summary>Indexes the result's sources by identifier; the first source of an identifier wins.</summary>
    public static Dictionary<string, Source> SourcesById(ReconciliationResult result)
    {
        var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var source in result.Sources)
        {
            sources.TryAdd(source.Id, source);
        }

        return sources;
    }

    /// <summary>
    /// Gets the quotes of a conflict side: for each source of the side, the evidence of its first claim on the side
    /// that has some, in the order the side lists its claims.
    /// </summary>
    public static IReadOnlyList<Evidence> Quotes(ConflictSide side, IReadOnlyDictionary<string, Claim> claims)
    {
        var quotes = new List<Evidence>();
        var sources = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in side.ClaimIds)
        {
            if (claims.GetValueOrDefault(id)?.Evidence is { } evidence && sources.Add(evidence.SourceId))
            {
                quotes.Add(evidence);
            }
        }

        return quotes;
    }

    /// <summary>Gets the values the opposing claims of a resolution give, described, distinct, in claim order.</summary>
    public static IReadOnlyList<string> OpposingValues(Resolution resolution, IReadOnlyDictionary<string, Claim> claims)
        => [.. resolution.OpposingClaimIds
            .Select(id => claims.GetValueOrDefault(id)?.Value.Describe())
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)];

    /// <summary>Gets the identifiers of every source that gave a claim on a disputed fact, in ordinal order.</summary>
    public static IReadOnlyList<string> SourceIds(DisputedFact fact, IReadOnlyDictionary<string, Claim> claims)
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        if (fact.Resolution is { } resolution)
        {
            foreach (var id in resolution.SupportingClaimIds.Concat(resolution.OpposingClaimIds))
            {
                if (claims.GetValueOrDefault(id) is { } claim)
                {
                    ids.Add(claim.SourceId);
                }
            }
        }

        foreach (var conflict in fact.Conflicts)
        {
            ids.UnionWith(conflict.SourceIds);
        }

        return [.. ids];
    }

    /// <summary>Gets the summary line: counts of sources, claims, conflicts, disputed facts and unreadable sources.</summary>
    public static string Summary(ReconciliationResult result)
    {
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"{Count(result.Sources.Count, "source")} read, {Count(result.Claims.Count, "claim")}, {Count(result.Conflicts.Count, "conflict")}, {Count(Disputed(result).Count, "disputed fact")}");
        return result.SourceErrors.Count == 0
            ? summary + "."
            : summary + string.Create(CultureInfo.InvariantCulture, $"; {Count(result.SourceErrors.Count, "source")} could not be read.");
    }

    /// <summary>Describes a source for attribution: its identifier, then its outlet and publication date when known.</summary>
    public static string Attribution(string sourceId, IReadOnlyDictionary<string, Source> sources)
    {
        if (sources.GetValueOrDefault(sourceId) is not { } source)
        {
            return sourceId;
        }

        var details = new List<string>(2);
        if (source.Outlet is { } outlet)
        {
            details.Add(outlet);
        }

        if (source.Published is { } published)
        {
            details.Add(ReportFormat.ReadableDate(published));
        }

        return details.Count == 0 ? sourceId : $"{sourceId} ({string.Join(", ", details)})";
    }

    /// <summary>Formats a number with two decimals, culture-invariant: <c>0.71</c>.</summary>
    public static string TwoDecimals(double value)
        => double.IsFinite(value) ? value.ToString("0.00", CultureInfo.InvariantCulture) : "?";

    /// <summary>Counts a noun: <c>1 source</c>, <c>2 sources</c>.</summary>
    public static string Count(int count, string noun)
        => string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
