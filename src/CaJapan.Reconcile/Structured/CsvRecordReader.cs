using System.Text;
using CaJapan.Reconcile.Internal;

namespace CaJapan.Reconcile.Structured;

/// <summary>One record of a CSV file: its fields, the line it starts on, and what was wrong with it, if anything.</summary>
/// <param name="Line">The number of the line the record starts on, counting from 1.</param>
/// <param name="Fields">The fields, unquoted.</param>
/// <param name="Error">What was wrong with the record's syntax, or <see langword="null"/>.</param>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, string? Error);

/// <summary>
/// Reads CSV records (RFC 4180) from a text one buffer at a time, never the whole text at once: fields separated by
/// commas, quoted fields with doubled quotes and with commas and line breaks inside, records ended by CRLF, LF or CR.
/// Blank rows (blank lines, or rows of empty fields such as ",,,") are skipped; spaces between a closing quote and
/// the next comma are ignored. A quote inside an unquoted field is kept as a character; text after a closing quote, a
/// quoted field left open at the end, a field or a record longer than its limit, and (from a
/// <see cref="StrictUtf8TextReader"/>) a line with invalid bytes are errors of their record, and reading goes on with
/// the next line. Not thread-safe: one reader per text.
/// </summary>
/// <remarks>
/// A synchronous scanner over the buffer keeps its state between buffers, so that only a refill awaits: the cost per
/// character is a switch, not an asynchronous call.
/// </remarks>
internal sealed class CsvRecordReader
{
    private const int BufferSize = 16 * 1024;

    private readonly TextReader reader;
    private readonly int maxRecordBytes;
    private readonly int maxFieldLength;
    private readonly Queue<int>? invalidLines;
    private readonly char[] buffer = new char[BufferSize];
    private readonly StringBuilder field = new();
    private int position;
    private int length;
    private bool started;
    private bool ended;
    private int line = 1;
    private bool previousWasCr;
    private bool skipLineFeed;

    private List<string>? fields;
    private int recordLine;
    private long recordBytes;
    private State state;
    private string? error;

    /// <summary>Initializes a new instance of the <see cref="CsvRecordReader"/> class.</summary>
    /// <param name="reader">The text; a <see cref="StrictUtf8TextReader"/> also says which lines held invalid bytes.</param>
    /// <param name="maxRecordBytes">The longest record, in bytes of UTF-8 without its final line break.</param>
    /// <param name="maxFieldLength">The longest field, in characters.</param>
    public CsvRecordReader(TextReader reader, int maxRecordBytes = ReconcileOptions.DefaultMaxClaimLineBytes, int maxFieldLength = int.MaxValue)
    {
        this.reader = reader;
        this.maxRecordBytes = maxRecordBytes;
        this.maxFieldLength = maxFieldLength;
        invalidLines = (reader as StrictUtf8TextReader)?.InvalidLines;
    }

