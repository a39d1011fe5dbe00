using System.Text.Json;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Reporting;
using Microsoft.Extensions.DependencyInjection;

namespace CaJapan.Reconcile.Tests.Reporting;

/// <summary>The reports of the real seeds, as the host writes them.</summary>
public sealed class SeedReportTests
{
    private static readonly string Seeds = Path.Combine(AppContext.BaseDirectory, "seeds");

    [Fact]
    public async Task TheJsonReportOfTheSeedsIsValidAndEveryClaimItNamesIsInIt()
    {
        var json = await ReportSamples.WriteAsync(new JsonReportWriter(), await ReconcileSeedsAsync());

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var claimIds = root.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToHashSet();
        claimIds.Should().NotBeEmpty();
        var named = root.GetProperty("conflicts").EnumerateArray().SelectMany(c => c.GetProperty("claimIds").EnumerateArray())
            .Concat(root.GetProperty("resolutions").EnumerateArray().SelectMany(r => r.GetProperty("supportingClaimIds").EnumerateArray()))
            .Select(id => id.GetString());
        named.Should().OnlyContain(id => claimIds.Contains(id));
    }

    [Fact]
    public async Task ReconcilingTheSeedsTwiceGivesByteIdenticalReports()
    {
        foreach (var writer in ReportWriters.BuiltIn())
        {
            var first = await ReportSamples.WriteAsync(writer, await ReconcileSeedsAsync());
            var second = await ReportSamples.WriteAsync(writer, await ReconcileSeedsAsync());

            second.Should().Be(first, "the {0} report is deterministic", writer.Format);
        }
    }

    [Fact]
    public async Task TheTextReportOfTheSeedsFitsAnEightyColumnTerminal()
    {
        var text = await ReportSamples.WriteAsync(new TextReportWriter(), await ReconcileSeedsAsync());

        text.Split('\n').Should().OnlyContain(l => l.Length <= 80);
        text.Should().Contain("\nConflicts\n---------\n  C1 ");
    }

    private static async Task<ReconciliationResult> ReconcileSeedsAsync()
    {
        await using var services = new ServiceCollection().AddReconcile().BuildServiceProvider();
        return await services.GetRequiredService<IReconciler>().ReconcileFolderAsync(Seeds);
    }
}
