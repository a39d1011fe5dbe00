using CaJapan.Reconcile.Claims;

namespace CaJapan.Reconcile.Reconciliation.Rules;

/// <summary>
/// Reports every claim that the pack's knowledge rules out: an anachronism (an office its holder did not hold on that
/// date, a place name not in use then) or an impossibility (a weekday that does not fall on the date, an anniversary
/// that does not fit the year). Claims ruled out by the same check with the same value are reported together.
/// </summary>
internal sealed class KnowledgeRule : IReconciliationRule
{
    public string Name => "knowledge";

    public IEnumerable<Conflict> Evaluate(FactContext fact)
    {
        var ruledOut = fact.Claims
            .Select(c => (Claim: c, Verdict: fact.Knowledge(c)))
            .Where(x => x.Verdict is not null)
            .GroupBy(x => (x.Verdict!.Check, x.Claim.Value.Key))
            .OrderBy(g => g.Key.Check, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Key, StringComparer.Ordinal);
        foreach (var group in ruledOut)
        {
            var claims = group.Select(x => x.Claim).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
            var verdict = group.OrderBy(x => x.Claim.Id, StringComparer.Ordinal).First().Verdict!;
            var realness = ConfidenceModel.Realness(claims);
            var inputs = claims
                .Select(c => new ScoreInput($"extraction:{c.Id}", c.Confidence, $"how sure the extraction is that {c.SourceId} says {c.Value.Describe()}"))
                .Append(new ScoreInput("side", realness, "probability that some source really says it: 1 - product of (1 - extraction)"))
                .Append(new ScoreInput("knowledge", verdict.Reliability, $"reliability of the {verdict.Basis}{(verdict.Note is null ? string.Empty : $": {verdict.Note}")}"))
                .ToList();
            var score = realness * verdict.Reliability;
            inputs.Add(new ScoreInput("conflict", score, "side × knowledge"));
            yield return new Conflict
            {
                Id = string.Empty,
                Kind = ConflictKind.KnowledgeConflict,
                Rule = verdict.Check,
                Subject = fact.Subject,
                Property = fact.Property,
                Sides =
                [
                    new ConflictSide(claims[0].Value.Describe(), [.. claims.Select(c => c.Id)], [.. claims.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]),
                    new ConflictSide(verdict.Basis, [], []),
                ],
                Confidence = new Score(score, inputs),
                Explanation = verdict.Explanation,
            };
        }
    }
}
