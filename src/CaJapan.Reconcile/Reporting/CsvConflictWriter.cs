using System.Globalization;
using System.Text;
using CaJapan.Reconcile.Reconciliation;

namespace CaJapan.Reconcile.Reporting;

/// <summary>
/// Writes the conflicts of a <see cref="ReconciliationResult"/> as CSV for a spreadsheet: a header row, then one row
/// per side of each conflict, so that each value and the sources that give it can be filtered and sorted. Stateless
/// and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// The columns are <c>conflict_id, kind, subject, property, confidence, side, value, claim_ids, source_ids,
/// explanation</c>. The conflict's fields repeat on each of its rows; <c>side</c> numbers the sides from 1; lists of
/// identifiers are joined with <c>"; "</c>; <c>confidence</c> is rounded to four decimals. A conflict without sides
/// gives one row with the side columns empty.
/// </para>
/// <para>
/// Fields are quoted as RFC 4180 says: a field that holds a comma, a double quote or a line break is enclosed in
/// double quotes, with its double quotes doubled. So that no cell can run as a spreadsheet formula, a field that
/// starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is prefixed with a single quote.
/// Rows end with <c>\n</c> (RFC 4180 readers and spreadsheet programs accept it), and the output is deterministic.
/// </para>
/// </remarks>
public sealed class CsvConflictWriter : IReportWriter
{
    /// <summary>The header row's column names, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["conflict_id", "kind", "subject", "property", "confidence", "side", "value", "claim_ids", "source_ids", "explanation"];

    /// <summary>Gets the format's name, <c>csv</c>.</summary>
    public string Format => "csv";

    /// <inheritdoc />
    public Task WriteAsync(ReconciliationResult result, TextWriter output, CancellationToken cancellationToken = default)
        => WholeReport.WriteAsync(result, output, Write, cancellationToken);

    /// <inheritdoc />
    public override string ToString() => $"{Format} conflict writer, one row per conflict side";

    /// <summary>Writes the CSV to a string, ending with a line break.</summary>
    internal static string Write(ReconciliationResult result)
    {
        var csv = new StringBuilder(4096);
        Row(csv, Columns);
        foreach (var conflict in result.Conflicts)
        {
            var confidence = ReportFormat.Round(conflict.Confidence.Value) is { } rounded
                ? rounded.ToString(CultureInfo.InvariantCulture)
                : string.Empty;
            string[] common = [conflict.Id, ReportFormat.Name(conflict.Kind), conflict.Subject, conflict.Property, confidence];
            if (conflict.Sides.Count == 0)
            {
                Row(csv, [.. common, string.Empty, string.Empty, string.Empty, string.Empty, conflict.Explanation]);
            }

            for (var i = 0; i < conflict.Sides.Count; i++)
            {
                var side = conflict.Sides[i];
                Row(csv,
                [
                    .. common,
                    (i + 1).ToString(CultureInfo.InvariantCulture),
                    side.Value,
                    string.Join("; ", side.ClaimIds),
                    string.Join("; ", side.SourceIds),
                    conflict.Explanation,
                ]);
            }
        }

        // A source that could not be read is reported here too, so that a spreadsheet of the conflicts does not hide it.
        foreach (var error in result.SourceErrors)
        {
            Row(csv, [string.Empty, UnreadableSource, error.SourceId, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, error.SourceId, error.Message]);
        }

        return csv.ToString();
    }

    /// <summary>The kind of a row that reports a source that could not be read.</summary>
    internal const string UnreadableSource = "unreadable-source";

    /// <summary>Makes one field safe: a leading formula character gets a single quote, then RFC 4180 quoting applies.</summary>
    internal static string Field(string? value)
    {
        var text = value ?? string.Empty;
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }

    private static void Row(StringBuilder csv, IEnumerable<string> fields)
        => csv.Append(string.Join(",", fields.Select(Field))).Append('\n');
}
