using CaJapan.Reconcile.Reporting;
using CaJapan.Reconcile.Tests.Specifications;

namespace CaJapan.Reconcile.Tests.Reporting;

/// <summary>
/// The report of the seeds in each format, compared with the approved file committed under
/// <c>Reporting/Approved/</c>. To approve a change, copy the <c>*.received.*</c> file over the <c>*.approved.*</c> one.
/// </summary>
public sealed class ApprovedReportTests(SeedCorpus seeds) : IClassFixture<SeedCorpus>
{
    public static TheoryData<string, string> Formats => new()
    {
        { "text", "txt" },
        { "json", "json" },
        { "markdown", "md" },
        { "csv", "csv" },
        { "html", "html" },
        { "claimreview", "jsonld" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task TheSeedsReportMatchesTheApprovedFile(string format, string extension)
    {
        var writer = ReportWriters.BuiltIn().Single(w => w.Format == format);

        var report = await ReportSamples.WriteAsync(writer, seeds.Result);

        Approval.Verify(report, $"seeds.{format}", extension);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task TheSampleReportMatchesTheApprovedFile(string format, string extension)
    {
        var writer = ReportWriters.BuiltIn(new ReportSettings { Title = "Summit check", Author = "Example Newsroom" }).Single(w => w.Format == format);

        var report = await ReportSamples.WriteAsync(writer, ReportSamples.Result());

        Approval.Verify(report, $"sample.{format}", extension);
    }

    [Fact]
    public void EveryBuiltInFormatIsDistinctAndLowerCase()
    {
        var formats = ReportWriters.BuiltIn().Select(w => w.Format).ToList();

        formats.Should().Equal("text", "json", "markdown", "csv", "html", "claimreview");
        formats.Should().OnlyContain(f => !f.Any(char.IsUpper));
    }
}
