using System.Diagnostics.CodeAnalysis;
using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Extraction;
using CaJapan.Reconcile.Knowledge;
using CaJapan.Reconcile.Recognition;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Reconciliation.Rules;
using CaJapan.Reconcile.Sources;
using CaJapan.Reconcile.Structured;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaJapan.Reconcile;

/// <summary>
/// The reconciliation engine: reads sources, extracts claims with every registered extractor, and reconciles them
/// with every registered rule. Thread-safe: one instance may serve concurrent calls.
/// </summary>
/// <remarks>
/// Apps with dependency injection call <c>services.AddReconcile()</c> and ask for <see cref="IReconciler"/>; others
/// call <see cref="Create(ReconcileOptions?, DomainPack?)"/>.
/// </remarks>
public sealed partial class ReconcileEngine : IReconciler
{
    private readonly ReconcileOptions options;
    private readonly IClaimExtractor[] extractors;
    private readonly ReconciliationEngine reconciliation;
    private readonly SourceMetadataReader metadata;
    private readonly SourceReader reader;
    private readonly SourceValidator validator;
    private readonly StructuredValueParser values;
    private readonly StructuredClaimReader claimReader;
    private readonly ILogger logger;

    internal ReconcileEngine(
        ReconcileOptions options,
        PackIndex index,
        IEnumerable<IClaimExtractor> extractors,
        IEnumerable<IReconciliationRule> rules,
        ILogger<ReconcileEngine>? logger = null)
    {
        this.options = options;
        this.extractors = [.. extractors];
        reconciliation = new ReconciliationEngine(index, options, rules);
        metadata = new SourceMetadataReader(index);
        reader = new SourceReader(options.MaxSourceBytes);
        validator = new SourceValidator(options.MaxSourceBytes);
        values = new StructuredValueParser(index);
        claimReader = new StructuredClaimReader(values);
        this.logger = logger ?? NullLogger<ReconcileEngine>.Instance;
    }

    /// <summary>Creates an engine without dependency injection, with the built-in extractor and rules.</summary>
    /// <param name="options">The settings, or <see langword="null"/> for the defaults.</param>
    /// <param name="pack">The domain pack, or <see langword="null"/> for the one named by <see cref="ReconcileOptions.DomainPackPath"/> or else the embedded one.</param>
    /// <returns>The engine.</returns>
    /// <exception cref="FluentValidation.ValidationException">The options are not valid; every problem is listed.</exception>
    /// <exception cref="DomainPackException">The domain pack cannot be read or is not valid.</exception>
    public static ReconcileEngine Create(ReconcileOptions? options = null, DomainPack? pack = null)
    {
        options ??= new ReconcileOptions();
        new ReconcileOptionsValidator().ValidateAndThrowAll(options);
        var index = new PackIndex(pack ?? LoadPack(options));
        return new ReconcileEngine(options, index, [new PackClaimExtractor(index)], BuiltInRules());
    }

    internal static DomainPack LoadPack(ReconcileOptions options)
        => options.DomainPackPath is { } path ? DomainPackLoader.LoadFile(path) : DomainPackLoader.LoadEmbedded();

    internal static IReconciliationRule[] BuiltInRules()
        => [new IncompatibleValuesRule(), new SelfContradictionRule(), new StatusSequenceRule(), new KnowledgeRule()];

    /// <inheritdoc />
    public async Task<ReconciliationResult> ReconcileFolderAsync(string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var set = await reader.ReadFolderAsync(folder, cancellationToken).ConfigureAwait(false);
        return await ReconcileAsync(set.Sources, set.Errors, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<ReconciliationResult> ReconcileAsync(IEnumerable<Source> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return ReconcileAsync([.. sources], [], cancellationToken);
    }

    /// <inheritdoc />
    public ReconciliationResult ReconcileClaims(IEnumerable<Claim> claims, IEnumerable<Source>? sources = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return ReconcileClaims(claims, sources, [], cancellationToken);
    }

    /// <inheritdoc />
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their leading parameter types, so no call is ambiguous; kept as they were before the API was tracked.")]
    public Task<ReconciliationResult> ReconcileClaimFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var rows = claimReader.ReadFileAsync(path, cancellationToken);
        return ReconcileRowsAsync(rows, Path.GetFileName(path), cancellationToken);
    }

    /// <inheritdoc />
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their leading parameter types, so no call is ambiguous; kept as they were before the API was tracked.")]
    public Task<ReconciliationResult> ReconcileClaimFileAsync(TextReader reader, StructuredClaimFormat format, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        Internal.Guard.NotNullOrWhiteSpace(fileName);
        var rows = claimReader.ReadAsync(reader, format, cancellationToken);
        return ReconcileRowsAsync(rows, fileName, cancellationToken);
    }

    /// <inheritdoc />
    public ReconciliationResult ReconcileStructuredClaims(IEnumerable<StructuredClaim> claims, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var numbering = new ClaimNumbering();
        var list = new List<Claim>();
        var errors = new List<SourceError>();
        foreach (var claim in claims)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ArgumentNullException.ThrowIfNull(claim, nameof(claims));
            var id = numbering.Next(claim.Source);
            if (values.TryParse(claim.Value, claim.Type, claim.Observed, out var value, out var error))
            {
                list.Add(ToClaim(id, claim, value));
            }
            else
            {
                errors.Add(new SourceError(id, error));
            }
        }

        return ReconcileClaims(list, null, errors, cancellationToken);
    }

