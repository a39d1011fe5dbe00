using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Reporting;

namespace CaJapan.Reconcile.Tests.Reporting;

public sealed class CsvConflictWriterTests
{
    private readonly CsvConflictWriter writer = new();

    [Fact]
    public void TheCsvWriterIsNamedCsvAndIsBuiltIn()
    {
        writer.Format.Should().Be("csv");
        ReportWriters.BuiltIn().Select(w => w.Format).Should().Contain("csv");
    }

    [Fact]
    public async Task EachSideOfEachConflictIsOneRowAfterTheHeaderThenEachUnreadableSource()
    {
        var text = await ReportSamples.WriteAsync(writer, ReportSamples.Result());

        text.Should().Be(
            "conflict_id,kind,subject,property,confidence,side,value,claim_ids,source_ids,explanation\n" +
            "C1,value-conflict,ca-japan-summit,date,0.9123,1,9 August 2024,a.txt#1,a.txt,The sources give different dates for the summit.\n" +
            "C1,value-conflict,ca-japan-summit,date,0.9123,2,9 August 2023,b.txt#2,b.txt,The sources give different dates for the summit.\n" +
            ",unreadable-source,c.txt,,,,,,c.txt,The source is empty; an article needs some text.\n");
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void FieldsAreQuotedAndCannotStartAFormula(string value, string field)
        => CsvConflictWriter.Field(value).Should().Be(field);

    [Fact]
    public async Task AConflictWhoseValueIsAFormulaIsWrittenAsText()
    {
        var conflict = ReportSamples.DateConflict with
        {
            Sides = [new ConflictSide("=cmd|' /C calc'!A0", ["a.txt#1"], ["a.txt"])],
            Explanation = "-1, \"quoted\"",
        };

        var text = await ReportSamples.WriteAsync(writer, ReportSamples.Result() with { Conflicts = [conflict] });

        text.Split('\n')[1].Should().Be("C1,value-conflict,ca-japan-summit,date,0.9123,1,'=cmd|' /C calc'!A0,a.txt#1,a.txt,\"'-1, \"\"quoted\"\"\"");
    }

    [Fact]
    public async Task AnEmptyResultGivesOnlyTheHeader()
        => (await ReportSamples.WriteAsync(writer, ReportSamples.Empty())).Should().Be(string.Join(",", CsvConflictWriter.Columns) + "\n");

    [Fact]
    public async Task AConflictWithoutSidesIsStillOneRow()
    {
        var text = await ReportSamples.WriteAsync(writer, ReportSamples.Result() with { Conflicts = [ReportSamples.DateConflict with { Sides = [] }] });

        text.Split('\n')[1].Should().Be("C1,value-conflict,ca-japan-summit,date,0.9123,,,,,The sources give different dates for the summit.");
    }
}
