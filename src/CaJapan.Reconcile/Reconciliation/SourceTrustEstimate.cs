using System.Globalization;

namespace CaJapan.Reconcile.Reconciliation;

/// <summary>
/// How a source's trust came about: the prior it started from (its outlet's, its domain's or the default), and the
/// trust learned from how often the other sources bear its values out. Immutable.
/// </summary>
/// <param name="SourceId">The source.</param>
/// <param name="Prior">The prior trust.</param>
/// <param name="PriorFrom">Where the prior came from: <c>outlet:&lt;name&gt;</c>, <c>domain:&lt;host&gt;</c> or <c>default</c>.</param>
/// <param name="Trust">The trust used in the end.</param>
/// <param name="ContestedFacts">The facts, spoken to by other voices as well, that the trust was learned from.</param>
/// <param name="Agreement">The mean probability of the values the source gave on those facts, or <see langword="null"/> when there were none.</param>
public sealed record SourceTrustEstimate(string SourceId, double Prior, string PriorFrom, double Trust, int ContestedFacts, double? Agreement)
{
    /// <inheritdoc />
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{SourceId}: {Prior:0.00} ({PriorFrom}) → {Trust:0.00} over {ContestedFacts} contested facts");
}
