using System.Globalization;
using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Sources;
using Xunit.Abstractions;

namespace CaJapan.Reconcile.Tests.Specifications;

/// <summary>
/// Structured claims in the shape of the public truth-discovery benchmarks (many web sources, one gold value per
/// item): a few accurate sources, many prolific poor ones that repeat the same popular wrong values, and a ring of
/// sources that carry one poor source's copy. Learned trust must beat majority vote clearly.
/// </summary>
public sealed class TruthDiscoverySpecs(ITestOutputHelper output)
{
    private const int Items = 300;

    private static readonly ReconcileEngine Engine = ReconcileEngine.Create();

    private sealed record Corpus(List<Claim> Claims, List<Source> Sources, Dictionary<string, string> Gold);

    /// <summary>Generates a corpus: 3 good sources (accuracy 0.95), 7 fair ones (0.75), 12 poor ones (0.35), and copiers of poor-0.</summary>
    private static Corpus Generate(int seed, int copiers)
    {
        var random = new Random(seed);
        var profiles = new List<(string Id, double Accuracy, double Coverage, string? Wire)>();
        profiles.AddRange(Enumerable.Range(0, 3).Select(i => ($"good-{i}", 0.95, 0.35, (string?)null)));
        profiles.AddRange(Enumerable.Range(0, 7).Select(i => ($"fair-{i}", 0.75, 0.5, (string?)null)));
        profiles.AddRange(Enumerable.Range(0, 12).Select(i => ($"poor-{i}", 0.35, 0.8, i == 0 && copiers > 0 ? "poor-0-desk" : null)));
        profiles.AddRange(Enumerable.Range(0, copiers).Select(i => ($"copy-{i}", 0.35, 0.8, (string?)"poor-0-desk")));
        var gold = Enumerable.Range(0, Items).ToDictionary(i => $"item-{i:000}", i => $"true-{i}");
        var claims = new List<Claim>();
        var poorZero = new Dictionary<string, string>();
        foreach (var (id, accuracy, coverage, _) in profiles)
        {
            foreach (var (item, truth) in gold)
            {
                string value;
                if (id.StartsWith("copy-", StringComparison.Ordinal))
                {
                    if (!poorZero.TryGetValue(item, out var copied) || random.NextDouble() > 0.9)
                    {
                        continue;
                    }

                    value = copied;
                }
                else
                {
                    if (random.NextDouble() > coverage)
                    {
                        continue;
                    }

                    // Wrong values cluster on a popular mistake, as stale or mis-parsed values do on the web.
                    value = random.NextDouble() < accuracy ? truth : random.NextDouble() < 0.75 ? $"popular-wrong-{item}" : $"wrong-{item}-{random.Next(5)}";
                    if (id == "poor-0")
                    {
                        poorZero[item] = value;
                    }
                }

                claims.Add(new Claim($"{id}#{item}", id, item, "value", new TextValue(value), null, AssertionMode.Stated, 1.0));
            }
        }

        var sources = profiles.Select(p => new Source(p.Id, p.Id) { WireOrigin = p.Wire }).ToList();
        return new Corpus(claims, sources, gold);
    }

    private static double MajorityVoteAccuracy(Corpus corpus)
        => corpus.Claims
            .GroupBy(c => c.Subject, StringComparer.Ordinal)
            .Average(g => g.GroupBy(c => ((TextValue)c.Value).Normalised, StringComparer.Ordinal)
                .OrderByDescending(v => v.Count())
                .ThenBy(v => v.Key, StringComparer.Ordinal)
                .First().Key.Equals(corpus.Gold[g.Key], StringComparison.OrdinalIgnoreCase) ? 1.0 : 0.0);

    private static double Accuracy(ReconciliationResult result, Corpus corpus)
        => result.Resolutions.Average(r => r.Value is TextValue t && t.Text == corpus.Gold[r.Subject] ? 1.0 : 0.0);

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 0)]
    [InlineData(3, 4)]
    public void LearnedTrustBeatsMajorityVoteClearly(int seed, int copiers)
    {
        var corpus = Generate(seed, copiers);

        var majority = MajorityVoteAccuracy(corpus);
        var priorsOnly = Accuracy(ReconcileEngine.Create(new ReconcileOptions { LearnSourceTrust = false }).ReconcileClaims(corpus.Claims, corpus.Sources), corpus);
        var result = Engine.ReconcileClaims(corpus.Claims, corpus.Sources);
        var learned = Accuracy(result, corpus);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seed {seed}, {copiers} copiers, {corpus.Claims.Count} claims: majority vote {majority:0.000}, priors only {priorsOnly:0.000}, learned trust {learned:0.000}"));

        learned.Should().BeGreaterThanOrEqualTo(majority + 0.10);
        result.SourceTrust["good-0"].Should().BeGreaterThan(result.SourceTrust["poor-1"]);
        result.SourceTrust["fair-0"].Should().BeGreaterThan(result.SourceTrust["poor-1"]);
    }

    [Fact]
    public void AllResolutionsAreOnePerItem()
    {
        var corpus = Generate(4, 0);

        var result = Engine.ReconcileClaims(corpus.Claims, corpus.Sources);

        result.Resolutions.Select(r => r.Subject).Should().OnlyHaveUniqueItems().And.HaveCount(Items);
    }
}
