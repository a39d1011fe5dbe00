using CaJapan.Reconcile.Claims;

namespace CaJapan.Reconcile.Reconciliation.Rules;

/// <summary>
/// Reports a source that gives incompatible values for the same single-valued fact as of the same time, such as
/// one article calling the same person prime minister and foreign minister.
/// </summary>
internal sealed class SelfContradictionRule : IReconciliationRule
{
    public string Name => "self-contradiction";

    public IEnumerable<Conflict> Evaluate(FactContext fact)
    {
        if (!fact.HasIncompatibleValues)
        {
            yield break;
        }

        var bySource = fact.CurrentClusters
            .SelectMany(cluster => cluster.Claims.Select(claim => (cluster, claim)))
            .GroupBy(x => x.claim.SourceId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var source in bySource)
        {
            var sides = source.GroupBy(x => x.cluster).Select(g => (Cluster: g.Key, Claims: g.Select(x => x.claim).ToList())).ToList();
            if (sides.Count < 2)
            {
                continue;
            }

            var values = string.Join(" and ", sides.Select(s => s.Cluster.Value.Describe()));
            yield return new Conflict
            {
                Id = string.Empty,
                Kind = ConflictKind.SelfContradiction,
                Rule = Name,
                Subject = fact.Subject,
                Property = fact.Property,
                Sides = [.. sides.Select(s => new ConflictSide(s.Cluster.Value.Describe(), [.. s.Claims.Select(c => c.Id)], [source.Key]))],
                Confidence = ConfidenceModel.Disagreement([.. sides.Select(s => (IReadOnlyList<Claim>)s.Claims)]),
                Explanation = $"{source.Key} contradicts itself on the {fact.Property} of {fact.SubjectName}: it says {values}.",
            };
        }
    }
}
