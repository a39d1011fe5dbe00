using CaJapan.Reconcile.Claims;

namespace CaJapan.Reconcile.Bulk;

/// <summary>
/// A table's claims arranged for rounds of voting: grouped by fact, each fact's distinct values ordered by key, and
/// one vote per source and value (its strongest claim, as in the full engine), ordered by value and then by source
/// name. The order is fixed by the claims alone, never by the order they were added in, so sums come out the same
/// wherever the table was built. Arrays are indexed in "row space": fact <c>f</c>'s values and votes start at
/// <see cref="Start"/>[f].
/// </summary>
internal sealed class FactVotes
{
    /// <summary>How a fact is voted on.</summary>
    public enum FactKind : byte
    {
        /// <summary>One value at a time among the options' plausible wrong values.</summary>
        Single,

        /// <summary>One status at a time among few alternatives.</summary>
        Status,

        /// <summary>Each value judged on its own.</summary>
        Multi,
    }

    private FactVotes(ClaimTable table, int facts, int rows)
    {
        Table = table;
        Facts = facts;
        FactIds = new int[facts];
        Start = new int[facts];
        ValueCounts = new int[facts];
        VoteCounts = new int[facts];
        Kinds = new FactKind[facts];
        Values = new int[rows];
        VoteSlots = new int[rows];
        VoteSources = new int[rows];
        VoteWeights = new double[rows];
    }

    public ClaimTable Table { get; }

    /// <summary>Gets the number of facts with at least one claim.</summary>
    public int Facts { get; }

    public int[] FactIds { get; }

    public int[] Start { get; }

    public int[] ValueCounts { get; }

    public int[] VoteCounts { get; }

    public FactKind[] Kinds { get; }

    /// <summary>Gets each fact's distinct values (value ids), ordered by key.</summary>
    public int[] Values { get; }

    /// <summary>Gets each vote's value, as an index into its fact's values.</summary>
    public int[] VoteSlots { get; }

    /// <summary>Gets each vote's source (source id).</summary>
    public int[] VoteSources { get; }

    /// <summary>Gets each vote's weight: the strongest confidence the source gave the value with.</summary>
    public double[] VoteWeights { get; }

    /// <summary>Gets, by source id, whether the source has a claim in the votes.</summary>
    public bool[] SourcePresent { get; private init; } = [];

    public long Claims { get; private init; }

    public long Excluded { get; private init; }

    /// <summary>Arranges a table's claims reported on or before <paramref name="asOfDay"/> (a <see cref="DateOnly.DayNumber"/>; every claim when null).</summary>
    public static FactVotes Build(ClaimTable table, int? asOfDay, Func<string, bool> multiValued, int degree, CancellationToken cancellationToken)
    {
        table.TrimExcess();
        var rows = table.Count;
        var source = table.SourceColumn;
        var fact = table.FactColumn;
        var observed = table.ObservedColumn;
        var counts = new int[table.FactCount];
        long excluded = 0;
        for (var row = 0; row < rows; row++)
        {
            if (asOfDay is { } day && observed[row] != ClaimTable.NoDay && observed[row] > day)
            {
                excluded++;
                continue;
            }

            counts[fact[row]]++;
        }

        var facts = counts.Count(c => c > 0);
        var included = (int)(rows - excluded);
        var present = new bool[table.SourceCount];
        var votes = new FactVotes(table, facts, included) { Claims = included, Excluded = excluded, SourcePresent = present };
        var offsets = new int[table.FactCount];
        for (int id = 0, f = 0, at = 0; id < counts.Length; id++)
        {
            offsets[id] = at;
            if (counts[id] > 0)
            {
                votes.FactIds[f] = id;
                votes.Start[f] = at;
                votes.Kinds[f] = multiValued(table.PropertyOf(id)) ? FactKind.Multi : FactKind.Single;
                f++;
                at += counts[id];
            }
        }

        // Rows grouped by fact (a counting sort): each fact's rows in [Start, Start + count).
        var order = new int[included];
        for (var row = 0; row < rows; row++)
        {
            if (asOfDay is { } day && observed[row] != ClaimTable.NoDay && observed[row] > day)
            {
                continue;
            }

            order[offsets[fact[row]]++] = row;
            present[source[row]] = true;
        }

        // Sources ranked by name, so that votes are ordered by name and not by the order the table met them in.
        var rank = new int[table.SourceCount];
        var byName = Enumerable.Range(0, table.SourceCount).ToArray();
        Array.Sort(byName, (a, b) => string.CompareOrdinal(table.SourceName(a), table.SourceName(b)));
        for (var r = 0; r < byName.Length; r++)
        {
            rank[byName[r]] = r;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = degree, CancellationToken = cancellationToken };
        Parallel.ForEach(Chunks(facts, degree), options, range =>
        {
            var keys = new List<long>();
            var weights = new List<double>();
            var distinct = new List<int>();
            var slotOf = new Dictionary<int, int>();
            for (var f = range.Start; f < range.End; f++)
            {
                votes.Arrange(f, counts[votes.FactIds[f]], order, rank, byName, keys, weights, distinct, slotOf);
            }
        });

        return votes;
    }

    /// <summary>Splits <paramref name="count"/> facts into ranges, a few per thread so that uneven facts even out.</summary>
    public static IEnumerable<(int Start, int End)> Chunks(int count, int degree)
    {
        var size = Math.Max(256, count / Math.Max(1, degree * 8));
        for (var start = 0; start < count; start += size)
        {
            yield return (start, Math.Min(count, start + size));
        }
    }

    private void Arrange(int f, int count, int[] order, int[] rank, int[] byName, List<long> keys, List<double> weights, List<int> distinct, Dictionary<int, int> slotOf)
    {
        var start = Start[f];
        var valueColumn = Table.ValueColumn;
        distinct.Clear();
        slotOf.Clear();
        for (var i = start; i < start + count; i++)
        {
            var v = valueColumn[order[i]];
            if (slotOf.TryAdd(v, 0))
            {
                distinct.Add(v);
            }
        }

        distinct.Sort((a, b) => string.CompareOrdinal(Table.ValueOf(a).Key, Table.ValueOf(b).Key));
        for (var k = 0; k < distinct.Count; k++)
        {
            Values[start + k] = distinct[k];
            slotOf[distinct[k]] = k;
        }

        ValueCounts[f] = distinct.Count;
        if (Kinds[f] != FactKind.Multi && Table.ValueOf(distinct[0]) is StatusValue)
        {
            Kinds[f] = FactKind.Status;
        }

        // One vote per value and source: the strongest claim.
        var sources = rank.Length;
        keys.Clear();
        weights.Clear();
        for (var i = start; i < start + count; i++)
        {
            var row = order[i];
            keys.Add(((long)slotOf[valueColumn[row]] * sources) + rank[Table.SourceColumn[row]]);
            weights.Add(Table.WeightColumn[row]);
        }

        var keySpan = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(keys);
        var weightSpan = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(weights);
        keySpan.Sort(weightSpan);
        var n = 0;
        for (var i = 0; i < keySpan.Length; i++)
        {
            if (n > 0 && keySpan[i] == keySpan[i - 1])
            {
                VoteWeights[start + n - 1] = Math.Max(VoteWeights[start + n - 1], weightSpan[i]);
                continue;
            }

            VoteSlots[start + n] = (int)(keySpan[i] / sources);
            VoteSources[start + n] = byName[(int)(keySpan[i] % sources)];
            VoteWeights[start + n] = weightSpan[i];
            n++;
        }

        VoteCounts[f] = n;
    }
}
