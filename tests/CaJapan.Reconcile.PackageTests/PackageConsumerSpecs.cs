using System.Text.Json;
using CaJapan.Reconcile;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Reporting;
using CaJapan.Reconcile.Sources;
using CaJapan.Reconcile.Structured;
using Microsoft.Extensions.DependencyInjection;

namespace CaJapan.Reconcile.PackageTests;

/// <summary>Uses the packed library the way an app adopting it would, through its public surface only.</summary>
public sealed class PackageConsumerSpecs
{
    [Fact]
    public void TheTestsUseThePackageNotTheProject()
    {
        var assembly = typeof(IReconciler).Assembly;

        assembly.Location.Replace('\\', '/').Should().NotContain("/src/CaJapan.Reconcile/bin/");
        assembly.GetName().Name.Should().Be("CaJapan.Reconcile");
    }

    [Fact]
    public async Task TheReconcilerFromDependencyInjectionReconcilesArticlesHeldInMemory()
    {
        await using var provider = new ServiceCollection().AddReconcile().BuildServiceProvider();
        var sources = Directory.GetFiles("seeds", "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => new Source(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)))
            .ToList();

        var result = await provider.GetRequiredService<IReconciler>().ReconcileAsync(sources);

        result.SourceErrors.Should().BeEmpty();
        result.Sources.Should().HaveCount(sources.Count);
        result.Claims.Should().NotBeEmpty();
        result.Conflicts.Should().NotBeEmpty();
        result.SourceTrust.Keys.Should().BeEquivalentTo(sources.Select(s => s.Id));
    }

    [Fact]
    public async Task StructuredClaimsAreReconciledThroughTheSameRules()
    {
        await using var provider = new ServiceCollection().AddReconcile().BuildServiceProvider();

        var result = provider.GetRequiredService<IReconciler>().ReconcileStructuredClaims(
        [
            new StructuredClaim("a", "summit", "date", "2024-08-09") { Type = StructuredValueType.Date, Weight = 0.9 },
            new StructuredClaim("b", "summit", "date", "August 9, 2024") { Type = StructuredValueType.Date },
            new StructuredClaim("c", "summit", "date", "2023-08-09") { Type = StructuredValueType.Date },
        ]);

        result.SourceErrors.Should().BeEmpty();
        result.Conflicts.Should().ContainSingle(c => c.Subject == "summit" && c.Property == "date")
            .Which.SourceIds.Should().Equal("a", "b", "c");
        result.Resolutions.Should().ContainSingle().Which.ValueAsGiven.Should().BeOneOf("2024-08-09", "August 9, 2024");
    }

    [Fact]
    public async Task ARuleRegisteredWithTheContainerReportsItsConflicts()
    {
        await using var provider = new ServiceCollection()
            .AddReconcile()
            .AddSingleton<IReconciliationRule, EveryFactIsSuspect>()
            .BuildServiceProvider();

        var result = provider.GetRequiredService<IReconciler>().ReconcileStructuredClaims(
        [
            new StructuredClaim("a", "summit", "venue", "Astana") { Type = StructuredValueType.Text },
        ]);

        result.Conflicts.Should().ContainSingle(c => c.Rule == EveryFactIsSuspect.RuleName)
            .Which.Explanation.Should().Be("Suspect.");
    }

    [Fact]
    public async Task TheJsonReportIsVersionedAndListsTheConflicts()
    {
        var result = ReconcileEngine.Create().ReconcileStructuredClaims(
        [
            new StructuredClaim("a", "summit", "date", "2024-08-09") { Type = StructuredValueType.Date },
            new StructuredClaim("b", "summit", "date", "2023-08-09") { Type = StructuredValueType.Date },
        ]);
        using var output = new StringWriter();

        await new JsonReportWriter().WriteAsync(result, output);

        using var document = JsonDocument.Parse(output.ToString());
        document.RootElement.GetProperty("schemaVersion").GetInt32().Should().Be(JsonReportWriter.SchemaVersion);
        document.RootElement.GetProperty("conflicts").GetArrayLength().Should().Be(result.Conflicts.Count).And.BeGreaterThan(0);
    }

    private sealed class EveryFactIsSuspect : IReconciliationRule
    {
        public const string RuleName = "every-fact-is-suspect";

        public string Name => RuleName;

        public IEnumerable<Conflict> Evaluate(FactContext fact)
            =>
            [
                new Conflict
                {
                    Id = string.Empty,
                    Kind = ConflictKind.ValueConflict,
                    Rule = Name,
                    Subject = fact.Subject,
                    Property = fact.Property,
                    Sides = [],
                    Confidence = new Score(0.1, [new ScoreInput("test", 0.1, "a test rule")]),
                    Explanation = "Suspect.",
                },
            ];
    }
}
