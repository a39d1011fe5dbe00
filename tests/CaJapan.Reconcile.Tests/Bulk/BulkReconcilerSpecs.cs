using CaJapan.Reconcile.Bulk;
using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Corpus;
using CaJapan.Reconcile.Structured;
using NodaTime;

namespace CaJapan.Reconcile.Tests.Bulk;

/// <summary>
/// What bulk reconciliation of a claim table promises: the same answers as the full engine on claims it can judge,
/// trust that follows accuracy, the options honoured, and clear errors on bad input.
/// </summary>
public sealed class BulkReconcilerSpecs
{
    private static readonly BulkReconciler Reconciler = new();

    [Fact]
    public void Gives_the_full_engines_values_confidences_and_trust_on_a_truth_discovery_corpus()
    {
        var corpus = new ClaimCorpus { Items = 150, Sources = 12, Seed = 7 };
        var claims = corpus.Generate()
            .Select(c => new StructuredClaim(ClaimCorpus.SourceName(c.Source), ClaimCorpus.Subject(c.Item), "value", ClaimCorpus.ValueText(c.Item, c.Value)))
            .ToList();

        var full = ReconcileEngine.Create().ReconcileStructuredClaims(claims);
        var bulk = Reconciler.Reconcile(corpus.ToTable());

        bulk.Resolutions.Should().HaveCount(full.Resolutions.Count);
        foreach (var (b, f) in bulk.Resolutions.Zip(full.Resolutions))
        {
            (b.Subject, b.Property).Should().Be((f.Subject, f.Property));
            b.Value?.Key.Should().Be(f.Value?.Key, because: $"{b.Subject} resolves to the same value");
            b.Confidence.Should().BeApproximately(f.Confidence.Value, 1e-6, because: $"{b.Subject} has the same confidence");
        }

        bulk.TrustEstimates.Select(t => t.SourceId).Should().Equal(full.TrustEstimates.Select(t => t.SourceId));
        foreach (var (b, f) in bulk.TrustEstimates.Zip(full.TrustEstimates))
        {
            b.Trust.Should().BeApproximately(f.Trust, 1e-6);
            b.ContestedFacts.Should().Be(f.ContestedFacts);
            b.Agreement.Should().BeApproximately(f.Agreement!.Value, 1e-6);
        }
    }

    [Fact]
    public void Finds_more_true_values_than_a_majority_vote_and_trusts_accurate_sources_more()
    {
        var corpus = new ClaimCorpus { Items = 2000, Sources = 20, ErrorRate = 0.5, WrongValues = 2, Seed = 3 };

        var result = Reconciler.Reconcile(corpus.ToTable());

        var right = result.Resolutions.Count(r => r.Value?.Key == new TextValue(ClaimCorpus.TrueValue(int.Parse(r.Subject["item-".Length..], System.Globalization.CultureInfo.InvariantCulture))).Key);
        var majority = corpus.Generate()
            .GroupBy(c => c.Item)
            .Count(g => g.GroupBy(c => c.Value).OrderByDescending(v => v.Count()).ThenBy(v => v.Key).First().Key == 0);
        right.Should().BeGreaterThan(majority);
        var trust = result.TrustEstimates.ToDictionary(t => t.SourceId, t => t.Trust);
        trust[ClaimCorpus.SourceName(0)].Should().BeGreaterThan(trust[ClaimCorpus.SourceName(10)]);
        trust[ClaimCorpus.SourceName(10)].Should().BeGreaterThan(trust[ClaimCorpus.SourceName(19)]);
    }

    [Fact]
    public void A_lone_claim_gets_its_sources_accuracy_and_an_even_split_is_unresolved()
    {
        var table = new ClaimTable();
        table.Add("a", "lone", "value", new TextValue("x"), 0.8);
        table.Add("a", "split", "value", new TextValue("x"));
        table.Add("b", "split", "value", new TextValue("y"));

        var result = new BulkReconciler(new ReconcileOptions { LearnSourceTrust = false }).Reconcile(table);

        var lone = result.Resolutions.Single(r => r.Subject == "lone");
        lone.Confidence.Should().BeApproximately(0.7 * 0.8, 1e-12);
        lone.ValueAsGiven.Should().BeNull();
        var split = result.Resolutions.Single(r => r.Subject == "split");
        split.Value.Should().BeNull();
        split.Values.Should().BeEmpty();
        split.Candidates.Should().Be(2);
        split.Sources.Should().Be(2);
    }

