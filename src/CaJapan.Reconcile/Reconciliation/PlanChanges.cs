using CaJapan.Reconcile.Claims;
using NodaTime;

namespace CaJapan.Reconcile.Reconciliation;

/// <summary>
/// Tells an update from a contradiction for an event's single-valued facts (its date, place, amount). A report made
/// before the event describes a plan, and plans change: a value reported only before the event, and only before
/// every report of a different value, is superseded by the later value. Two reports as of the same time, or a report
/// made after the event, still contradict.
/// </summary>
internal static class PlanChanges
{
    /// <summary>Finds the sets of values that later reports superseded, each with the set that superseded it.</summary>
    /// <param name="clusters">The fact's sets of compatible values.</param>
    /// <param name="eventDay">When a claim's source understood the event to happen: the claim's own date for a date, else the event's date as the source or the engine gives it.</param>
    public static List<(ValueCluster Old, ValueCluster New)> Find(IReadOnlyList<ValueCluster> clusters, Func<Claim, DateValue?> eventDay)
    {
        var result = new List<(ValueCluster, ValueCluster)>();
        var spans = clusters
            .Select(c => (Cluster: c, First: c.Claims.Min(x => x.Observed), Last: c.Claims.Max(x => x.Observed), Dated: c.Claims.All(x => x.Observed is not null)))
            .ToList();
        foreach (var old in spans.Where(s => s.Dated && s.Cluster.Claims.All(c => IsPlan(c, eventDay(c)))))
        {
            var successor = spans
                .Where(s => !ReferenceEquals(s.Cluster, old.Cluster) && s.Dated && s.First > old.Last)
                .OrderByDescending(s => s.Last)
                .ThenBy(s => s.Cluster.Value.Key, StringComparer.Ordinal)
                .FirstOrDefault();
            if (successor.Cluster is not null)
            {
                result.Add((old.Cluster, successor.Cluster));
            }
        }

        return result;
    }

    /// <summary>Gets whether a claim was reported before the event it describes took place: a plan, which may change.</summary>
    private static bool IsPlan(Claim claim, DateValue? eventDay)
        => claim.Observed is { } observed && eventDay is not null && observed < eventDay.End;

    public static string Day(LocalDate? day) => day is { } d ? NodaTime.Text.LocalDatePattern.Iso.Format(d) : "undated";
}
