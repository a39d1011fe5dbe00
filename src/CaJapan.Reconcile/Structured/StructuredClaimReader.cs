using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Internal;
using NodaTime;
using NodaTime.Text;

namespace CaJapan.Reconcile.Structured;

/// <summary>
/// Reads files of structured claims, CSV with a header row or JSON Lines, one row at a time: each row gives a
/// <see cref="StructuredClaimRow"/>, either a claim with its typed value or the reason it could not be read, and a bad
/// row does not stop the rows after it. Thread-safe: one reader may read many files at once.
/// </summary>
/// <remarks>
/// Fields: <c>source</c>, <c>subject</c>, <c>property</c> and <c>value</c> are required; <c>weight</c> (a number in
/// [0, 1]), <c>observed</c> (an ISO date) and <c>type</c> (<c>date</c>, <c>money</c>, <c>place</c>, <c>number</c>,
/// <c>string</c>) are optional. Field names are matched without regard to case; other fields are ignored. Rows are
/// read in batches, and no row longer than the limit (<see cref="ReconcileOptions.MaxClaimLineBytes"/>) is ever held: it
/// is an error of its own, like a row with bytes that are not valid UTF-8 or with a NUL character, and the rows after it
/// are still read. See docs/structured-claims.md.
/// </remarks>
public sealed class StructuredClaimReader
{
    /// <summary>How many rows are read at once on every core; small enough that a stream stays a stream.</summary>
    private const int BatchSize = 4096;

    private const string SourceField = "source";
    private const string SubjectField = "subject";
    private const string PropertyField = "property";
    private const string ValueField = "value";
    private const string WeightField = "weight";
    private const string ObservedField = "observed";
    private const string TypeField = "type";

    private static readonly string[] RequiredFields = [SourceField, SubjectField, PropertyField, ValueField];
    private static readonly string[] KnownFields = [.. RequiredFields, WeightField, ObservedField, TypeField];

    private readonly StructuredValueParser parser;
    private readonly int maxLineBytes;

