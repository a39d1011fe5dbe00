using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Reconciliation;

namespace CaJapan.Reconcile.Host;

/// <summary>What the <c>claims</c> command was asked for.</summary>
/// <param name="Input">What to read.</param>
/// <param name="Format">text or json.</param>
/// <param name="OutputPath">The file to write to, or <see langword="null"/> for standard output.</param>
internal sealed record ClaimsRequest(InputRequest Input, string Format, string? OutputPath);

/// <summary>What the <c>explain</c> command was asked for.</summary>
/// <param name="ConflictId">The conflict's identifier, such as C1.</param>
/// <param name="Input">What to reconcile.</param>
/// <param name="OutputPath">The file to write to, or <see langword="null"/> for standard output.</param>
internal sealed record ExplainRequest(string ConflictId, InputRequest Input, string? OutputPath);

/// <summary>
/// The commands that look inside a reconciliation: <c>claims</c> lists every claim extracted, with its quote, for
/// checking the extractor; <c>explain</c> shows one conflict in full.
/// </summary>
internal static class InspectCommands
{
    /// <summary>The formats of the <c>claims</c> command.</summary>
    public static readonly string[] ClaimFormats = ["text", "json"];

    private const int Width = 80;

    private static readonly JsonWriterOptions Json = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task<int> ClaimsAsync(ClaimsRequest request, TextWriter stdout, TextWriter stderr, HostTerminal terminal, CancellationToken cancellationToken)
        => ReconcileCommand.GuardedAsync(stderr, async () =>
        {
            var (result, exit) = await ReconcileCommand.ReconcileAsync(request.Input, stderr, terminal, cancellationToken);
            if (result is null)
            {
                return exit;
            }

            var text = string.Equals(request.Format, "json", StringComparison.OrdinalIgnoreCase) ? ClaimsJson(result) : ClaimsText(result);
            return await ReconcileCommand.WriteAsync(request.OutputPath, stdout, stderr, o => o.WriteAsync(text.AsMemory(), cancellationToken), cancellationToken);
        }, cancellationToken);

    public static Task<int> ExplainAsync(ExplainRequest request, TextWriter stdout, TextWriter stderr, HostTerminal terminal, CancellationToken cancellationToken)
        => ReconcileCommand.GuardedAsync(stderr, async () =>
        {
            var (result, exit) = await ReconcileCommand.ReconcileAsync(request.Input, stderr, terminal, cancellationToken);
            if (result is null)
            {
                return exit;
            }

            var conflict = result.Conflicts.FirstOrDefault(c => string.Equals(c.Id, request.ConflictId.Trim(), StringComparison.OrdinalIgnoreCase));
            if (conflict is null)
            {
                await stderr.WriteLineAsync(result.Conflicts.Count == 0
                    ? $"error: there is no conflict '{request.ConflictId}': these sources have no conflicts at all."
                    : $"error: there is no conflict '{request.ConflictId}'; the conflicts are {string.Join(", ", result.Conflicts.Select(c => c.Id))}.");
                return ReconcileCommand.BadInput;
            }

            var text = Explain(result, conflict);
            return await ReconcileCommand.WriteAsync(request.OutputPath, stdout, stderr, o => o.WriteAsync(text.AsMemory(), cancellationToken), cancellationToken);
        }, cancellationToken);

    /// <summary>Every claim, grouped by source, with its value, mode, confidence and quote in context.</summary>
    internal static string ClaimsText(ReconciliationResult result)
    {
        var text = new StringBuilder();
        text.Append(Invariant($"Claims: {result.Claims.Count} from {result.Claims.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Count()} sources")).Append('\n');
        foreach (var group in result.Claims.GroupBy(c => c.SourceId, StringComparer.Ordinal))
        {
            text.Append('\n').Append(group.Key).Append('\n');
            foreach (var claim in group)
            {
                Line(text, 2, Invariant($"{claim.Id}: {claim.FactKey} = {claim.ValueAsGiven ?? claim.Value.Describe()}"));
                var quote = claim.Evidence is { } evidence ? ": " + Quote(evidence) : string.Empty;
                Line(text, 4, Invariant($"{Name(claim.Mode)}, confidence {claim.Confidence:0.00}{quote}"));
            }
        }

        return text.ToString();
    }

