using System.Diagnostics;
using System.Globalization;
using CaJapan.Reconcile.Bulk;
using CaJapan.Reconcile.Corpus;

namespace CaJapan.Reconcile.Benchmarks;

/// <summary>
/// Commands beside the benchmarks: write a generated corpus to disk, and take the measurements BenchmarkDotNet does
/// not (wall clock and peak memory of one large run, managed memory retained per claim). See benchmarks/README.md.
/// </summary>
internal static class Tools
{
    private const string Usage = """
        corpus claims --count N [--seed S] --out FILE.jsonl   write N generated structured claims as JSON Lines
        corpus articles --count N [--seed S] --out PATH [--jsonl]
                                                              write N generated news articles to a folder with
                                                              sources.json, or with --jsonl to a JSON Lines corpus
        measure bulk --count N                                build a table of N claims, reconcile it, report time and memory
        measure pathological [--bytes N]                      extract each hostile input of about N bytes once, report s/MB
        measure pathological --long-line M[,M...]             extract the long line with no sentence break at each size of
                                                              M MiB (say 1,4,16,50), report s/MB, allocation, peak working set
        measure stream --file FILE.jsonl [--partitions K]     read a file of claims as a stream and reconcile it, with progress;
                                                              with K, partition by partition in memory bounded by one partition
        """;

    /// <summary>Runs a command when the arguments name one.</summary>
    /// <returns>The exit code, or <see langword="null"/> when the arguments are for BenchmarkDotNet.</returns>
    public static int? TryRun(string[] args)
    {
        switch (args)
        {
            case ["corpus", "claims", .. var rest]:
                return WriteClaims(Option(rest, "--count", 1_000_000), (int)Option(rest, "--seed", 42), Text(rest, "--out"));
            case ["corpus", "articles", .. var rest]:
                return ArticleCorpusCommand.Run(rest);
            case ["measure", "bulk", .. var rest]:
                return MeasureBulk(Option(rest, "--count", 1_000_000));
            case ["measure", "stream", .. var rest]:
                return MeasureStream(Text(rest, "--file"), (int)Option(rest, "--partitions", 0));
            case ["measure", "pathological", .. var rest] when Array.IndexOf(rest, "--long-line") >= 0:
                return MeasureLongLine([.. Text(rest, "--long-line").Split(',').Select(m => int.Parse(m, CultureInfo.InvariantCulture))]);
            case ["measure", "pathological", .. var rest]:
                return MeasurePathological((int)Option(rest, "--bytes", 1 << 20));
            case ["corpus" or "measure", ..]:
                Console.Error.WriteLine(Usage);
                return 2;
            default:
                return null;
        }
    }

    private static int MeasurePathological(int bytes)
    {
        var inputs = new ExtractionInputs();
        foreach (var kind in Enum.GetValues<PathologicalInput>())
        {
            var clock = Stopwatch.StartNew();
            var text = kind == PathologicalInput.NestedHtml ? Sources.HtmlText.ToText(PathologicalInputs.NestedHtml(bytes)) : PathologicalInputs.Text(kind, bytes);
            var size = System.Text.Encoding.UTF8.GetByteCount(text);
            var claims = inputs.Extract([new Sources.Source($"{kind}.txt", text)]);
            var seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine(Invariant($"{kind}: {size} bytes, {claims} claims, {seconds:0.000} s, {seconds / (size / 1e6):0.000} s/MB"));
        }

        return 0;
    }

    /// <summary>
    /// Extracts the long line (story words with no sentence break) at each size, cold, through the extractor directly
    /// as the benchmarks do: no <see cref="ReconcileOptions.MaxSourceBytes"/> applies, so sizes over its 16 MiB default
    /// can be measured. Allocation is that of the extraction alone; the peak working set is the process's so far, so
    /// the largest size should come last (or alone).
    /// </summary>
    private static int MeasureLongLine(int[] mebibytes)
    {
        var inputs = new ExtractionInputs();
        foreach (var size in mebibytes)
        {
            var text = PathologicalInputs.Text(PathologicalInput.LongLine, size << 20);
            var bytes = System.Text.Encoding.UTF8.GetByteCount(text);
            GC.Collect();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var claims = inputs.Extract([new Sources.Source($"long-{size}.txt", text)]);
            var seconds = clock.Elapsed.TotalSeconds;
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            Console.WriteLine(Invariant($"LongLine {size} MiB: {bytes} bytes, {claims} claims, {seconds:0.000} s, {seconds / (bytes / 1e6):0.000} s/MB, allocated {allocated / 1e6:0} MB ({allocated / (double)bytes:0} bytes per byte), peak working set so far {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB"));
        }

        return 0;
    }

