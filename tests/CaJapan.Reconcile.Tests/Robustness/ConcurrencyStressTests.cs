using System.Globalization;
using CaJapan.Reconcile.Bulk;
using CaJapan.Reconcile.Corpus;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Reporting;
using CaJapan.Reconcile.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace CaJapan.Reconcile.Tests.Robustness;

/// <summary>
/// One engine, as an app's container holds it, serving many callers at once: every entry point is called by many
/// tasks released together, over and over, and each call must give exactly what it gives alone. The state engines
/// share between calls (the pack's index, per-thread document caches, the claim reader's batches, the bulk
/// reconciler's workers) is what this attacks.
/// </summary>
public sealed class ConcurrencyStressTests : IDisposable
{
    /// <summary>How many times every call is made at once in each round.</summary>
    private const int Copies = 6;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "cajapan-stress-" + Guid.NewGuid().ToString("N"));

    public ConcurrencyStressTests() => Directory.CreateDirectory(folder);

    /// <summary>Gets the number of rounds: <c>CAJAPAN_STRESS_ROUNDS</c>, or 2.</summary>
    private static int Rounds
        => int.TryParse(Environment.GetEnvironmentVariable("CAJAPAN_STRESS_ROUNDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var rounds) && rounds > 0 ? rounds : 2;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task EveryEntryPointCalledByManyAtOnceGivesWhatItGivesAlone()
    {
        await using var services = new ServiceCollection().AddReconcile(o => o.MaxDegreeOfParallelism = 2).BuildServiceProvider();
        var engine = services.GetRequiredService<IReconciler>();
        var bulk = services.GetRequiredService<BulkReconciler>();
        var calls = Calls(engine, bulk);

        var alone = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, call) in calls)
        {
            alone[name] = await call();
        }

        alone.Values.Should().OnlyHaveUniqueItems("each call reads a different input, so a mix-up between callers would show");
        for (var round = 0; round < Rounds; round++)
        {
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var running = calls
                .SelectMany(c => Enumerable.Repeat(c, Copies))
                .Select(c => Task.Run(async () =>
                {
                    await start.Task;
                    return (c.Name, Output: await c.Call());
                }))
                .ToList();
            start.SetResult();

            foreach (var (name, output) in await Task.WhenAll(running))
            {
                output.Should().Be(alone[name], $"call '{name}' in round {round} ran beside {running.Count - 1} others and must not notice them");
            }
        }
    }

    private List<(string Name, Func<Task<string>> Call)> Calls(IReconciler engine, BulkReconciler bulk)
    {
        var articles = ArticleCorpus.Generate(24, seed: 7);
        var articleFolder = Path.Combine(folder, "articles");
        Directory.CreateDirectory(articleFolder);
        ArticleCorpus.WriteFolder(articles, articleFolder);

        var claims = new ClaimCorpus { Sources = 8, Items = 150, Seed = 11 };
        var claimFile = Path.Combine(folder, "claims.jsonl");
        using (var writer = new StreamWriter(claimFile))
        {
            claims.WriteJsonLines(writer);
        }

        // A claim file with broken rows, and articles of which some cannot be read: errors travel with results.
        var brokenFile = Path.Combine(folder, "broken.jsonl");
        File.WriteAllLines(brokenFile, [.. File.ReadLines(claimFile).Take(300), "{\"source\": 12}", "not json", .. File.ReadLines(claimFile).Skip(300).Take(200)]);
        List<Source> hostile = [.. ArticleCorpus.Sources(12, seed: 5), new("empty.txt", string.Empty), new("binary.txt", "A\0B")];

        return
        [
            ("articles", async () => await Json(await engine.ReconcileAsync(ArticleCorpus.Sources(30, seed: 3)))),
            ("hostile articles", async () => await Json(await engine.ReconcileAsync(hostile))),
            ("folder", async () => await Json(await engine.ReconcileFolderAsync(articleFolder))),
            ("stream", async () => await Json(await engine.ReconcileStreamAsync(Stream(ArticleCorpus.Sources(20, seed: 9))))),
            ("claim file", async () => await Json(await engine.ReconcileClaimFileAsync(claimFile))),
            ("broken claim file", async () => await Json(await engine.ReconcileClaimFileAsync(brokenFile))),
            ("bulk", async () =>
            {
                var (table, errors) = await bulk.ReadAsync(brokenFile);
                await using var output = new StringWriter();
                await BulkReports.WriteAsync(bulk.Reconcile(table), "json", output);
                return string.Join("\n", errors) + output;
            }),
        ];
    }

    private static async Task<string> Json(ReconciliationResult result)
    {
        await using var output = new StringWriter();
        await new JsonReportWriter().WriteAsync(result, output);
        return output.ToString();
    }

    private static async IAsyncEnumerable<Source> Stream(IEnumerable<Source> sources)
    {
        foreach (var source in sources)
        {
            await Task.Yield();
            yield return source;
        }
    }
}
