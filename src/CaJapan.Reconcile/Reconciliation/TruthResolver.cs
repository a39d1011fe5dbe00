using CaJapan.Reconcile.Claims;

namespace CaJapan.Reconcile.Reconciliation;

/// <summary>
/// Chooses the best-supported value of a fact in the manner of the Accu model of truth discovery: each source's
/// vote for a set of compatible values counts ln(n·A / (1 − A)), where A is the probability that its claim is right
/// and n the number of plausible wrong values; the probability of a set is its share of exp(votes) among the sets
/// seen and the n + 1 − K values no source gave. See docs/confidence.md.
/// </summary>
internal sealed class TruthResolver(ReconcileOptions options)
{
    private const double MinAccuracy = 0.01;
    private const double MaxAccuracy = 0.99;
    private const int StatusAlternatives = 3;

    public Resolution Resolve(FactContext fact, IReadOnlyList<ValueCluster> voting, Func<Claim, double> accuracy, Func<string, double> trust, DateValue? asOf)
    {
        var n = fact.Clusters is [{ Value: StatusValue }, ..] ? StatusAlternatives : options.FalseValueCount;
        var votes = voting.Select(c => (Cluster: c, Votes: SourceVotes(c, accuracy))).ToList();
        var scores = votes.Select(v => v.Votes.Sum(x => Vote(x.Accuracy, n))).ToList();
        var unseen = Math.Max(1, n + 1 - voting.Count);
        var max = scores.Count == 0 ? 0 : scores.Max();
        var denominator = scores.Sum(s => Math.Exp(s - max)) + (unseen * Math.Exp(-max));
        var best = Enumerable.Range(0, votes.Count)
            .OrderByDescending(i => scores[i])
            .ThenByDescending(i => votes[i].Cluster.Value.Specificity)
            .ThenBy(i => votes[i].Cluster.Value.Key, StringComparer.Ordinal)
            .FirstOrDefault(-1);

        var inputs = new List<ScoreInput>();
        if (best < 0)
        {
            return Unresolved(fact, inputs, asOf);
        }

        var winner = votes[best];
        foreach (var (source, a) in winner.Votes)
        {
            inputs.Add(new ScoreInput($"trust:{source}", trust(source), "prior trust in the source"));
            inputs.Add(new ScoreInput($"vote:{source}", a, "probability the source's claim is right: trust × extraction × knowledge (its strongest claim in the set)"));
        }

        var probability = Math.Exp(scores[best] - max) / denominator;
        inputs.Add(new ScoreInput("corroboration", winner.Votes.Count, "independent sources whose claims support the value"));
        inputs.Add(new ScoreInput("opposition", votes.Where((_, i) => i != best).SelectMany(v => v.Votes.Select(x => x.Source)).Distinct(StringComparer.Ordinal).Count(), "sources whose claims conflict with the value"));
        inputs.Add(new ScoreInput("alternatives", n, "plausible wrong values assumed for the fact"));
        inputs.Add(new ScoreInput("probability", probability, "exp(votes) of the value over exp(votes) of every value, seen or not"));

        var contested = voting.Count > 1 && probability < options.MinimumResolutionConfidence;
        var supporting = winner.Cluster.Claims.Select(c => c.Id).ToList();
        return new Resolution
        {
            Subject = fact.Subject,
            Property = fact.Property,
            Value = contested ? null : winner.Cluster.Value,
            Confidence = new Score(probability, inputs),
            SupportingClaimIds = contested ? [] : supporting,
            OpposingClaimIds = [.. fact.Claims.Select(c => c.Id).Except(supporting, StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            AsOf = asOf,
        };
    }

    private static Resolution Unresolved(FactContext fact, List<ScoreInput> inputs, DateValue? asOf)
        => new()
        {
            Subject = fact.Subject,
            Property = fact.Property,
            Value = null,
            Confidence = new Score(0, inputs),
            SupportingClaimIds = [],
            OpposingClaimIds = [.. fact.Claims.Select(c => c.Id).Order(StringComparer.Ordinal)],
            AsOf = asOf,
        };

    /// <summary>One vote per source: its strongest claim in the set. Repeating a value in one article is not corroboration.</summary>
    private static List<(string Source, double Accuracy)> SourceVotes(ValueCluster cluster, Func<Claim, double> accuracy)
        => [.. cluster.Claims
            .GroupBy(c => c.SourceId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Max(accuracy)))];

    private static double Vote(double accuracy, int alternatives)
    {
        var a = Math.Clamp(accuracy, MinAccuracy, MaxAccuracy);
        return Math.Max(0, Math.Log(alternatives * a / (1 - a)));
    }
}
