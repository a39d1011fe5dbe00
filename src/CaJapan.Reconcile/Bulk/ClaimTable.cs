using System.Globalization;
using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Structured;
using NodaTime;

namespace CaJapan.Reconcile.Bulk;

/// <summary>
/// Claims held compactly for reconciliation at scale: each claim is a row of small numbers (its source, its fact, its
/// value, its weight and the day it was reported), and every source, subject, property and value is stored once.
/// A table is one partition of a corpus: tables merge (<see cref="Merge"/>) and split by subject
/// (<see cref="PartitionBySubject"/>), so that partial tables built on different machines combine into the same
/// reconciliation as one table built in one place. Not safe for concurrent writes; reads are safe once writing ends.
/// </summary>
/// <remarks>
/// A row costs 24 bytes; each distinct source, subject, property and value costs its string and an entry in a
/// dictionary. See docs/scale-out.md for what reconciliation of a table does and does not do compared with
/// <see cref="IReconciler.ReconcileClaims"/>.
/// </remarks>
public sealed class ClaimTable
{
    /// <summary>The <see cref="observed"/> of a claim reported on no known day.</summary>
    internal const int NoDay = int.MinValue;

    private readonly Interner sources = new();
    private readonly Interner subjects = new();
    private readonly Interner properties = new();
    private readonly Dictionary<(int Subject, int Property), int> factIds = [];
    private readonly List<(int Subject, int Property)> facts = [];
    private readonly Dictionary<string, int> valueIds = new(StringComparer.Ordinal);
    private readonly List<ClaimValue> values = [];
    private readonly List<(string Source, string Text)?> valuesAsGiven = [];

    private int[] source = new int[16];
    private int[] fact = new int[16];
    private int[] value = new int[16];
    private double[] weight = new double[16];
    private int[] observed = new int[16];

    /// <summary>Gets the number of claims (rows) in the table.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the number of distinct sources.</summary>
    public int SourceCount => sources.Count;

    /// <summary>Gets the number of distinct facts (subject and property pairs).</summary>
    public int FactCount => facts.Count;

    /// <summary>Gets the number of distinct values, by <see cref="ClaimValue.Key"/>.</summary>
    public int ValueCount => values.Count;

    internal int[] SourceColumn => source;

    /// <summary>Gets or sets the table's claims as last arranged for voting, and by whom; cleared when a claim is added.</summary>
    internal (object Owner, FactVotes Votes)? Arranged { get; set; }

    internal int[] FactColumn => fact;

    internal int[] ValueColumn => value;

    internal double[] WeightColumn => weight;

    internal int[] ObservedColumn => observed;

    /// <summary>Adds a claim: a source says that a subject's property has a value.</summary>
    /// <param name="sourceId">The source, such as an outlet; its trust is learned across the table.</param>
    /// <param name="subject">The subject, such as an event or an item.</param>
    /// <param name="property">The property, such as <c>date</c>.</param>
    /// <param name="claimValue">The value; values are the same when their <see cref="ClaimValue.Key"/>s are.</param>
    /// <param name="confidence">How surely the claim was made or read, in (0, 1]; 1 for a plain statement.</param>
    /// <param name="observed">The day the claim was reported, or <see langword="null"/> when unknown.</param>
    /// <exception cref="ArgumentException">A name is empty or the confidence is outside (0, 1].</exception>
    public void Add(string sourceId, string subject, string property, ClaimValue claimValue, double confidence = 1, LocalDate? observed = null)
        => Add(sourceId, subject, property, claimValue, confidence, observed, null);

    /// <summary>Adds a structured claim whose value has been read (see <see cref="StructuredValueParser"/>).</summary>
    /// <param name="claim">The claim as given; its weight is the confidence (1 when absent), its text the value as given.</param>
    /// <param name="claimValue">The claim's value, read as its type.</param>
    public void Add(StructuredClaim claim, ClaimValue claimValue)
    {
        ArgumentNullException.ThrowIfNull(claim);
        Add(claim.Source, claim.Subject, claim.Property, claimValue, claim.Weight ?? 1, claim.Observed, claim.Value);
    }

    /// <summary>Adds every claim of another table to this one, as if each had been added here.</summary>
    /// <param name="other">The table to take claims from; it is not changed.</param>
    public void AddAll(ClaimTable other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(other, this))
        {
            throw new ArgumentException("A table cannot be added to itself.", nameof(other));
        }

