using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Recognition;
using NodaTime;
using NodaTime.Text;

namespace CaJapan.Reconcile.Host;

/// <summary>What the <c>recognize</c> command was asked for.</summary>
/// <param name="InputPath">The file of lines to read, or <see langword="null"/> (or "-") for standard input.</param>
/// <param name="Reference">The reference date for lines that give none.</param>
/// <param name="Plain">Whether every line is plain text, even one that starts with <c>{</c>.</param>
/// <param name="OutputPath">The file to write to, or <see langword="null"/> for standard output.</param>
internal sealed record RecognizeRequest(string? InputPath, LocalDate? Reference, bool Plain, string? OutputPath);

/// <summary>
/// The <c>recognize</c> command: reads lines (JSON objects <c>{"id", "text", "reference"}</c> or plain text) and
/// writes one JSON line per input line with the dates and amounts found in it, in input order. Lines are read in
/// batches and recognised in parallel, so large inputs stream through in bounded memory at the speed of every core.
/// </summary>
internal static class RecognizeCommand
{
    private const int BatchSize = 1024;

    /// <summary>The longest line recognised, in characters: as many as the bytes of the largest article (<see cref="ReconcileOptions.DefaultMaxSourceBytes"/>).</summary>
    internal const int MaxLineChars = (int)ReconcileOptions.DefaultMaxSourceBytes;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Lines for programs, never embedded in HTML: quotes and non-ASCII letters stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;
    private static readonly LocalDatePattern Month = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM");
    private static readonly LocalDatePattern Year = LocalDatePattern.CreateWithInvariantCulture("uuuu");

    /// <summary>Parses a reference date or date-time ("2024-08-06", "2024-08-06T10:00:00+09:00"); the date as written is kept.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date, or <see langword="null"/> when the text is neither.</returns>
    public static LocalDate? ParseReference(string text)
    {
        var trimmed = text.Trim();
        if (IsoDate.Parse(trimmed) is { Success: true } date)
        {
            return date.Value;
        }

        if (OffsetDateTimePattern.ExtendedIso.Parse(trimmed) is { Success: true } offset)
        {
            return offset.Value.Date;
        }

        return LocalDateTimePattern.ExtendedIso.Parse(trimmed) is { Success: true } local ? local.Value.Date : null;
    }

