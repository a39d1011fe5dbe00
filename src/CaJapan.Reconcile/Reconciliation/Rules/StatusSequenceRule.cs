using CaJapan.Reconcile.Claims;

namespace CaJapan.Reconcile.Reconciliation.Rules;

/// <summary>
/// Reports statuses of an event that no sequence of updates explains (held and cancelled), a split between postponed
/// and cancelled reported as of the same time, and a status one source asserts while another denies it. "Planned, then cancelled" is an update and is not reported here.
/// </summary>
internal sealed class StatusSequenceRule : IReconciliationRule
{
    public string Name => "status-sequence";

    public IEnumerable<Conflict> Evaluate(FactContext fact)
    {
        var statuses = StatusTransitions.ByStatus(fact);
        for (var i = 0; i < statuses.Count; i++)
        {
            for (var j = i + 1; j < statuses.Count; j++)
            {
                var (a, aClaims) = statuses[i];
                var (b, bClaims) = statuses[j];
                if (StatusTransitions.AsUpdate(a, aClaims, b, bClaims) is not null)
                {
                    continue;
                }

                var explanation = StatusTransitions.IsSplit(a, b)
                    ? $"Sources split on what became of {fact.SubjectName}: {StatusTransitions.Name(a)} ({StatusTransitions.Sources(aClaims)}) or {StatusTransitions.Name(b)} ({StatusTransitions.Sources(bClaims)}), as of the same time; a postponed event may still be held, a cancelled one will not."
                    : $"Sources report the status of {fact.SubjectName} as {StatusTransitions.Name(a)} ({StatusTransitions.Sources(aClaims)}) and as {StatusTransitions.Name(b)} ({StatusTransitions.Sources(bClaims)}); no sequence of updates explains both.";
                yield return Contradiction(fact, (a, aClaims), (b, bClaims), explanation);
            }
        }

        foreach (var (status, claims) in statuses)
        {
            var denials = fact.Claims.Where(c => c.Mode == AssertionMode.Negated && c.Value is StatusValue s && s.Status == status).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
            if (denials.Count > 0)
            {
                yield return Contradiction(
                    fact,
                    (status, claims),
                    (status, denials),
                    $"Some sources say {fact.SubjectName} was {StatusTransitions.Name(status)} ({StatusTransitions.Sources(claims)}) and others deny it ({StatusTransitions.Sources(denials)}).",
                    negatedSecond: true);
            }
        }
    }

    private Conflict Contradiction(FactContext fact, (EventStatus Status, List<Claim> Claims) a, (EventStatus Status, List<Claim> Claims) b, string explanation, bool negatedSecond = false)
        => new()
        {
            Id = string.Empty,
            Kind = ConflictKind.StatusContradiction,
            Rule = Name,
            Subject = fact.Subject,
            Property = fact.Property,
            Sides =
            [
                new ConflictSide(StatusTransitions.Name(a.Status), [.. a.Claims.Select(c => c.Id)], [.. a.Claims.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]),
                new ConflictSide((negatedSecond ? "not " : string.Empty) + StatusTransitions.Name(b.Status), [.. b.Claims.Select(c => c.Id)], [.. b.Claims.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]),
            ],
            Confidence = ConfidenceModel.Disagreement([a.Claims, b.Claims]),
            Explanation = explanation,
        };
}
