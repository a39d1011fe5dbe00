using System.Globalization;
using CaJapan.Reconcile.Claims;

namespace CaJapan.Reconcile.Reconciliation;

/// <summary>
/// Chooses the best-supported value of a fact in the manner of the Accu model of truth discovery (Dong, Berti-Equille
/// and Srivastava, 2009): each source's vote for a set of compatible values counts ln(n·A / (1 − A)), where A is the
/// probability that its claim is right and n the number of plausible wrong values; the probability of a set is its
/// share of exp(votes) among the sets seen and the n + 1 − K values no source gave. A vote counts in full for the set
/// its claim belongs to and in part for another set it is compatible with; a source that depends on a source already
/// counted (a copy, the same wire) adds only what is its own. See docs/confidence.md.
/// </summary>
internal sealed class TruthResolver(ReconcileOptions options)
{
    internal const double MinAccuracy = 0.01;
    internal const double MaxAccuracy = 0.99;
    internal const int StatusAlternatives = 3;

    /// <summary>Resolves a fact and says, for every source that voted, how probable the value it voted for came out.</summary>
    public FactOutcome Resolve(FactContext fact, IReadOnlyList<ValueCluster> voting, VotingContext context, DateValue? asOf)
    {
        return fact.IsSingleValued ? ResolveSingle(fact, voting, context, asOf) : ResolveMulti(fact, voting, context, asOf);
    }