    public static async Task<int> RunAsync(
        RecognizeRequest request,
        IMentionRecognizer recognizer,
        TextReader stdin,
        TextWriter stdout,
        TextWriter stderr,
        CancellationToken cancellationToken)
    {
        TextReader input;
        if (request.InputPath is null or "-")
        {
            input = stdin;
        }
        else if (!File.Exists(request.InputPath))
        {
            await stderr.WriteLineAsync($"error: the file '{Path.GetFullPath(request.InputPath)}' does not exist; give a file of JSON lines or plain text lines, or none to read standard input.");
            return ReconcileCommand.BadInput;
        }
        else
        {
            input = new StreamReader(request.InputPath, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true);
        }

        TextWriter output = stdout;
        string? temporary = null;
        try
        {
            if (request.OutputPath is not null)
            {
                temporary = request.OutputPath + ".tmp";
                output = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }

            var bad = await RecognizeAllAsync(request, recognizer, input, output, stderr, cancellationToken);
            await output.FlushAsync(cancellationToken);
            if (temporary is not null)
            {
                await output.DisposeAsync();
                File.Move(temporary, request.OutputPath!, overwrite: true);
                temporary = null;
            }

            return bad == 0 ? ReconcileCommand.Success : ReconcileCommand.BadInput;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await stderr.WriteLineAsync("Cancelled.");
            return ReconcileCommand.Cancelled;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"error: {e.Message}");
            return ReconcileCommand.Failure;
        }
        finally
        {
            if (!ReferenceEquals(input, stdin))
            {
                input.Dispose();
            }

            if (temporary is not null)
            {
                await output.DisposeAsync();
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Reads, recognises and writes every line; returns the number of lines that could not be read.</summary>
    private static async Task<int> RecognizeAllAsync(
        RecognizeRequest request,
        IMentionRecognizer recognizer,
        TextReader input,
        TextWriter output,
        TextWriter stderr,
        CancellationToken cancellationToken)
    {
        var bad = 0;
        var lineNumber = 0;
        var batch = new List<(int Line, string? Text, long Length)>(BatchSize);
        var results = new string[BatchSize];
        var lines = new BoundedLineReader(input, MaxLineChars);
        while (true)
        {
            batch.Clear();
            while (batch.Count < BatchSize && await lines.ReadLineAsync(cancellationToken) is { } line)
            {
                lineNumber++;
                if (line.Text is null || !string.IsNullOrWhiteSpace(line.Text))
                {
                    batch.Add((lineNumber, line.Text, line.Length));
                }
            }

            if (batch.Count == 0)
            {
                return bad;
            }

            var errors = new string?[batch.Count];
            Parallel.For(
                0,
                batch.Count,
                new ParallelOptions { CancellationToken = cancellationToken },
                i => results[i] = batch[i].Text is { } text
                    ? RecognizeLine(batch[i].Line, text, request, recognizer, out errors[i])
                    : TooLong(batch[i].Line, batch[i].Length, out errors[i]));
            for (var i = 0; i < batch.Count; i++)
            {
                await output.WriteLineAsync(results[i].AsMemory(), cancellationToken);
                if (errors[i] is { } error)
                {
                    bad++;
                    await stderr.WriteLineAsync($"warning: line {batch[i].Line.ToString(CultureInfo.InvariantCulture)}: {ReconcileCommand.OneLine(error)}");
                }
            }
        }
    }

    /// <summary>The error object of a line longer than <see cref="MaxLineChars"/>, which was not kept.</summary>
    private static string TooLong(int lineNumber, long length, out string? error)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            error = WriteError(json, lineNumber, null, string.Create(CultureInfo.InvariantCulture, $"the line is {length:N0} characters long, over the limit of {MaxLineChars:N0}; it is skipped"));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Recognises one line and formats its JSON result, or an error object for a line that cannot be read.</summary>
    internal static string RecognizeLine(int lineNumber, string line, RecognizeRequest request, IMentionRecognizer recognizer, out string? error)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            if (!request.Plain && line.AsSpan().TrimStart().StartsWith("{"))
            {
                error = RecognizeJsonLine(json, lineNumber, line, request, recognizer);
            }
            else
            {
                error = null;
                json.WriteNumber("id", lineNumber);
                WriteFound(json, recognizer.Recognize(line, request.Reference));
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string? RecognizeJsonLine(Utf8JsonWriter json, int lineNumber, string line, RecognizeRequest request, IMentionRecognizer recognizer)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return WriteError(json, lineNumber, null, $"not a JSON object: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return WriteError(json, lineNumber, null, "not a JSON object; give {\"id\", \"text\", \"reference\"}");
            }

            var id = root.TryGetProperty("id", out var idValue) ? idValue : (JsonElement?)null;
            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                return WriteError(json, lineNumber, id, "no \"text\" string; give {\"id\", \"text\", \"reference\"}");
            }

            var reference = request.Reference;
            if (root.TryGetProperty("reference", out var given) && given.ValueKind != JsonValueKind.Null)
            {
                reference = given.ValueKind == JsonValueKind.String ? ParseReference(given.GetString()!) : null;
                if (reference is null)
                {
                    return WriteError(json, lineNumber, id, $"the reference {given.GetRawText()} is not an ISO date (2024-08-06) or date-time (2024-08-06T10:00:00+09:00)");
                }
            }

            WriteId(json, lineNumber, id);
            WriteFound(json, recognizer.Recognize(text.GetString()!, reference));
            return null;
        }
    }

    private static string WriteError(Utf8JsonWriter json, int lineNumber, JsonElement? id, string message)
    {
        WriteId(json, lineNumber, id);
        json.WriteNumber("line", lineNumber);
        json.WriteString("error", message);
        return message;
    }

    private static void WriteId(Utf8JsonWriter json, int lineNumber, JsonElement? id)
    {
        json.WritePropertyName("id");
        if (id is { } value)
        {
            value.WriteTo(json);
        }
        else
        {
            json.WriteNumberValue(lineNumber);
        }
    }

