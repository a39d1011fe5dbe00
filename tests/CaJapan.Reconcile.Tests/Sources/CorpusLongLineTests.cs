using CaJapan.Reconcile.Sources;
using CaJapan.Reconcile.Tests.Structured;

namespace CaJapan.Reconcile.Tests.SourceFiles;

/// <summary>A corpus line of 64 MB over its limit is refused without being held, and the next line is read.</summary>
[Collection(nameof(AllocationMeasuring))]
public sealed class CorpusLongLineTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("corpus-long-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task ALineOf64MBOverTheLimitIsAnErrorWithoutBeingHeld()
    {
        var path = Path.Combine(folder, "corpus.jsonl");
        static byte[] Line(string id) => System.Text.Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new { id, text = EncodingTests.Article }) + "\n");
        ClaimFileLongLineTests.WriteWithLongLine(path, Line("a"), "{\"id\": \"b\", \"text\": \""u8.ToArray(), Line("c"));
        var small = Path.Combine(folder, "small.jsonl");
        await File.WriteAllBytesAsync(small, [.. Line("a"), .. Line("c")]);
        var reader = new SourceReader(maxSourceBytes: 1024 * 1024);
        await reader.ReadJsonLinesAsync(small);

        var start = GC.GetTotalAllocatedBytes(precise: true);
        await reader.ReadJsonLinesAsync(small);
        var middle = GC.GetTotalAllocatedBytes(precise: true);
        var set = await reader.ReadJsonLinesAsync(path);
        var extra = GC.GetTotalAllocatedBytes(precise: true) - middle - (middle - start);

        set.Sources.Select(s => s.Id).Should().Equal("a", "c");
        set.Errors.Should().ContainSingle().Which.Should().Match<SourceError>(e => e.SourceId == "corpus.jsonl:2"
            && e.Message.StartsWith("The line is longer than 6,356,992 bytes", StringComparison.Ordinal) && e.Message.Contains("ReconcileOptions.MaxSourceBytes"));
        extra.Should().BeLessThan(16 * 1024 * 1024, "at most the limit of 6 MiB is held (in buffers growing to it), never the 64 MB line");
    }
}
