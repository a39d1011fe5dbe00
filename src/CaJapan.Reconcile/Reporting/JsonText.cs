using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace CaJapan.Reconcile.Reporting;

/// <summary>
/// Writes JSON documents the way every JSON report is written: indented, every script left unescaped, lines broken
/// with '\n' on every framework, and a final line break, so that the same result gives the same bytes everywhere.
/// </summary>
internal static class JsonText
{
    /// <summary>
    /// Gets the options of documents written on one line, for results too large to indent: every character as itself,
    /// except those the default encoder always escapes (controls, and HTML-sensitive characters) and the hidden
    /// characters of <see cref="DisplayText"/>, written as <c>\uXXXX</c> so that a report viewed as text displays in
    /// its order.
    /// </summary>
    public static JsonWriterOptions Compact { get; } = new() { Encoder = CreateEncoder() };

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = Compact.Encoder,
#if NET9_0_OR_GREATER
        NewLine = "\n",
#endif
    };

    /// <summary>
    /// Writes one document to a text writer, ending with a line break: the same characters as <see cref="Write"/>,
    /// decoded from the UTF-8 document a piece at a time rather than made into one string first, which for the report
    /// of a large corpus (a hundred megabytes and more) saves two copies of it.
    /// </summary>
    public static async Task WriteAsync(TextWriter output, Action<Utf8JsonWriter> write, CancellationToken cancellationToken)
    {
#if NET9_0_OR_GREATER
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        const int Piece = 64 * 1024;
        var decoder = Encoding.UTF8.GetDecoder();
        var chars = new char[Encoding.UTF8.GetMaxCharCount(Piece)];
        var bytes = buffer.WrittenMemory;
        while (!bytes.IsEmpty)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var take = Math.Min(bytes.Length, Piece);
            decoder.Convert(bytes.Span[..take], chars, flush: take == bytes.Length, out var used, out var decoded, out _);
            await output.WriteAsync(chars.AsMemory(0, decoded), cancellationToken).ConfigureAwait(false);
            bytes = bytes[used..];
        }

        await output.WriteAsync("\n".AsMemory(), cancellationToken).ConfigureAwait(false);
#else
        await output.WriteAsync(Write(write).AsMemory(), cancellationToken).ConfigureAwait(false);
#endif
    }

    /// <summary>Writes a number as reports give numbers (<see cref="ReportFormat.Round(double)"/>), or null when it is not finite.</summary>
    public static void WriteNumber(Utf8JsonWriter json, string name, double value)
    {
        if (ReportFormat.Round(value) is { } rounded)
        {
            json.WriteNumber(name, rounded);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>Writes a string, or null.</summary>
    public static void WriteString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>Writes one document to a string, ending with a line break.</summary>
    public static string Write(Action<Utf8JsonWriter> write, int initialCapacity = 16 * 1024)
    {
        var buffer = new ArrayBufferWriter<byte>(initialCapacity);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
#if !NET9_0_OR_GREATER
        // Before .NET 9 the writer breaks lines with Environment.NewLine; strings never hold a raw line break.
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
#endif
        return text + "\n";
    }

    private static JavaScriptEncoder CreateEncoder()
    {
        var settings = new TextEncoderSettings(UnicodeRanges.All);
        for (var c = '\u0080'; c < '\u2070'; c++)
        {
            if (DisplayText.IsHidden(c))
            {
                settings.ForbidCharacter(c);
            }
        }

        return JavaScriptEncoder.Create(settings);
    }
}
