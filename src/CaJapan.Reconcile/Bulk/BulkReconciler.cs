using System.Globalization;
using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Knowledge;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Sources;
using CaJapan.Reconcile.Structured;

namespace CaJapan.Reconcile.Bulk;

/// <summary>
/// Reconciles a <see cref="ClaimTable"/> of millions of structured claims: learns each source's trust and chooses the
/// best-supported value of every fact with the same votes, priors and learning as <see cref="IReconciler"/>, on a
/// compact form that uses every core and gives the same result at any degree of parallelism. What it leaves out
/// (explained scores, conflicts, timelines, knowledge checks, partial agreement between compatible values, copy
/// detection) is listed in docs/scale-out.md. Thread-safe.
/// </summary>
/// <remarks>
/// Reconciliation partitions by subject. <see cref="Reconcile"/> runs every step on one machine; a distributed run calls
/// the steps itself: <see cref="Evidence"/> on every partition, <see cref="TrustEvidence.Merge"/>, <see cref="Learn"/>,
/// while <see cref="NeedsAnotherRound"/>; then <see cref="Resolve"/> on every partition and <see cref="BulkResult.Merge"/>.
/// The result is the same as <see cref="Reconcile"/> over all the claims in one table.
/// </remarks>
public sealed class BulkReconciler
{
    private readonly ReconcileOptions options;
    private readonly HashSet<string> multiValued;
    private readonly StructuredClaimReader reader;

    /// <summary>
    /// Reads the partition files this reconciler writes: without a line limit, since a row within the limit may grow
    /// when written as JSON (escapes), and a partition's rows were all read once already.
    /// </summary>
    private readonly StructuredClaimReader partitionReader;
    private readonly int? asOfDay;

    /// <summary>Initializes a new instance of the <see cref="BulkReconciler"/> class.</summary>
    /// <param name="options">The options: priors, trust learning, alternatives, <see cref="ReconcileOptions.AsOf"/>, <see cref="ReconcileOptions.MaxClaimLineBytes"/>; the defaults when null.</param>
    /// <param name="pack">The domain pack whose property definitions say which properties are multi-valued; the options' pack when null.</param>
    public BulkReconciler(ReconcileOptions? options = null, DomainPack? pack = null)
    {
        this.options = options ?? new ReconcileOptions();
        pack ??= ReconcileEngine.LoadPack(this.options);
        multiValued = new HashSet<string>(this.options.MultiValuedProperties, StringComparer.Ordinal);
        multiValued.UnionWith(pack.Properties.Where(p => !p.SingleValued).Select(p => p.Id));
        var parser = new StructuredValueParser(new Recognition.PackIndex(pack));
        reader = new StructuredClaimReader(parser, this.options.MaxClaimLineBytes);
        partitionReader = new StructuredClaimReader(parser, Array.MaxLength);
        asOfDay = this.options.AsOf?.ToDateOnly().DayNumber;
    }

    /// <summary>Reads a CSV or JSON Lines file of claims (docs/structured-claims.md) into a table, as a stream: memory grows with the table, not the file.</summary>
    /// <param name="path">The file; <c>.csv</c> or <c>.jsonl</c>.</param>
    /// <param name="progress">Told of the bytes read, about every 64 KB of rows; optional.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>
    /// The table and one error per bad row, named <c>file:line</c>, in line order: a row that cannot be read, holds bytes
    /// that are not valid UTF-8 or a NUL character, or is longer than <see cref="ReconcileOptions.MaxClaimLineBytes"/>.
    /// </returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="ArgumentException">The file is neither CSV nor JSON Lines.</exception>
    public async Task<(ClaimTable Table, IReadOnlyList<SourceError> Errors)> ReadAsync(string path, IProgress<BulkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Internal.Guard.NotNullOrWhiteSpace(path);
        var format = StructuredClaimReader.FormatOf(path)
            ?? throw new ArgumentException($"{path}: a file of claims ends in .csv or .jsonl.", nameof(path));
        var table = new ClaimTable();
        var errors = await ReadRowsAsync(reader, path, format, progress, row => table.Add(row.Claim!, row.Value!), cancellationToken).ConfigureAwait(false);
        return (table, errors);
    }

