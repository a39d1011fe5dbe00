using CaJapan.Reconcile.Claims;

namespace CaJapan.Reconcile.Reconciliation;

/// <summary>
/// The arithmetic of conflict scores, shared by the rules so that every conflict means the same thing: the
/// probability that each side really is asserted by its sources (not an extraction slip). See docs/confidence.md.
/// </summary>
internal static class ConfidenceModel
{
    /// <summary>The probability that at least one of the claims was extracted correctly: 1 − Π(1 − confidence).</summary>
    public static double Realness(IEnumerable<Claim> claims)
        => 1 - claims.Aggregate(1.0, (product, c) => product * (1 - c.Confidence));

    /// <summary>Scores a disagreement between sides: the product of the two most real sides' realness.</summary>
    public static Score Disagreement(IReadOnlyList<IReadOnlyList<Claim>> sides)
    {
        var inputs = new List<ScoreInput>();
        foreach (var claim in sides.SelectMany(s => s).DistinctBy(c => c.Id).OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            inputs.Add(new ScoreInput($"extraction:{claim.Id}", claim.Confidence, $"how sure the extraction is that {claim.SourceId} says {claim.Value.Describe()}"));
        }

        var realness = sides
            .Select(s => (Side: s, Realness: Realness(s)))
            .OrderByDescending(s => s.Realness)
            .ThenBy(s => s.Side[0].Value.Key, StringComparer.Ordinal)
            .ToList();
        foreach (var (side, value) in realness)
        {
            inputs.Add(new ScoreInput($"side:{side[0].Value.Key}", value, $"probability that some source really says {side[0].Value.Describe()}: 1 - product of (1 - extraction)"));
        }

        var score = realness.Count < 2 ? 0 : realness[0].Realness * realness[1].Realness;
        inputs.Add(new ScoreInput("disagreement", score, "probability that both of the two strongest sides are really asserted: the product of their probabilities"));
        return new Score(score, inputs);
    }
}
