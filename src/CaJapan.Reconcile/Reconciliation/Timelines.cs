using CaJapan.Reconcile.Claims;

namespace CaJapan.Reconcile.Reconciliation;

/// <summary>Builds the timeline of a disputed fact: one entry per source and set of values, in the order reported.</summary>
internal static class Timelines
{
    /// <summary>Gets the fact's timeline, or <see langword="null"/> when the fact is not disputed (one set of values, nothing ruled out, nothing refined).</summary>
    public static FactTimeline? For(FactContext fact, Resolution resolution, ValueComparer comparer)
    {
        var ruledOut = fact.Claims.Where(c => fact.Knowledge(c) is { RulesOutValue: true }).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var questioned = fact.Claims.Any(c => fact.Knowledge(c) is not null);
        var refined = fact.Clusters.Any(c => c.Claims.Select(x => x.Value.Key).Distinct(StringComparer.Ordinal).Count() > 1);
        if (fact.Clusters.Count < 2 && !questioned && !refined)
        {
            return null;
        }

        var accepted = resolution.Values.Select(v => v.Value.Key).ToHashSet(StringComparer.Ordinal);
        var entries = fact.Clusters
            .SelectMany(cluster => cluster.Claims
                .GroupBy(c => c.SourceId, StringComparer.Ordinal)
                .Select(g =>
                {
                    var claims = g.OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
                    var value = claims.Select(c => c.Value).OrderByDescending(v => v.Specificity).ThenBy(v => v.Key, StringComparer.Ordinal).First();
                    var role = claims.All(c => ruledOut.Contains(c.Id)) ? TimelineRole.RuledOut
                        : fact.Superseded.Contains(cluster) ? TimelineRole.Superseded
                        : accepted.Contains(cluster.Value.Key) ? Agreeing(value, cluster.Value, comparer)
                        : TimelineRole.Contradicts;
                    return new TimelineEntry(claims.Min(c => c.Observed), g.Key, value, [.. claims.Select(c => c.Id)], role);
                }))
            .OrderBy(e => e.Observed is null ? 1 : 0)
            .ThenBy(e => e.Observed)
            .ThenBy(e => e.SourceId, StringComparer.Ordinal)
            .ThenBy(e => e.ClaimIds[0], StringComparer.Ordinal)
            .ToList();
        return new FactTimeline(fact.Subject, fact.Property, entries, resolution.Value);
    }

    private static TimelineRole Agreeing(ClaimValue value, ClaimValue chosen, ValueComparer comparer)
        => comparer.Compare(value, chosen, null) == ValueRelation.Generalises ? TimelineRole.Refined : TimelineRole.Agrees;
}
