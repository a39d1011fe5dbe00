using CaJapan.Reconcile.Bulk;
using CaJapan.Reconcile.Claims;
using CsCheck;

namespace CaJapan.Reconcile.Tests.Bulk;

/// <summary>
/// Reconciliation partitions by subject, checked on random corpora: claims split at random between machines, each
/// machine's table split by subject, the pieces of each partition merged in any order and grouping, trust learned
/// from evidence merged in any order, and the partitions' results merged in any order, give exactly (to the last
/// bit) the result of one run over one table. So does adding the same claims in another order.
/// </summary>
public sealed class ScaleOutLaws
{
    private static readonly string[] Sources = ["ap", "bbc", "kyodo", "nhk", "reuters", "tass"];
    private static readonly string[] Values = ["2023-08-09", "2024-08-09", "2024-08", "cancelled"];
    private static readonly double[] Weights = [0.55, 0.7, 0.85, 1];

    private static readonly BulkReconciler Reconciler = CreateReconciler();

    /// <summary>A claim: source, subject, property (0 single-valued, 1 multi-valued), value and weight, by index.</summary>
    private static readonly Gen<(int Source, int Subject, int Property, int Value, int Weight)> Claim =
        Gen.Select(Gen.Int[0, Sources.Length - 1], Gen.Int[0, 7], Gen.Int[0, 1], Gen.Int[0, Values.Length - 1], Gen.Int[0, Weights.Length - 1]);

    /// <summary>A corpus, the machine each claim was gathered on, how many partitions, and a seed for the orders of merging.</summary>
    private static readonly Gen<((int Source, int Subject, int Property, int Value, int Weight)[] Claims, int[] Machines, int Partitions, int Seed)> Case =
        Gen.Int[1, 80].SelectMany(n => Gen.Select(Claim.Array[n], Gen.Int[0, 3].Array[n], Gen.Int[1, 4], Gen.Int));

    [Fact]
    public void Partitions_merged_in_any_order_and_grouping_give_the_result_of_one_run()
    {
        Case.Sample(
            c =>
            {
                var one = Reconciler.Reconcile(Table(c.Claims.Select((claim, i) => (claim, i))));
                var random = new Random(c.Seed);

                // Each machine holds the claims it gathered, split by subject into the partitions.
                var pieces = Enumerable.Range(0, 4)
                    .Select(m => Table(c.Claims.Select((claim, i) => (claim, i)).Where(x => c.Machines[x.i] == m)).PartitionBySubject(c.Partitions))
                    .ToList();

                // Each partition gathers its pieces from every machine, merged in a random order and grouping.
                var partitions = Enumerable.Range(0, c.Partitions)
                    .Select(p => MergeAll(pieces.Select(m => m[p]).ToList(), ClaimTable.Merge, random))
                    .ToList();
                var trust = SourceTrust.Initial;
                while (Reconciler.NeedsAnotherRound(trust))
                {
                    trust = Reconciler.Learn(trust, MergeAll(partitions.Select(p => Reconciler.Evidence(p, trust)).ToList(), TrustEvidence.Merge, random));
                }

                var merged = MergeAll(partitions.Select(p => Reconciler.Resolve(p, trust)).ToList(), BulkResult.Merge, random);

                merged.Resolutions.Should().Equal(one.Resolutions);
                merged.TrustEstimates.Should().Equal(one.TrustEstimates);
                merged.Rounds.Should().Be(one.Rounds);
                merged.ClaimCount.Should().Be(one.ClaimCount);
            },
            iter: 150);
    }