    /// <summary>Streams a file's rows: each good row to <paramref name="take"/>, each bad one to the errors, with the bytes read as progress.</summary>
    private static async Task<List<SourceError>> ReadRowsAsync(StructuredClaimReader reader, string path, StructuredClaimFormat format, IProgress<BulkProgress>? progress, Action<StructuredClaimRow> take, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            var errors = new List<SourceError>();
            var name = Path.GetFileName(path);
            var total = stream.Length;
            var reported = 0L;
            await foreach (var row in reader.ReadAsync(stream, format, cancellationToken).ConfigureAwait(false))
            {
                if (row.IsValid)
                {
                    take(row);
                }
                else
                {
                    errors.Add(new SourceError(string.Create(CultureInfo.InvariantCulture, $"{name}:{row.Line}"), row.Error!));
                }

                if (progress is not null && stream.Position - reported >= 1 << 16)
                {
                    reported = stream.Position;
                    progress.Report(new BulkProgress(BulkStage.Reading, reported, total));
                }
            }

            progress?.Report(new BulkProgress(BulkStage.Reading, total, total));
            return errors;
        }
    }

    /// <summary>
    /// Reconciles a file of claims too large for memory, in memory bounded by the largest of <paramref name="partitions"/>
    /// partitions: the file is read once and its rows written, by subject, to partition files in a temporary folder; each
    /// round of learning then reads the partitions one at a time, as a distributed run would on many machines
    /// (docs/scale-out.md). Slower than <see cref="ReadAsync"/> and <see cref="Reconcile"/> (the partitions are read
    /// again each round), and gives exactly their result.
    /// </summary>
    /// <param name="path">The file; <c>.csv</c> or <c>.jsonl</c>.</param>
    /// <param name="partitions">How many partitions, at least 1: about the file's size over the memory to be used.</param>
    /// <param name="progress">Told of the bytes read, each round and the resolving; optional.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The result, and one error per bad row, named <c>file:line</c>, in line order.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="ArgumentException">The file is neither CSV nor JSON Lines.</exception>
    public async Task<(BulkResult Result, IReadOnlyList<SourceError> Errors)> ReconcilePartitionedAsync(
        string path, int partitions, IProgress<BulkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Internal.Guard.NotNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        var format = StructuredClaimReader.FormatOf(path)
            ?? throw new ArgumentException($"{path}: a file of claims ends in .csv or .jsonl.", nameof(path));
        var folder = Directory.CreateTempSubdirectory("cajapan-partitions-").FullName;
        try
        {
            var files = Enumerable.Range(0, partitions).Select(p => Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{p}.jsonl"))).ToArray();
            var errors = await SplitAsync(path, format, files, progress, cancellationToken).ConfigureAwait(false);
            var trust = SourceTrust.Initial;
            while (NeedsAnotherRound(trust))
            {
                progress?.Report(new BulkProgress(BulkStage.Learning, trust.Rounds, options.MaxTrustIterations));
                var evidence = TrustEvidence.Empty;
                foreach (var file in files)
                {
                    evidence = TrustEvidence.Merge(evidence, Evidence(await ReadPartitionAsync(file, cancellationToken).ConfigureAwait(false), trust, cancellationToken));
                }

                trust = Learn(trust, evidence);
            }

            progress?.Report(new BulkProgress(BulkStage.Resolving, 0, partitions));
            BulkResult? result = null;
            for (var p = 0; p < files.Length; p++)
            {
                var part = Resolve(await ReadPartitionAsync(files[p], cancellationToken).ConfigureAwait(false), trust, cancellationToken);
                result = result is null ? part : BulkResult.Merge(result, part);
                progress?.Report(new BulkProgress(p + 1 == files.Length ? BulkStage.Done : BulkStage.Resolving, p + 1, partitions));
            }

            return (result!, errors);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Reads a file of claims once, writing each good row as a JSON line to the partition of its subject.</summary>
    private async Task<List<SourceError>> SplitAsync(string path, StructuredClaimFormat format, string[] files, IProgress<BulkProgress>? progress, CancellationToken cancellationToken)
    {
        var writers = files.Select(f => new StreamWriter(f, append: false, new System.Text.UTF8Encoding(false), 1 << 16) { NewLine = "\n" }).ToArray();
        try
        {
            return await ReadRowsAsync(reader, path, format, progress, row =>
            {
                var claim = row.Claim!;
                writers[ClaimTable.PartitionOf(claim.Subject, files.Length)].WriteLine(System.Text.Json.JsonSerializer.Serialize(new PartitionRow(
                    claim.Source,
                    claim.Subject,
                    claim.Property,
                    claim.Value,
                    claim.Weight,
                    claim.Observed is { } day ? NodaTime.Text.LocalDatePattern.Iso.Format(day) : null,
                    claim.Type?.ToString().ToLowerInvariant())));
            }, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var writer in writers)
            {
                await writer.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task<ClaimTable> ReadPartitionAsync(string file, CancellationToken cancellationToken)
    {
        var table = new ClaimTable();
        await ReadRowsAsync(partitionReader, file, StructuredClaimFormat.JsonLines, null, row => table.Add(row.Claim!, row.Value!), cancellationToken).ConfigureAwait(false);
        return table;
    }

    /// <summary>Reconciles a table: learns source trust over rounds until it settles, then resolves every fact.</summary>
    /// <param name="table">The claims.</param>
    /// <param name="progress">Told of each round of learning and of the resolving; optional.</param>
    /// <param name="cancellationToken">Stops the work between facts.</param>
    /// <returns>The result.</returns>
    public BulkResult Reconcile(ClaimTable table, IProgress<BulkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);

        // Arranged afresh and not kept with the table: one run needs the arrangement only while it lasts.
        var votes = FactVotes.Build(table, asOfDay, multiValued.Contains, Degree, cancellationToken);
        var trust = SourceTrust.Initial;
        while (NeedsAnotherRound(trust))
        {
            progress?.Report(new BulkProgress(BulkStage.Learning, trust.Rounds, options.MaxTrustIterations));
            trust = Learn(trust, Gather(votes, trust, cancellationToken));
        }

        progress?.Report(new BulkProgress(BulkStage.Resolving, 0, votes.Facts));
        var result = ResolveAll(votes, trust, cancellationToken);
        progress?.Report(new BulkProgress(BulkStage.Done, votes.Facts, votes.Facts));
        return result;
    }

    /// <summary>Gets whether trust should be learned for another round: learning is on, trust has not settled, and rounds are left.</summary>
    /// <param name="trust">The trust so far.</param>
    /// <returns>Whether to run <see cref="Evidence"/> and <see cref="Learn"/> again.</returns>
    public bool NeedsAnotherRound(SourceTrust trust)
    {
        ArgumentNullException.ThrowIfNull(trust);
        return options.LearnSourceTrust && !trust.Settled && trust.Rounds < options.MaxTrustIterations;
    }

    /// <summary>
    /// Resolves every fact of a partition with the given trust and says, for each source, how probable the values it
    /// gave came out where at least two voices spoke. Facts must not be split between partitions.
    /// </summary>
    /// <param name="partition">A partition of the claims, holding every claim of its subjects.</param>
    /// <param name="trust">The trust so far (<see cref="SourceTrust.Initial"/> in the first round).</param>
    /// <param name="cancellationToken">Stops the work between facts.</param>
    /// <returns>The partition's evidence; merge it with the others' before <see cref="Learn"/>.</returns>
    public TrustEvidence Evidence(ClaimTable partition, SourceTrust trust, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partition);
        ArgumentNullException.ThrowIfNull(trust);
        return Gather(Arrange(partition, cancellationToken), trust, cancellationToken);
    }

    /// <summary>Learns the next trust from the merged evidence of every partition: (w·prior + agreement) / (w + contested facts).</summary>
    /// <param name="current">The trust the evidence was found with.</param>
    /// <param name="evidence">The evidence of every partition, merged.</param>
    /// <returns>The new trust, one round on.</returns>
    public SourceTrust Learn(SourceTrust current, TrustEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(evidence);
        var learned = new Dictionary<string, double>(StringComparer.Ordinal);
        var moved = 0.0;
        foreach (var source in evidence.Sources)
        {
            var prior = Prior(source).Prior;
            var facts = evidence.ContestedFacts(source);
            var trust = facts > 0 ? ((options.TrustPriorWeight * prior) + evidence.Agreement(source)) / (options.TrustPriorWeight + facts) : prior;
            moved = Math.Max(moved, Math.Abs(trust - current.Values.GetValueOrDefault(source, prior)));
            learned[source] = trust;
        }

        return new SourceTrust(learned, evidence, current.Rounds + 1, moved, moved < ReconciliationEngine.TrustTolerance);
    }

    /// <summary>Resolves every fact of a partition with the learned trust.</summary>
    /// <param name="partition">A partition of the claims, holding every claim of its subjects.</param>
    /// <param name="trust">The learned trust.</param>
    /// <param name="cancellationToken">Stops the work between facts.</param>
    /// <returns>The partition's result; merge it with the others' with <see cref="BulkResult.Merge"/>.</returns>
    public BulkResult Resolve(ClaimTable partition, SourceTrust trust, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partition);
        ArgumentNullException.ThrowIfNull(trust);
        return ResolveAll(Arrange(partition, cancellationToken), trust, cancellationToken);
    }

    /// <inheritdoc />
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"BulkReconciler (trust {options.DefaultSourceTrust}, {(options.LearnSourceTrust ? $"learned over at most {options.MaxTrustIterations} rounds" : "not learned")})");

    /// <summary>Arranges a table for voting once; the rounds of a distributed run then reuse the arrangement.</summary>
    private FactVotes Arrange(ClaimTable table, CancellationToken cancellationToken)
    {
        if (table.Arranged is { } arranged && ReferenceEquals(arranged.Owner, this))
        {
            return arranged.Votes;
        }

        var votes = FactVotes.Build(table, asOfDay, multiValued.Contains, Degree, cancellationToken);
        table.Arranged = (this, votes);
        return votes;
    }

    private int Degree => options.MaxDegreeOfParallelism;

    private (double Prior, string From) Prior(string source)
        => options.OutletTrust.TryGetValue(source, out var prior) ? (prior, $"outlet:{source}") : (options.DefaultSourceTrust, "default");

    private double[] TrustBySource(ClaimTable table, SourceTrust trust)
    {
        var values = new double[table.SourceCount];
        for (var s = 0; s < values.Length; s++)
        {
            var name = table.SourceName(s);
            values[s] = trust.Values.TryGetValue(name, out var learned) ? learned : Prior(name).Prior;
        }

        return values;
    }

    private TrustEvidence Gather(FactVotes votes, SourceTrust trust, CancellationToken cancellationToken)
    {
        var sourceTrust = TrustBySource(votes.Table, trust);
        var sources = sourceTrust.Length;
        var facts = new int[sources];
        var units = new long[sources];
        var gate = new object();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Degree, CancellationToken = cancellationToken };
        Parallel.ForEach(FactVotes.Chunks(votes.Facts, Degree), parallel, () => (Facts: new int[sources], Units: new long[sources], Scores: new double[16]), (range, _, local) =>
        {
            for (var f = range.Start; f < range.End; f++)
            {
                if (votes.Kinds[f] != FactVotes.FactKind.Multi)
                {
                    local.Scores = Single(votes, f, sourceTrust, local.Scores, out var max, out var denominator);
                    var start = votes.Start[f];
                    var count = votes.VoteCounts[f];
                    if (count < 2)
                    {
                        // Trust is learned only where at least two voices speak.
                        continue;
                    }

                    for (var v = start; v < start + count; v++)
                    {
                        var probability = Math.Exp(local.Scores[votes.VoteSlots[v]] - max) / denominator;
                        local.Facts[votes.VoteSources[v]]++;
                        local.Units[votes.VoteSources[v]] += (long)Math.Round(probability * TrustEvidence.Unit);
                    }
                }
            }

            return local;
        }, local =>
        {
            lock (gate)
            {
                for (var s = 0; s < sources; s++)
                {
                    facts[s] += local.Facts[s];
                    units[s] += local.Units[s];
                }
            }
        });

        var bySource = new Dictionary<string, (int Facts, long Units)>(StringComparer.Ordinal);
        for (var s = 0; s < sources; s++)
        {
            if (votes.SourcePresent[s])
            {
                bySource[votes.Table.SourceName(s)] = (facts[s], units[s]);
            }
        }

        return new TrustEvidence(bySource);
    }

    /// <summary>The votes of a single-valued fact: each value's summed vote, the largest, and Σ exp(vote − largest) over values seen and unseen.</summary>
    private double[] Single(FactVotes votes, int f, double[] sourceTrust, double[] scores, out double max, out double denominator)
    {
        var values = votes.ValueCounts[f];
        if (scores.Length < values)
        {
            scores = new double[Math.Max(values, scores.Length * 2)];
        }

        Array.Clear(scores, 0, values);
        var n = votes.Kinds[f] == FactVotes.FactKind.Status ? TruthResolver.StatusAlternatives : options.FalseValueCount;
        var start = votes.Start[f];
        for (var v = start; v < start + votes.VoteCounts[f]; v++)
        {
            scores[votes.VoteSlots[v]] += TruthResolver.Logit(sourceTrust[votes.VoteSources[v]] * votes.VoteWeights[v], n, signed: false);
        }

        max = 0.0;
        for (var k = 0; k < values; k++)
        {
            max = k == 0 ? scores[0] : Math.Max(max, scores[k]);
        }

        denominator = Math.Max(1, n + 1 - values) * Math.Exp(-max);
        for (var k = 0; k < values; k++)
        {
            denominator += Math.Exp(scores[k] - max);
        }

        return scores;
    }

    private BulkResult ResolveAll(FactVotes votes, SourceTrust trust, CancellationToken cancellationToken)
    {
        var sourceTrust = TrustBySource(votes.Table, trust);
        var resolutions = new BulkResolution[votes.Facts];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Degree, CancellationToken = cancellationToken };
        Parallel.ForEach(FactVotes.Chunks(votes.Facts, Degree), parallel, range =>
        {
            var scores = new double[16];
            var seen = new int[sourceTrust.Length];
            Array.Fill(seen, -1);
            var perValue = new int[16];
            for (var f = range.Start; f < range.End; f++)
            {
                (resolutions[f], scores, perValue) = ResolveFact(votes, f, sourceTrust, scores, seen, perValue);
            }
        });

        Array.Sort(resolutions, BulkResolution.Order);
        var estimates = Enumerable.Range(0, votes.Table.SourceCount)
            .Where(s => votes.SourcePresent[s])
            .Select(s => votes.Table.SourceName(s))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                var (prior, from) = Prior(name);
                var facts = trust.Evidence.ContestedFacts(name);
                return new SourceTrustEstimate(name, prior, from, trust.Values.GetValueOrDefault(name, prior), facts, facts > 0 ? trust.Evidence.Agreement(name) / facts : null);
            })
            .ToList();
        return new BulkResult(resolutions, estimates, trust.Rounds, votes.Claims, votes.Excluded);
    }

    private (BulkResolution Resolution, double[] Scores, int[] PerValue) ResolveFact(FactVotes votes, int f, double[] sourceTrust, double[] scores, int[] seen, int[] perValue)
    {
        var start = votes.Start[f];
        var values = votes.ValueCounts[f];
        var count = votes.VoteCounts[f];
        if (perValue.Length < values)
        {
            perValue = new int[Math.Max(values, perValue.Length * 2)];
        }

        Array.Clear(perValue, 0, values);
        var sources = 0;
        for (var v = start; v < start + count; v++)
        {
            perValue[votes.VoteSlots[v]]++;
            if (seen[votes.VoteSources[v]] != f)
            {
                seen[votes.VoteSources[v]] = f;
                sources++;
            }
        }

        var (subject, property) = votes.Table.FactName(votes.FactIds[f]);
        ClaimValue ValueAt(int k) => votes.Table.ValueOf(votes.Values[start + k]);
        if (votes.Kinds[f] == FactVotes.FactKind.Multi)
        {
            if (scores.Length < values)
            {
                scores = new double[Math.Max(values, scores.Length * 2)];
            }

            Array.Clear(scores, 0, values);
            for (var v = start; v < start + count; v++)
            {
                scores[votes.VoteSlots[v]] += TruthResolver.Logit(sourceTrust[votes.VoteSources[v]] * votes.VoteWeights[v], 1, signed: true);
            }

            var judged = Enumerable.Range(0, values)
                .Select(k => (Slot: k, Probability: 1 / (1 + Math.Exp(-scores[k]))))
                .OrderByDescending(x => x.Probability)
                .ThenBy(x => x.Slot)
                .ToList();
            var accepted = judged.Where(x => x.Probability >= options.MinimumResolutionConfidence).ToList();
            var chosen = accepted.Count > 0 ? ValueAt(accepted[0].Slot) : null;
            return (new BulkResolution(subject, property, chosen, judged[0].Probability, [.. accepted.Select(x => new BulkValue(ValueAt(x.Slot), x.Probability, perValue[x.Slot]))], sources, values)
            {
                ValueAsGiven = accepted.Count > 0 ? votes.Table.ValueAsGiven(votes.Values[start + accepted[0].Slot]) : null,
            }, scores, perValue);
        }

        scores = Single(votes, f, sourceTrust, scores, out var max, out var denominator);
        var best = 0;
        for (var k = 1; k < values; k++)
        {
            // The higher vote wins; on a tie the more specific value, then the lower key (slots are in key order).
            if (scores[k] > scores[best] || (scores[k] == scores[best] && ValueAt(k).Specificity > ValueAt(best).Specificity))
            {
                best = k;
            }
        }

        var probability = Math.Exp(scores[best] - max) / denominator;
        var contested = values > 1 && probability < options.MinimumResolutionConfidence;
        var value = ValueAt(best);
        return (new BulkResolution(subject, property, contested ? null : value, probability, contested ? [] : [new BulkValue(value, probability, perValue[best])], sources, values)
        {
            ValueAsGiven = contested ? null : votes.Table.ValueAsGiven(votes.Values[start + best]),
        }, scores, perValue);
    }

    /// <summary>A good row as a partition file holds it: the structured-claims fields, read back by the same reader.</summary>
    private sealed record PartitionRow(
        [property: System.Text.Json.Serialization.JsonPropertyName("source")] string Source,
        [property: System.Text.Json.Serialization.JsonPropertyName("subject")] string Subject,
        [property: System.Text.Json.Serialization.JsonPropertyName("property")] string Property,
        [property: System.Text.Json.Serialization.JsonPropertyName("value")] string Value,
        [property: System.Text.Json.Serialization.JsonPropertyName("weight")] double? Weight,
        [property: System.Text.Json.Serialization.JsonPropertyName("observed")] string? Observed,
        [property: System.Text.Json.Serialization.JsonPropertyName("type")] string? Type);
}
