using System.Globalization;
using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Reconciliation;

namespace CaJapan.Reconcile.Bulk;

/// <summary>
/// The reconciliation of a <see cref="ClaimTable"/>, or of some partitions of one: the best-supported value of every
/// fact, and how each source's trust came about. Results of disjoint partitions merge (<see cref="Merge"/>) into the
/// result of the whole. Immutable.
/// </summary>
public sealed class BulkResult
{
    internal BulkResult(IReadOnlyList<BulkResolution> resolutions, IReadOnlyList<SourceTrustEstimate> trust, int rounds, long claims, long excluded)
    {
        Resolutions = resolutions;
        TrustEstimates = trust;
        Rounds = rounds;
        ClaimCount = claims;
        ExcludedClaims = excluded;
    }

    /// <summary>Gets one resolution per fact, ordered by subject, then property (ordinal).</summary>
    public IReadOnlyList<BulkResolution> Resolutions { get; }

    /// <summary>Gets each source's prior and learned trust, ordered by source (ordinal).</summary>
    public IReadOnlyList<SourceTrustEstimate> TrustEstimates { get; }

    /// <summary>Gets the number of rounds trust was learned over.</summary>
    public int Rounds { get; }

    /// <summary>Gets the number of claims reconciled.</summary>
    public long ClaimCount { get; }

    /// <summary>Gets the number of claims left out because they were reported after <see cref="ReconcileOptions.AsOf"/>.</summary>
    public long ExcludedClaims { get; }

    /// <summary>
    /// Merges the results of two partitions that share no fact and were resolved with the same trust. Associative
    /// and commutative: any grouping gives the result of one run over all the partitions.
    /// </summary>
    /// <param name="first">A partition's result.</param>
    /// <param name="second">Another partition's result.</param>
    /// <returns>The result over both.</returns>
    /// <exception cref="ArgumentException">Both results resolve the same fact, or were resolved with different trust.</exception>
    public static BulkResult Merge(BulkResult first, BulkResult second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Rounds != second.Rounds)
        {
            throw new ArgumentException("The results were resolved after different rounds of learning trust; resolve every partition with the same trust.", nameof(second));
        }

        var resolutions = new List<BulkResolution>(first.Resolutions.Count + second.Resolutions.Count);
        int i = 0, j = 0;
        while (i < first.Resolutions.Count || j < second.Resolutions.Count)
        {
            var order = i == first.Resolutions.Count ? 1
                : j == second.Resolutions.Count ? -1
                : BulkResolution.Order(first.Resolutions[i], second.Resolutions[j]);
            if (order == 0)
            {
                throw new ArgumentException($"Both results resolve {first.Resolutions[i].Subject}/{first.Resolutions[i].Property}; partition claims by subject (ClaimTable.PartitionBySubject) or merge the tables first.", nameof(second));
            }

            resolutions.Add(order < 0 ? first.Resolutions[i++] : second.Resolutions[j++]);
        }

        var trust = new SortedDictionary<string, SourceTrustEstimate>(StringComparer.Ordinal);
        foreach (var estimate in first.TrustEstimates.Concat(second.TrustEstimates))
        {
            if (trust.TryGetValue(estimate.SourceId, out var known) && known != estimate)
            {
                throw new ArgumentException($"The results hold different trust for {estimate.SourceId}; resolve every partition with the same trust.", nameof(second));
            }

            trust[estimate.SourceId] = estimate;
        }

        return new BulkResult(resolutions, [.. trust.Values], first.Rounds, first.ClaimCount + second.ClaimCount, first.ExcludedClaims + second.ExcludedClaims);
    }

    /// <inheritdoc />
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"BulkResult ({Resolutions.Count} facts, {TrustEstimates.Count} sources, {ClaimCount} claims, {Rounds} rounds)");
}

/// <summary>The best-supported value of one fact of a <see cref="ClaimTable"/>. Immutable.</summary>
/// <param name="Subject">The subject.</param>
/// <param name="Property">The property.</param>
/// <param name="Value">The chosen value, or <see langword="null"/> when no value is supported well enough (an even split).</param>
/// <param name="Confidence">The probability of the chosen value (of the most probable value when none is chosen).</param>
/// <param name="Values">
/// The values taken as true with their probabilities: the chosen value for a single-valued fact, every value probable
/// enough for a multi-valued one.
/// </param>
/// <param name="Sources">The number of sources that spoke to the fact.</param>
/// <param name="Candidates">The number of distinct values given for the fact.</param>
public sealed record BulkResolution(string Subject, string Property, ClaimValue? Value, double Confidence, IReadOnlyList<BulkValue> Values, int Sources, int Candidates)
{
    /// <summary>Gets the chosen value in a form the input gave it: that of the first source by name to give it (for values given in a form), when known.</summary>
    public string? ValueAsGiven { get; init; }

    /// <inheritdoc />
    public bool Equals(BulkResolution? other)
        => other is not null
           && Subject == other.Subject
           && Property == other.Property
           && Equals(Value, other.Value)
           && Confidence.Equals(other.Confidence)
           && Values.SequenceEqual(other.Values)
           && Sources == other.Sources
           && Candidates == other.Candidates
           && ValueAsGiven == other.ValueAsGiven;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Subject, Property, Value, Confidence);

    /// <inheritdoc />
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Subject}/{Property}: {Value?.Describe() ?? "unresolved"} ({Confidence:0.000}, {Sources} sources, {Candidates} values)");

    internal static int Order(BulkResolution a, BulkResolution b)
    {
        var bySubject = string.CompareOrdinal(a.Subject, b.Subject);
        return bySubject != 0 ? bySubject : string.CompareOrdinal(a.Property, b.Property);
    }
}

/// <summary>A value taken as true, with its probability and the number of sources that gave it. Immutable.</summary>
/// <param name="Value">The value.</param>
/// <param name="Probability">Its probability.</param>
/// <param name="Sources">The number of sources that gave it.</param>
public sealed record BulkValue(ClaimValue Value, double Probability, int Sources)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Value.Describe()} ({Probability:0.000}, {Sources} sources)");
}

/// <summary>How far a bulk reconciliation has come. Immutable.</summary>
/// <param name="Stage">What it is doing.</param>
/// <param name="Done">How much of the stage is done: bytes read, rounds of learning run, or facts resolved.</param>
/// <param name="Total">How much there is in all, or <see langword="null"/> when not known (a stream of unknown length).</param>
public sealed record BulkProgress(BulkStage Stage, long Done, long? Total)
{
    /// <inheritdoc />
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Stage}: {Done}{(Total is { } total ? $" of {total}" : string.Empty)}");
}

/// <summary>A stage of a bulk reconciliation.</summary>
public enum BulkStage
{
    /// <summary>Reading claims into a table; progress is in bytes.</summary>
    Reading,

    /// <summary>Learning source trust; progress is in rounds, out of the most allowed.</summary>
    Learning,

    /// <summary>Resolving every fact with the learned trust; progress is in facts.</summary>
    Resolving,

    /// <summary>Finished.</summary>
    Done,
}
