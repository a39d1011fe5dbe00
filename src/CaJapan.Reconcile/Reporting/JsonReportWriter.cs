using System.Text.Json;
using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Sources;

namespace CaJapan.Reconcile.Reporting;

/// <summary>
/// Writes a <see cref="ReconciliationResult"/> as one indented JSON document (schema version 1): the sources, the
/// errors, the claims with their evidence, the conflicts, the status updates, the resolutions and the trust of each
/// source. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// The output is deterministic: the same result gives byte-identical text, with <c>\n</c> line breaks on every
/// platform and numbers rounded to four decimals. Characters that matter to HTML (<c>&lt;</c>, <c>&gt;</c>,
/// <c>&amp;</c>, quotes) are escaped, so the document can be embedded in a page; other non-ASCII text stays readable.
/// A number that is not finite is written as <c>null</c>.
/// </remarks>
public sealed class JsonReportWriter : IReportWriter
{
    /// <summary>The version of the document's schema, written as <c>schemaVersion</c>.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Gets the format's name, <c>json</c>.</summary>
    public string Format => "json";

    /// <inheritdoc />
    public async Task WriteAsync(ReconciliationResult result, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        cancellationToken.ThrowIfCancellationRequested();
        await JsonText.WriteAsync(output, json => WriteDocument(json, result), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the document to a string, ending with a line break.</summary>
    internal static string Write(ReconciliationResult result)
        => JsonText.Write(json => WriteDocument(json, result));

    private static void WriteDocument(Utf8JsonWriter json, ReconciliationResult result)
    {
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", SchemaVersion);

        json.WriteStartArray("sources");
        foreach (var source in result.Sources)
        {
            WriteSource(json, source);
        }

        json.WriteEndArray();

        json.WriteStartArray("errors");
        foreach (var error in result.SourceErrors)
        {
            json.WriteStartObject();
            json.WriteString("source", error.SourceId);
            json.WriteString("message", error.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("claims");
        foreach (var claim in result.Claims)
        {
            WriteClaim(json, claim);
        }

        json.WriteEndArray();

        json.WriteStartArray("conflicts");
        foreach (var conflict in result.Conflicts)
        {
            WriteConflict(json, conflict);
        }

        json.WriteEndArray();

        json.WriteStartArray("updates");
        foreach (var update in result.Updates)
        {
            json.WriteStartObject();
            json.WriteString("subject", update.Subject);
            json.WriteString("property", update.Property);
            json.WriteString("kind", update.Kind == UpdateKind.Refinement ? "refinement" : "update");
            json.WriteString("from", update.From);
            json.WriteString("to", update.To);
            WriteStrings(json, "fromClaimIds", update.FromClaimIds);
            WriteStrings(json, "toClaimIds", update.ToClaimIds);
            json.WriteString("explanation", update.Explanation);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("resolutions");
        foreach (var resolution in result.Resolutions)
        {
            WriteResolution(json, resolution);
        }

        json.WriteEndArray();

        json.WriteStartArray("sourceTrust");
        var estimates = result.TrustEstimates.ToDictionary(e => e.SourceId, StringComparer.Ordinal);
        foreach (var (sourceId, trust) in result.SourceTrust.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("sourceId", sourceId);
            WriteNumber(json, "trust", trust);
            if (estimates.TryGetValue(sourceId, out var estimate))
            {
                WriteNumber(json, "prior", estimate.Prior);
                json.WriteString("priorFrom", estimate.PriorFrom);
                json.WriteNumber("contestedFacts", estimate.ContestedFacts);
                if (estimate.Agreement is { } agreement)
                {
                    WriteNumber(json, "agreement", agreement);
                }
                else
                {
                    json.WriteNull("agreement");
                }
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("dependencies");
        foreach (var dependence in result.Dependencies)
        {
            json.WriteStartObject();
            WriteStrings(json, "sourceIds", dependence.SourceIds);
            json.WriteString("reason", dependence.Reason == DependenceReason.SharedWireOrigin ? "shared-wire-origin" : "shared-wording");
            WriteNumber(json, "strength", dependence.Strength);
            json.WriteString("explanation", dependence.Explanation);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("timelines");
        foreach (var timeline in result.Timelines)
        {
            json.WriteStartObject();
            json.WriteString("subject", timeline.Subject);
            json.WriteString("property", timeline.Property);
            WriteValue(json, "current", timeline.Current);
            json.WriteStartArray("entries");
            foreach (var entry in timeline.Entries)
            {
                json.WriteStartObject();
                json.WriteString("observed", entry.Observed is { } observed ? ReportFormat.IsoDate(observed) : null);
                json.WriteString("sourceId", entry.SourceId);
                WriteValue(json, "value", entry.Value);
                WriteStrings(json, "claimIds", entry.ClaimIds);
                json.WriteString("role", ReportFormat.Name(entry.Role));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter json, Source source)
    {
        json.WriteStartObject();
        json.WriteString("id", source.Id);
        json.WriteString("file", ReportFormat.FileName(source));
        json.WriteString("outlet", source.Outlet);
        json.WriteString("published", source.Published is { } published ? ReportFormat.IsoDate(published) : null);
        json.WriteString("publishedFrom", ReportFormat.Name(source.PublishedOrigin));
        json.WriteString("url", source.Url is { } url ? ReportFormat.Url(url) : null);
        json.WriteString("outletFrom", Name(source.OutletOrigin));
        json.WriteString("byline", source.Byline);
        json.WriteString("bylineFrom", Name(source.BylineOrigin));
        json.WriteString("datelinePlace", source.DatelinePlace);
        WriteValue(json, "datelineLocation", source.DatelineLocation);
        json.WriteString("datelineFrom", Name(source.DatelineOrigin));
        json.WriteEndObject();
    }

    /// <summary>Names where a field of a source came from: <c>manifest</c>, <c>text</c> or <c>unknown</c>, as <c>publishedFrom</c> does.</summary>
    private static string Name(MetadataOrigin origin) => origin switch
    {
        MetadataOrigin.Manifest => "manifest",
        MetadataOrigin.Text => "text",
        _ => "unknown",
    };

    private static void WriteClaim(Utf8JsonWriter json, Claim claim)
    {
        json.WriteStartObject();
        json.WriteString("id", claim.Id);
        json.WriteString("sourceId", claim.SourceId);
        json.WriteString("subject", claim.Subject);
        json.WriteString("property", claim.Property);
        WriteValue(json, "value", claim.Value);
        json.WriteString("valueAsGiven", claim.ValueAsGiven);
        var evidence = claim.Evidence;
        json.WriteString("quote", evidence?.Quote);
        WriteNullableInt(json, "start", evidence?.Start);
        WriteNullableInt(json, "end", evidence?.End);
        WriteNumber(json, "confidence", claim.Confidence);
        json.WriteString("mode", ReportFormat.Name(claim.Mode));
        json.WriteString("certainty", ReportFormat.Name(claim.Certainty));
        json.WriteString("polarity", ReportFormat.Name(claim.Polarity));
        json.WriteBoolean("attributed", claim.Attributed);
        WriteValue(json, "asOf", claim.AsOf);
        json.WriteString("observed", claim.Observed is { } observed ? ReportFormat.IsoDate(observed) : null);
        json.WriteString("statedWeekday", claim.StatedWeekday is { } weekday ? ReportFormat.Name(weekday) : null);
        json.WriteString("prefix", evidence?.Prefix);
        json.WriteString("suffix", evidence?.Suffix);
        json.WriteEndObject();
    }

    private static void WriteConflict(Utf8JsonWriter json, Conflict conflict)
    {
        json.WriteStartObject();
        json.WriteString("id", conflict.Id);
        json.WriteString("kind", ReportFormat.Name(conflict.Kind));
        json.WriteString("subject", conflict.Subject);
        json.WriteString("property", conflict.Property);
        WriteStrings(json, "claimIds", conflict.ClaimIds);
        WriteStrings(json, "sourceIds", conflict.SourceIds);
        WriteNumber(json, "confidence", conflict.Confidence.Value);
        json.WriteString("explanation", conflict.Explanation);
        json.WriteString("rule", conflict.Rule);
        json.WriteStartArray("sides");
        foreach (var side in conflict.Sides)
        {
            json.WriteStartObject();
            json.WriteString("value", side.Value);
            WriteStrings(json, "claimIds", side.ClaimIds);
            WriteStrings(json, "sourceIds", side.SourceIds);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteInputs(json, conflict.Confidence);
        json.WriteEndObject();
    }

    private static void WriteResolution(Utf8JsonWriter json, Resolution resolution)
    {
        json.WriteStartObject();
        json.WriteString("subject", resolution.Subject);
        json.WriteString("property", resolution.Property);
        WriteValue(json, "value", resolution.Value);
        json.WriteString("valueAsGiven", resolution.ValueAsGiven);
        WriteNumber(json, "confidence", resolution.Confidence.Value);
        WriteStrings(json, "supportingClaimIds", resolution.SupportingClaimIds);
        WriteStrings(json, "opposingClaimIds", resolution.OpposingClaimIds);
        WriteValue(json, "asOf", resolution.AsOf);
        json.WriteStartArray("values");
        foreach (var value in resolution.Values)
        {
            json.WriteStartObject();
            WriteValue(json, "value", value.Value);
            WriteNumber(json, "probability", value.Probability);
            WriteStrings(json, "supportingClaimIds", value.SupportingClaimIds);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteInputs(json, resolution.Confidence);
        json.WriteBoolean("disputed", resolution.IsDisputed);
        json.WriteEndObject();
    }

    private static void WriteInputs(Utf8JsonWriter json, Score score)
    {
        json.WriteStartArray("confidenceInputs");
        foreach (var input in score.Inputs)
        {
            json.WriteStartObject();
            json.WriteString("name", input.Name);
            WriteNumber(json, "value", input.Value);
            json.WriteString("description", input.Description);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter json, string name, ClaimValue? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
            return;
        }

        var mapped = ReportFormat.Value(value);
        json.WriteStartObject(name);
        json.WriteString("type", mapped.Type);
        foreach (var field in mapped.Fields)
        {
            if (field.Number is { } number)
            {
                json.WriteNumber(field.Name, number);
            }
            else
            {
                json.WriteString(field.Name, field.Text);
            }
        }

        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double value) => JsonText.WriteNumber(json, name, value);

    private static void WriteNullableInt(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
