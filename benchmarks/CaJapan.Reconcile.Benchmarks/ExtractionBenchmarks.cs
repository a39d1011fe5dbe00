using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using CaJapan.Reconcile.Extraction;
using CaJapan.Reconcile.Knowledge;
using CaJapan.Reconcile.Recognition;
using CaJapan.Reconcile.Sources;

namespace CaJapan.Reconcile.Benchmarks;

/// <summary>
/// Extraction alone, from text to claims, as the engine runs it on each article: the header's metadata (publication
/// date, dateline, byline, outlet) read with <see cref="SourceMetadataReader.Complete"/>, then the built-in
/// <see cref="PackClaimExtractor"/>. No reconciliation. The MB/s column is the UTF-8 size of the text read divided by
/// the mean time, on one core.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
[Config(typeof(ExtractionInputs.ThroughputConfig))]
public class ExtractionBenchmarks
{
    private readonly ExtractionInputs inputs = new();
    private Source[] seeds = [];
    private Source[] all = [];

    [GlobalSetup]
    public void Setup()
    {
        seeds = ExtractionInputs.Seeds();
        all = [ExtractionInputs.SeedsAsOneArticle(seeds)];
        Console.WriteLine($"// seeds: {seeds.Length} articles, {ExtractionInputs.Characters(seeds)} characters, {ExtractionInputs.Utf8Bytes(seeds)} UTF-8 bytes");
    }

    /// <summary>The five seeds, one article at a time.</summary>
    /// <returns>The number of claims.</returns>
    [Benchmark]
    public int ExtractSeeds() => inputs.Extract(seeds);

    /// <summary>The seeds' text joined into one article of about 20 KB.</summary>
    /// <returns>The number of claims.</returns>
    [Benchmark]
    public int ExtractSeedsAsOneArticle() => inputs.Extract(all);
}

/// <summary>
/// Extraction over a corpus of many articles: the five seeds renamed and repeated. Allocated bytes divided by
/// <see cref="Articles"/> should not grow with the corpus, because nothing per article is kept or rebuilt per corpus.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
[Config(typeof(ExtractionInputs.ThroughputConfig))]
public class ExtractionCorpusBenchmarks
{
    private readonly ExtractionInputs inputs = new();
    private Source[] corpus = [];

    /// <summary>Gets or sets the number of articles in the corpus.</summary>
    [Params(10, 1000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        corpus = ExtractionInputs.Corpus(Articles);
        Console.WriteLine($"// corpus: {corpus.Length} articles, {ExtractionInputs.Characters(corpus)} characters, {ExtractionInputs.Utf8Bytes(corpus)} UTF-8 bytes");
    }

    /// <summary>Every article of the corpus, one at a time.</summary>
    /// <returns>The number of claims.</returns>
    [Benchmark]
    public int ExtractCorpus() => inputs.Extract(corpus);
}

/// <summary>The inputs of the extraction benchmarks and the engine's per-article extraction path.</summary>
internal sealed class ExtractionInputs
{
    private readonly SourceMetadataReader metadata;
    private readonly PackClaimExtractor extractor;

    public ExtractionInputs()
    {
        var index = new PackIndex(DomainPackLoader.LoadEmbedded());
        metadata = new SourceMetadataReader(index);
        extractor = new PackClaimExtractor(index);
    }

    /// <summary>Reads each source's header and extracts its claims, as the engine does for each article it takes.</summary>
    /// <param name="sources">The sources.</param>
    /// <returns>The number of claims.</returns>
    public int Extract(Source[] sources)
    {
        var claims = 0;
        foreach (var source in sources)
        {
            claims += extractor.Extract(metadata.Complete(source)).Count;
        }

        return claims;
    }

    public static Source[] Seeds()
        => [.. new SourceReader().ReadFolderAsync(Path.Combine(AppContext.BaseDirectory, "seeds")).GetAwaiter().GetResult().Sources];

    public static Source SeedsAsOneArticle(Source[] seeds) => new("all.txt", string.Join("\n\n", seeds.Select(s => s.Text)));

    /// <summary>The seeds renamed and repeated to <paramref name="articles"/> articles, each with its manifest metadata.</summary>
    /// <param name="articles">The number of articles.</param>
    /// <returns>The corpus.</returns>
    public static Source[] Corpus(int articles)
    {
        var seeds = Seeds();
        return [.. Enumerable.Range(0, articles).Select(i => seeds[i % seeds.Length] with { Id = $"{i:D5}-{seeds[i % seeds.Length].Id}" })];
    }

    public static long Characters(IEnumerable<Source> sources) => sources.Sum(s => (long)s.Text.Length);

    public static long Utf8Bytes(IEnumerable<Source> sources) => sources.Sum(s => (long)Encoding.UTF8.GetByteCount(s.Text));

    /// <summary>Adds the MB/s column.</summary>
    public sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new ThroughputColumn());
    }

    /// <summary>Megabytes (10^6 UTF-8 bytes) of text extracted per second: the size of the benchmark's input divided by its mean.</summary>
    private sealed class ThroughputColumn : IColumn
    {
        private static readonly Lazy<Source[]> SeedSources = new(Seeds);

        public string Id => nameof(ThroughputColumn);

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Megabytes (10^6 UTF-8 bytes) of article text per second, on one core";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            var bytes = Bytes(benchmarkCase);
            return mean is > 0 && bytes > 0 ? (bytes / 1e6 / (mean.Value / 1e9)).ToString("F2", System.Globalization.CultureInfo.InvariantCulture) : "-";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        private static long Bytes(BenchmarkCase benchmarkCase)
        {
            var seeds = SeedSources.Value;
            return benchmarkCase.Descriptor.WorkloadMethod.Name switch
            {
                nameof(ExtractionBenchmarks.ExtractSeeds) => Utf8Bytes(seeds),
                nameof(ExtractionBenchmarks.ExtractSeedsAsOneArticle) => Utf8Bytes([SeedsAsOneArticle(seeds)]),
                nameof(ExtractionCorpusBenchmarks.ExtractCorpus) when benchmarkCase.Parameters[nameof(ExtractionCorpusBenchmarks.Articles)] is int n => Utf8Bytes(Corpus(n)),
                _ => 0,
            };
        }
    }
}