    private FactOutcome ResolveSingle(FactContext fact, IReadOnlyList<ValueCluster> voting, VotingContext context, DateValue? asOf)
    {
        var n = fact.Clusters is [{ Value: StatusValue }, ..] ? StatusAlternatives : options.FalseValueCount;
        var all = Votes(voting, n, context, compatibilityOf: fact);
        var votes = voting.Select((c, k) => (Cluster: c, Votes: all[k])).ToList();
        var scores = votes.Select(v => v.Votes.Sum(x => x.Effective)).ToList();
        var unseen = Math.Max(1, n + 1 - voting.Count);
        var max = scores.Count == 0 ? 0 : scores.Max();
        var denominator = scores.Sum(s => Math.Exp(s - max)) + (unseen * Math.Exp(-max));
        var best = Enumerable.Range(0, votes.Count)
            .OrderByDescending(i => scores[i])
            .ThenByDescending(i => votes[i].Cluster.Value.Specificity)
            .ThenBy(i => votes[i].Cluster.Value.Key, StringComparer.Ordinal)
            .FirstOrDefault(-1);
        if (best < 0)
        {
            return new FactOutcome(Unresolved(fact, asOf), []);
        }

        var probabilities = scores.Select(s => Math.Exp(s - max) / denominator).ToList();
        var winner = votes[best];
        var inputs = new List<ScoreInput>();
        var probability = probabilities[best];
        var contested = voting.Count > 1 && probability < options.MinimumResolutionConfidence;
        var voices = votes.Sum(v => v.Votes.Where(x => x.Share >= 1).Sum(x => x.Independence));

        // Trust is learned only where at least two independent voices speak: a lone source, or a source and its
        // copy, says nothing about how often it is right.
        var outcomes = voices < 2 - 1e-9
            ? []
            : votes.SelectMany((v, i) => v.Votes.Where(x => x.Share >= 1).Select(x => (x.Source, probabilities[i]))).ToList();
        if (!context.Explain)
        {
            return new FactOutcome(
                new Resolution
                {
                    Subject = fact.Subject,
                    Property = fact.Property,
                    Value = contested ? null : winner.Cluster.Value,
                    Confidence = new Score(probability, []),
                    SupportingClaimIds = [],
                    OpposingClaimIds = [],
                    AsOf = asOf,
                },
                outcomes);
        }

        AddVoteInputs(inputs, winner.Votes, context);
        inputs.Add(new ScoreInput("corroboration", winner.Votes.Where(v => v.Share >= 1).Sum(v => v.Independence), "independent voices whose claims support the value: sources, less what copies or shared wire copy add"));
        inputs.Add(new ScoreInput("opposition", votes.Where((_, i) => i != best).SelectMany(v => v.Votes.Where(x => x.Share >= 1).Select(x => x.Source)).Distinct(StringComparer.Ordinal).Count(), "sources whose claims conflict with the value"));
        inputs.Add(new ScoreInput("alternatives", n, "plausible wrong values assumed for the fact"));
        inputs.Add(new ScoreInput("probability", probability, "exp(votes) of the value over exp(votes) of every value, seen or not"));

        var supporting = winner.Cluster.Claims.Select(c => c.Id).ToList();
        var resolution = new Resolution
        {
            Subject = fact.Subject,
            Property = fact.Property,
            Value = contested ? null : winner.Cluster.Value,
            Confidence = new Score(probability, inputs),
            SupportingClaimIds = contested ? [] : supporting,
            OpposingClaimIds = [.. fact.Claims.Select(c => c.Id).Except(supporting, StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            AsOf = asOf,
            Values = contested ? [] : [new ResolvedValue(winner.Cluster.Value, probability, supporting)],
        };

        return new FactOutcome(resolution, outcomes);
    }

    /// <summary>Each value of a multi-valued fact is right or not: n = 1, and values never compete.</summary>
    private FactOutcome ResolveMulti(FactContext fact, IReadOnlyList<ValueCluster> voting, VotingContext context, DateValue? asOf)
    {
        var judged = voting
            .Select(c => (Cluster: c, Votes: Votes([c], 1, context, signed: true)[0]))
            .Select(x => (x.Cluster, x.Votes, Probability: 1 / (1 + Math.Exp(-x.Votes.Sum(v => v.Effective)))))
            .OrderByDescending(x => x.Probability)
            .ThenBy(x => x.Cluster.Value.Key, StringComparer.Ordinal)
            .ToList();
        if (judged.Count == 0)
        {
            return new FactOutcome(Unresolved(fact, asOf), []);
        }

        var accepted = judged.Where(x => x.Probability >= options.MinimumResolutionConfidence).ToList();
        var inputs = new List<ScoreInput>();
        foreach (var value in judged)
        {
            inputs.Add(new ScoreInput($"value:{value.Cluster.Value.Key}", value.Probability, $"probability that {value.Cluster.Value.Describe()} is one of the values: each value is judged on its own"));
        }

        AddVoteInputs(inputs, judged[0].Votes, context);
        var supporting = accepted.SelectMany(x => x.Cluster.Claims.Select(c => c.Id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var resolution = new Resolution
        {
            Subject = fact.Subject,
            Property = fact.Property,
            Value = accepted.Count > 0 ? accepted[0].Cluster.Value : null,
            Confidence = new Score(judged[0].Probability, inputs),
            SupportingClaimIds = supporting,
            OpposingClaimIds = [.. fact.Claims.Select(c => c.Id).Except(supporting, StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            AsOf = asOf,
            Values = [.. accepted.Select(x => new ResolvedValue(x.Cluster.Value, x.Probability, [.. x.Cluster.Claims.Select(c => c.Id)]))],
        };
        return new FactOutcome(resolution, []);
    }

    private static void AddVoteInputs(List<ScoreInput> inputs, IReadOnlyList<Vote> votes, VotingContext context)
    {
        foreach (var vote in votes)
        {
            inputs.Add(new ScoreInput($"prior:{vote.Source}", context.Prior(vote.Source), "prior trust in the source, from its outlet, its domain or the default"));
            inputs.Add(new ScoreInput($"trust:{vote.Source}", context.Trust(vote.Source), "trust in the source learned from how far the other sources bear its values out"));
            inputs.Add(new ScoreInput($"vote:{vote.Source}", vote.Accuracy, "probability the source's claim is right: trust × extraction × knowledge (its strongest claim for the value)"));
            if (vote.Share < 1)
            {
                inputs.Add(new ScoreInput($"partial:{vote.Source}", vote.Share, "the source gives a compatible, less precise or overlapping value: this share of its vote counts"));
            }

            if (vote.Independence < 1)
            {
                inputs.Add(new ScoreInput(
                    $"independence:{vote.Source}",
                    vote.Independence,
                    string.Create(CultureInfo.InvariantCulture, $"what the source adds of its own: 1 − its dependence on {vote.DependsOn} (shared wording or wire copy)")));
            }
        }
    }

    private static Resolution Unresolved(FactContext fact, DateValue? asOf)
        => new()
        {
            Subject = fact.Subject,
            Property = fact.Property,
            Value = null,
            Confidence = new Score(0, []),
            SupportingClaimIds = [],
            OpposingClaimIds = [.. fact.Claims.Select(c => c.Id).Order(StringComparer.Ordinal)],
            AsOf = asOf,
        };

    /// <summary>
    /// The votes for each set of values: one per source, its strongest claim (repeating a value in one article is not
    /// corroboration), in full from a claim in the set and in part from a claim in another set that is compatible
    /// with it. Votes are then taken strongest first, and each counts only what is independent of those before it.
    /// </summary>
    private List<Vote>[] Votes(IReadOnlyList<ValueCluster> voting, int alternatives, VotingContext context, bool signed = false, FactContext? compatibilityOf = null)
    {
        // Which sets each claim is compatible with, found once: a value compatible with two sets that exclude each
        // other ("Kazakhstan", when sources say Astana and Almaty) gives each a part of its vote, instead of all of
        // it to whichever set it was grouped with. It does not depend on trust, so a fact keeps it from round to round
        // of learning trust while its sets stay the same.
        var compatibility = compatibilityOf?.VoteCompatibility is { } kept && kept.Clusters.Count == voting.Count && kept.Clusters.Select((c, k) => ReferenceEquals(c, voting[k])).All(same => same)
            ? kept
            : Compatibility(voting, context);
        if (compatibilityOf is not null)
        {
            compatibilityOf.VoteCompatibility = compatibility;
        }

        var claims = new List<(Claim Claim, int Home, bool[] Compatible, int Count, double Accuracy)>(compatibility.Claims.Length);
        foreach (var (claim, home, compatible, count) in compatibility.Claims)
        {
            claims.Add((claim, home, compatible, count, context.Accuracy(claim)));
        }

        var result = new List<Vote>[voting.Count];
        for (var k = 0; k < voting.Count; k++)
        {
            var best = new Dictionary<string, (Claim Claim, double Share, double Accuracy, double Logit)>(StringComparer.Ordinal);
            foreach (var (claim, home, compatible, count, accuracy) in claims)
            {
                if (!compatible[k])
                {
                    continue;
                }

                var share = home == k && count == 1 ? 1.0 : options.PartialAgreementWeight;
                var logit = share * Logit(accuracy, alternatives, signed);
                if (share > 0 && (!best.TryGetValue(claim.SourceId, out var current) || Stronger((claim, share, logit), current)))
                {
                    best[claim.SourceId] = (claim, share, accuracy, logit);
                }
            }

            var votes = new List<Vote>(best.Count);
            var counted = new Dictionary<string, int>(best.Count, StringComparer.Ordinal);
            foreach (var (claim, share, accuracy, logit) in best.Values.OrderByDescending(x => x.Logit).ThenBy(x => x.Claim.SourceId, StringComparer.Ordinal))
            {
                // The strongest dependence on a source counted before, the earliest counted among equals: found among
                // the source's few dependents rather than by asking every vote counted so far.
                var dependence = 0.0;
                string? on = null;
                var at = int.MaxValue;
                foreach (var (other, strength) in context.Dependents(claim.SourceId))
                {
                    if (counted.TryGetValue(other, out var position) && (strength > dependence || (strength == dependence && strength > 0 && position < at)))
                    {
                        (dependence, on, at) = (strength, other, position);
                    }
                }

                counted[claim.SourceId] = votes.Count;
                var independence = 1 - dependence;
                votes.Add(new Vote(claim.SourceId, accuracy, share, independence, on, logit * independence));
            }

            result[k] = votes;
        }

        return result;

        static bool Stronger((Claim Claim, double Share, double Logit) candidate, (Claim Claim, double Share, double Accuracy, double Logit) current)
            => candidate.Logit > current.Logit
               || (candidate.Logit == current.Logit && (candidate.Share > current.Share
                   || (candidate.Share == current.Share && string.CompareOrdinal(candidate.Claim.Id, current.Claim.Id) < 0)));
    }

    private static VoteCompatibility Compatibility(IReadOnlyList<ValueCluster> voting, VotingContext context)
    {
        var claims = new List<(Claim, int, bool[], int)>();
        for (var home = 0; home < voting.Count; home++)
        {
            foreach (var claim in voting[home].Claims)
            {
                var compatible = new bool[voting.Count];
                var count = 0;
                for (var k = 0; k < voting.Count; k++)
                {
                    compatible[k] = k == home || context.Compare(claim.Value, voting[k].Value).IsCompatible();
                    count += compatible[k] ? 1 : 0;
                }

                claims.Add((claim, home, compatible, count));
            }
        }

        return new VoteCompatibility([.. voting], [.. claims]);
    }

    /// <summary>
    /// A vote's weight, ln(n·A / (1 − A)). Among competing values a vote never counts against the value it is for
    /// (floored at 0); a value of a multi-valued fact is judged on its own, so a claim less likely right than wrong
    /// counts against it (<paramref name="signed"/>).
    /// </summary>
    internal static double Logit(double accuracy, int alternatives, bool signed)
    {
        var a = Math.Clamp(accuracy, MinAccuracy, MaxAccuracy);
        var logit = Math.Log(alternatives * a / (1 - a));
        return signed ? logit : Math.Max(0, logit);
    }

    private sealed record Vote(string Source, double Accuracy, double Share, double Independence, string? DependsOn, double Effective);
}

/// <summary>
/// What a resolution needs to know besides the fact: trust, priors, the sources each source depends on and how strongly
/// (shared wording or wire copy, symmetric; a source with none has an empty list), how to compare values,
/// and whether to explain (list the inputs of each score and the claims for and against); rounds of learning trust do not.
/// </summary>
internal sealed record VotingContext(
    Func<Claim, double> Accuracy,
    Func<string, double> Trust,
    Func<string, double> Prior,
    Func<string, IReadOnlyList<(string Source, double Strength)>> Dependents,
    Func<ClaimValue, ClaimValue, ValueRelation> Compare,
    bool Explain = true);

/// <summary>The sets of values of a fact that vote, and for each of their claims its set and the sets it is compatible with.</summary>
internal sealed record VoteCompatibility(IReadOnlyList<ValueCluster> Clusters, (Claim Claim, int Home, bool[] Compatible, int Count)[] Claims);

/// <summary>A fact's resolution, and for each source that voted on it the probability of the value it voted for.</summary>
internal sealed record FactOutcome(Resolution Resolution, IReadOnlyList<(string Source, double Probability)> Outcomes);