    private static void WriteFound(Utf8JsonWriter json, IReadOnlyList<RecognizedMention> mentions)
    {
        json.WriteStartArray("found");
        foreach (var mention in mentions)
        {
            json.WriteStartObject();
            json.WriteString("text", mention.Text);
            json.WriteNumber("start", mention.Start);
            json.WriteNumber("end", mention.End);
            WriteValue(json, mention);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter json, RecognizedMention mention)
    {
        switch (mention.Value)
        {
            case DateValue date:
                WriteDate(json, mention.Kind, date);
                if (mention.YearInferred)
                {
                    json.WriteBoolean("yearInferred", true);
                }

                if (mention.WeekdayMismatch)
                {
                    json.WriteBoolean("weekdayMismatch", true);
                }

                break;
            case MoneyValue money:
                json.WriteString("kind", money.IsExact ? "money" : "moneyrange");
                json.WritePropertyName("value");
                WriteMoney(json, money);
                if (mention.Approximate)
                {
                    json.WriteBoolean("approximate", true);
                }

                if (mention.Conversion is { } conversion)
                {
                    json.WritePropertyName("conversion");
                    WriteMoney(json, conversion);
                }

                break;
            default:
                json.WriteString("kind", KindName(mention.Kind));
                json.WriteNull("value");
                json.WriteString("problem", mention.Problem ?? "the mention has no value");
                break;
        }
    }

    private static void WriteDate(Utf8JsonWriter json, MentionKind kind, DateValue date)
    {
        var single = kind switch
        {
            MentionKind.Date when date.Start == date.End => IsoDate.Format(date.Start),
            MentionKind.Month when IsWholeMonths(date) && date.Start.Month == date.End.Month && date.Start.Year == date.End.Year => Month.Format(date.Start),
            MentionKind.Year when IsWholeYears(date) && date.Start.Year == date.End.Year => Year.Format(date.Start),
            _ => null,
        };
        if (single is not null)
        {
            json.WriteString("kind", KindName(kind));
            json.WriteString("value", single);
            return;
        }

        // Each end at its own precision: whole years, whole months, or days.
        var (start, end) = IsWholeYears(date)
            ? (Year.Format(date.Start), Year.Format(date.End))
            : IsWholeMonths(date) ? (Month.Format(date.Start), Month.Format(date.End)) : (IsoDate.Format(date.Start), IsoDate.Format(date.End));
        json.WriteString("kind", "daterange");
        json.WriteStartObject("value");
        json.WriteString("start", start);
        json.WriteString("end", end);
        json.WriteEndObject();
    }

    private static bool IsWholeMonths(DateValue date)
        => date.Start.Day == 1 && date.End == date.End.With(DateAdjusters.EndOfMonth) && date.Precision != DatePrecision.PartOfMonth;

    private static bool IsWholeYears(DateValue date)
        => date.Start is { Month: 1, Day: 1 } && date.End is { Month: 12, Day: 31 } && date.Precision is DatePrecision.Year or DatePrecision.DayRange;

    private static void WriteMoney(Utf8JsonWriter json, MoneyValue money)
    {
        json.WriteStartObject();
        if (money.IsExact)
        {
            json.WriteNumber("amount", Normalise(money.Min));
        }
        else
        {
            json.WriteNumber("min", Normalise(money.Min));
            json.WriteNumber("max", Normalise(money.Max));
        }

        json.WriteString("currency", money.Currency);
        json.WriteEndObject();
    }

    /// <summary>Drops trailing zeros after the decimal point, so 2.0 billion is written 2000000000.</summary>
    private static decimal Normalise(decimal value) => value / 1.000000000000000000000000000000000m;

    private static string KindName(MentionKind kind) => kind switch
    {
        MentionKind.Date => "date",
        MentionKind.DateRange => "daterange",
        MentionKind.Month => "month",
        MentionKind.Year => "year",
        MentionKind.Money => "money",
        _ => "moneyrange",
    };
}