    /// <summary>Initializes a new instance of the <see cref="StructuredClaimReader"/> class that reads places with the embedded domain pack.</summary>
    public StructuredClaimReader()
        : this(new StructuredValueParser())
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StructuredClaimReader"/> class, with rows of at most <see cref="ReconcileOptions.DefaultMaxClaimLineBytes"/>.</summary>
    /// <param name="parser">The parser that reads each value as its declared type.</param>
    /// <exception cref="ArgumentNullException"><paramref name="parser"/> is <see langword="null"/>.</exception>
    public StructuredClaimReader(StructuredValueParser parser)
        : this(parser, ReconcileOptions.DefaultMaxClaimLineBytes)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StructuredClaimReader"/> class.</summary>
    /// <param name="parser">The parser that reads each value as its declared type.</param>
    /// <param name="maxLineBytes">
    /// The longest row read, in bytes of UTF-8 (a line of JSON Lines, a record of CSV); a longer one is an error for that
    /// row, found without holding more than this of it. See <see cref="ReconcileOptions.MaxClaimLineBytes"/>.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="parser"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLineBytes"/> is not positive.</exception>
    public StructuredClaimReader(StructuredValueParser parser, int maxLineBytes)
    {
        this.parser = Guard.NotNull(parser);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLineBytes);
        this.maxLineBytes = maxLineBytes;
    }

    /// <summary>Gets the format a file's name says it is in: <c>.csv</c>, or <c>.jsonl</c> and <c>.ndjson</c> for JSON Lines, in any case.</summary>
    /// <param name="path">The file's path or name.</param>
    /// <returns>The format, or <see langword="null"/> when the extension is none of these.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public static StructuredClaimFormat? FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".CSV" => StructuredClaimFormat.Csv,
            ".JSONL" or ".NDJSON" => StructuredClaimFormat.JsonLines,
            _ => null,
        };
    }

    /// <summary>Reads a file of structured claims row by row, in the format its extension names (see <see cref="FormatOf"/>).</summary>
    /// <param name="path">
    /// The file: UTF-8 (a byte order mark is allowed; one for UTF-16 is honoured). A row with bytes that are not valid
    /// text is an error naming its line, never read with U+FFFD in their place.
    /// </param>
    /// <param name="cancellationToken">A token that stops the reading.</param>
    /// <returns>The rows, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The extension is not <c>.csv</c>, <c>.jsonl</c> or <c>.ndjson</c>.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <remarks>The two exceptions about the file are thrown by this call, before any row is read.</remarks>
    public IAsyncEnumerable<StructuredClaimRow> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var format = FormatOf(path) ?? throw new ArgumentException(Messages.ClaimFileExtension(path), nameof(path));
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(Messages.FileNotFound(Path.GetFullPath(path)), path);
        }

        return ReadOpenedAsync(path, format, cancellationToken);
    }

    /// <summary>Reads structured claims row by row from a text in a format.</summary>
    /// <param name="reader">The text; it is read to its end and not disposed.</param>
    /// <param name="format">The format of the text.</param>
    /// <param name="cancellationToken">A token that stops the reading.</param>
    /// <returns>
    /// The rows, in order. A CSV text without a header naming every required column gives one row, for line 1,
    /// with an error that says which columns are missing, and nothing else.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public IAsyncEnumerable<StructuredClaimRow> ReadAsync(TextReader reader, StructuredClaimFormat format, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return format switch
        {
            StructuredClaimFormat.Csv => ReadCsvAsync(reader, cancellationToken),
            StructuredClaimFormat.JsonLines => ReadJsonLinesAsync(Utf8Input.Open(reader), cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Give StructuredClaimFormat.Csv or StructuredClaimFormat.JsonLines."),
        };
    }

    /// <inheritdoc />
    public override string ToString() => $"StructuredClaimReader ({parser})";

    private async IAsyncEnumerable<StructuredClaimRow> ReadOpenedAsync(string path, StructuredClaimFormat format, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var file = Utf8Input.OpenFile(path);
        await using (file.ConfigureAwait(false))
        {
            await foreach (var row in ReadAsync(file, format, cancellationToken).ConfigureAwait(false))
            {
                yield return row;
            }
        }
    }

    /// <summary>
    /// Reads the rows of a file's bytes, from its start: UTF-8 (with or without a byte-order mark) or UTF-16 with one.
    /// Each line is decoded strictly, so that a row with invalid bytes is an error naming its line.
    /// </summary>
    /// <param name="file">The file, seekable and at its start; not disposed.</param>
    /// <param name="format">The format of the file.</param>
    /// <param name="cancellationToken">A token that stops the reading.</param>
    /// <returns>The rows, in file order.</returns>
    internal IAsyncEnumerable<StructuredClaimRow> ReadAsync(Stream file, StructuredClaimFormat format, CancellationToken cancellationToken)
    {
        var utf8 = Utf8Input.Open(file);
        return format == StructuredClaimFormat.Csv
            ? ReadCsvAsync(new StrictUtf8TextReader(utf8), cancellationToken)
            : ReadJsonLinesAsync(utf8, cancellationToken);
    }

    private async IAsyncEnumerable<StructuredClaimRow> ReadCsvAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var records = new CsvRecordReader(reader, maxLineBytes);
        var header = await records.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (header is null)
        {
            yield return StructuredClaimRow.Bad(1, Messages.CsvEmpty());
            yield break;
        }

        if (Columns(header) is not { } columns)
        {
            yield return StructuredClaimRow.Bad(header.Line, HeaderError(header));
            yield break;
        }

        var batch = new List<CsvRecord>(BatchSize);
        var taken = 0;
        while (true)
        {
            var record = await records.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (record is not null)
            {
                batch.Add(record);
            }

            if (batch.Count >= Batch(taken) || (record is null && batch.Count > 0))
            {
                taken += batch.Count;
                foreach (var row in InOrder(batch, r => CsvRow(r, columns), cancellationToken))
                {
                    yield return row;
                }

                batch.Clear();
            }

            if (record is null)
            {
                yield break;
            }
        }
    }

    private StructuredClaimRow CsvRow(CsvRecord record, Dictionary<string, int> columns)
    {
        if (record.Error is not null)
        {
            return StructuredClaimRow.Bad(record.Line, record.Error);
        }

        foreach (var field in record.Fields)
        {
            if (field.Contains('\0', StringComparison.Ordinal))
            {
                return StructuredClaimRow.Bad(record.Line, Messages.ClaimNul());
            }
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, column) in columns)
        {
            if (column < record.Fields.Count)
            {
                fields[name] = record.Fields[column];
            }
        }

        return Row(record.Line, fields, [], []);
    }

    /// <summary>
    /// How many rows to read at once once <paramref name="taken"/> rows have been: one at a time at first, so that a
    /// reader that wants only the first rows reads no further, then batches growing to <see cref="BatchSize"/>.
    /// </summary>
    private static int Batch(int taken) => taken < 64 ? 1 : Math.Min(BatchSize, taken);

    /// <summary>
    /// Reads a batch of rows on every core and gives them back in their order: rows are read independently, so the
    /// result is the same as reading them one by one, only sooner.
    /// </summary>
    private static StructuredClaimRow[] InOrder<T>(List<T> batch, Func<T, StructuredClaimRow> read, CancellationToken cancellationToken)
    {
        var rows = new StructuredClaimRow[batch.Count];
        Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => rows[i] = read(batch[i]));
        return rows;
    }

    /// <summary>The column of each known field, or <see langword="null"/> when the header is not usable.</summary>
    private static Dictionary<string, int>? Columns(CsvRecord header)
    {
        if (header.Error is not null)
        {
            return null;
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim().ToLowerInvariant();
            if (KnownFields.Contains(name, StringComparer.Ordinal) && !columns.TryAdd(name, i))
            {
                return null;
            }
        }

        return RequiredFields.All(columns.ContainsKey) ? columns : null;
    }

    private static string HeaderError(CsvRecord header)
    {
        if (header.Error is { } error)
        {
            return error;
        }

        var names = header.Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var duplicate = names.Where(n => KnownFields.Contains(n, StringComparer.Ordinal)).GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is not null
            ? Messages.CsvDuplicateColumn(duplicate.Key)
            : Messages.CsvMissingColumns([.. RequiredFields.Where(f => !names.Contains(f, StringComparer.Ordinal))]);
    }

    private async IAsyncEnumerable<StructuredClaimRow> ReadJsonLinesAsync(Stream utf8, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lines = new Utf8LineReader(utf8, maxLineBytes);
        var batch = new List<(int Line, byte[]? Bytes)>(BatchSize);
        var taken = 0;
        while (true)
        {
            var more = await lines.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (more)
            {
                var line = lines.Line.Span;
                if (lines.Number == 1 && line.StartsWith(Utf8Input.Utf8Bom))
                {
                    line = line[3..];
                }

                if (lines.TooLong)
                {
                    batch.Add((lines.Number, null));
                }
                else if (!Utf8Input.IsBlank(line))
                {
                    batch.Add((lines.Number, line.ToArray()));
                }
            }

            if (batch.Count >= Batch(taken) || (!more && batch.Count > 0))
            {
                taken += batch.Count;
                foreach (var row in InOrder(batch, l => LineRow(l.Line, l.Bytes), cancellationToken))
                {
                    yield return row;
                }

                batch.Clear();
            }

            if (!more)
            {
                yield break;
            }
        }
    }

    /// <summary>Reads one line of JSON Lines: <see langword="null"/> bytes for a line over the limit.</summary>
    private StructuredClaimRow LineRow(int line, byte[]? bytes)
    {
        if (bytes is null)
        {
            return StructuredClaimRow.Bad(line, Messages.ClaimLineTooLong(maxLineBytes));
        }

        if (!Utf8.IsValid(bytes))
        {
            return StructuredClaimRow.Bad(line, Messages.ClaimLineNotUtf8(line));
        }

        return bytes.AsSpan().IndexOf((byte)0) >= 0 ? StructuredClaimRow.Bad(line, Messages.ClaimNul()) : JsonRow(line, bytes);
    }

    internal StructuredClaimRow JsonRow(int line, string text) => JsonRow(line, Encoding.UTF8.GetBytes(text));

    private StructuredClaimRow JsonRow(int line, byte[] utf8)
        => FlatFields(utf8) is { } fields ? Row(line, fields, [], []) : JsonRowChecked(line, utf8);

    /// <summary>
    /// Reads the usual line, one flat object whose known fields are of the kinds they should be, without building a
    /// document; anything else (nesting, a field of the wrong kind, bad JSON) returns <see langword="null"/> and is read
    /// by <see cref="JsonRowChecked(int, byte[])"/>, which says what is wrong. Both give the same fields for the usual line.
    /// </summary>
    private static Dictionary<string, string>? FlatFields(ReadOnlySpan<byte> utf8)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = FieldName(ref reader);
                if (!reader.Read())
                {
                    return null;
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        if (name is not null && !fields.ContainsKey(name))
                        {
                            return null;
                        }

                        reader.Skip();
                        continue;
                    case JsonTokenType.Null:
                        continue;
                }

                if (name is null || fields.ContainsKey(name))
                {
                    continue;
                }

                var kind = reader.TokenType;
                var fits = name switch
                {
                    WeightField => kind == JsonTokenType.Number,
                    ObservedField or TypeField => kind == JsonTokenType.String,
                    _ => kind is JsonTokenType.String or JsonTokenType.Number,
                };
                if (!fits)
                {
                    return null;
                }

                fields[name] = kind == JsonTokenType.String ? reader.GetString()! : Encoding.UTF8.GetString(reader.ValueSpan);
            }

            // The object must end the line: trailing content is an error the checked reading names.
            return reader.TokenType == JsonTokenType.EndObject && !reader.Read() ? fields : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A property's name as a known field (in lower case), or <see langword="null"/> when it is not one.</summary>
    private static string? FieldName(ref Utf8JsonReader reader)
    {
        foreach (var field in KnownFields)
        {
            if (reader.ValueTextEquals(field))
            {
                return field;
            }
        }

        var name = reader.GetString()!.ToLowerInvariant();
        return KnownFields.FirstOrDefault(f => f == name);
    }

    internal StructuredClaimRow JsonRowChecked(int line, string text) => JsonRowChecked(line, Encoding.UTF8.GetBytes(text));

    private StructuredClaimRow JsonRowChecked(int line, byte[] utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException e)
        {
            return StructuredClaimRow.Bad(line, Messages.JsonNotValid(JsonDetail(e)));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return StructuredClaimRow.Bad(line, Messages.JsonNotObject(Kind(root.ValueKind)));
            }

            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            var problems = new List<string>();
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in root.EnumerateObject())
            {
                var name = property.Name.ToLowerInvariant();
                if (!KnownFields.Contains(name, StringComparer.Ordinal) || fields.ContainsKey(name) || property.Value.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }

                var value = property.Value;
                switch (name)
                {
                    case WeightField when value.ValueKind != JsonValueKind.Number:
                        problems.Add(Messages.JsonFieldKind(WeightField, "a number from 0 to 1, such as 0.8", value.GetRawText()));
                        break;
                    case ObservedField or TypeField when value.ValueKind != JsonValueKind.String:
                        problems.Add(Messages.JsonFieldKind(name, name == TypeField ? "a string: date, money, place, number or string" : "a string holding an ISO date, such as \"2024-08-09\"", value.GetRawText()));
                        break;
                    case WeightField:
                        fields[name] = value.GetRawText();
                        break;
                    case ObservedField or TypeField:
                        fields[name] = value.GetString()!;
                        break;
                    default:
                        if (value.ValueKind is JsonValueKind.String)
                        {
                            fields[name] = value.GetString()!;
                        }
                        else if (value.ValueKind is JsonValueKind.Number)
                        {
                            // A number is kept as written: 1250.50 stays "1250.50".
                            fields[name] = value.GetRawText();
                        }
                        else
                        {
                            problems.Add(Messages.JsonFieldKind(name, "a string or a number", value.GetRawText()));
                            reported.Add(name);
                        }

                        break;
                }
            }

            return Row(line, fields, problems, reported);
        }
    }

    /// <summary>Builds a row from its fields by name, checking every field so that the error lists every problem at once.</summary>
    /// <param name="line">The line the row starts on.</param>
    /// <param name="fields">The fields by lower-case name, as text.</param>
    /// <param name="problems">The problems found already, such as a field of the wrong JSON kind.</param>
    /// <param name="reported">The fields whose problem is among <paramref name="problems"/> already.</param>
    private StructuredClaimRow Row(int line, Dictionary<string, string> fields, List<string> problems, HashSet<string> reported)
    {
        foreach (var field in fields.Values)
        {
            if (field.Contains('\0', StringComparison.Ordinal))
            {
                // A JSON escape "\u0000": refused like a NUL byte, as in an article.
                return StructuredClaimRow.Bad(line, Messages.ClaimNul());
            }
        }

        foreach (var required in RequiredFields)
        {
            if (string.IsNullOrWhiteSpace(fields.GetValueOrDefault(required)) && !reported.Contains(required))
            {
                problems.Add(Messages.FieldMissing(required));
            }
        }

        double? weight = null;
        if (fields.TryGetValue(WeightField, out var weightText) && !string.IsNullOrWhiteSpace(weightText))
        {
            if (!double.TryParse(weightText.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var w) || !double.IsFinite(w))
            {
                problems.Add(Messages.WeightNotNumber(weightText));
            }
            else if (w is < 0 or > 1)
            {
                problems.Add(Messages.WeightOutOfRange(weightText.Trim()));
            }
            else
            {
                weight = w;
            }
        }

        LocalDate? observed = null;
        if (fields.TryGetValue(ObservedField, out var observedText) && !string.IsNullOrWhiteSpace(observedText))
        {
            var parsed = LocalDatePattern.Iso.Parse(observedText.Trim());
            if (parsed.Success)
            {
                observed = parsed.Value;
            }
            else
            {
                problems.Add(Messages.ObservedNotIsoDate(observedText));
            }
        }

        StructuredValueType? type = null;
        var typeKnown = true;
        if (fields.TryGetValue(TypeField, out var typeText) && !string.IsNullOrWhiteSpace(typeText))
        {
            typeKnown = StructuredValueParser.TryParseType(typeText, out var declared);
            if (typeKnown)
            {
                type = declared;
            }
            else
            {
                problems.Add(Messages.UnknownType(typeText));
            }
        }

        ClaimValue? value = null;
        if (fields.GetValueOrDefault(ValueField) is { } valueText && !string.IsNullOrWhiteSpace(valueText) && typeKnown
            && !parser.TryParse(valueText, type, observed, out value, out var valueError))
        {
            problems.Add(valueError);
        }

        if (problems.Count > 0 || value is null)
        {
            return StructuredClaimRow.Bad(line, string.Join(" ", problems));
        }

        var claim = new StructuredClaim(fields[SourceField].Trim(), fields[SubjectField].Trim(), fields[PropertyField].Trim(), fields[ValueField])
        {
            Weight = weight,
            Observed = observed,
            Type = type,
        };
        return StructuredClaimRow.Read(line, claim, value);
    }

    /// <summary>The first sentence of the JSON reader's message, without its line and byte counters.</summary>
    private static string JsonDetail(JsonException e)
    {
        var message = e.Message;
        foreach (var marker in new[] { " LineNumber:", " Path:" })
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message[..at];
            }
        }

        return message.Trim().TrimEnd('.');
    }

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };
}
