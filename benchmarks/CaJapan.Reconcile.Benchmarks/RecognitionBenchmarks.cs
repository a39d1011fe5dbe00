using BenchmarkDotNet.Attributes;
using CaJapan.Reconcile.Recognition;
using CaJapan.Reconcile.Sources;
using NodaTime;

namespace CaJapan.Reconcile.Benchmarks;

/// <summary>
/// The date and money recognisers behind the <c>recognize</c> command, on the seeds' text (about 20 KB): divide the
/// text's size by the mean time for megabytes per second on one core.
/// </summary>
[MemoryDiagnoser]
public class RecognitionBenchmarks
{
    private readonly MentionRecognizer recognizer = new();
    private string text = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var seeds = new SourceReader().ReadFolderAsync(Path.Combine(AppContext.BaseDirectory, "seeds")).GetAwaiter().GetResult().Sources;
        text = string.Join("\n\n", seeds.Select(s => s.Text));
        Console.WriteLine($"// text: {text.Length} characters");
    }

    [Benchmark]
    public int RecognizeSeedsText() => recognizer.Recognize(text, new LocalDate(2024, 8, 6)).Count;
}
