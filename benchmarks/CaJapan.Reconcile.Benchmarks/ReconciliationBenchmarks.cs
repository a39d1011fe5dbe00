using BenchmarkDotNet.Attributes;
using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Reconciliation;

namespace CaJapan.Reconcile.Benchmarks;

/// <summary>
/// Reconciliation of structured claims with learned source trust: 30 sources of mixed accuracy, each giving a value
/// for about two thirds of the items, so that <see cref="Claims"/> claims cover about <see cref="Claims"/> / 20 items.
/// </summary>
[MemoryDiagnoser]
public class ReconciliationBenchmarks
{
    private readonly ReconcileEngine engine = ReconcileEngine.Create();
    private List<Claim> claims = [];

    /// <summary>Gets the numbers of claims to run at: 10^4, and 10^5 in a full run.</summary>
    public static IEnumerable<int> Sizes => Scale.Full ? [10_000, 100_000] : [10_000];

    /// <summary>Gets or sets the number of claims.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Claims { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var items = Claims / 20;
        claims = new List<Claim>(Claims);
        for (var s = 0; claims.Count < Claims; s = (s + 1) % 30)
        {
            var accuracy = s < 5 ? 0.9 : s < 15 ? 0.7 : 0.4;
            var item = random.Next(items);
            var value = random.NextDouble() < accuracy ? $"true-{item}" : $"wrong-{item}-{random.Next(3)}";
            claims.Add(new Claim($"s{s}#{claims.Count}", $"s{s}", $"item-{item}", "value", new TextValue(value), null, AssertionMode.Stated, 1.0));
        }
    }

    [Benchmark]
    public ReconciliationResult ReconcileWithLearnedTrust() => engine.ReconcileClaims(claims);
}