    [Fact]
    public void Evidence_and_trust_sent_between_machines_as_json_give_the_result_of_one_run()
    {
        Case.Sample(
            c =>
            {
                var table = Table(c.Claims.Select((claim, i) => (claim, i)));
                var one = Reconciler.Reconcile(table);
                var partitions = table.PartitionBySubject(c.Partitions);

                // The coordinator holds no claims: it merges the evidence each machine sends and broadcasts the trust.
                var trust = SourceTrust.Initial;
                while (Reconciler.NeedsAnotherRound(trust))
                {
                    var sent = partitions.Select(p => Send(Reconciler.Evidence(p, Receive(trust)).Entries)).ToList();
                    var evidence = TrustEvidence.From(sent.SelectMany(json => System.Text.Json.JsonSerializer.Deserialize<SourceEvidence[]>(json)!));
                    trust = Reconciler.Learn(trust, evidence);
                }

                var merged = partitions.Select(p => Reconciler.Resolve(p, Receive(trust))).Aggregate(BulkResult.Merge);

                merged.Resolutions.Should().Equal(one.Resolutions);
                merged.TrustEstimates.Should().Equal(one.TrustEstimates);
            },
            iter: 100);

        static string Send<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value);

        // What a machine rebuilds from the coordinator's broadcast.
        static SourceTrust Receive(SourceTrust trust)
            => SourceTrust.From(
                System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, double>>(Send(trust.Values))!,
                TrustEvidence.From(System.Text.Json.JsonSerializer.Deserialize<SourceEvidence[]>(Send(trust.Evidence.Entries))!),
                trust.Rounds,
                trust.Moved,
                trust.Settled);
    }

    [Fact]
    public void Evidence_that_cannot_be_is_refused()
    {
        var act = () => TrustEvidence.From([new SourceEvidence("a", 1, 3L << 32)]);

        act.Should().Throw<ArgumentException>().WithMessage("*a*not possible*");
    }

    [Fact]
    public void Adding_the_same_claims_in_another_order_changes_nothing()
    {
        Case.Sample(
            c =>
            {
                var claims = c.Claims.Select((claim, i) => (claim, i)).ToList();
                var one = Reconciler.Reconcile(Table(claims));
                var shuffled = claims.ToArray();
                new Random(c.Seed).Shuffle(shuffled);

                var other = Reconciler.Reconcile(Table(shuffled));

                other.Resolutions.Should().Equal(one.Resolutions);
                other.TrustEstimates.Should().Equal(one.TrustEstimates);
            },
            iter: 150);
    }

    [Fact]
    public void Results_that_resolve_the_same_fact_do_not_merge()
    {
        var table = Table([((0, 0, 0, 0, 0), 0), ((1, 0, 0, 1, 0), 1)]);
        var result = Reconciler.Reconcile(table);

        var act = () => BulkResult.Merge(result, result);

        act.Should().Throw<ArgumentException>().WithMessage("*subject-0/date*partition claims by subject*");
    }

    [Fact]
    public void A_subject_always_falls_in_the_same_partition()
    {
        ClaimTable.PartitionOf("ca-japan-summit", 7).Should().Be(ClaimTable.PartitionOf("ca-japan-summit", 7));
        Enumerable.Range(0, 1000).Select(i => ClaimTable.PartitionOf($"item-{i}", 4)).Distinct().Order().Should().Equal(0, 1, 2, 3);
    }

    private static BulkReconciler CreateReconciler()
    {
        var options = new ReconcileOptions();
        options.MultiValuedProperties.Add("participant");
        options.OutletTrust["reuters"] = 0.9;
        return new BulkReconciler(options);
    }

    private static ClaimTable Table(IEnumerable<((int Source, int Subject, int Property, int Value, int Weight) Claim, int Index)> claims)
    {
        var table = new ClaimTable();
        foreach (var ((source, subject, property, value, weight), _) in claims)
        {
            table.Add(Sources[source], $"subject-{subject}", property == 0 ? "date" : "participant", new TextValue(Values[value]), Weights[weight]);
        }

        return table;
    }

    /// <summary>Merges items in a random order, each step putting the next item on a random side.</summary>
    private static T MergeAll<T>(List<T> items, Func<T, T, T> merge, Random random)
    {
        var shuffled = items.ToArray();
        random.Shuffle(shuffled);
        var queue = new List<T>(shuffled);
        while (queue.Count > 1)
        {
            var i = random.Next(queue.Count - 1);
            var (a, b) = random.Next(2) == 0 ? (queue[i], queue[i + 1]) : (queue[i + 1], queue[i]);
            queue[i] = merge(a, b);
            queue.RemoveAt(i + 1);
        }

        return queue[0];
    }
}
