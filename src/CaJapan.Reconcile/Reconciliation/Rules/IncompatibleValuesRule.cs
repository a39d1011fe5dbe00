using CaJapan.Reconcile.Claims;

namespace CaJapan.Reconcile.Reconciliation.Rules;

/// <summary>
/// Reports a conflict when different sources give incompatible values for a single-valued fact as of the same time:
/// "9 August 2023" against "August 2024". Values that a later report of the plan replaced are updates and are left
/// out; statuses are left to <see cref="StatusSequenceRule"/>.
/// </summary>
internal sealed class IncompatibleValuesRule : IReconciliationRule
{
    public string Name => "incompatible-values";

    public IEnumerable<Conflict> Evaluate(FactContext fact)
    {
        if (!fact.HasIncompatibleValues)
        {
            yield break;
        }

        var sources = fact.CurrentClusters.SelectMany(c => c.SourceIds).Distinct(StringComparer.Ordinal).Count();
        if (sources < 2)
        {
            yield break;
        }

        var sides = fact.CurrentClusters.Select(c => c.Claims).ToList();
        var values = string.Join(" vs ", fact.CurrentClusters.Select(c => $"{c.Value.Describe()} ({string.Join(", ", c.SourceIds)})"));
        yield return new Conflict
        {
            Id = string.Empty,
            Kind = ConflictKind.ValueConflict,
            Rule = Name,
            Subject = fact.Subject,
            Property = fact.Property,
            Sides = [.. fact.CurrentClusters.Select(c => new ConflictSide(c.Value.Describe(), [.. c.Claims.Select(x => x.Id)], c.SourceIds))],
            Confidence = ConfidenceModel.Disagreement(sides),
            Explanation = $"Sources disagree on the {fact.Property} of {fact.SubjectName}: {values}.",
        };
    }
}
