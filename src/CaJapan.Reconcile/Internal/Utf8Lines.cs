using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text.Unicode;

namespace CaJapan.Reconcile.Internal;

/// <summary>
/// Opens files of lines (JSON Lines corpora and claim files, CSV files of claims) as UTF-8 bytes, so that each line can
/// be checked on its own: a line with invalid bytes is refused by its number, and the other lines are still read.
/// </summary>
internal static class Utf8Input
{
    /// <summary>The byte-order mark of UTF-8, dropped at the start of a file or of its first line.</summary>
    public static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Opens a file for reading, one buffer at a time.</summary>
    public static FileStream OpenFile(string path)
        => new(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.Read, BufferSize = 0, Options = FileOptions.SequentialScan | FileOptions.Asynchronous });

    /// <summary>
    /// Gives a file's content as UTF-8 bytes: after a UTF-8 byte-order mark, or without one, the file itself; after a
    /// UTF-16 byte-order mark, the text re-encoded as UTF-8, where an unpaired surrogate or a last odd byte becomes the
    /// invalid byte <c>FF</c>, so that its line is refused like a line of invalid UTF-8.
    /// </summary>
    /// <param name="file">The file, positioned at its start; seekable.</param>
    public static Stream Open(Stream file)
    {
        Span<byte> head = stackalloc byte[3];
        var read = file.ReadAtLeast(head, 3, throwOnEndOfStream: false);
        head = head[..read];
        if (head.StartsWith(Utf8Bom))
        {
            file.Position = 3;
            return file;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            file.Position = 2;
            return new Utf16Utf8Stream(file, bigEndian: head[0] == 0xFE);
        }

        file.Position = 0;
        return file;
    }

    /// <summary>Gives a text as UTF-8 bytes; an unpaired surrogate becomes the invalid byte <c>FF</c>.</summary>
    public static Stream Open(TextReader reader) => new TextUtf8Stream(reader);

    /// <summary>Whether a line holds nothing but white space, as <see cref="string.IsNullOrWhiteSpace"/> says of its text.</summary>
    public static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (b >= 0x80)
            {
                // Rare: white space beyond ASCII, such as U+3000; an invalid line is not blank.
                return Utf8.IsValid(line) && string.IsNullOrWhiteSpace(System.Text.Encoding.UTF8.GetString(line));
            }

            if (!char.IsWhiteSpace((char)b))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many characters of a line come before its first invalid byte.</summary>
    public static int CharactersBeforeInvalid(ReadOnlySpan<byte> line)
    {
        var at = 0;
        while (at < line.Length && System.Text.Rune.DecodeFromUtf8(line[at..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            at += consumed;
        }

        return System.Text.Encoding.UTF8.GetCharCount(line[..at]);
    }
}

/// <summary>
/// Reads lines of UTF-8 bytes from a stream, one buffer at a time, ended by CR, LF or CRLF as
/// <see cref="TextReader.ReadLine"/> ends them. A line longer than the limit is skipped to its end without being kept:
/// it is given as <see cref="TooLong"/>, and the next line is read as usual. Not thread-safe.
/// </summary>
internal sealed class Utf8LineReader
{
    private const int BufferSize = 64 * 1024;

    private readonly Stream stream;
    private readonly int maxLineBytes;
    private readonly byte[] buffer = new byte[BufferSize];
    private byte[] pieces = [];
    private int piecesLength;
    private int position;
    private int length;
    private bool ended;
    private bool skipLineFeed;

    public Utf8LineReader(Stream stream, int maxLineBytes)
    {
        this.stream = stream;
        this.maxLineBytes = maxLineBytes;
    }

    /// <summary>Gets the number of the line last read, counting from 1.</summary>
    public int Number { get; private set; }

    /// <summary>Gets whether the line last read was longer than the limit; its bytes were not kept.</summary>
    public bool TooLong { get; private set; }

    /// <summary>Gets the bytes of the line last read, without its line break; valid until the next read.</summary>
    public ReadOnlyMemory<byte> Line { get; private set; }

    /// <summary>Reads the next line; gives <see langword="false"/> at the end of the stream.</summary>
    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        piecesLength = 0;
        TooLong = false;
        Line = default;
        var started = false;
        while (true)
        {
            if (position == length && !await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                if (!started)
                {
                    return false;
                }

                return End();
            }

            if (skipLineFeed)
            {
                skipLineFeed = false;
                if (buffer[position] == (byte)'\n')
                {
                    position++;
                    continue;
                }
            }

            started = true;
            var rest = buffer.AsSpan(position, length - position);
            var end = rest.IndexOfAny((byte)'\r', (byte)'\n');
            if (end >= 0 && piecesLength == 0 && !TooLong)
            {
                // The usual line: whole in the buffer, given without a copy.
                TooLong = end > maxLineBytes;
                Line = TooLong ? default : buffer.AsMemory(position, end);
                position += end + 1;
                skipLineFeed = rest[end] == (byte)'\r';
                Number++;
                return true;
            }

            var take = end < 0 ? rest.Length : end;
            Keep(rest[..take]);
            position += take;
            if (end >= 0)
            {
                position++;
                skipLineFeed = rest[end] == (byte)'\r';
                return End();
            }
        }
    }

    private bool End()
    {
        Number++;
        Line = TooLong ? default : pieces.AsMemory(0, piecesLength);
        return true;
    }

    /// <summary>Keeps a piece of a line that runs past the buffer, unless the line is already over the limit.</summary>
    private void Keep(ReadOnlySpan<byte> piece)
    {
        if (TooLong)
        {
            return;
        }

        if (piecesLength + (long)piece.Length > maxLineBytes)
        {
            TooLong = true;
            piecesLength = 0;
            if (pieces.Length > BufferSize * 4)
            {
                pieces = [];
            }

            return;
        }

        if (piecesLength + piece.Length > pieces.Length)
        {
            var size = (int)Math.Min(maxLineBytes, Math.Max(piecesLength + (long)piece.Length, Math.Max(BufferSize, pieces.Length * 2L)));
            Array.Resize(ref pieces, size);
        }

        piece.CopyTo(pieces.AsSpan(piecesLength));
        piecesLength += piece.Length;
    }

    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        while (!ended)
        {
            length = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            position = 0;
            ended = length == 0;
            if (length > 0)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// Decodes a stream of UTF-8 bytes to text line by line, strictly: a line (ended by CR, LF or CRLF) that holds an
/// invalid byte sequence is decoded with U+FFFD in its place, so that the text keeps its shape, and its number is put
/// in <see cref="InvalidLines"/> before any of its text is given, so that the reader of the text refuses it.
/// Not thread-safe.
/// </summary>
internal sealed class StrictUtf8TextReader : TextReader
{
    private const int BufferSize = 64 * 1024;

    private readonly Stream stream;
    private readonly byte[] buffer = new byte[BufferSize];
    private int position;
    private int length;
    private bool ended;
    private int line = 1;
    private bool lineInvalid;
    private bool lastWasCr;

    public StrictUtf8TextReader(Stream stream)
    {
        this.stream = stream;
    }

    /// <summary>Gets the numbers of the lines found invalid and not yet taken, in order.</summary>
    public Queue<int> InvalidLines { get; } = new();

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(buffer.Length, 2, nameof(buffer));
        while (true)
        {
            var written = Decode(buffer.Span);
            if (written > 0 || (ended && position == length))
            {
                return written;
            }

            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override int Read(char[] buffer, int index, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        while (true)
        {
            var written = Decode(buffer.AsSpan(index, count));
            if (written > 0 || (ended && position == length))
            {
                return written;
            }

            var at = Compact();
            Fill(stream.Read(this.buffer, at, this.buffer.Length - at));
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            stream.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Decode(Span<char> chars)
    {
        var total = 0;
        while (position < length && total < chars.Length)
        {
            var rest = buffer.AsSpan(position, length - position);
            var end = rest.IndexOfAny((byte)'\r', (byte)'\n');
            var segment = end >= 0 ? rest[..(end + 1)] : rest;
            var status = Utf8.ToUtf16(segment, chars[total..], out var read, out var written, replaceInvalidSequences: lineInvalid, isFinalBlock: end >= 0 || ended);
            position += read;
            total += written;
            switch (status)
            {
                case System.Buffers.OperationStatus.InvalidData:
                    if (read > 0)
                    {
                        lastWasCr = false;
                    }

                    lineInvalid = true;
                    InvalidLines.Enqueue(line);
                    break;
                case System.Buffers.OperationStatus.Done when end >= 0:
                    if (read > 1)
                    {
                        lastWasCr = false;
                    }

                    // CR, LF and CRLF each end one line.
                    if (segment[^1] == (byte)'\r' || !lastWasCr)
                    {
                        line++;
                    }

                    lastWasCr = segment[^1] == (byte)'\r';
                    lineInvalid = false;
                    break;
                case System.Buffers.OperationStatus.Done:
                    lastWasCr &= read == 0;
                    break;
                default:
                    // The characters are full, or the buffer ends inside a character: the rest waits for more.
                    if (read > 0)
                    {
                        lastWasCr = false;
                    }

                    return total;
            }
        }

        return total;
    }

    /// <summary>Moves the bytes not yet decoded (at most a character's worth) to the buffer's start; gives where to read to.</summary>
    private int Compact()
    {
        var left = length - position;
        if (position > 0)
        {
            buffer.AsSpan(position, left).CopyTo(buffer);
            (position, length) = (0, left);
        }

        return left;
    }

    private void Fill(int read)
    {
        length += read;
        ended = read == 0;
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        var at = Compact();
        Fill(await stream.ReadAsync(buffer.AsMemory(at), cancellationToken).ConfigureAwait(false));
    }
}

/// <summary>A read-only stream of the UTF-8 bytes of a text given as UTF-16 characters; an unpaired surrogate gives the invalid byte <c>FF</c>.</summary>
internal abstract class Utf8EncodingStream : Stream
{
    private readonly char[] chars = new char[8 * 1024];
    private readonly byte[] spill = new byte[4];
    private int spillPosition;
    private int spillLength;
    private int position;
    private int length;
    private bool ended;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.Length == 0)
        {
            return 0;
        }

        while (true)
        {
            if (spillPosition < spillLength)
            {
                var n = Math.Min(spillLength - spillPosition, buffer.Length);
                spill.AsSpan(spillPosition, n).CopyTo(buffer.Span);
                spillPosition += n;
                return n;
            }

            if (position < length)
            {
                var written = Encode(buffer.Span);
                if (written > 0)
                {
                    return written;
                }
            }

            if (ended)
            {
                return 0;
            }

            var left = length - position;
            chars.AsSpan(position, left).CopyTo(chars);
            (position, length) = (0, left);
            var read = await ReadCharsAsync(chars.AsMemory(left), cancellationToken).ConfigureAwait(false);
            length += read;
            ended = read == 0;
        }
    }

    /// <summary>Reads characters of the text; gives 0 at its end.</summary>
    protected abstract ValueTask<int> ReadCharsAsync(Memory<char> into, CancellationToken cancellationToken);

    private int Encode(Span<byte> bytes)
    {
        var total = 0;
        while (position < length)
        {
            var status = Utf8.FromUtf16(chars.AsSpan(position, length - position), bytes[total..], out var read, out var written, replaceInvalidSequences: false, isFinalBlock: ended);
            position += read;
            total += written;
            switch (status)
            {
                case System.Buffers.OperationStatus.InvalidData:
                    // An unpaired surrogate: a byte that is never valid UTF-8, so its line is refused.
                    position++;
                    if (total < bytes.Length)
                    {
                        bytes[total++] = 0xFF;
                    }
                    else
                    {
                        (spill[0], spillPosition, spillLength) = (0xFF, 0, 1);
                        return total;
                    }

                    break;
                case System.Buffers.OperationStatus.DestinationTooSmall when total == 0:
                    // Room for less than one character: encode it aside and give it in pieces.
                    var one = char.IsHighSurrogate(chars[position]) ? 2 : 1;
                    spillLength = System.Text.Encoding.UTF8.GetBytes(chars.AsSpan(position, one), spill);
                    (position, spillPosition) = (position + one, 0);
                    var n = Math.Min(spillLength, bytes.Length);
                    spill.AsSpan(0, n).CopyTo(bytes);
                    spillPosition = n;
                    return n;
                case System.Buffers.OperationStatus.Done:
                    break;
                default:
                    return total; // the bytes are full, or a high surrogate waits for the next characters
            }
        }

        return total;
    }
}

/// <summary>The UTF-8 bytes of a <see cref="TextReader"/>'s text.</summary>
internal sealed class TextUtf8Stream(TextReader reader) : Utf8EncodingStream
{
    protected override ValueTask<int> ReadCharsAsync(Memory<char> into, CancellationToken cancellationToken)
        => reader.ReadAsync(into, cancellationToken);
}

/// <summary>The UTF-8 bytes of a stream of UTF-16 text; a last odd byte gives the invalid byte <c>FF</c>.</summary>
internal sealed class Utf16Utf8Stream(Stream utf16, bool bigEndian) : Utf8EncodingStream
{
    private readonly byte[] bytes = new byte[16 * 1024];
    private int kept;
    private bool done;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            utf16.Dispose();
        }

        base.Dispose(disposing);
    }

    protected override async ValueTask<int> ReadCharsAsync(Memory<char> into, CancellationToken cancellationToken)
    {
        while (!done)
        {
            var room = Math.Min(bytes.Length, into.Length * 2);
            var read = await utf16.ReadAsync(bytes.AsMemory(kept, room - kept), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                done = true;
                if (kept == 1)
                {
                    // An odd last byte: a lone surrogate, which the encoding turns into an invalid byte.
                    into.Span[0] = '\uDFFF';
                    return 1;
                }

                return 0;
            }

            var total = kept + read;
            var count = total / 2;
            var units = MemoryMarshal.Cast<byte, char>(bytes.AsSpan(0, count * 2));
            if (bigEndian == BitConverter.IsLittleEndian)
            {
                BinaryPrimitives.ReverseEndianness(MemoryMarshal.Cast<char, ushort>(units), MemoryMarshal.Cast<char, ushort>(units));
            }

            units.CopyTo(into.Span);
            kept = total - (count * 2);
            if (kept == 1)
            {
                bytes[0] = bytes[total - 1];
            }

            if (count > 0)
            {
                return count;
            }
        }

        return 0;
    }
}