    [Fact]
    public void A_more_trusted_outlet_wins_and_a_repeated_claim_is_not_corroboration()
    {
        var table = new ClaimTable();
        table.Add("wire", "fact", "value", new TextValue("x"));
        table.Add("blog", "fact", "value", new TextValue("y"));
        table.Add("blog", "fact", "value", new TextValue("y"));
        table.Add("blog", "fact", "value", new TextValue("y"));
        var options = new ReconcileOptions { LearnSourceTrust = false };
        options.OutletTrust["wire"] = 0.95;

        var result = new BulkReconciler(options).Reconcile(table);

        result.Resolutions.Single().Value.Should().Be(new TextValue("x"));
        result.TrustEstimates.Single(t => t.SourceId == "wire").PriorFrom.Should().Be("outlet:wire");
        result.Resolutions.Single().Values.Single().Sources.Should().Be(1);
    }

    [Fact]
    public void Outlet_priors_apply_to_structured_claims_sources_in_the_full_engine_as_in_bulk()
    {
        var options = new ReconcileOptions { LearnSourceTrust = false };
        options.OutletTrust["wire"] = 0.95;
        var claims = new[]
        {
            new StructuredClaim("wire", "fact", "value", "x"),
            new StructuredClaim("blog", "fact", "value", "y"),
        };
        var table = new ClaimTable();
        foreach (var claim in claims)
        {
            table.Add(claim, new TextValue(claim.Value));
        }

        var full = ReconcileEngine.Create(options).ReconcileStructuredClaims(claims);
        var bulk = new BulkReconciler(options).Reconcile(table);

        full.TrustEstimates.Should().Equal(bulk.TrustEstimates);
        full.TrustEstimates.Single(t => t.SourceId == "wire").PriorFrom.Should().Be("outlet:wire");
        full.Resolutions.Single().Value.Should().Be(new TextValue("x"));
    }

    [Fact]
    public void The_result_is_the_same_to_the_last_bit_at_every_degree_of_parallelism()
    {
        var table = new ClaimCorpus { Items = 5000, Sources = 12, Copiers = 2, Seed = 5 }.ToTable();
        var one = new BulkReconciler(new ReconcileOptions { MaxDegreeOfParallelism = 1 }).Reconcile(table);

        foreach (var degree in new[] { 2, 3, 8 })
        {
            var other = new BulkReconciler(new ReconcileOptions { MaxDegreeOfParallelism = degree }).Reconcile(table);

            other.Resolutions.Should().Equal(one.Resolutions, because: $"degree {degree} gives what one thread gives");
            other.TrustEstimates.Should().Equal(one.TrustEstimates);
        }
    }

    [Fact]
    public void Claims_reported_after_the_as_of_day_are_left_out()
    {
        var table = new ClaimTable();
        table.Add("a", "fact", "value", new TextValue("early"), observed: new LocalDate(2024, 8, 1));
        table.Add("b", "fact", "value", new TextValue("late"), observed: new LocalDate(2024, 8, 20));
        table.Add("c", "fact", "value", new TextValue("late"), observed: new LocalDate(2024, 8, 21));

        var now = new BulkReconciler().Reconcile(table);
        var then = new BulkReconciler(new ReconcileOptions { AsOf = new LocalDate(2024, 8, 10) }).Reconcile(table);

        now.Resolutions.Single().Value.Should().Be(new TextValue("late"));
        then.Resolutions.Single().Value.Should().Be(new TextValue("early"));
        then.ExcludedClaims.Should().Be(2);
        then.TrustEstimates.Select(t => t.SourceId).Should().Equal("a");
    }

    [Fact]
    public void A_multi_valued_property_keeps_every_value_that_is_probable_enough()
    {
        var table = new ClaimTable();
        foreach (var source in new[] { "a", "b", "c" })
        {
            table.Add(source, "summit", "participant", new TextValue("Kazakhstan"));
            table.Add(source, "summit", "participant", new TextValue("Uzbekistan"));
        }

        var options = new ReconcileOptions();
        options.MultiValuedProperties.Add("participant");

        var result = new BulkReconciler(options).Reconcile(table);

        result.Resolutions.Single().Values.Select(v => v.Value).Should().Equal(new TextValue("Kazakhstan"), new TextValue("Uzbekistan"));
    }

    [Fact]
    public void Rounds_of_learning_are_reported_as_progress_and_the_result_says_how_many_ran()
    {
        var reports = new List<BulkProgress>();
        var progress = new SynchronousProgress<BulkProgress>(reports.Add);

        var result = Reconciler.Reconcile(new ClaimCorpus { Items = 300 }.ToTable(), progress);

        reports.Where(r => r.Stage == BulkStage.Learning).Select(r => r.Done).Should().Equal(Enumerable.Range(0, result.Rounds).Select(i => (long)i));
        reports[^1].Stage.Should().Be(BulkStage.Done);
        result.Rounds.Should().BeInRange(2, new ReconcileOptions().MaxTrustIterations);
    }

