using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Knowledge;
using CaJapan.Reconcile.Reconciliation.Knowledge;

namespace CaJapan.Reconcile.Reconciliation;

/// <summary>
/// One fact (a subject's property) as the rules see it: its claims, grouped into sets of compatible values, with
/// the time each claim holds as of and the weight it carries. Immutable.
/// </summary>
public sealed class FactContext
{
    internal FactContext(
        string subject,
        string property,
        PropertyDefinition? definition,
        IReadOnlyList<Claim> claims,
        IReadOnlyList<ValueCluster> clusters,
        IReadOnlyDictionary<string, DateValue?> asOf,
        string subjectName,
        DomainPack pack,
        Func<Claim, KnowledgeVerdict?> knowledge,
        bool singleValued,
        IReadOnlyList<ValueCluster>? superseded = null)
    {
        IsSingleValued = singleValued;
        Superseded = superseded ?? [];
        CurrentClusters = [.. clusters.Where(c => !Superseded.Contains(c))];
        Subject = subject;
        Property = property;
        Definition = definition;
        Claims = claims;
        Clusters = clusters;
        AsOfByClaim = asOf;
        SubjectName = subjectName;
        Pack = pack;
        Knowledge = knowledge;
    }

    /// <summary>Gets the subject, such as <c>ca-japan-summit</c>.</summary>
    public string Subject { get; }

    /// <summary>Gets the property, such as <c>date</c>.</summary>
    public string Property { get; }

    /// <summary>Gets the subject's name in plain language, such as "first Central Asia plus Japan summit".</summary>
    public string SubjectName { get; }

    /// <summary>Gets the property's definition in the domain pack, or <see langword="null"/> when the pack does not declare it.</summary>
    public PropertyDefinition? Definition { get; }

    /// <summary>Gets whether the fact has one value at a time; true unless the pack or the options say otherwise.</summary>
    public bool IsSingleValued { get; }

    /// <summary>Gets the claims about the fact that hold as of the story's time, ordered by identifier.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>Gets the claims grouped into sets of mutually compatible values, the best supported first.</summary>
    public IReadOnlyList<ValueCluster> Clusters { get; }

    /// <summary>
    /// Gets the sets of values that a later report of the plan replaced (a summit's date given before it was moved):
    /// updates, not contradictions.
    /// </summary>
    public IReadOnlyList<ValueCluster> Superseded { get; }

    /// <summary>Gets the sets of values that hold as of the latest reports: <see cref="Clusters"/> without <see cref="Superseded"/>.</summary>
    public IReadOnlyList<ValueCluster> CurrentClusters { get; }

    /// <summary>
    /// Gets whether the fact is single-valued and its current claims fall into two or more incompatible sets of
    /// values. Statuses are excluded: whether they conflict depends on their sequence, not on their values alone.
    /// </summary>
    public bool HasIncompatibleValues => IsSingleValued && CurrentClusters.Count >= 2 && CurrentClusters[0].Value is not StatusValue;

    /// <summary>Gets the domain pack.</summary>
    public DomainPack Pack { get; }

    internal IReadOnlyDictionary<string, DateValue?> AsOfByClaim { get; }

    internal Func<Claim, KnowledgeVerdict?> Knowledge { get; }

    /// <summary>Gets the latest day any claim of the fact was reported, for exchange rates.</summary>
    internal NodaTime.LocalDate? Day { get; init; }

    /// <summary>Gets the event's resolved date when the context was built, which its plans were judged against.</summary>
    internal ClaimValue? EventDate { get; init; }

    /// <summary>Gets the sets of values that later reports of the plan superseded, each with the set that superseded it.</summary>
    internal IReadOnlyList<(ValueCluster Old, ValueCluster New)> PlanChanges { get; init; } = [];

    /// <summary>
    /// Gets or sets which sets of values each claim is compatible with, kept by the truth resolver from round to round
    /// of learning trust: it depends on the values alone. A context belongs to one reconciliation, on one thread.
    /// </summary>
    internal VoteCompatibility? VoteCompatibility { get; set; }

    /// <summary>Gets the time a claim holds as of: its own, the date of the event it leans on, or the story's time.</summary>
    /// <param name="claim">A claim of this fact.</param>
    /// <returns>The date interval, or <see langword="null"/> when unknown.</returns>
    public DateValue? AsOf(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return AsOfByClaim.GetValueOrDefault(claim.Id);
    }
}

/// <summary>A set of claims whose values are compatible with each other, and the value that best represents them. Immutable.</summary>
/// <param name="Value">The most specific value that the set's claims support.</param>
/// <param name="Claims">The claims, ordered by identifier.</param>
public sealed record ValueCluster(ClaimValue Value, IReadOnlyList<Claim> Claims)
{
    private readonly SourceIdCache sourceIds = new();

    private ValueCluster(ValueCluster original)
    {
        // A copy made by a 'with' expression may hold other claims: it finds its own sources.
        Value = original.Value;
        Claims = original.Claims;
        sourceIds = new SourceIdCache();
    }

    /// <summary>Gets the sources of the claims, ordered by identifier.</summary>
    public IReadOnlyList<string> SourceIds
        => sourceIds.Value ??= [.. Claims.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <inheritdoc />
    public override string ToString() => $"{Value.Describe()} ({string.Join(", ", SourceIds)})";
}

/// <summary>Holds a cluster's sources once found. Every cache equals every other, so it never takes part in equality.</summary>
internal sealed class SourceIdCache
{
    public IReadOnlyList<string>? Value { get; set; }

    public override bool Equals(object? obj) => obj is SourceIdCache;

    public override int GetHashCode() => 0;
}
