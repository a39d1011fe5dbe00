using System.Text;

namespace CaJapan.Reconcile.Host;

/// <summary>
/// Reads lines (ended by <c>\n</c>, <c>\r</c> or <c>\r\n</c>) from a text reader without ever holding more of one than
/// a limit: a longer line is read through and dropped, and reported by its length, so one line of gigabytes on
/// standard input costs a buffer, not its size.
/// </summary>
internal sealed class BoundedLineReader
{
    private readonly TextReader reader;
    private readonly int maxChars;
    private readonly char[] buffer = new char[64 * 1024];
    private readonly StringBuilder line = new();
    private int start;
    private int end;
    private bool skipLineFeed;

    /// <summary>Initializes a new instance of the <see cref="BoundedLineReader"/> class.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="maxChars">The longest line kept, in characters.</param>
    public BoundedLineReader(TextReader reader, int maxChars)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxChars);
        this.reader = reader;
        this.maxChars = maxChars;
    }

    /// <summary>Reads the next line.</summary>
    /// <param name="cancellationToken">A token that cancels the reading.</param>
    /// <returns>The line, or <see langword="null"/> at the end of the input.</returns>
    public async ValueTask<BoundedLine?> ReadLineAsync(CancellationToken cancellationToken)
    {
        line.Clear();
        long length = 0;
        var any = false;
        while (true)
        {
            if (start == end)
            {
                start = 0;
                end = await reader.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
                if (end == 0)
                {
                    return any ? Finish(length) : null;
                }
            }

            if (skipLineFeed)
            {
                skipLineFeed = false;
                if (buffer[start] == '\n')
                {
                    start++;
                    continue;
                }
            }

            any = true;
            var rest = buffer.AsSpan(start, end - start);
            var stop = rest.IndexOfAny('\n', '\r');
            var chunk = stop < 0 ? rest : rest[..stop];
            length += chunk.Length;
            if (length <= maxChars)
            {
                line.Append(chunk);
            }

            if (stop < 0)
            {
                start = end;
                continue;
            }

            skipLineFeed = rest[stop] == '\r';
            start += stop + 1;
            return Finish(length);
        }
    }

    private BoundedLine Finish(long length) => new(length <= maxChars ? line.ToString() : null, length);
}

/// <summary>A line read by <see cref="BoundedLineReader"/>.</summary>
/// <param name="Text">The line without its end, or <see langword="null"/> when it was longer than the limit.</param>
/// <param name="Length">Its length in characters.</param>
internal readonly record struct BoundedLine(string? Text, long Length);
