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
    /// <summary>Gets the options of documents written on one line, for results too large to indent: every character as itself.</summary>
    public static JsonWriterOptions Compact { get; } = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = Compact.Encoder,
#if NET9_0_OR_GREATER
        NewLine = "\n",
#endif
    };

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
}
