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
        claimReader = new StructuredClaimReader(values, options.MaxClaimLineBytes);
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

    private async Task<ReconciliationResult> ReconcileAsync(IReadOnlyList<Source> input, IReadOnlyList<SourceError> readErrors, CancellationToken cancellationToken)
    {
        var intake = new Intake(this, readErrors);
        if (options.MaxDegreeOfParallelism > 1)
        {
            intake.TakeAll(input, cancellationToken);
        }
        else
        {
            await intake.TakeAllAsync(Listed(input), null, cancellationToken).ConfigureAwait(false);
        }

        return intake.Reconcile(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ReconciliationResult> ReconcileStreamAsync(IAsyncEnumerable<Source> sources, IProgress<ReconcileProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var intake = new Intake(this, []);
        await intake.TakeAllAsync(sources, progress, cancellationToken).ConfigureAwait(false);
        progress?.Report(new ReconcileProgress(ReconcileStage.Reconciling, intake.Taken, intake.ClaimCount, null));
        var result = intake.Reconcile(cancellationToken);
        progress?.Report(new ReconcileProgress(ReconcileStage.Done, intake.Taken, intake.ClaimCount, null));
        return result;
    }

    /// <summary>A list as a stream that completes synchronously, so one intake path serves lists and streams.</summary>
    private static async IAsyncEnumerable<Source> Listed(IReadOnlyList<Source> sources)
    {
        foreach (var source in sources)
        {
            yield return source;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <summary>
    /// Takes sources one at a time, in any order: validates each, reads its header, extracts its claims, and keeps
    /// the first of several that share an identifier. The result does not depend on the order sources arrive in.
    /// With <see cref="ReconcileOptions.MaxDegreeOfParallelism"/> above 1, sources are validated and extracted on
    /// several threads, a bounded number at a time, and their claims are taken in input order, so the claims, their
    /// identifiers and everything after them are the same as on one thread.
    /// </summary>
    private sealed class Intake(ReconcileEngine engine, IReadOnlyList<SourceError> readErrors)
    {
        private readonly List<SourceError> errors = [.. readErrors];
        private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);
        private readonly List<Source> read = [];
        private readonly List<Claim> claims = [];

        public int Taken { get; private set; }

        public int ClaimCount => claims.Count;

        /// <summary>Takes every source of a stream, reporting progress after each in input order.</summary>
        public async Task TakeAllAsync(IAsyncEnumerable<Source?> sources, IProgress<ReconcileProgress>? progress, CancellationToken cancellationToken)
        {
            var degree = engine.options.MaxDegreeOfParallelism;
            if (degree <= 1)
            {
                await foreach (var source in sources.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Accept(Admit(source) is { } admitted ? Process(admitted, cancellationToken) : Intaken.Skipped(source), progress);
                }

                return;
            }

            // A window of sources in flight, oldest first: at most 'degree' are extracted at once (the gate), up to
            // four times as many wait their turn, and results are taken from the front in input order.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using var gate = new SemaphoreSlim(degree, degree);
            var window = new Queue<Task<Intaken>>();
            try
            {
                await foreach (var source in sources.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    window.Enqueue(Admit(source) is { } admitted ? Run(admitted, gate, stop.Token) : Task.FromResult(Intaken.Skipped(source)));
                    while (window.Count >= degree * 4)
                    {
                        var taken = await window.Dequeue().ConfigureAwait(false);
                        cancellationToken.ThrowIfCancellationRequested();
                        Accept(taken, progress);
                    }
                }

                while (window.Count > 0)
                {
                    var taken = await window.Dequeue().ConfigureAwait(false);
                    cancellationToken.ThrowIfCancellationRequested();
                    Accept(taken, progress);
                }
            }
            catch
            {
                // Stop the work still in flight and let it wind down before the failure or cancellation is passed on.
                await stop.CancelAsync().ConfigureAwait(false);
                try
                {
                    await Task.WhenAll(window).ConfigureAwait(false);
                }
                catch (Exception e) when (e is OperationCanceledException || window.Any(t => t.IsFaulted))
                {
                    // Already failing: the first failure is the one passed on.
                }

                throw;
            }
        }

        /// <summary>
        /// Takes a list of sources on several threads: a list is in memory already, so its sources are shared out
        /// among the threads in ranges, with no task per source, and taken in input order once all are extracted.
        /// </summary>
        public void TakeAll(IReadOnlyList<Source> sources, CancellationToken cancellationToken)
        {
            var admitted = new Source?[sources.Count];
            for (var i = 0; i < sources.Count; i++)
            {
                admitted[i] = Admit(sources[i]);
            }

            var taken = new Intaken[sources.Count];
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = engine.options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
            try
            {
                Parallel.For(0, sources.Count, parallel, i => taken[i] = admitted[i] is { } source ? Process(source, cancellationToken) : Intaken.Skipped(sources[i]));
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                // As on one thread: the failure itself, not a wrapper of it.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
            }

            foreach (var one in taken)
            {
                Accept(one, null);
            }
        }

        private Task<Intaken> Run(Source source, SemaphoreSlim gate, CancellationToken cancellationToken)
            => Task.Run(
                async () =>
                {
                    await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                    try
                    {
                        return Process(source, cancellationToken);
                    }
                    finally
                    {
                        gate.Release();
                    }
                },
                cancellationToken);

        /// <summary>Decides, in input order, whether a source is taken: the first of several that share an identifier is.</summary>
        private Source? Admit(Source? source)
        {
            if (source is not null && source.Id is not null && seen.TryGetValue(source.Id, out var count))
            {
                seen[source.Id] = count + 1;
                return null;
            }

            if (source?.Id is not null)
            {
                seen[source.Id] = 1;
            }

            // A null source is taken, to be reported as an error.
            return source ?? NullSource;
        }

        /// <summary>Validates a source, reads its header and extracts its claims; safe to run on several threads at once.</summary>
        private Intaken Process(Source source, CancellationToken cancellationToken)
        {
            if (ReferenceEquals(source, NullSource))
            {
                return new Intaken(null, null, null, new SourceError(string.Empty, "A source is null; give each source an identifier and a text."));
            }

            var validation = engine.validator.Validate(source);
            if (!validation.IsValid)
            {
                return new Intaken(source, null, null, new SourceError(source.Id ?? string.Empty, string.Join(" ", validation.Errors.Select(e => e.ErrorMessage))));
            }

            var completed = engine.metadata.Complete(source);
            var (extracted, error) = engine.Extract(completed, cancellationToken);
            return new Intaken(source, completed, extracted, error);
        }

        /// <summary>Takes a processed source's claims, in input order.</summary>
        private void Accept(Intaken taken, IProgress<ReconcileProgress>? progress)
        {
            Taken++;
            if (taken.Error is not null)
            {
                errors.Add(taken.Error);
            }

            if (taken.Completed is { } completed && taken.Claims is { } extracted)
            {
                read.Add(completed);
                claims.AddRange(extracted.Select((c, i) => c with { Id = $"{completed.Id}#{i + 1}", SourceId = completed.Id, Observed = c.Observed ?? completed.Published }));
            }

            progress?.Report(new ReconcileProgress(ReconcileStage.Reading, Taken, ClaimCount, taken.Source?.Id));
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

        /// <summary>Stands for a null source between admission and processing.</summary>
        private static readonly Source NullSource = new(string.Empty, string.Empty);
    }

    /// <summary>
    /// What became of one source: its header completed and its claims, or the error that lost it (or both are
    /// <see langword="null"/> for a repeated identifier, which is reported once all are taken).
    /// </summary>
    private sealed record Intaken(Source? Source, Source? Completed, List<Claim>? Claims, SourceError? Error)
    {
        public static Intaken Skipped(Source? source) => new(source, null, null, null);
    }

    /// <summary>Runs every extractor on a source; an extractor that fails loses that source only, and says so.</summary>
    private (List<Claim>? Claims, SourceError? Error) Extract(Source source, CancellationToken cancellationToken)
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
                return (null, new SourceError(source.Id, $"Extraction failed ({extractor.GetType().Name}): {e.Message}"));
            }
        }

        return (claims, null);
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
