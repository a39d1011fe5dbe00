namespace CaJapan.Reconcile.Host.Tests;

/// <summary>Lines are read as <see cref="TextReader.ReadLine"/> reads them, except that none longer than the limit is held.</summary>
public sealed class BoundedLineReaderTests
{
    [Theory]
    [InlineData("a\nbb\r\nccc\rdddd", new[] { "a", "bb", "ccc", "dddd" })]
    [InlineData("a\n\nb\n", new[] { "a", "", "b" })]
    [InlineData("\r\n\r\n", new[] { "", "" })]
    [InlineData("", new string[0])]
    public async Task LinesEndAtEveryKindOfBreakLikeReadLine(string input, string[] expected)
    {
        var lines = await ReadAllAsync(input, maxChars: 100);

        lines.Select(l => l.Text).Should().Equal(expected);
        lines.Select(l => l.Text).Should().Equal(ReadLines(input), "the same lines as TextReader.ReadLine");
    }

    [Fact]
    public async Task ACarriageReturnAndLineFeedAcrossTwoBuffersAreOneBreak()
    {
        var first = new string('a', (64 * 1024) - 1);
        var input = first + "\r\nb\r\n";

        var lines = await ReadAllAsync(input, maxChars: 1 << 20);

        lines.Select(l => l.Text).Should().Equal(first, "b");
    }

    [Fact]
    public async Task ALineOverTheLimitIsDroppedWithItsLengthAndTheNextLinesAreRead()
    {
        var input = "short\n" + new string('x', 200_000) + "\r\nafter\n" + new string('y', 11);

        var lines = await ReadAllAsync(input, maxChars: 10);

        lines.Should().Equal(new BoundedLine("short", 5), new BoundedLine(null, 200_000), new BoundedLine("after", 5), new BoundedLine(null, 11));
    }

    [Fact]
    public async Task ALineOfExactlyTheLimitIsKept()
        => (await ReadAllAsync("0123456789\n", maxChars: 10)).Should().Equal(new BoundedLine("0123456789", 10));

    private static async Task<List<BoundedLine>> ReadAllAsync(string input, int maxChars)
    {
        var reader = new BoundedLineReader(new StringReader(input), maxChars);
        var lines = new List<BoundedLine>();
        while (await reader.ReadLineAsync(CancellationToken.None) is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    private static List<string> ReadLines(string input)
    {
        using var reader = new StringReader(input);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}