    [Fact]
    public void Cancellation_stops_the_work()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var act = () => Reconciler.Reconcile(new ClaimCorpus { Items = 300 }.ToTable(), cancellationToken: cancel.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    [Theory]
    [InlineData("", "s", "p", 1.0)]
    [InlineData("a", " ", "p", 1.0)]
    [InlineData("a", "s", "", 1.0)]
    [InlineData("a", "s", "p", 0.0)]
    [InlineData("a", "s", "p", 1.5)]
    [InlineData("a", "s", "p", double.NaN)]
    public void A_claim_without_a_name_or_with_a_confidence_outside_0_to_1_is_refused(string source, string subject, string property, double confidence)
    {
        var act = () => new ClaimTable().Add(source, subject, property, new TextValue("x"), confidence);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public async Task Reading_a_file_streams_its_rows_names_bad_ones_and_reports_bytes_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bulk-{Guid.NewGuid():N}.jsonl");
        try
        {
            File.WriteAllText(path, """
                {"source":"a","subject":"s","property":"date","value":"2024-08-09","type":"date"}
                {"source":"b","subject":"s","property":"date","value":"February 30, 2024","type":"date"}
                not json
                {"source":"c","subject":"s","property":"date","value":"9 August 2024","type":"date"}
                """);
            var reports = new List<BulkProgress>();

            var (table, errors) = await Reconciler.ReadAsync(path, new SynchronousProgress<BulkProgress>(reports.Add));

            table.Count.Should().Be(2);
            errors.Select(e => e.SourceId).Should().Equal($"{Path.GetFileName(path)}:2", $"{Path.GetFileName(path)}:3");
            reports[^1].Should().Be(new BulkProgress(BulkStage.Reading, new FileInfo(path).Length, new FileInfo(path).Length));
            var resolution = Reconciler.Reconcile(table).Resolutions.Single();
            resolution.ValueAsGiven.Should().Be("2024-08-09");
            resolution.Values.Single().Sources.Should().Be(2);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_file_reconciled_partition_by_partition_gives_the_result_of_reading_it_whole()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bulk-{Guid.NewGuid():N}.jsonl");
        try
        {
            await using (var writer = new StreamWriter(path))
            {
                new ClaimCorpus { Items = 400, Copiers = 3, Seed = 11 }.WriteJsonLines(writer);
                await writer.WriteLineAsync("""{"source":"x","subject":"item-1","property":"value","value":"v","weight":7}""");
                await writer.WriteLineAsync("""{"source":"x","subject":"item-2","property":"when","value":"9 August","observed":"2024-08-01","type":"date","weight":0.25}""");
            }

            var lines = File.ReadLines(path).Count();
            var (table, errors) = await Reconciler.ReadAsync(path);
            var whole = Reconciler.Reconcile(table);
            var reports = new List<BulkProgress>();

            var (partitioned, partitionErrors) = await Reconciler.ReconcilePartitionedAsync(path, 5, new SynchronousProgress<BulkProgress>(reports.Add));

            partitioned.Resolutions.Should().Equal(whole.Resolutions);
            partitioned.TrustEstimates.Should().Equal(whole.TrustEstimates);
            partitioned.Rounds.Should().Be(whole.Rounds);
            partitionErrors.Should().Equal(errors);
            errors.Should().ContainSingle().Which.SourceId.Should().EndWith($":{lines - 1}");
            partitioned.Resolutions.Single(r => r.Property == "when").ValueAsGiven.Should().Be("9 August");
            reports.Select(r => r.Stage).Distinct().Should().Equal(BulkStage.Reading, BulkStage.Learning, BulkStage.Resolving, BulkStage.Done);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Reading_a_missing_file_or_an_unknown_format_is_a_clear_error()
    {
        var missing = () => Reconciler.ReadAsync(Path.Combine(Path.GetTempPath(), "no-such-file.csv"));
        var unknown = () => Reconciler.ReadAsync("claims.txt");

        await missing.Should().ThrowAsync<FileNotFoundException>();
        await unknown.Should().ThrowAsync<ArgumentException>().WithMessage("*.csv or .jsonl*");
    }

    [Fact]
    public void ToStrings_say_what_the_objects_hold()
    {
        var table = new ClaimCorpus { Items = 10 }.ToTable();
        var result = Reconciler.Reconcile(table);

        table.ToString().Should().Be($"ClaimTable ({table.Count} claims, 30 sources, 10 facts, {table.ValueCount} values)");
        result.ToString().Should().StartWith("BulkResult (10 facts, 30 sources");
        result.Resolutions[0].ToString().Should().StartWith("item-0/value: ");
    }

    /// <summary>Reports on the calling thread, at once, unlike <see cref="Progress{T}"/>.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
