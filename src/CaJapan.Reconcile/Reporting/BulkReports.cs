using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CaJapan.Reconcile.Bulk;

namespace CaJapan.Reconcile.Reporting;

/// <summary>
/// Writes a <see cref="BulkResult"/>: <c>text</c> (a summary and the sources' trust, for reading), <c>csv</c> (one
/// row per fact, cells safe for spreadsheets) or <c>json</c> (one document, written as it goes so that millions of
/// facts never become one string). Output is the same for the same result, byte for byte. See docs/scale-out.md.
/// </summary>
public static class BulkReports
{
    /// <summary>Gets the formats, in the order they are listed.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["text", "csv", "json"];

    /// <summary>Writes a result in a format.</summary>
    /// <param name="result">The result.</param>
    /// <param name="format">One of <see cref="Formats"/>, in any case.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="cancellationToken">Stops the writing between facts.</param>
    /// <returns>A task that completes when the result is written.</returns>
    /// <exception cref="ArgumentException">The format is not one of <see cref="Formats"/>.</exception>
    public static Task WriteAsync(BulkResult result, string format, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        return format?.ToUpperInvariant() switch
        {
            "TEXT" => WriteTextAsync(result, writer, cancellationToken),
            "CSV" => WriteCsvAsync(result, writer, cancellationToken),
            "JSON" => WriteJsonAsync(result, writer, cancellationToken),
            _ => throw new ArgumentException($"'{format}' is not a format of bulk results; use {string.Join(", ", Formats)}.", nameof(format)),
        };
    }

    private static async Task WriteTextAsync(BulkResult result, TextWriter writer, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var resolved = result.Resolutions.Count(r => r.Value is not null);
        text.Append(Invariant($"Bulk reconciliation: {result.ClaimCount} claims, {result.Resolutions.Count} facts, {result.TrustEstimates.Count} sources, trust learned over {result.Rounds} rounds\n"));
        if (result.ExcludedClaims > 0)
        {
            text.Append(Invariant($"{result.ExcludedClaims} claims reported after the as-of day were left out.\n"));
        }

        text.Append(Invariant($"Resolved: {resolved} facts; unresolved (no value supported well enough): {result.Resolutions.Count - resolved}.\n"));
        text.Append(Invariant($"Every fact's value is in the csv and json formats.\n\nSource trust, most trusted first\n"));
        var width = Math.Max(6, result.TrustEstimates.Select(t => DisplayText.Reveal(t.SourceId).Length).DefaultIfEmpty(0).Max());
        text.Append("source".PadRight(width)).Append("  prior  trust  contested facts  agreement\n");
        foreach (var t in result.TrustEstimates.OrderByDescending(t => t.Trust).ThenBy(t => t.SourceId, StringComparer.Ordinal))
        {
            text.Append(DisplayText.Reveal(t.SourceId).PadRight(width))
                .Append(Invariant($"  {t.Prior,5:0.00}  {t.Trust,5:0.00}  {t.ContestedFacts,15}  {(t.Agreement is { } a ? a.ToString("0.00", CultureInfo.InvariantCulture) : "-"),9}\n"));
        }

        await writer.WriteAsync(text.ToString().AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteCsvAsync(BulkResult result, TextWriter writer, CancellationToken cancellationToken)
    {
        var csv = new StringBuilder("subject,property,value,value_as_given,confidence,values,sources,candidates\n");
        foreach (var r in result.Resolutions)
        {
            csv.Append(CsvConflictWriter.Field(r.Subject)).Append(',')
                .Append(CsvConflictWriter.Field(r.Property)).Append(',')
                .Append(CsvConflictWriter.Field(r.Value?.Describe())).Append(',')
                .Append(CsvConflictWriter.Field(r.ValueAsGiven)).Append(',')
                .Append(Number(r.Confidence)).Append(',')
                .Append(CsvConflictWriter.Field(string.Join("; ", r.Values.Select(v => Invariant($"{v.Value.Describe()} ({Number(v.Probability)})"))))).Append(',')
                .Append(r.Sources.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(r.Candidates.ToString(CultureInfo.InvariantCulture)).Append('\n');
            if (csv.Length > 1 << 16)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await writer.WriteAsync(csv.ToString().AsMemory(), cancellationToken).ConfigureAwait(false);
                csv.Clear();
            }
        }

        await writer.WriteAsync(csv.ToString().AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteJsonAsync(BulkResult result, TextWriter writer, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 17);
        using var json = new Utf8JsonWriter(buffer, JsonText.Compact);
        json.WriteStartObject();
        json.WriteNumber("claims", result.ClaimCount);
        json.WriteNumber("excludedClaims", result.ExcludedClaims);
        json.WriteNumber("rounds", result.Rounds);
        json.WriteStartArray("sourceTrust");
        foreach (var t in result.TrustEstimates)
        {
            json.WriteStartObject();
            json.WriteString("source", t.SourceId);
            JsonText.WriteNumber(json, "prior", t.Prior);
            json.WriteString("priorFrom", t.PriorFrom);
            JsonText.WriteNumber(json, "trust", t.Trust);
            json.WriteNumber("contestedFacts", t.ContestedFacts);
            JsonText.WriteNumber(json, "agreement", t.Agreement ?? double.NaN);

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("resolutions");
        foreach (var r in result.Resolutions)
        {
            json.WriteStartObject();
            json.WriteString("subject", r.Subject);
            json.WriteString("property", r.Property);
            JsonText.WriteString(json, "value", r.Value?.Describe());
            JsonText.WriteString(json, "valueAsGiven", r.ValueAsGiven);
            JsonText.WriteNumber(json, "confidence", r.Confidence);
            json.WriteStartArray("values");
            foreach (var v in r.Values)
            {
                json.WriteStartObject();
                json.WriteString("value", v.Value.Describe());
                json.WriteString("key", v.Value.Key);
                JsonText.WriteNumber(json, "probability", v.Probability);
                json.WriteNumber("sources", v.Sources);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("sources", r.Sources);
            json.WriteNumber("candidates", r.Candidates);
            json.WriteEndObject();
            if (buffer.WrittenCount + json.BytesPending > 1 << 16)
            {
                await FlushAsync(json, buffer, writer, cancellationToken).ConfigureAwait(false);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await FlushAsync(json, buffer, writer, cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync("\n".AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    private static async Task FlushAsync(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, TextWriter writer, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(Encoding.UTF8.GetString(buffer.WrittenSpan).AsMemory(), cancellationToken).ConfigureAwait(false);
        buffer.ResetWrittenCount();
    }

    private static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
