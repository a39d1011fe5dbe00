using System.Text.Json;

namespace CaJapan.Reconcile.Host.Tests;

/// <summary>
/// The host reconciles a folder of articles or a file of structured claims, with or without the <c>reconcile</c>
/// command: the report goes to standard output, bad rows are warnings naming file and line, and the exit code says
/// whether anything could be reconciled.
/// </summary>
public sealed class ReconcileCommandSpecs
{
    private static string TestData(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", file);

    [Fact]
    public async Task Reconcile_of_a_csv_file_writes_the_text_report_and_warns_about_the_bad_row_by_file_and_line()
    {
        var (exit, stdout, stderr) = await RunAsync("reconcile", TestData("flights.csv"));

        exit.Should().Be(ReconcileCommand.Success);
        stdout.Should().StartWith("Reconciliation report: 4 sources, 6 claims, 1 conflict\n");
        stdout.Should().Contain("  AA-100.departure: \"7:10 PM\" (");
        stdout.Should().Contain("  AA-100.date: \"2024-08-09\", read as 9 August 2024 (");
        stderr.Should().Be("warning: flights.csv:8: The value 'someday' is not a date; give an ISO date such as 2024-08-09, a month such as 2024-08, a year such as 2024, or a written date such as 9 August 2024.\n");
    }

    [Fact]
    public async Task A_jsonl_file_without_the_command_gives_the_json_report_with_values_as_given()
    {
        var (exit, stdout, stderr) = await RunAsync(TestData("books.jsonl"), "--format", "json");

        exit.Should().Be(ReconcileCommand.Success);
        using var report = JsonDocument.Parse(stdout);
        var resolutions = report.RootElement.GetProperty("resolutions").EnumerateArray().ToList();
        resolutions.Select(r => (r.GetProperty("property").GetString(), r.GetProperty("valueAsGiven").GetString()))
            .Should().Equal(("author", "J. K. Rowling"), ("pages", "223"));
        resolutions[0].GetProperty("supportingClaimIds").EnumerateArray().Select(e => e.GetString()).Should().Equal("site-a#1", "site-b#1");
        report.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("valueAsGiven").GetString())
            .Should().Equal("J. K. Rowling", "223", "j.k.  rowling");
        report.RootElement.GetProperty("errors")[0].GetProperty("source").GetString().Should().Be("books.jsonl:3");
        stderr.Should().StartWith("warning: books.jsonl:3: The weight 3 is outside [0, 1];");
    }