    /// <summary>Reconciles the rows of a file of claims; a bad row becomes an error named <c>file:line</c>, in line order.</summary>
    private async Task<ReconciliationResult> ReconcileRowsAsync(IAsyncEnumerable<StructuredClaimRow> rows, string fileName, CancellationToken cancellationToken)
    {
        var numbering = new ClaimNumbering();
        var claims = new List<Claim>();
        var errors = new List<SourceError>();
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (row.IsValid)
            {
                claims.Add(ToClaim(numbering.Next(row.Claim.Source), row.Claim, row.Value));
            }
            else
            {
                errors.Add(new SourceError(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{fileName}:{row.Line}"), row.Error));
            }
        }

        return ReconcileClaims(claims, null, errors, cancellationToken);
    }

    /// <summary>A structured claim as the engine's claim: weight as confidence (1 when absent), stated, without evidence.</summary>
    private static Claim ToClaim(string id, StructuredClaim claim, ClaimValue value)
        => new(id, claim.Source, claim.Subject, claim.Property, value, null, AssertionMode.Stated, claim.Weight ?? 1.0)
        {
            Observed = claim.Observed,
            ValueAsGiven = claim.Value,
        };

    private ReconciliationResult ReconcileClaims(IEnumerable<Claim> claims, IEnumerable<Source>? sources, IReadOnlyList<SourceError> errors, CancellationToken cancellationToken)
    {
        foreach (var error in errors)
        {
            Log.SourceSkipped(logger, error.SourceId, error.Message);
        }

        var list = claims.OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        var duplicate = list.GroupBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two claims share the identifier '{duplicate.Key}'; give each claim its own.", nameof(claims));
        }

        var known = (sources ?? []).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        var published = known.Where(s => s.Published is not null).DistinctBy(s => s.Id).ToDictionary(s => s.Id, s => s.Published, StringComparer.Ordinal);
        list = [.. list.Select(c => c.Observed is null && published.TryGetValue(c.SourceId, out var day) ? c with { Observed = day } : c)];
        return WithValuesAsGiven(reconciliation.Reconcile(known, errors, list, cancellationToken));
    }

    /// <summary>
    /// Gives each resolution its value as the input gave it: that of the supporting claim with the lowest identifier
    /// whose value has the chosen value's key and that carries an as-given form. Done here, after reconciliation, so
    /// that the reconciliation itself need not know where its claims came from.
    /// </summary>
    private static ReconciliationResult WithValuesAsGiven(ReconciliationResult result)
    {
        if (!result.Claims.Any(c => c.ValueAsGiven is not null))
        {
            return result;
        }

        var claims = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var claim in result.Claims)
        {
            claims.TryAdd(claim.Id, claim);
        }

