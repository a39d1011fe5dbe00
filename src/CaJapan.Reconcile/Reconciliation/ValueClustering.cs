using CaJapan.Reconcile.Claims;

namespace CaJapan.Reconcile.Reconciliation;

/// <summary>
/// Groups a fact's claims into sets of mutually compatible values, and picks for each set the most specific value
/// that its claims support ("7–31 August 2024" is supported both by "August 2024" and by "later this month").
/// </summary>
internal static class ValueClustering
{
    public static List<ValueCluster> Cluster(IReadOnlyList<Claim> claims, Func<Claim, double> weight, Func<ClaimValue, ClaimValue, ValueRelation> compare)
    {
        var groups = claims
            .GroupBy(c => c.Value.Key, StringComparer.Ordinal)
            .Select(g => (Value: g.First().Value, Claims: g.ToList(), Weight: g.Sum(weight)))
            .OrderByDescending(g => g.Weight)
            .ThenByDescending(g => g.Value.Specificity)
            .ThenBy(g => g.Value.Key, StringComparer.Ordinal);
        var clusters = new List<(List<ClaimValue> Values, List<Claim> Claims)>();
        foreach (var group in groups)
        {
            var home = clusters.FirstOrDefault(c => c.Values.All(v => compare(v, group.Value).IsCompatible()));
            if (home.Values is null)
            {
                clusters.Add(([group.Value], [.. group.Claims]));
            }
            else
            {
                home.Values.Add(group.Value);
                home.Claims.AddRange(group.Claims);
            }
        }

        return [.. clusters.Select(c => new ValueCluster(Representative(c.Values, c.Claims, weight), [.. c.Claims.OrderBy(x => x.Id, StringComparer.Ordinal)]))];
    }

    private static ClaimValue Representative(List<ClaimValue> values, List<Claim> claims, Func<Claim, double> weight)
        => values
            .Select(v => (Value: v, Support: claims
                .Where(c => c.Value.Compare(v) is ValueRelation.Equal or ValueRelation.Generalises)
                .GroupBy(c => c.SourceId, StringComparer.Ordinal)
                .Sum(g => g.Max(weight))))
            .OrderByDescending(x => x.Support)
            .ThenByDescending(x => x.Value.Specificity)
            .ThenBy(x => x.Value.Key, StringComparer.Ordinal)
            .First().Value;
}
