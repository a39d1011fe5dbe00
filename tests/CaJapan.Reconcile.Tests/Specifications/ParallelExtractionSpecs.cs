using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Corpus;
using CaJapan.Reconcile.Extraction;
using CaJapan.Reconcile.Knowledge;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Recognition;
using CaJapan.Reconcile.Reporting;
using CaJapan.Reconcile.Sources;

namespace CaJapan.Reconcile.Tests.Specifications;

/// <summary>
/// Sources are extracted on several threads, and the result is the same at every degree of parallelism, on every
/// run, and for calls made at once on one engine.
/// </summary>
public sealed class ParallelExtractionSpecs
{
    private static readonly Lazy<IReadOnlyList<Source>> Corpus = new(() => ArticleCorpus.Sources(300, 2024));

    [Fact]
    public async Task TheReportsAreByteForByteTheSameAtEveryDegreeOfParallelismAndOnEveryRun()
    {
        var reports = new List<(string Json, string Text)>();
        foreach (var degree in new[] { 1, 2, 8, 8, 2 })
        {
            var engine = ReconcileEngine.Create(new ReconcileOptions { MaxDegreeOfParallelism = degree });
            reports.Add(await Reports(await engine.ReconcileAsync(Corpus.Value)));
        }

        reports.Select(r => r.Json).Distinct().Should().ContainSingle();
        reports.Select(r => r.Text).Distinct().Should().ContainSingle();
        reports[0].Json.Should().Contain("\"conflicts\"");
    }

    [Fact]
    public async Task StreamedSourcesGiveTheSameReportOnSeveralThreadsAsOnOne()
    {
        var one = ReconcileEngine.Create(new ReconcileOptions { MaxDegreeOfParallelism = 1 });
        var several = ReconcileEngine.Create(new ReconcileOptions { MaxDegreeOfParallelism = 4 });
        var sources = Corpus.Value.Take(120).ToList();
        var reports = new List<ReconcileProgress>();

        var expected = await Reports(await one.ReconcileAsync(sources));
        var streamed = await Reports(await several.ReconcileStreamAsync(Stream(sources), new Collect(reports)));

        streamed.Should().Be(expected);
        reports.Where(r => r.Stage == ReconcileStage.Reading).Select(r => r.CurrentSource).Should().Equal(sources.Select(s => s.Id), "progress follows the input order");
    }

    [Fact]
    public async Task CallsMadeAtOnceOnOneEngineGiveWhatTheyGiveOneAfterAnother()
    {
        var engine = ReconcileEngine.Create(new ReconcileOptions { MaxDegreeOfParallelism = 2 });
        var corpora = Enumerable.Range(0, 4).Select(i => ArticleCorpus.Sources(40 + (10 * i), 100 + i)).ToList();

        var sequential = new List<(string, string)>();
        foreach (var corpus in corpora)
        {
            sequential.Add(await Reports(await engine.ReconcileAsync(corpus)));
        }

        var concurrent = await Task.WhenAll(corpora.Select(c => Task.Run(async () => await Reports(await engine.ReconcileAsync(c)))));

        concurrent.Should().Equal(sequential);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task AnExtractorThatFailsOnOneSourceLosesThatSourceOnly(int degree)
    {
        var sources = Corpus.Value.Take(30).ToList();
        var failing = sources[7].Id;
        var engine = Engine(degree, new FailingExtractor(failing));
        var reference = Engine(1, new FailingExtractor(failing));

        var result = await engine.ReconcileAsync(sources);

        result.SourceErrors.Should().ContainSingle().Which.SourceId.Should().Be(failing);
        result.Sources.Should().HaveCount(29).And.NotContain(s => s.Id == failing);
        (await Reports(result)).Should().Be(await Reports(await reference.ReconcileAsync(sources)));
    }

    [Fact]
    public async Task CancellingWhileSourcesAreExtractedOnSeveralThreadsStopsTheWork()
    {
        using var cancellation = new CancellationTokenSource();
        var extractor = new CountingExtractor(after: 5, cancellation);
        var engine = Engine(2, extractor);
        var sources = Corpus.Value;

        var act = () => engine.ReconcileAsync(sources, cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        extractor.Calls.Should().BeLessThan(5 + (2 * 4) + 2, "no more than the window of sources in flight is extracted after the cancellation");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void ADegreeOfParallelismBelowOneIsRejected(int degree)
    {
        var act = () => ReconcileEngine.Create(new ReconcileOptions { MaxDegreeOfParallelism = degree });

        act.Should().Throw<FluentValidation.ValidationException>().WithMessage($"*MaxDegreeOfParallelism is {degree}*");
    }

    [Fact]
    public void TheDefaultDegreeIsOnePerCore()
        => new ReconcileOptions().MaxDegreeOfParallelism.Should().Be(Environment.ProcessorCount);

    private static ReconcileEngine Engine(int degree, IClaimExtractor extra)
    {
        var index = new PackIndex(DomainPackLoader.LoadEmbedded());
        return new ReconcileEngine(new ReconcileOptions { MaxDegreeOfParallelism = degree }, index, [new PackClaimExtractor(index), extra], ReconcileEngine.BuiltInRules());
    }

    private static async Task<(string Json, string Text)> Reports(ReconciliationResult result)
    {
        using var json = new StringWriter();
        using var text = new StringWriter();
        await new JsonReportWriter().WriteAsync(result, json);
        await new TextReportWriter().WriteAsync(result, text);
        return (json.ToString(), text.ToString());
    }

    private static async IAsyncEnumerable<Source> Stream(IEnumerable<Source> sources)
    {
        foreach (var source in sources)
        {
            await Task.Yield();
            yield return source;
        }
    }

    /// <summary>Adds no claims, and fails on one source.</summary>
    private sealed class FailingExtractor(string failOn) : IClaimExtractor
    {
        public IReadOnlyList<Claim> Extract(Source source, CancellationToken cancellationToken = default)
            => source.Id == failOn ? throw new InvalidOperationException("broken on purpose") : [];
    }

    /// <summary>Adds no claims; counts the sources it is given and cancels the call after some.</summary>
    private sealed class CountingExtractor(int after, CancellationTokenSource cancellation) : IClaimExtractor
    {
        private int calls;

        public int Calls => Volatile.Read(ref calls);

        public IReadOnlyList<Claim> Extract(Source source, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Increment(ref calls) == after)
            {
                cancellation.Cancel();
            }

            cancellationToken.ThrowIfCancellationRequested();
            return [];
        }
    }

    /// <summary>Collects reports on the calling thread.</summary>
    private sealed class Collect(List<ReconcileProgress> into) : IProgress<ReconcileProgress>
    {
        public void Report(ReconcileProgress value) => into.Add(value);
    }
}
