using CaJapan.Reconcile.Reporting;
using CaJapan.Reconcile.Sources;

namespace CaJapan.Reconcile.Tests.Specifications;

/// <summary>Sources streamed one at a time give the same result as sources given at once, with progress on the way.</summary>
public sealed class StreamingSpecs
{
    private static async IAsyncEnumerable<Source> Stream(IEnumerable<Source> sources)
    {
        foreach (var source in sources)
        {
            await Task.Yield();
            yield return source;
        }
    }

    private static async Task<string> Json(CaJapan.Reconcile.Reconciliation.ReconciliationResult result)
    {
        using var writer = new StringWriter();
        await new JsonReportWriter().WriteAsync(result, writer);
        return writer.ToString();
    }

    [Fact]
    public async Task StreamedSourcesInAnyOrderGiveTheSameReportAsSourcesGivenAtOnce()
    {
        var engine = ReconcileEngine.Create();
        var sources = await SeedCorpus.ReadAsync();

        var atOnce = await engine.ReconcileAsync(sources);
        var streamed = await engine.ReconcileStreamAsync(Stream(sources.Reverse()));

        (await Json(streamed)).Should().Be(await Json(atOnce));
    }

    [Fact]
    public async Task ProgressIsReportedAfterEachSourceAndAtEachStage()
    {
        var reports = new List<ReconcileProgress>();
        var sources = await SeedCorpus.ReadAsync();

        var result = await ReconcileEngine.Create().ReconcileStreamAsync(Stream(sources), new Collect(reports));

        reports.Where(r => r.Stage == ReconcileStage.Reading).Select(r => r.SourcesTaken).Should().Equal(1, 2, 3, 4, 5);
        reports.Where(r => r.Stage == ReconcileStage.Reading).Select(r => r.CurrentSource).Should().Equal(sources.Select(s => s.Id));
        reports.Select(r => r.Stage).Distinct().Should().Equal(ReconcileStage.Reading, ReconcileStage.Reconciling, ReconcileStage.Done);
        reports[^1].ClaimsExtracted.Should().Be(result.Claims.Count);
    }

    [Fact]
    public async Task ASecondSourceWithTheSameIdentifierIsReportedAndSkipped()
    {
        var result = await ReconcileEngine.Create().ReconcileStreamAsync(Stream([new Source("a.txt", "The first Central Asia plus Japan summit was held in Astana."), new Source("a.txt", "Something else.")]));

        result.Sources.Should().ContainSingle().Which.Text.Should().Contain("Astana");
        result.SourceErrors.Should().ContainSingle().Which.Message.Should().Contain("2 sources share the identifier 'a.txt'");
    }

    [Fact]
    public async Task CancellingBetweenSourcesStopsTheWork()
    {
        using var cancellation = new CancellationTokenSource();
        var reports = new List<ReconcileProgress>();
        var progress = new Collect(reports, after: _ => cancellation.Cancel());
        var sources = await SeedCorpus.ReadAsync();

        var act = () => ReconcileEngine.Create().ReconcileStreamAsync(Stream(sources), progress, cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        reports.Should().ContainSingle("the stream is asked for no source after the first report");
    }

    /// <summary>Collects reports on the calling thread, unlike <see cref="Progress{T}"/>, which posts them.</summary>
    private sealed class Collect(List<ReconcileProgress> into, Action<ReconcileProgress>? after = null) : IProgress<ReconcileProgress>
    {
        public void Report(ReconcileProgress value)
        {
            into.Add(value);
            after?.Invoke(value);
        }
    }
}
