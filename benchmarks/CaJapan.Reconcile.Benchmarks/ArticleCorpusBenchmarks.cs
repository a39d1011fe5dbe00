using System.Text;
using BenchmarkDotNet.Attributes;
using CaJapan.Reconcile.Corpus;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Reporting;
using CaJapan.Reconcile.Sources;

namespace CaJapan.Reconcile.Benchmarks;

/// <summary>
/// The whole pipeline on a generated corpus of <see cref="Articles"/> news articles (about 2.9 KB each, seed 1) in
/// memory: validation, header, extraction on <see cref="Degree"/> threads, copy detection, reconciliation. Divide the
/// mean by <see cref="Articles"/> / 1,000 for the cost per 1,000 articles.
/// </summary>
[MemoryDiagnoser]
public class ArticlePipelineBenchmarks
{
    private IReadOnlyList<Source> sources = [];
    private ReconcileEngine engine = ReconcileEngine.Create();

    /// <summary>Gets the numbers of articles: 1,000, and with <c>--full</c> also 10,000.</summary>
    public static IEnumerable<int> Sizes => Scale.Full ? [1_000, 10_000] : [1_000];

    /// <summary>Gets or sets the number of articles.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Articles { get; set; }

    /// <summary>Gets or sets <see cref="ReconcileOptions.MaxDegreeOfParallelism"/>.</summary>
    [Params(1, 2)]
    public int Degree { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        sources = ArticleCorpus.Sources(Articles, 1);
        engine = ReconcileEngine.Create(new ReconcileOptions { MaxDegreeOfParallelism = Degree });
        Console.WriteLine($"// {Articles} articles, {sources.Sum(s => s.Text.Length)} characters");
    }

    [Benchmark]
    public ReconciliationResult ReconcileArticles() => engine.ReconcileAsync(sources).GetAwaiter().GetResult();
}

/// <summary>The JSON and HTML report writers on the result of 1,000 generated articles, writing to a stream that discards.</summary>
[MemoryDiagnoser]
public class ReportWriterBenchmarks
{
    private readonly JsonReportWriter json = new();
    private readonly HtmlReportWriter html = new();
    private ReconciliationResult result = null!;

    [GlobalSetup]
    public void Setup()
    {
        result = ReconcileEngine.Create().ReconcileAsync(ArticleCorpus.Sources(1_000, 1)).GetAwaiter().GetResult();
        Console.WriteLine($"// {result.Sources.Count} sources, {result.Claims.Count} claims, {result.Conflicts.Count} conflicts, {result.Dependencies.Count} dependencies");
    }

    [Benchmark]
    public void WriteJsonReport() => Write(json);

    [Benchmark]
    public void WriteHtmlReport() => Write(html);

    private void Write(IReportWriter writer)
    {
        using var output = new StreamWriter(Stream.Null, new UTF8Encoding(false));
        writer.WriteAsync(result, output).GetAwaiter().GetResult();
        output.Flush();
    }
}