        for (var row = 0; row < other.Count; row++)
        {
            var (subject, property) = other.facts[other.fact[row]];
            AddRow(
                sources.Intern(other.sources[other.source[row]]),
                Fact(subjects.Intern(other.subjects[subject]), properties.Intern(other.properties[property])),
                Value(other.values[other.value[row]], other.valuesAsGiven[other.value[row]]),
                other.weight[row],
                other.observed[row]);
        }
    }

    /// <summary>Merges two tables into a new one holding the claims of both. Merging is associative and commutative as far as reconciliation can tell.</summary>
    /// <param name="first">A table.</param>
    /// <param name="second">Another table.</param>
    /// <returns>A new table; neither input is changed.</returns>
    public static ClaimTable Merge(ClaimTable first, ClaimTable second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var merged = new ClaimTable();
        merged.AddAll(first);
        merged.AddAll(second);
        return merged;
    }

    /// <summary>
    /// Splits the table by subject into <paramref name="partitions"/> tables, each subject wholly in one of them,
    /// chosen by a hash of the subject's name that is the same on every machine and in every process.
    /// </summary>
    /// <param name="partitions">How many tables to make, at least 1.</param>
    /// <returns>The tables, some possibly empty.</returns>
    public IReadOnlyList<ClaimTable> PartitionBySubject(int partitions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        var tables = Enumerable.Range(0, partitions).Select(_ => new ClaimTable()).ToArray();
        for (var row = 0; row < Count; row++)
        {
            var (subject, property) = facts[fact[row]];
            var target = tables[PartitionOf(subjects[subject], partitions)];
            target.AddRow(
                target.sources.Intern(sources[source[row]]),
                target.Fact(target.subjects.Intern(subjects[subject]), target.properties.Intern(properties[property])),
                target.Value(values[value[row]], valuesAsGiven[value[row]]),
                weight[row],
                observed[row]);
        }

        return tables;
    }

    /// <summary>Gets the partition a subject belongs to among <paramref name="partitions"/>: FNV-1a over its UTF-16 code units, the same everywhere.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="partitions">How many partitions there are, at least 1.</param>
    /// <returns>A partition number in [0, <paramref name="partitions"/>).</returns>
    public static int PartitionOf(string subject, int partitions)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        var hash = 2166136261u;
        foreach (var c in subject)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % (uint)partitions);
    }

    /// <inheritdoc />
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"ClaimTable ({Count} claims, {SourceCount} sources, {FactCount} facts, {ValueCount} values)");

    internal string SourceName(int id) => sources[id];

    internal (string Subject, string Property) FactName(int id) => (subjects[facts[id].Subject], properties[facts[id].Property]);

    internal string PropertyOf(int factId) => properties[facts[factId].Property];

    internal ClaimValue ValueOf(int id) => values[id];

    internal string? ValueAsGiven(int id) => valuesAsGiven[id]?.Text;

    private void Add(string sourceId, string subject, string property, ClaimValue claimValue, double confidence, LocalDate? day, string? asGiven)
    {
        Internal.Guard.NotNullOrWhiteSpace(sourceId);
        Internal.Guard.NotNullOrWhiteSpace(subject);
        Internal.Guard.NotNullOrWhiteSpace(property);
        ArgumentNullException.ThrowIfNull(claimValue);
        if (!(confidence > 0 && confidence <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "A claim's confidence lies in (0, 1].");
        }

        // The form given keeps the table's own copy of the source's name, not the row's.
        var source = sources.Intern(sourceId);
        AddRow(
            source,
            Fact(subjects.Intern(subject), properties.Intern(property)),
            Value(claimValue, asGiven is null ? null : (sources[source], asGiven)),
            confidence,
            day is { } d ? d.ToDateOnly().DayNumber : NoDay);
    }

    /// <summary>Gives back the room the columns grew into beyond the rows they hold.</summary>
    internal void TrimExcess()
    {
        var size = Math.Max(16, Count);
        if (source.Length > size)
        {
            Array.Resize(ref source, size);
            Array.Resize(ref fact, size);
            Array.Resize(ref value, size);
            Array.Resize(ref weight, size);
            Array.Resize(ref observed, size);
        }
    }

    private int Fact(int subject, int property)
    {
        if (!factIds.TryGetValue((subject, property), out var id))
        {
            id = facts.Count;
            facts.Add((subject, property));
            factIds.Add((subject, property), id);
        }

        return id;
    }

    /// <summary>
    /// Interns a value by its key. Of the forms a value was given in, the one given by the source first by name (then
    /// the ordinal least form) is kept, as the full engine keeps the form of the lowest claim identifier; the choice
    /// does not depend on the order of rows.
    /// </summary>
    private int Value(ClaimValue claimValue, (string Source, string Text)? asGiven)
    {
        if (!valueIds.TryGetValue(claimValue.Key, out var id))
        {
            id = values.Count;
            values.Add(claimValue);
            valuesAsGiven.Add(asGiven);
            valueIds.Add(claimValue.Key, id);
        }
        else if (asGiven is { } given && (valuesAsGiven[id] is not { } kept || Before(given, kept)))
        {
            valuesAsGiven[id] = given;
        }

        return id;

        static bool Before((string Source, string Text) a, (string Source, string Text) b)
        {
            var bySource = string.CompareOrdinal(a.Source, b.Source);
            return bySource < 0 || (bySource == 0 && string.CompareOrdinal(a.Text, b.Text) < 0);
        }
    }

    private void AddRow(int sourceId, int factId, int valueId, double confidence, int day)
    {
        if (Count == source.Length)
        {
            var size = checked(Count * 2);
            Array.Resize(ref source, size);
            Array.Resize(ref fact, size);
            Array.Resize(ref value, size);
            Array.Resize(ref weight, size);
            Array.Resize(ref observed, size);
        }

        Arranged = null;
        source[Count] = sourceId;
        fact[Count] = factId;
        value[Count] = valueId;
        weight[Count] = confidence;
        observed[Count] = day;
        Count++;
    }

    /// <summary>Strings stored once, each with a number in the order first seen.</summary>
    private sealed class Interner
    {
        private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
        private readonly List<string> names = [];

        public int Count => names.Count;

        public string this[int id] => names[id];

        public int Intern(string name)
        {
            if (!ids.TryGetValue(name, out var id))
            {
                id = names.Count;
                names.Add(name);
                ids.Add(name, id);
            }

            return id;
        }
    }
}
