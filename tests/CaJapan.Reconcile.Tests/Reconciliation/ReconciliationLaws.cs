using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Sources;
using CsCheck;
using NodaTime;

namespace CaJapan.Reconcile.Tests.Reconciliation;

/// <summary>
/// The laws of reconciliation, checked on random stories: source order does not change results; an added
/// independent agreeing source never lowers a value's confidence; a copy adds less than an independent source;
/// compatibility of values is symmetric.
/// </summary>
public sealed class ReconciliationLaws
{
    private const int Iterations = 150;

    private static readonly ReconcileEngine Engine = ReconcileEngine.Create();

    /// <summary>Values the random stories draw from: four days, their month, and a day of another month.</summary>
    private static readonly DateValue[] Dates =
    [
        DateValue.Day(new LocalDate(2024, 8, 9)),
        DateValue.Day(new LocalDate(2024, 8, 10)),
        DateValue.Day(new LocalDate(2024, 8, 11)),
        new(new LocalDate(2024, 8, 9), new LocalDate(2024, 8, 12), DatePrecision.DayRange),
        DateValue.Month(2024, 8),
        DateValue.Day(new LocalDate(2023, 8, 9)),
    ];

    private static readonly double[] Confidences = [0.55, 0.7, 0.85, 0.95];

    /// <summary>A story: for each source (2 to 6) and each of two facts, a value index or silence, and a confidence.</summary>
    private static readonly Gen<(int Value, int Confidence)[][]> Story =
        Gen.Select(Gen.Int[-1, Dates.Length - 1], Gen.Int[0, Confidences.Length - 1])
            .Array[2]
            .Array[2, 6];

    private static List<Claim> Claims((int Value, int Confidence)[][] story, Func<int, string> sourceName)
    {
        var claims = new List<Claim>();
        for (var s = 0; s < story.Length; s++)
        {
            for (var f = 0; f < story[s].Length; f++)
            {
                var (value, confidence) = story[s][f];
                if (value >= 0)
                {
                    var source = sourceName(s);
                    claims.Add(new Claim($"{source}#{f}", source, $"event-{f}", "date", Dates[value], null, AssertionMode.Stated, Confidences[confidence]));
                }
            }
        }

        return claims;
    }

    private static Source TextOf(string id, int seed)
        => new(id, string.Join(' ', Enumerable.Range(0, 40).Select(i => $"word{(seed * 7919) + (i * 104729)}")));

    [Fact]
    public void RenamingAndReorderingSourcesDoesNotChangeTheResults()
    {
        Gen.Select(Story, Gen.Int[0, 1000]).Sample((story, shift) =>
        {
            var n = story.Length;
            var original = Engine.ReconcileClaims(Claims(story, s => $"s{s}"));
            var renamed = Engine.ReconcileClaims(Enumerable.Reverse(Claims(story, s => $"r{(s + shift) % n}-{s}")).ToList());

            renamed.Resolutions.Select(r => r.Value?.Key).Should().Equal(original.Resolutions.Select(r => r.Value?.Key));
            renamed.Resolutions.Select(r => r.Confidence.Value).Should().Equal(original.Resolutions.Select(r => r.Confidence.Value), (a, b) => Math.Abs(a - b) < 1e-9);
            renamed.Conflicts.Select(c => (c.Kind, c.Property, c.Sides.Count)).Should().Equal(original.Conflicts.Select(c => (c.Kind, c.Property, c.Sides.Count)));
            renamed.SourceTrust.Values.Order().Should().Equal(original.SourceTrust.Values.Order(), (a, b) => Math.Abs(a - b) < 1e-9);
        }, iter: Iterations, threads: 1);
    }

