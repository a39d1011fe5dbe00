using System.Globalization;

namespace CaJapan.Reconcile.Bulk;

/// <summary>
/// What one round of learning trust found about each source over some facts: how many contested facts it spoke to,
/// and the summed probability of the values it gave there. Evidence from disjoint sets of facts merges by addition;
/// the sums are kept in fixed point (units of 2⁻³²), so merging is exact and gives the same evidence in any order and
/// grouping, on any number of machines or threads. Immutable.
/// </summary>
public sealed class TrustEvidence
{
    /// <summary>The number of fixed-point units in a probability of 1.</summary>
    internal const double Unit = 4294967296.0;

    private readonly Dictionary<string, (int Facts, long Units)> bySource;

    internal TrustEvidence(Dictionary<string, (int Facts, long Units)> bySource) => this.bySource = bySource;

    /// <summary>Gets evidence about no source.</summary>
    public static TrustEvidence Empty { get; } = new(new Dictionary<string, (int, long)>(StringComparer.Ordinal));

    /// <summary>Gets the sources the evidence speaks of, including those that spoke to no contested fact.</summary>
    public IEnumerable<string> Sources => bySource.Keys;

    /// <summary>Gets the evidence source by source, ordered by source (ordinal): what a partition sends to be merged.</summary>
    public IReadOnlyList<SourceEvidence> Entries
        => [.. bySource.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new SourceEvidence(e.Key, e.Value.Facts, e.Value.Units))];

    /// <summary>Gets the number of sources.</summary>
    public int Count => bySource.Count;

    /// <summary>Rebuilds evidence from its entries, such as those another machine sent.</summary>
    /// <param name="entries">The entries; a source listed twice has its entries added.</param>
    /// <returns>The evidence.</returns>
    /// <exception cref="ArgumentException">An entry has no source, or negative counts.</exception>
    public static TrustEvidence From(IEnumerable<SourceEvidence> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var bySource = new Dictionary<string, (int Facts, long Units)>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            Internal.Guard.NotNullOrWhiteSpace(entry.SourceId, nameof(entries));
            if (entry.ContestedFacts < 0 || entry.AgreementUnits < 0 || entry.AgreementUnits > entry.ContestedFacts * (long)Unit)
            {
                throw new ArgumentException($"The evidence for {entry.SourceId} is not possible: {entry.ContestedFacts} facts, {entry.AgreementUnits} units.", nameof(entries));
            }

            var (f, u) = bySource.GetValueOrDefault(entry.SourceId);
            bySource[entry.SourceId] = (checked(f + entry.ContestedFacts), checked(u + entry.AgreementUnits));
        }

        return new TrustEvidence(bySource);
    }

    /// <summary>Merges evidence found over two disjoint sets of facts. Associative and commutative, exactly.</summary>
    /// <param name="first">Evidence.</param>
    /// <param name="second">Evidence over other facts.</param>
    /// <returns>The evidence over both.</returns>
    public static TrustEvidence Merge(TrustEvidence first, TrustEvidence second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var merged = new Dictionary<string, (int Facts, long Units)>(first.bySource, StringComparer.Ordinal);
        foreach (var (source, (facts, units)) in second.bySource)
        {
            var (f, u) = merged.GetValueOrDefault(source);
            merged[source] = (checked(f + facts), checked(u + units));
        }

        return new TrustEvidence(merged);
    }

    /// <summary>Gets the number of contested facts a source spoke to.</summary>
    /// <param name="sourceId">The source.</param>
    /// <returns>The count; 0 for a source the evidence does not know.</returns>
    public int ContestedFacts(string sourceId) => bySource.GetValueOrDefault(sourceId).Facts;

    /// <summary>Gets the summed probability of the values a source gave on contested facts.</summary>
    /// <param name="sourceId">The source.</param>
    /// <returns>The sum; 0 for a source the evidence does not know.</returns>
    public double Agreement(string sourceId) => bySource.GetValueOrDefault(sourceId).Units / Unit;

    /// <inheritdoc />
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"TrustEvidence ({Count} sources, {bySource.Values.Sum(e => (long)e.Facts)} source-facts)");
}

/// <summary>What one round found about one source: the contested facts it spoke to and the summed probability of its values there, in units of 2⁻³².</summary>
/// <param name="SourceId">The source.</param>
/// <param name="ContestedFacts">The facts, spoken to by at least two voices, that it gave a value for.</param>
/// <param name="AgreementUnits">The summed probability of the values it gave there, times 2³² and rounded per fact.</param>
public readonly record struct SourceEvidence(string SourceId, int ContestedFacts, long AgreementUnits);

/// <summary>
/// Source trust while it is learned: each source's trust, how many rounds have run, and whether trust has settled.
/// The state that a distributed run broadcasts to its partitions before each round (docs/scale-out.md). Immutable.
/// </summary>
public sealed class SourceTrust
{
    private readonly Dictionary<string, double> trust;

    internal SourceTrust(Dictionary<string, double> trust, TrustEvidence evidence, int rounds, double moved, bool settled)
    {
        this.trust = trust;
        Evidence = evidence;
        Rounds = rounds;
        Moved = moved;
        Settled = settled;
    }

    /// <summary>Rebuilds the state of learning, such as one a coordinator broadcast to the machines that hold the partitions.</summary>
    /// <param name="values">Each source's trust; a source not listed is at its prior.</param>
    /// <param name="evidence">The evidence the last round learned from.</param>
    /// <param name="rounds">The number of rounds run.</param>
    /// <param name="moved">The most any source's trust moved in the last round.</param>
    /// <param name="settled">Whether trust has settled.</param>
    /// <returns>The state.</returns>
    public static SourceTrust From(IReadOnlyDictionary<string, double> values, TrustEvidence evidence, int rounds, double moved, bool settled)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentOutOfRangeException.ThrowIfNegative(rounds);
        if (values.Any(v => !(v.Value is >= 0 and <= 1)))
        {
            throw new ArgumentException("Trust lies in [0, 1].", nameof(values));
        }

        return new SourceTrust(new Dictionary<string, double>(values, StringComparer.Ordinal), evidence, rounds, moved, settled);
    }

    /// <summary>Gets the state before any round: every source at its prior.</summary>
    public static SourceTrust Initial { get; } = new(new Dictionary<string, double>(StringComparer.Ordinal), TrustEvidence.Empty, 0, double.PositiveInfinity, false);

    /// <summary>Gets the trust learned for each source so far; a source not listed is at its prior.</summary>
    public IReadOnlyDictionary<string, double> Values => trust;

    /// <summary>Gets the evidence the last round learned from.</summary>
    public TrustEvidence Evidence { get; }

    /// <summary>Gets the number of rounds run.</summary>
    public int Rounds { get; }

    /// <summary>Gets the most any source's trust moved in the last round; infinite before the first.</summary>
    public double Moved { get; }

    /// <summary>Gets whether trust has settled: the last round moved no source's trust by the tolerance or more.</summary>
    public bool Settled { get; }

    /// <inheritdoc />
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"SourceTrust ({trust.Count} sources, {Rounds} rounds, moved {Moved:0.######}{(Settled ? ", settled" : string.Empty)})");
}
