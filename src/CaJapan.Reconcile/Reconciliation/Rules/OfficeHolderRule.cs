using CaJapan.Reconcile.Claims;

namespace CaJapan.Reconcile.Reconciliation.Rules;

/// <summary>
/// Reports a title that the pack's knowledge of who held which office when rules out: a claim that a person held an
/// office on a date when the records show someone else in it.
/// </summary>
internal sealed class OfficeHolderRule : IReconciliationRule
{
    /// <summary>How much the records of office holders are trusted.</summary>
    internal const double KnowledgeReliability = 0.95;

    public string Name => "office-holder";

    public IEnumerable<Conflict> Evaluate(FactContext fact)
    {
        var ruledOut = fact.Claims
            .Where(c => c.Value is TitleValue)
            .Select(c => (Claim: c, Verdict: fact.Knowledge(c)))
            .Where(x => x.Verdict is not null)
            .GroupBy(x => x.Claim.Value.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in ruledOut)
        {
            var claims = group.Select(x => x.Claim).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
            var verdict = group.First().Verdict!;
            var realness = ConfidenceModel.Realness(claims);
            var inputs = claims
                .Select(c => new ScoreInput($"extraction:{c.Id}", c.Confidence, $"how sure the extraction is that {c.SourceId} says {c.Value.Describe()}"))
                .Append(new ScoreInput("side", realness, "probability that some source really says it: 1 - product of (1 - extraction)"))
                .Append(new ScoreInput("knowledge", KnowledgeReliability, $"reliability of the records of office holders{(verdict.Note is null ? string.Empty : $" ({verdict.Note})")}"))
                .ToList();
            var score = realness * KnowledgeReliability;
            inputs.Add(new ScoreInput("conflict", score, "side × knowledge"));
            yield return new Conflict
            {
                Id = string.Empty,
                Kind = ConflictKind.KnowledgeConflict,
                Rule = Name,
                Subject = fact.Subject,
                Property = fact.Property,
                Sides =
                [
                    new ConflictSide(claims[0].Value.Describe(), [.. claims.Select(c => c.Id)], [.. claims.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]),
                    new ConflictSide("records of office holders", [], []),
                ],
                Confidence = new Score(score, inputs),
                Explanation = verdict.Explanation,
            };
        }
    }
}