    [Fact]
    public void AnAddedIndependentAgreeingSourceNeverLowersTheValuesConfidence()
    {
        Gen.Select(Story, Gen.Int[0, Confidences.Length - 1]).Sample((story, confidence) =>
        {
            var claims = Claims(story, s => $"s{s}");
            var before = Engine.ReconcileClaims(claims);
            foreach (var resolution in before.Resolutions.Where(r => r.Value is not null))
            {
                var agreeing = new Claim("new#1", "new", resolution.Subject, resolution.Property, resolution.Value!, null, AssertionMode.Stated, Confidences[confidence]);
                var after = Engine.ReconcileClaims([.. claims, agreeing]).Resolutions.Single(r => r.Subject == resolution.Subject);

                after.Value.Should().Be(resolution.Value);
                after.Confidence.Value.Should().BeGreaterThanOrEqualTo(resolution.Confidence.Value - 1e-12);
            }
        }, iter: Iterations, threads: 1);
    }

    [Fact]
    public void ACopyAddsLessThanAnIndependentSource()
    {
        // Of a source and its copy only the stronger voice counts (which is the original is unknown), so a copy may
        // raise a value's confidence only as far as its own trust exceeds the original's, never by a second voice.
        Story.Sample(story =>
        {
            var claims = Claims(story, s => $"s{s}");
            var sources = Enumerable.Range(0, story.Length).Select(s => TextOf($"s{s}", s)).ToList();
            var before = Engine.ReconcileClaims(claims, sources);
            foreach (var resolution in before.Resolutions.Where(r => r.Value is not null))
            {
                var copied = claims.First(c => resolution.SupportingClaimIds.Contains(c.Id));
                var extra = new Claim("extra#1", "extra", copied.Subject, copied.Property, copied.Value, null, AssertionMode.Stated, copied.Confidence);
                var asCopy = Engine.ReconcileClaims([.. claims, extra], [.. sources, TextOf("extra", int.Parse(copied.SourceId[1..], System.Globalization.CultureInfo.InvariantCulture))]);
                var asIndependent = Engine.ReconcileClaims([.. claims, extra], [.. sources, TextOf("extra", 999)]);

                asCopy.Dependencies.Should().Contain(d => d.SourceIds.Contains("extra") && d.Strength == 1);
                Confidence(asCopy, resolution).Should().BeLessThan(Confidence(asIndependent, resolution));
            }
        }, iter: Iterations / 3, threads: 1);

        static double Confidence(ReconciliationResult result, Resolution like)
            => result.Resolutions.Single(r => r.Subject == like.Subject).Confidence.Value;
    }

    [Fact]
    public void CompatibilityIsSymmetric()
    {
        var comparer = new ValueComparer(ReconcileEngine.LoadPack(new ReconcileOptions()).ExchangeRates);
        ClaimValue[] values =
        [
            .. Dates,
            MoneyValue.Exact(2_000_000_000m, "USD"),
            new MoneyValue(1_500_000_000m, 2_500_000_000m, "USD"),
            MoneyValue.Exact(300_000_000_000m, "JPY"),
            MoneyValue.Exact(30_000_000_000m, "JPY"),
            MoneyValue.Exact(1_830_000_000m, "EUR"),
            new PlaceValue("Astana", "KZ"),
            new PlaceValue("Almaty", "KZ"),
            new PlaceValue(null, "KZ"),
            new PlaceValue("Tashkent", "UZ"),
            new StatusValue(EventStatus.Held),
            new StatusValue(EventStatus.Cancelled),
            new TextValue("J. K. Rowling"),
            new TextValue("j. k.  rowling"),
        ];
        var day = Gen.Int[0, 800].Select(d => (LocalDate?)new LocalDate(2023, 1, 1).PlusDays(d));

        Gen.Select(Gen.Int[0, values.Length - 1], Gen.Int[0, values.Length - 1], day).Sample((i, j, on) =>
        {
            var forward = comparer.Compare(values[i], values[j], on);
            var backward = comparer.Compare(values[j], values[i], on);

            backward.Should().Be(Mirror(forward), $"{values[i]} is {forward} to {values[j]}");
        }, iter: 2000, threads: 1);

        static ValueRelation Mirror(ValueRelation relation) => relation switch
        {
            ValueRelation.Refines => ValueRelation.Generalises,
            ValueRelation.Generalises => ValueRelation.Refines,
            _ => relation,
        };
    }
}