    [Fact]
    public async Task Bulk_writes_every_facts_value_as_csv_and_names_bad_rows()
    {
        var (exit, stdout, stderr) = await RunAsync("reconcile", TestData("flights.csv"), "--bulk", "--format", "csv");

        exit.Should().Be(ReconcileCommand.Success);
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "subject,property,value,value_as_given,confidence,values,sources,candidates",
            "AA-100,date,9 August 2024,2024-08-09,0.995135,9 August 2024 (0.995135),2,1",
            "AA-100,departure,7:10 PM,7:10 PM,0.999541,7:10 PM (0.999541),4,2");
        stderr.Should().StartWith("warning: flights.csv:8: The value 'someday' is not a date;");
    }

    [Fact]
    public async Task Bulk_json_is_one_document_with_the_sources_trust_and_every_resolution()
    {
        var (exit, stdout, _) = await RunAsync(TestData("books.jsonl"), "--bulk", "--format", "json");

        exit.Should().Be(ReconcileCommand.Success);
        using var report = JsonDocument.Parse(stdout);
        report.RootElement.GetProperty("claims").GetInt64().Should().Be(3);
        report.RootElement.GetProperty("sourceTrust").EnumerateArray().Select(t => t.GetProperty("source").GetString()).Should().Equal("site-a", "site-b");
        report.RootElement.GetProperty("resolutions").EnumerateArray().Select(r => r.GetProperty("valueAsGiven").GetString()).Should().Equal("J. K. Rowling", "223");
    }

    [Theory]
    [InlineData("html", "--bulk writes text, csv, json; 'html' is a format of the full report.")]
    [InlineData("text", "--bulk reconciles one file of structured claims (.csv, .jsonl, .ndjson); give just that file.")]
    public async Task Bulk_refuses_a_full_report_format_and_anything_but_one_claims_file(string format, string message)
    {
        var paths = format == "text" ? new[] { TestData("flights.csv"), TestData("books.jsonl") } : [TestData("flights.csv")];

        var (exit, stdout, stderr) = await RunAsync([.. paths, "--bulk", "--format", format]);

        exit.Should().Be(ReconcileCommand.BadInput);
        stdout.Should().BeEmpty();
        stderr.Should().Contain($"error: {message}\n");
    }

    [Fact]
    public async Task Bulk_in_partitions_writes_what_bulk_in_one_piece_writes()
    {
        var whole = await RunAsync(TestData("flights.csv"), "--bulk", "--format", "csv");

        var partitioned = await RunAsync(TestData("flights.csv"), "--bulk", "--partitions", "3", "--format", "csv");

        partitioned.Should().Be(whole);
        whole.Exit.Should().Be(ReconcileCommand.Success);
    }

    [Fact]
    public async Task Partitions_without_bulk_are_a_usage_error()
    {
        var (exit, _, stderr) = await RunAsync(TestData("flights.csv"), "--partitions", "3");

        exit.Should().Be(ReconcileCommand.BadInput);
        stderr.Should().Contain("--partitions takes a positive number, with --bulk.");
    }

    [Fact]
    public async Task Bulk_text_summarises_the_facts_and_lists_sources_by_trust()
    {
        var (exit, stdout, _) = await RunAsync(TestData("flights.csv"), "--bulk");

        exit.Should().Be(ReconcileCommand.Success);
        stdout.Should().StartWith("Bulk reconciliation: 6 claims, 2 facts, 4 sources, trust learned over ");
        stdout.Should().Contain("Resolved: 2 facts; unresolved (no value supported well enough): 0.\n");
        stdout.Should().Contain("source  prior  trust  contested facts  agreement\n");
    }

    [Fact]
    public async Task The_ndjson_extension_is_json_lines_too()
    {
        var copy = Path.Combine(Path.GetTempPath(), $"books-{Guid.NewGuid():N}.NDJSON");
        File.Copy(TestData("books.jsonl"), copy);
        try
        {
            var (exit, stdout, _) = await RunAsync("reconcile", copy, "-f", "json");

            exit.Should().Be(ReconcileCommand.Success);
            JsonDocument.Parse(stdout).RootElement.GetProperty("claims").GetArrayLength().Should().Be(3);
        }
        finally
        {
            File.Delete(copy);
        }
    }

    [Fact]
    public async Task A_folder_of_articles_is_still_reconciled_with_or_without_the_command()
    {
        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");

        var (exit, stdout, _) = await RunAsync(seeds, "--format", "json");
        var (commandExit, commandStdout, _) = await RunAsync("reconcile", seeds, "--format", "json");

        exit.Should().Be(ReconcileCommand.Success);
        JsonDocument.Parse(stdout).RootElement.GetProperty("sources").GetArrayLength().Should().Be(5);
        commandExit.Should().Be(ReconcileCommand.Success);
        commandStdout.Should().Be(stdout);
    }

    [Fact]
    public async Task A_file_from_which_no_claim_can_be_read_is_unusable_input()
    {
        var (exit, stdout, stderr) = await RunAsync("reconcile", TestData("no-claims.csv"));

        exit.Should().Be(ReconcileCommand.BadInput);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("warning: no-claims.csv:1: The header row has no column 'property';")
            .And.Contain("error: no claim could be read from");
    }

    [Fact]
    public async Task A_claim_file_that_does_not_exist_is_unusable_input_named_in_one_line()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.csv");

        var (exit, _, stderr) = await RunAsync("reconcile", missing);

        exit.Should().Be(ReconcileCommand.BadInput);
        stderr.Should().Be($"error: the file '{missing}' does not exist; give a file of structured claims (.csv, .jsonl, .ndjson) or a folder of articles.\n");
    }

    [Fact]
    public async Task A_file_that_is_neither_articles_nor_claims_is_unusable_input()
    {
        var file = Path.Combine(Path.GetTempPath(), $"scan-{Guid.NewGuid():N}.pdf");
        await File.WriteAllTextAsync(file, "%PDF-1.7");
        try
        {
            var (exit, _, stderr) = await RunAsync(file);

            exit.Should().Be(ReconcileCommand.BadInput);
            stderr.Should().Contain("is neither a folder of articles nor a file of structured claims");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task The_report_of_a_claim_file_can_be_written_to_a_file()
    {
        var output = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.json");
        try
        {
            var (exit, stdout, _) = await RunAsync("reconcile", TestData("flights.csv"), "--format", "json", "--output", output);

            exit.Should().Be(ReconcileCommand.Success);
            stdout.Should().BeEmpty();
            using var report = JsonDocument.Parse(await File.ReadAllTextAsync(output));
            report.RootElement.GetProperty("resolutions").GetArrayLength().Should().Be(2);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error()
    {
        var (exit, _, stderr) = await RunAsync("reconcile", TestData("flights.csv"), "--format", "xml");

        exit.Should().Be(ReconcileCommand.BadInput);
        stderr.Should().Contain("xml").And.EndWith("Run with --help for usage.\n");
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        await using var stdout = new StringWriter { NewLine = "\n" };
        await using var stderr = new StringWriter { NewLine = "\n" };
        var exit = await HostCommandLine.RunAsync(args, stdout, stderr, () => new StringReader(string.Empty));
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
