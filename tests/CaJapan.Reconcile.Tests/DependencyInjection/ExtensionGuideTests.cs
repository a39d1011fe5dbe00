using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Reconciliation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaJapan.Reconcile.Tests.DependencyInjection;

/// <summary>The rule of docs/extending.md, compiled and registered as the guide says, so the guide cannot rot.</summary>
public sealed class ExtensionGuideTests
{
    [Fact]
    public void TheGuidesRuleRegisteredAfterAddReconcileReportsItsConflict()
    {
        var services = new ServiceCollection().AddReconcile();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReconciliationRule, AmountTooLargeRule>());
        using var provider = services.BuildServiceProvider();
        var reconciler = provider.GetRequiredService<IReconciler>();

        var result = reconciler.ReconcileClaims(
        [
            new Claim("a#1", "a", "ca-japan-summit", "aidAmount", MoneyValue.Exact(2_000_000_000_000_000m, "USD"), null, AssertionMode.Stated, 0.9),
        ]);

        result.Conflicts.Should().ContainSingle(c => c.Rule == "amount-too-large").Which.Id.Should().Be("C1");
    }

    [Fact]
    public void TheGuideShowsTheRuleAsCompiledHere()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "extending.md"));

        guide.Should().Contain("public sealed class AmountTooLargeRule : IReconciliationRule");
        guide.Should().Contain("fact.Claims.Where(c => c.Value is MoneyValue { Max: > 1_000_000_000_000m })");
        guide.Should().Contain("services.TryAddEnumerable(ServiceDescriptor.Singleton<IReconciliationRule, AmountTooLargeRule>())");
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CaJapan.Reconcile.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (with CaJapan.Reconcile.sln) was not found above the test's folder.");
    }

    // As in docs/extending.md.
    private sealed class AmountTooLargeRule : IReconciliationRule
    {
        public string Name => "amount-too-large";

        public IEnumerable<Conflict> Evaluate(FactContext fact)
        {
            foreach (var claim in fact.Claims.Where(c => c.Value is MoneyValue { Max: > 1_000_000_000_000m }))
            {
                yield return new Conflict
                {
                    Id = string.Empty, // the engine numbers conflicts
                    Kind = ConflictKind.KnowledgeConflict,
                    Rule = Name,
                    Subject = fact.Subject,
                    Property = fact.Property,
                    Sides = [new ConflictSide(claim.Value.Describe(), [claim.Id], [claim.SourceId])],
                    Confidence = new Score(claim.Confidence, [new ScoreInput("extraction", claim.Confidence, "how sure the extraction is")]),
                    Explanation = $"{claim.SourceId} gives an implausible amount: {claim.Value.Describe()}.",
                };
            }
        }
    }
}
