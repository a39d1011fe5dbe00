using CaJapan.Reconcile.Claims;
using NodaTime;

namespace CaJapan.Reconcile.Reconciliation;

/// <summary>
/// Which changes of an event's status are news rather than contradictions. An event planned may then be held,
/// cancelled or postponed; a postponed one may be planned again, held or cancelled; a cancelled one may be revived.
/// Nothing follows "held".
/// </summary>
internal static class StatusTransitions
{
    private static readonly HashSet<(EventStatus From, EventStatus To)> Allowed =
    [
        (EventStatus.Planned, EventStatus.Held),
        (EventStatus.Planned, EventStatus.Cancelled),
        (EventStatus.Planned, EventStatus.Postponed),
        (EventStatus.Postponed, EventStatus.Planned),
        (EventStatus.Postponed, EventStatus.Held),
        (EventStatus.Postponed, EventStatus.Cancelled),
        (EventStatus.Cancelled, EventStatus.Planned),
    ];

    /// <summary>
    /// Orders two statuses as an update: the one last reported later follows the other, if that sequence is allowed.
    /// Undated, or last reported on the same day, any allowed order will do, except that postponed and cancelled
    /// are then a split between sources, not news.
    /// </summary>
    /// <returns>The earlier and the later status, or <see langword="null"/> when no sequence explains both.</returns>
    public static (EventStatus From, EventStatus To)? AsUpdate(EventStatus a, IReadOnlyList<Claim> aClaims, EventStatus b, IReadOnlyList<Claim> bClaims)
    {
        if (LastReported(aClaims) is { } lastA && LastReported(bClaims) is { } lastB && lastA != lastB)
        {
            var (from, to) = lastA < lastB ? (a, b) : (b, a);
            return Allowed.Contains((from, to)) ? (from, to) : null;
        }

        if (IsSplit(a, b))
        {
            return null;
        }

        return Allowed.Contains((a, b)) ? (a, b) : Allowed.Contains((b, a)) ? (b, a) : null;
    }

    /// <summary>Gets the last day any of the claims was reported (its own date, never the story's), or <see langword="null"/> when none is dated.</summary>
    private static LocalDate? LastReported(IEnumerable<Claim> claims)
        => claims.Select(c => c.Observed ?? c.AsOf?.End).Max();

    /// <summary>Gets whether two statuses are the two ways a planned event can fail to happen on time: postponed and cancelled.</summary>
    public static bool IsSplit(EventStatus a, EventStatus b)
        => (a, b) is (EventStatus.Postponed, EventStatus.Cancelled) or (EventStatus.Cancelled, EventStatus.Postponed);

    /// <summary>Groups a fact's status claims by status, positive claims only.</summary>
    public static List<(EventStatus Status, List<Claim> Claims)> ByStatus(FactContext fact)
        => [.. fact.Claims
            .Where(c => c.Value is StatusValue && c.Mode != AssertionMode.Negated)
            .GroupBy(c => ((StatusValue)c.Value).Status)
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, g.OrderBy(c => c.Id, StringComparer.Ordinal).ToList()))];

    /// <summary>Finds the status changes that are news: each pair of statuses that an allowed sequence explains.</summary>
    public static IEnumerable<FactUpdate> Updates(FactContext fact)
    {
        var statuses = ByStatus(fact);
        for (var i = 0; i < statuses.Count; i++)
        {
            for (var j = i + 1; j < statuses.Count; j++)
            {
                var (a, aClaims) = statuses[i];
                var (b, bClaims) = statuses[j];
                if (AsUpdate(a, aClaims, b, bClaims) is not { } update)
                {
                    continue;
                }

                var (from, to) = update.From == a ? (aClaims, bClaims) : (bClaims, aClaims);
                yield return new FactUpdate(
                    fact.Subject,
                    Name(update.From),
                    Name(update.To),
                    [.. from.Select(c => c.Id)],
                    [.. to.Select(c => c.Id)],
                    $"Status of {fact.SubjectName}: reported {Name(update.From)} ({Sources(from)}), then {Name(update.To)} ({Sources(to)}); an update, not a contradiction.");
            }
        }
    }

    public static string Name(EventStatus status) => status.ToString().ToLowerInvariant();

    public static string Sources(IEnumerable<Claim> claims)
        => string.Join(", ", claims.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
