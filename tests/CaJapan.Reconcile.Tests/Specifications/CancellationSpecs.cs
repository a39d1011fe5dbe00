using System.Text;
using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Extraction;
using CaJapan.Reconcile.Knowledge;
using CaJapan.Reconcile.Recognition;
using CaJapan.Reconcile.Sources;

namespace CaJapan.Reconcile.Tests.Specifications;

/// <summary>
/// A long extraction on a hostile input stops when its token is cancelled, even inside one source that is a single
/// sentence of a megabyte. The tokens are cancelled from inside the run (a progress report, an extractor), so no
/// timing decides the outcome; the only clock is a generous bound that tells a hang from an answer.
/// </summary>
public sealed class CancellationSpecs
{
    private static readonly TimeSpan NotAHang = TimeSpan.FromMinutes(2);

    private static readonly PackIndex Index = new(DomainPackLoader.LoadEmbedded());

    /// <summary>About a megabyte of story words on one line with no sentence break: thousands of values and anchors in one sentence.</summary>
    private static Source LongLine(string id = "long.txt")
    {
        const string Unit = "the first Central Asia plus Japan summit will be held in Astana on August 9, 2024 with $50 million in aid and ";
        var text = new StringBuilder(1 << 20);
        while (text.Length < 1 << 20)
        {
            text.Append(Unit);
        }

        return new Source(id, text.ToString());
    }

    private static async IAsyncEnumerable<Source> Stream(params Source[] sources)
    {
        foreach (var source in sources)
        {
            await Task.Yield();
            yield return source;
        }
    }

    [Fact]
    public async Task CancellingAtTheFirstProgressReportStopsTheExtractionOfAHugeSingleSentenceSource()
    {
        using var cancel = new CancellationTokenSource();
        var engine = new ReconcileEngine(new ReconcileOptions { MaxDegreeOfParallelism = 2 }, Index, [new PackClaimExtractor(Index)], ReconcileEngine.BuiltInRules());
        var sources = Stream(new Source("small.txt", "The first Central Asia plus Japan summit will be held in Astana on August 9, 2024."), LongLine(), LongLine("long2.txt"));

        var run = engine.ReconcileStreamAsync(sources, new CancelOnReport(cancel), cancel.Token);

        await FluentActions.Awaiting(() => run.WaitAsync(NotAHang)).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task AnExtractorThatCancelsStopsTheBuiltInExtractorOnTheSameHugeSource()
    {
        using var cancel = new CancellationTokenSource();
        var engine = new ReconcileEngine(new ReconcileOptions(), Index, [new CancellingExtractor(cancel), new PackClaimExtractor(Index)], ReconcileEngine.BuiltInRules());

        var run = Task.Run(() => engine.ReconcileAsync([LongLine()], cancel.Token));

        await FluentActions.Awaiting(() => run.WaitAsync(NotAHang)).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void TheBuiltInExtractorHonoursATokenCancelledBeforeItStarts()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        FluentActions.Invoking(() => new PackClaimExtractor(Index).Extract(LongLine(), cancel.Token)).Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public async Task TheBuiltInExtractorStopsInsideOneHugeSentenceWhenItsTokenIsCancelled()
    {
        // The sentence is sixteen megabytes: the extractor must look at the token inside it (in recognition, between
        // pieces, between values), or it would run to its end. The token is cancelled a moment after the extractor has
        // started; whatever that moment, it must throw rather than finish, because the input takes far longer than the
        // moment to extract (seconds, now that a long sentence is read in pieces and extraction is linear).
        using var cancel = new CancellationTokenSource();
        var extractor = new PackClaimExtractor(Index);
        var source = LongLine() with { Text = string.Concat(Enumerable.Repeat(LongLine().Text, 16)) };
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var run = Task.Run(() =>
        {
            started.SetResult();
            return extractor.Extract(source, cancel.Token);
        });
        await started.Task;
        cancel.CancelAfter(TimeSpan.FromMilliseconds(500));

        await FluentActions.Awaiting(() => run.WaitAsync(NotAHang)).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void TheRecognizersHonourATokenCancelledBeforeTheyStart()
    {
        using var cancel = new CancellationTokenSource();
        var text = Dated(1 << 16);
        var tokens = RecognitionPatterns.Tokenize(text, 0, text.Length);
        cancel.Cancel();

        FluentActions.Invoking(() => RecognitionPatterns.Tokenize(text, 0, text.Length, cancel.Token)).Should().Throw<OperationCanceledException>();
        FluentActions.Invoking(() => Index.Dates.Recognize(text, tokens, new NodaTime.LocalDate(2024, 8, 6), cancel.Token)).Should().Throw<OperationCanceledException>();
        FluentActions.Invoking(() => Index.Money.Recognize(text, tokens, cancel.Token)).Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public async Task RecognitionOfAHugeTextStopsWhenItsTokenIsCancelled()
    {
        // Sixteen megabytes of dates and amounts, tokenized and scanned over the whole text before the extractor's
        // sentence loop: each step looks at the token every few thousand tokens. The token is cancelled a moment after
        // recognition has started, far less than the seconds the whole takes.
        using var cancel = new CancellationTokenSource();
        var text = Dated(16 << 20);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var run = Task.Run(() =>
        {
            started.SetResult();
            var tokens = RecognitionPatterns.Tokenize(text, 0, text.Length, cancel.Token);
            var dates = Index.Dates.Recognize(text, tokens, new NodaTime.LocalDate(2024, 8, 6), cancel.Token);
            var money = Index.Money.Recognize(text, tokens, cancel.Token);
            return dates.Count + money.Count;
        });
        await started.Task;
        cancel.CancelAfter(TimeSpan.FromMilliseconds(100));

        await FluentActions.Awaiting(() => run.WaitAsync(NotAHang)).Should().ThrowAsync<OperationCanceledException>();
    }

    /// <summary>About <paramref name="characters"/> characters of dates and amounts, sentence after sentence.</summary>
    private static string Dated(int characters)
    {
        const string Unit = "On Friday, August 9, 2024, Japan pledged about $50 million (7.5 billion yen) for 2025-2027. ";
        var text = new StringBuilder(characters + Unit.Length);
        while (text.Length < characters)
        {
            text.Append(Unit);
        }

        return text.ToString();
    }

    private sealed class CancelOnReport(CancellationTokenSource cancel) : IProgress<ReconcileProgress>
    {
        public void Report(ReconcileProgress value) => cancel.Cancel();
    }

    private sealed class CancellingExtractor(CancellationTokenSource cancel) : IClaimExtractor
    {
        public IReadOnlyList<Claim> Extract(Source source, CancellationToken cancellationToken = default)
        {
            cancel.Cancel();
            return [];
        }
    }
}