    /// <summary>Every claim as JSON: <c>{"claims": [{"id", "source", "subject", "property", "value", "mode", "confidence", "quote", ...}]}</c>.</summary>
    internal static string ClaimsJson(ReconciliationResult result)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Json))
        {
            json.WriteStartObject();
            json.WriteStartArray("claims");
            foreach (var claim in result.Claims)
            {
                json.WriteStartObject();
                json.WriteString("id", claim.Id);
                json.WriteString("source", claim.SourceId);
                json.WriteString("subject", claim.Subject);
                json.WriteString("property", claim.Property);
                json.WriteString("value", claim.Value.Describe());
                if (claim.ValueAsGiven is not null)
                {
                    json.WriteString("valueAsGiven", claim.ValueAsGiven);
                }

                json.WriteString("kind", claim.Value.Kind.ToString().ToLowerInvariant());
                json.WriteString("mode", Name(claim.Mode));
                json.WriteNumber("confidence", Math.Round(claim.Confidence, 4));
                if (claim.Evidence is { } evidence)
                {
                    json.WriteString("quote", evidence.Quote);
                    json.WriteString("prefix", evidence.Prefix);
                    json.WriteString("suffix", evidence.Suffix);
                    json.WriteNumber("start", evidence.Start);
                    json.WriteNumber("end", evidence.End);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    /// <summary>One conflict in full: what it is, each side's claims with their quotes, the fact's timeline, and every input of its confidence.</summary>
    internal static string Explain(ReconciliationResult result, Conflict conflict)
    {
        var claims = result.Claims.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var sources = result.Sources.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var text = new StringBuilder();
        var title = $"{conflict.Id}: {Words(conflict.Kind)} about {conflict.Subject}.{conflict.Property}";
        text.Append(title).Append('\n').Append('=', Math.Min(title.Length, Width)).Append('\n');
        Line(text, 0, conflict.Explanation);
        Line(text, 0, $"Found by the rule {conflict.Rule}.");

        text.Append("\nSides\n");
        for (var i = 0; i < conflict.Sides.Count; i++)
        {
            var side = conflict.Sides[i];
            Line(text, 2, Invariant($"{i + 1}. {side.Value}, from {string.Join(", ", side.SourceIds.Select(s => Describe(s, sources)))}"));
            foreach (var id in side.ClaimIds)
            {
                if (!claims.TryGetValue(id, out var claim))
                {
                    Line(text, 5, $"{id} (not among the claims)");
                    continue;
                }

                Line(text, 5, Invariant($"{claim.Id} ({Name(claim.Mode)}, confidence {claim.Confidence:0.00}{(claim.Observed is { } day ? $", reported {day:yyyy-MM-dd}" : string.Empty)})"));
                Line(text, 7, claim.Evidence is { } evidence ? Quote(evidence) : $"given as \"{claim.ValueAsGiven ?? claim.Value.Describe()}\"");
            }
        }

        text.Append(Invariant($"\nTimeline of {conflict.Subject}.{conflict.Property}\n"));
        var timeline = result.Timelines.FirstOrDefault(t => t.Subject == conflict.Subject && t.Property == conflict.Property);
        if (timeline is null || timeline.Entries.Count == 0)
        {
            Line(text, 2, "No dated reports of this fact.");
        }
        else
        {
            foreach (var entry in timeline.Entries)
            {
                var day = entry.Observed is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "undated   ";
                Line(text, 2, $"{day}  {entry.SourceId}: {entry.Value.Describe()} ({Name(entry.Role)}; {string.Join(", ", entry.ClaimIds)})");
            }

            Line(text, 2, $"Now: {timeline.Current?.Describe() ?? "unresolved"}");
        }

        text.Append(Invariant($"\nConfidence {conflict.Confidence.Value:0.00}\n"));
        foreach (var input in conflict.Confidence.Inputs)
        {
            Line(text, 2, Invariant($"{input.Name} = {input.Value:0.###}: {input.Description}"));
        }

        var resolution = result.Resolutions.FirstOrDefault(r => r.Subject == conflict.Subject && r.Property == conflict.Property);
        if (resolution is not null)
        {
            text.Append(Invariant($"\nBest-supported value: {resolution.ValueAsGiven ?? resolution.Value?.Describe() ?? "unresolved"} (confidence {resolution.Confidence.Value:0.00})\n"));
            foreach (var input in resolution.Confidence.Inputs)
            {
                Line(text, 2, Invariant($"{input.Name} = {input.Value:0.###}: {input.Description}"));
            }
        }

        var trust = result.TrustEstimates.Where(t => conflict.SourceIds.Contains(t.SourceId, StringComparer.Ordinal)).ToList();
        if (trust.Count > 0)
        {
            text.Append("\nTrust in the sources\n");
            foreach (var estimate in trust)
            {
                Line(text, 2, Invariant($"{estimate.SourceId}: prior {estimate.Prior:0.00} ({estimate.PriorFrom}), learned {estimate.Trust:0.00} over {estimate.ContestedFacts} contested facts"));
            }
        }

        return text.ToString();
    }

    private static string Describe(string sourceId, Dictionary<string, Sources.Source> sources)
        => sources.TryGetValue(sourceId, out var source) && source.Outlet is { } outlet ? $"{sourceId} ({outlet})" : sourceId;

    private static string Quote(Evidence evidence)
        => $"\"…{Flat(evidence.Prefix)}[{Flat(evidence.Quote)}]{Flat(evidence.Suffix)}…\"";

    /// <summary>Makes every run of white space (line breaks too) one space, so that a quote stays on its lines.</summary>
    private static string Flat(string text)
    {
        var flat = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                flat.Append(c);
            }
            else if (flat.Length == 0 || flat[^1] != ' ')
            {
                flat.Append(' ');
            }
        }

        return flat.ToString();
    }

    private static string Name<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var kebab = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsAsciiLetterUpper(c) && kebab.Length > 0)
            {
                kebab.Append('-');
            }

            kebab.Append(char.ToLowerInvariant(c));
        }

        return kebab.ToString();
    }

    private static string Words(ConflictKind kind) => kind == ConflictKind.SelfContradiction ? "self-contradiction" : Name(kind).Replace('-', ' ');

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Appends a paragraph wrapped at 80 columns, its later lines indented two more than its first.</summary>
    private static void Line(StringBuilder text, int indent, string paragraph)
    {
        var column = 0;
        var first = true;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (first)
            {
                text.Append(' ', indent).Append(word);
                column = indent + word.Length;
                first = false;
            }
            else if (column + 1 + word.Length > Width)
            {
                text.Append('\n').Append(' ', indent + 2).Append(word);
                column = indent + 2 + word.Length;
            }
            else
            {
                text.Append(' ').Append(word);
                column += 1 + word.Length;
            }
        }

        text.Append('\n');
    }
}