    private static int WriteClaims(long count, int seed, string path)
    {
        var clock = Stopwatch.StartNew();
        using var writer = new StreamWriter(path);
        var written = ClaimCorpus.OfSize(count, seed).WriteJsonLines(writer);
        writer.Flush();
        Console.WriteLine(Invariant($"{written} claims, {new FileInfo(path).Length / 1e6:0.0} MB, written to {path} in {clock.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }

    private static int MeasureBulk(long count)
    {
        var clock = Stopwatch.StartNew();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var table = ClaimCorpus.OfSize(count).ToTable();
        Console.WriteLine(Invariant($"built {table} in {clock.Elapsed.TotalSeconds:0.00} s"));
        var reconciler = new BulkReconciler();
        BulkResult? result = null;
        for (var run = 1; run <= 3; run++)
        {
            clock.Restart();
            result = reconciler.Reconcile(table);
            Console.WriteLine(Invariant($"run {run}: reconciled in {clock.Elapsed.TotalSeconds:0.000} s ({result.Rounds} rounds of learning trust, {result.Resolutions.Count} facts)"));
        }

        var retained = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        Console.WriteLine(Invariant($"managed memory retained by the table and the result: {retained / 1e6:0.0} MB, {retained / (double)table.Count:0.0} bytes per claim"));
        Console.WriteLine(Invariant($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB"));
        GC.KeepAlive(table);
        GC.KeepAlive(result);
        return 0;
    }

    private static int MeasureStream(string path, int partitions)
    {
        var clock = Stopwatch.StartNew();
        var reconciler = new BulkReconciler();
        var last = 0L;
        var progress = new Progress<BulkProgress>(p =>
        {
            if (p.Stage != BulkStage.Reading || p.Done - last >= 100_000_000 || p.Done == p.Total)
            {
                last = p.Done;
                Console.WriteLine(Invariant($"{clock.Elapsed.TotalSeconds,7:0.0} s  {p}"));
            }
        });
        if (partitions > 0)
        {
            var (partitioned, bad) = reconciler.ReconcilePartitionedAsync(path, partitions, progress).GetAwaiter().GetResult();
            Console.WriteLine(Invariant($"reconciled {new FileInfo(path).Length / 1e6:0} MB in {partitions} partitions in {clock.Elapsed.TotalSeconds:0.0} s ({bad.Count} bad rows, {partitioned.ClaimCount} claims, {partitioned.Resolutions.Count} facts, {partitioned.Rounds} rounds)"));
            Console.WriteLine(Invariant($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB; managed heap now, holding the result, {GC.GetTotalMemory(forceFullCollection: true) / 1e6:0} MB"));
            GC.KeepAlive(partitioned);
            return 0;
        }

        var (table, errors) = reconciler.ReadAsync(path, progress).GetAwaiter().GetResult();
        var read = clock.Elapsed;
        var result = reconciler.Reconcile(table, progress);
        Console.WriteLine(Invariant($"read {new FileInfo(path).Length / 1e6:0} MB into {table} in {read.TotalSeconds:0.0} s ({errors.Count} bad rows); reconciled in {(clock.Elapsed - read).TotalSeconds:0.0} s, {result.Resolutions.Count} facts"));
        Console.WriteLine(Invariant($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB; managed heap now {GC.GetTotalMemory(forceFullCollection: true) / 1e6:0} MB"));
        GC.KeepAlive(table);
        return 0;
    }

    private static long Option(string[] args, string name, long fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? long.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string Text(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{name} is required.\n{Usage}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
