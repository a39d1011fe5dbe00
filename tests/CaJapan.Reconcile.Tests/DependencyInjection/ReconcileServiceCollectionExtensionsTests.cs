using CaJapan.Reconcile.Reconciliation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaJapan.Reconcile.Tests.DependencyInjection;

public sealed class ReconcileServiceCollectionExtensionsTests
{
    [Fact]
    public async Task TheEngineResolvesFromTheContainerAndReconcilesTheSeeds()
    {
        using var provider = new ServiceCollection().AddReconcile().BuildServiceProvider();

        var result = await provider.GetRequiredService<IReconciler>().ReconcileFolderAsync(Specifications.SeedCorpus.Folder);

        result.Conflicts.Should().NotBeEmpty();
    }

    [Fact]
    public void TheBulkReconcilerResolvesFromTheContainerWithTheConfiguredOptions()
    {
        using var provider = new ServiceCollection().AddReconcile(o => o.OutletTrust["wire"] = 0.95).BuildServiceProvider();
        var table = new CaJapan.Reconcile.Bulk.ClaimTable();
        table.Add("wire", "summit", "venue", new CaJapan.Reconcile.Claims.TextValue("Astana"));

        var result = provider.GetRequiredService<CaJapan.Reconcile.Bulk.BulkReconciler>().Reconcile(table);

        result.TrustEstimates.Single().Should().Be(new SourceTrustEstimate("wire", 0.95, "outlet:wire", 0.95, 0, null));
        provider.GetRequiredService<CaJapan.Reconcile.Bulk.BulkReconciler>().Should().BeSameAs(provider.GetRequiredService<CaJapan.Reconcile.Bulk.BulkReconciler>());
    }

    [Fact]
    public void EveryBuiltInReportWriterResolvesOncePerFormat()
    {
        using var provider = new ServiceCollection().AddReconcile().AddReconcile().BuildServiceProvider();

        var formats = provider.GetServices<CaJapan.Reconcile.Reporting.IReportWriter>().Select(w => w.Format).ToList();

        formats.Should().Equal(CaJapan.Reconcile.Reporting.ReportWriters.BuiltIn().Select(w => w.Format));
    }

    [Fact]
    public void CallingAddReconcileTwiceRegistersEachRuleOnce()
    {
        var services = new ServiceCollection().AddReconcile().AddReconcile();

        services.Count(d => d.ServiceType == typeof(IReconciliationRule)).Should().Be(4);
        services.Count(d => d.ServiceType == typeof(IReconciler)).Should().Be(1);
    }

    [Fact]
    public void InvalidOptionsAreReportedAllAtOnceWithTheirValues()
    {
        using var provider = new ServiceCollection()
            .AddReconcile(o =>
            {
                o.DefaultSourceTrust = 1.5;
                o.FalseValueCount = 0;
            })
            .BuildServiceProvider();

        var act = () => provider.GetRequiredService<IOptions<ReconcileOptions>>().Value;

        act.Should().Throw<OptionsValidationException>().Which.Failures.Should().BeEquivalentTo(
            "DefaultSourceTrust is 1.5; it must be between 0 and 1.",
            "FalseValueCount is 0; it must be at least 1.");
    }

    [Fact]
    public async Task AUserRuleAddedWithOneCallReportsItsConflicts()
    {
        using var provider = new ServiceCollection()
            .AddReconcile()
            .AddSingleton<IReconciliationRule, EveryFactIsSuspect>()
            .BuildServiceProvider();

        var result = await provider.GetRequiredService<IReconciler>().ReconcileFolderAsync(Specifications.SeedCorpus.Folder);

        result.Conflicts.Should().Contain(c => c.Rule == "every-fact-is-suspect");
    }

    private sealed class EveryFactIsSuspect : IReconciliationRule
    {
        public string Name => "every-fact-is-suspect";

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
