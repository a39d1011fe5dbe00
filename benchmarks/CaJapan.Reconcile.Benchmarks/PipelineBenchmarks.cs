using BenchmarkDotNet.Attributes;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Sources;

namespace CaJapan.Reconcile.Benchmarks;

/// <summary>The whole pipeline on the bundled seeds: validation, extraction and reconciliation of five articles in memory.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private readonly ReconcileEngine engine = ReconcileEngine.Create();
    private IReadOnlyList<Source> seeds = [];

    [GlobalSetup]
    public void Setup()
        => seeds = new SourceReader().ReadFolderAsync(Path.Combine(AppContext.BaseDirectory, "seeds")).GetAwaiter().GetResult().Sources;

    [Benchmark]
    public ReconciliationResult ReconcileSeeds() => engine.ReconcileAsync(seeds).GetAwaiter().GetResult();

    [Benchmark]
    public int ExtractSeedsAsOneArticle()
        => engine.ReconcileAsync([new Source("all.txt", string.Join("\n\n", seeds.Select(s => s.Text)))]).GetAwaiter().GetResult().Claims.Count;
}