    private enum State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
        AfterQuote,
        Skipping,
    }

    /// <summary>Reads the next record that is not blank, or gives <see langword="null"/> at the end of the text.</summary>
    public async ValueTask<CsvRecord?> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            CsvRecord? record;
            while (!Scan(out record))
            {
                if (!await FillAsync(cancellationToken).ConfigureAwait(false))
                {
                    record = Finish();
                    break;
                }
            }

            if (record is null || record.Error is not null || !record.Fields.All(string.IsNullOrWhiteSpace))
            {
                return record;
            }
        }
    }

    /// <summary>Scans the buffer until a record ends; gives <see langword="false"/> when the buffer runs out first.</summary>
    private bool Scan(out CsvRecord? record)
    {
        while (position < length)
        {
            var c = buffer[position++];
            var afterCr = previousWasCr;
            previousWasCr = c == '\r';
            if (skipLineFeed)
            {
                skipLineFeed = false;
                if (c == '\n')
                {
                    continue;
                }
            }

            if (fields is null)
            {
                fields = [];
                recordLine = line;
                recordBytes = 0;
                state = State.FieldStart;
                error = null;
                field.Clear();
            }

            var lineBreak = c is '\n' or '\r';
            if (state != State.Skipping && !(lineBreak && state != State.Quoted)
                && (recordBytes += c < 0x80 ? 1 : c < 0x800 || char.IsSurrogate(c) ? 2 : 3) > maxRecordBytes)
            {
                // Over the limit: nothing more of the record is kept, and the rest of its line is skipped.
                error = Messages.CsvRecordTooLong(maxRecordBytes, state == State.Quoted);
                field.Clear();
                fields.Clear();
                state = State.Skipping;
                if (!lineBreak)
                {
                    continue;
                }
            }

            switch (state)
            {
                case State.Quoted:
                    if (c == '"')
                    {
                        state = State.QuoteInQuoted;
                        continue;
                    }

                    if (c == '\r' || (c == '\n' && !afterCr))
                    {
                        line++;
                    }

                    Append(c);
                    continue;

                case State.Skipping:
                    if (lineBreak)
                    {
                        EndLine(c);
                        record = Emit(line - 1);
                        return true;
                    }

                    continue;

                case State.QuoteInQuoted when c == '"':
                    Append('"');
                    state = State.Quoted;
                    continue;
            }

            // Outside quotes: FieldStart, Unquoted, AfterQuote, or a closing quote just read (QuoteInQuoted).
            if (state == State.QuoteInQuoted)
            {
                state = State.AfterQuote;
            }

            if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                state = State.FieldStart;
                continue;
            }

            if (lineBreak)
            {
                EndLine(c);
                fields.Add(field.ToString());
                record = Emit(line - 1);
                return true;
            }

            if (state == State.FieldStart && c == '"')
            {
                state = State.Quoted;
                continue;
            }

            if (state == State.AfterQuote)
            {
                if (c is ' ' or '\t')
                {
                    continue;
                }

                error ??= Messages.CsvTextAfterQuote();
            }
            else
            {
                state = State.Unquoted;
            }

            Append(c);
        }

        record = null;
        return false;
    }

    /// <summary>Appends a character to the field; past the limit, the record is in error and the rest of its line is skipped.</summary>
    private void Append(char c)
    {
        if (field.Length < maxFieldLength)
        {
            field.Append(c);
            return;
        }

        field.Clear();
        error = Messages.CsvFieldTooLong(maxFieldLength);
        state = State.Skipping;
    }

    private void EndLine(char c)
    {
        line++;
        skipLineFeed = c == '\r';
    }

    /// <summary>Ends the record at the end of the text, if one was started.</summary>
    private CsvRecord? Finish()
    {
        if (fields is null)
        {
            return null;
        }

        if (state == State.Quoted)
        {
            error ??= Messages.CsvUnclosedQuote(recordLine);
        }

        if (state != State.Skipping)
        {
            fields.Add(field.ToString());
        }

        return Emit(line);
    }

    /// <summary>Ends the record, which ends on line <paramref name="lastLine"/>; a line of it with invalid bytes makes it an error.</summary>
    private CsvRecord Emit(int lastLine)
    {
        if (invalidLines is { Count: > 0 })
        {
            while (invalidLines.TryPeek(out var stale) && stale < recordLine)
            {
                invalidLines.Dequeue();
            }

            if (invalidLines.TryPeek(out var bad) && bad <= lastLine)
            {
                error = Messages.ClaimLineNotUtf8(bad);
                fields!.Clear();
                while (invalidLines.TryPeek(out var more) && more <= lastLine)
                {
                    invalidLines.Dequeue();
                }
            }
        }

        var record = new CsvRecord(recordLine, fields!, error);
        fields = null;
        return record;
    }

    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        while (!ended)
        {
            length = await reader.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
            position = 0;
            ended = length == 0;
            if (!started && length > 0)
            {
                // A byte order mark that the reader did not take is not part of the first column's name.
                started = true;
                position = buffer[0] == '\uFEFF' ? 1 : 0;
            }

            if (position < length)
            {
                return true;
            }
        }

        return false;
    }
}
