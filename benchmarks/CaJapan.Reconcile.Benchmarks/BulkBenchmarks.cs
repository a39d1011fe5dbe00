using BenchmarkDotNet.Attributes;
using CaJapan.Reconcile.Bulk;
using CaJapan.Reconcile.Corpus;

namespace CaJapan.Reconcile.Benchmarks;

/// <summary>
/// Bulk reconciliation of a claim table with learned source trust, on every core: a generated truth-discovery corpus
/// of <see cref="Claims"/> claims from 30 sources of mixed accuracy, about 20 claims an item (<see cref="ClaimCorpus"/>).
/// The table is built in the setup; the benchmark is the reconciliation alone. Table building and memory retained per
/// claim are measured by <c>measure bulk</c> (benchmarks/README.md).
/// </summary>
[MemoryDiagnoser]
public class BulkBenchmarks
{
    private readonly BulkReconciler reconciler = new();
    private ClaimTable table = new();

    /// <summary>Gets the numbers of claims to run at: 10^4 and 10^6, or 10^4 to 10^7 in a full run.</summary>
    public static IEnumerable<int> Sizes => Scale.Claims;

    /// <summary>Gets or sets the number of claims.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Claims { get; set; }

    [GlobalSetup]
    public void Setup() => table = ClaimCorpus.OfSize(Claims).ToTable();

    [Benchmark]
    public BulkResult ReconcileTable() => reconciler.Reconcile(table);
}