        var resolutions = result.Resolutions
            .Select(r => r.Value is not { } value ? r : r with
            {
                ValueAsGiven = r.SupportingClaimIds
                    .Order(StringComparer.Ordinal)
                    .Select(id => claims.GetValueOrDefault(id))
                    .FirstOrDefault(c => c?.ValueAsGiven is not null && string.Equals(c.Value.Key, value.Key, StringComparison.Ordinal))
                    ?.ValueAsGiven,
            })
            .ToList();
        return result with { Resolutions = resolutions };
    }

    private Task<ReconciliationResult> ReconcileAsync(IReadOnlyList<Source> input, IReadOnlyList<SourceError> readErrors, CancellationToken cancellationToken)
    {
        var intake = new Intake(this, readErrors);
        foreach (var source in input)
        {
            cancellationToken.ThrowIfCancellationRequested();
            intake.Take(source, cancellationToken);
        }

        return Task.FromResult(intake.Reconcile(cancellationToken));
    }

    /// <inheritdoc />
    public async Task<ReconciliationResult> ReconcileStreamAsync(IAsyncEnumerable<Source> sources, IProgress<ReconcileProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var intake = new Intake(this, []);
        await foreach (var source in sources.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            intake.Take(source, cancellationToken);
            progress?.Report(new ReconcileProgress(ReconcileStage.Reading, intake.Taken, intake.ClaimCount, source?.Id));
        }

        progress?.Report(new ReconcileProgress(ReconcileStage.Reconciling, intake.Taken, intake.ClaimCount, null));
        var result = intake.Reconcile(cancellationToken);
        progress?.Report(new ReconcileProgress(ReconcileStage.Done, intake.Taken, intake.ClaimCount, null));
        return result;
    }

    /// <summary>
    /// Takes sources one at a time, in any order: validates each, reads its header, extracts its claims, and keeps
    /// the first of several that share an identifier. The result does not depend on the order sources arrive in.
    /// </summary>
    private sealed class Intake(ReconcileEngine engine, IReadOnlyList<SourceError> readErrors)
    {
        private readonly List<SourceError> errors = [.. readErrors];
        private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);
        private readonly List<Source> read = [];
        private readonly List<Claim> claims = [];

        public int Taken { get; private set; }

        public int ClaimCount => claims.Count;

        public void Take(Source? source, CancellationToken cancellationToken)
        {
            Taken++;
            var id = source?.Id ?? string.Empty;
            if (source is not null && source.Id is not null && seen.TryGetValue(source.Id, out var count))
            {
                seen[source.Id] = count + 1;
                return;
            }

            if (source?.Id is not null)
            {
                seen[source.Id] = 1;
            }

            var validation = source is null ? null : engine.validator.Validate(source);
            if (source is null || !validation!.IsValid)
            {
                errors.Add(new SourceError(id, source is null ? "A source is null; give each source an identifier and a text." : string.Join(" ", validation!.Errors.Select(e => e.ErrorMessage))));
                return;
            }

            var completed = engine.metadata.Complete(source);
            var extracted = engine.Extract(completed, errors, cancellationToken);
            if (extracted is null)
            {
                return;
            }

            read.Add(completed);
            claims.AddRange(extracted.Select((c, i) => c with { Id = $"{completed.Id}#{i + 1}", SourceId = completed.Id, Observed = c.Observed ?? completed.Published }));
        }

        public ReconciliationResult Reconcile(CancellationToken cancellationToken)
        {
            foreach (var (id, count) in seen.Where(s => s.Value > 1))
            {
                errors.Add(new SourceError(id, $"{count} sources share the identifier '{id}'; only the first is reconciled."));
            }

            foreach (var error in errors)
            {
                Log.SourceSkipped(engine.logger, error.SourceId, error.Message);
            }

            var ordered = errors.OrderBy(e => e.SourceId, StringComparer.Ordinal).ThenBy(e => e.Message, StringComparer.Ordinal).ToList();
            var sources = read.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
            var position = sources.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
            var orderedClaims = claims.OrderBy(c => position[c.SourceId]).ToList(); // stable: each source's claims keep their order
            return WithValuesAsGiven(engine.reconciliation.Reconcile(sources, ordered, orderedClaims, cancellationToken));
        }
    }

    /// <summary>Runs every extractor on a source; an extractor that fails loses that source only, and says so.</summary>
    private List<Claim>? Extract(Source source, List<SourceError> errors, CancellationToken cancellationToken)
    {
        var claims = new List<Claim>();
        foreach (var extractor in extractors)
        {
            try
            {
                claims.AddRange(extractor.Extract(source, cancellationToken));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.ExtractorFailed(logger, e, extractor.GetType().Name, source.Id);
                errors.Add(new SourceError(source.Id, $"Extraction failed ({extractor.GetType().Name}): {e.Message}"));
                return null;
            }
        }

        return claims;
    }

    /// <inheritdoc />
    public override string ToString() => $"ReconcileEngine ({extractors.Length} extractors, trust {options.DefaultSourceTrust})";

    /// <summary>Numbers each source's claims 1, 2, 3, ... in input order: <c>source#n</c>.</summary>
    private sealed class ClaimNumbering
    {
        private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

        public string Next(string source)
        {
            var n = counts[source] = counts.GetValueOrDefault(source) + 1;
            return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{source}#{n}");
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Source {Source} was not reconciled: {Message}")]
        public static partial void SourceSkipped(ILogger logger, string source, string message);

        [LoggerMessage(2, LogLevel.Error, "Extractor {Extractor} failed on {Source}")]
        public static partial void ExtractorFailed(ILogger logger, Exception exception, string extractor, string source);
    }
}
