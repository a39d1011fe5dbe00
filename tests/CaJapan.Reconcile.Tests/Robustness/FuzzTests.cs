using System.Globalization;
using System.Text;
using CaJapan.Reconcile.Bulk;
using CaJapan.Reconcile.Knowledge;
using CaJapan.Reconcile.Sources;
using CaJapan.Reconcile.Structured;
using CsCheck;

namespace CaJapan.Reconcile.Tests.Robustness;

/// <summary>
/// Random and mutated input thrown at the public entry points: random Unicode and mutated seed articles, random
/// manifests, random CSV and JSON Lines of claims, and mutated domain packs. Nothing may throw but the documented
/// exceptions; every failure is a per-source error that names its input; every quote is the source's own characters.
/// The number of inputs per test is <see cref="Iterations"/>: set <c>CAJAPAN_FUZZ_ITERATIONS</c> for a longer run.
/// </summary>
public sealed class FuzzTests
{
    private static readonly ReconcileEngine Engine = ReconcileEngine.Create(new ReconcileOptions { MaxDegreeOfParallelism = 1 });

    private static readonly string[] Seeds = [.. Directory.GetFiles(Specifications.SeedCorpus.Folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    /// <summary>Pieces a mutation inserts: the engine's trigger words, numbers, currency, markup, and characters that break text.</summary>
    private static readonly string[] Pieces =
    [
        "August", "9", "2024", "2023", "February 30", "$", "¥", "US$ 2.1 billion", "Astana", "Almaty", "cancelled", "postponed",
        "Prime Minister", "Foreign Minister", "Fumio Kishida", "summit", "\u200B", "\u200D", "\u202E", "\u2066", "\uFEFF", "\0",
        "\n\n", "\r", "<div>", "</p>", "&amp;", "\"", "'", "(", ")", "—", "Аugust", "\uD800", "\uDC00", "😀", "١٢", "  ",
    ];

    /// <summary>Gets how many inputs each fuzz test tries: 200, or <c>CAJAPAN_FUZZ_ITERATIONS</c>.</summary>
    public static int Iterations { get; } = int.TryParse(Environment.GetEnvironmentVariable("CAJAPAN_FUZZ_ITERATIONS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 200;

    /// <summary>A seed article with up to 12 pieces inserted, words deleted or characters replaced at random places.</summary>
    private static readonly Gen<string> MutatedSeed =
        Gen.Select(Gen.Int[0, Seeds.Length - 1], Gen.Select(Gen.Int[0, 2], Gen.Int[0, int.MaxValue], Gen.Int[0, Pieces.Length - 1], Gen.Char).Array[1, 12])
            .Select(x => Mutate(Seeds[x.Item1], x.Item2));

    private static readonly Gen<string> RandomText = Gen.OneOf(Gen.String, Gen.String[0, 2000], Gen.Char.Array[0, 500].Select(c => new string(c)));

    [Fact]
    public Task Random_and_mutated_articles_reconcile_and_every_quote_is_the_sources_own_text()
        => Gen.Select(Gen.OneOf(MutatedSeed, RandomText), MutatedSeed).SampleAsync(
            async pair =>
            {
                var sources = new[] { new Source("a.txt", pair.Item1), new Source("b.txt", pair.Item2) };
                var result = await Engine.ReconcileAsync(sources);

                foreach (var claim in result.Claims.Where(c => c.Evidence is not null))
                {
                    var text = sources.Single(s => s.Id == claim.SourceId).Text;
                    var evidence = claim.Evidence!;
                    text.Substring(evidence.Start, evidence.End - evidence.Start).Should().Be(evidence.Quote, because: $"claim {claim.Id} quotes its source");
                }

                result.SourceErrors.Should().NotContain(e => e.SourceId != "a.txt" && e.SourceId != "b.txt");
            },
            iter: Iterations);

    [Fact]
    public Task Random_manifests_give_errors_that_name_the_manifest_and_the_articles_are_still_read()
        => Gen.OneOf(
                Gen.String[0, 300],
                Gen.Select(Gen.OneOf<string>("a.txt", "../a.txt", "/etc/hostname", "", ".", "..", "b.txt", "a.txt\0", "c:\\x.txt"), Gen.OneOf<string>("VOA", "", "\u202E"), Gen.OneOf<string>("2024-08-09", "2024-02-30", "soon", ""), Gen.OneOf<string>("https://x.example/a", "not a url", "javascript:alert(1)", ""))
                    .Array[0, 4]
                    .Select(entries => "{\"sources\":[" + string.Join(",", entries.Select(e => $"{{\"file\":{Json(e.Item1)},\"outlet\":{Json(e.Item2)},\"published\":{Json(e.Item3)},\"url\":{Json(e.Item4)}}}")) + "]}"))
            .SampleAsync(
                async manifest =>
                {
                    var folder = Directory.CreateTempSubdirectory("fuzz-manifest-").FullName;
                    try
                    {
                        await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"), Seeds[0]);
                        await File.WriteAllTextAsync(Path.Combine(folder, SourceManifest.FileName), manifest);

                        var read = await new SourceReader().ReadFolderAsync(folder);

                        read.Sources.Select(s => s.Id).Should().Equal("a.txt");
                        read.Errors.Should().NotContain(e => e.SourceId != SourceManifest.FileName && e.SourceId != "b.txt", because: manifest);
                    }
                    finally
                    {
                        Directory.Delete(folder, recursive: true);
                    }
                },
                iter: Iterations);

    [Fact]
    public Task Random_csv_and_json_lines_of_claims_give_rows_or_errors_named_by_line()
        => Gen.Select(Gen.Bool, ClaimLines).SampleAsync(
            async x =>
            {
                var (csv, lines) = x;
                var text = csv ? "source,subject,property,value,type,weight,observed\n" + string.Join("\n", lines) : string.Join("\n", lines);
                var format = csv ? StructuredClaimFormat.Csv : StructuredClaimFormat.JsonLines;

                var result = await Engine.ReconcileClaimFileAsync(new StringReader(text), format, "claims");

                result.SourceErrors.Should().NotContain(e => !e.SourceId.StartsWith("claims:", StringComparison.Ordinal) || e.Message.Length == 0);
                var table = new ClaimTable();
                await foreach (var row in new StructuredClaimReader().ReadAsync(new StringReader(text), format))
                {
                    if (row.IsValid)
                    {
                        table.Add(row.Claim!, row.Value!);
                    }
                }

                new BulkReconciler().Reconcile(table).ClaimCount.Should().Be(result.Claims.Count);
            },
            iter: Iterations);

    [Fact]
    public async Task Claim_files_with_random_bytes_give_the_same_rows_and_errors_in_both_engines_and_never_U_FFFD()
    {
        // Bytes that break UTF-8, lines and fields; none is EF, so no U+FFFD can be written validly.
        byte[] breakers = [0xFF, 0xC3, 0x28, 0x80, 0xE2, 0x00, (byte)'\n', (byte)'\r', (byte)'"', (byte)',', (byte)'{', (byte)'}', (byte)'a', 0xD8];
        var folder = Directory.CreateTempSubdirectory("fuzz-bytes-").FullName;
        try
        {
            await Gen.Select(Gen.Bool, Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, breakers.Length - 1]).Array[1, 6], Gen.Int[0, 3]).SampleAsync(
                async x =>
                {
                    var (csv, edits, prefix) = x;
                    var rows = Enumerable.Range(0, 6).Select(i => csv
                        ? $"s{i % 3},item-{i},date,2024-08-{10 + i}\n"
                        : $$"""{"source": "s{{i % 3}}", "subject": "item-{{i}}", "property": "date", "value": "2024-08-{{10 + i}}"}""" + "\n");
                    var bytes = new List<byte>(Encoding.UTF8.GetBytes((csv ? "source,subject,property,value\n" : string.Empty) + string.Concat(rows)));
                    foreach (var (at, b) in edits)
                    {
                        bytes.Insert(at % (bytes.Count + 1), breakers[b]);
                    }

                    byte[] start = prefix switch { 1 => [0xEF, 0xBB, 0xBF], 2 => [0xFF, 0xFE], _ => [] };
                    var path = Path.Combine(Directory.CreateDirectory(Path.Combine(folder, Guid.NewGuid().ToString("N"))).FullName, csv ? "claims.csv" : "claims.jsonl");
                    await File.WriteAllBytesAsync(path, [.. start, .. bytes]);

                    var result = await Engine.ReconcileClaimFileAsync(path);
                    var bulk = new BulkReconciler();
                    var (table, errors) = await bulk.ReadAsync(path);
                    var read = new List<StructuredClaim>();
                    await foreach (var row in new StructuredClaimReader().ReadFileAsync(path))
                    {
                        if (row.IsValid)
                        {
                            read.Add(row.Claim);
                        }
                    }

                    errors.Select(e => (e.SourceId, e.Message)).Should().Equal(result.SourceErrors.Select(e => (e.SourceId, e.Message)));
                    result.SourceErrors.Should().NotContain(e => !e.SourceId.StartsWith(Path.GetFileName(path) + ":", StringComparison.Ordinal) || e.Message.Length == 0);
                    table.Count.Should().Be(read.Count);
                    read.Should().NotContain(c => (c.Source + c.Subject + c.Property + c.Value).Contains('\uFFFD', StringComparison.Ordinal), "invalid bytes are refused, never read as U+FFFD");
                },
                iter: Iterations);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Mutated_domain_packs_load_or_fail_with_a_domain_pack_error()
    {
        var assembly = typeof(DomainPack).Assembly;
        using var embedded = assembly.GetManifestResourceStream(assembly.GetManifestResourceNames().Single(n => n.EndsWith(".json", StringComparison.Ordinal)))!;
        var pack = new StreamReader(embedded).ReadToEnd();
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, int.MaxValue], Gen.Int[0, Pieces.Length - 1], Gen.Char).Array[1, 8].Sample(
            edits =>
            {
                var json = Mutate(pack, edits);
                try
                {
                    using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
                    var loaded = DomainPackLoader.Load(stream, "fuzzed");
                    ReconcileEngine.Create(pack: loaded).ReconcileAsync([new Source("a.txt", Seeds[0])]).GetAwaiter().GetResult().Should().NotBeNull();
                }
                catch (DomainPackException e)
                {
                    e.Message.Should().Contain("fuzzed");
                }
            },
            iter: Iterations);
    }

    private static Gen<string[]> ClaimLines { get; } = Gen.OneOf(
            Gen.String[0, 120],
            Gen.Select(Gen.OneOf<string>("s", "", "\"q\"", "a,b", "\u202E"), Gen.OneOf<string>("x", "", "item-1"), Gen.OneOf<string>("date", "value", ""), Gen.OneOf<string>("2024-08-09", "February 30, 2024", "¥10bn", "", "1e400", "NaN"), Gen.OneOf<string>("date", "money", "number", "text", "bogus", ""), Gen.OneOf<string>("0.5", "7", "-1", "", "x"), Gen.OneOf<string>("2024-08-01", "bad", ""))
                .Select(f => Gen.Bool.Select(json => json
                    ? $"{{\"source\":{Json(f.Item1)},\"subject\":{Json(f.Item2)},\"property\":{Json(f.Item3)},\"value\":{Json(f.Item4)},\"type\":{Json(f.Item5)},\"weight\":{(f.Item6.Length > 0 && double.TryParse(f.Item6, CultureInfo.InvariantCulture, out _) ? f.Item6 : Json(f.Item6))},\"observed\":{Json(f.Item7)}}}"
                    : string.Join(",", f.Item1, f.Item2, f.Item3, f.Item4, f.Item5, f.Item6, f.Item7)))
                .SelectMany(g => g))
        .Array[0, 12];

    private static string Json(string value) => System.Text.Json.JsonSerializer.Serialize(value);

    /// <summary>Applies edits: 0 inserts a piece, 1 deletes a run of up to 8 characters, 2 replaces a character.</summary>
    private static string Mutate(string text, (int Op, int At, int Piece, char Char)[] edits)
    {
        var builder = new StringBuilder(text);
        foreach (var (op, at, piece, c) in edits)
        {
            var position = builder.Length == 0 ? 0 : at % builder.Length;
            switch (op)
            {
                case 0:
                    builder.Insert(position, Pieces[piece]);
                    break;
                case 1:
                    builder.Remove(position, Math.Min(8, builder.Length - position));
                    break;
                default:
                    if (builder.Length > 0)
                    {
                        builder[position] = c;
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
