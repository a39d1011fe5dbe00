using System.Text.Json;
using CaJapan.Reconcile.Reporting;
using Spectre.Console;

namespace CaJapan.Reconcile.Host.Tests;

/// <summary>
/// The commands (reconcile, claims, explain), their options, the kinds of input and the exit codes, run as the shell
/// runs them with writers in place of the terminal and temporary folders for input.
/// </summary>
public sealed class HostCommandsSpecs : IDisposable
{
    private static readonly string Seeds = Path.Combine(AppContext.BaseDirectory, "seeds");

    private readonly string folder = Directory.CreateTempSubdirectory("host-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("reconcile")]
    [InlineData("claims")]
    [InlineData("explain")]
    [InlineData("recognize")]
    [InlineData(null)]
    public async Task Every_commands_help_gives_the_exit_codes(string? command)
    {
        var (exit, stdout, _) = await RunAsync(command is null ? ["--help"] : [command, "--help"]);

        exit.Should().Be(0);
        stdout.Should().Contain("Exit codes: 0 success").And.Contain("2 ");
    }

    [Fact]
    public async Task Reconcile_help_shows_its_own_paths_and_not_an_argument_of_the_root()
    {
        var (_, stdout, _) = await RunAsync("reconcile", "--help");

        stdout.Should().Contain("reconcile [<paths>...] [options]");
        stdout.Should().NotContain("[<path>] reconcile");
        stdout.Should().Contain("--pack").And.Contain("--priors").And.Contain("--as-of").And.Contain("--author").And.Contain("--fail-on-conflicts");
    }

    [Fact]
    public async Task With_no_arguments_the_bundled_seeds_are_reconciled_as_text()
    {
        var (exit, stdout, stderr) = await RunAsync();

        exit.Should().Be(ReconcileCommand.Success);
        stdout.Should().StartWith("Reconciliation report: 5 sources, 39 claims, 5 conflicts\n");
        stderr.Should().BeEmpty();
    }

    [Fact]
    public async Task Folders_files_and_html_pages_are_reconciled_together_and_a_wrong_path_is_one_warning()
    {
        var other = Directory.CreateDirectory(Path.Combine(folder, "other")).FullName;
        await File.WriteAllTextAsync(Path.Combine(other, "page.html"), "<html><nav>Menu</nav><p>The first Central Asia plus Japan summit will take place on August 9, 2024 in Astana.</p></html>");
        var missing = Path.Combine(folder, "missing");

        var (exit, stdout, stderr) = await RunAsync(Seeds, other, Path.Combine(Seeds, "000_93972972f511d642.txt"), missing, "--format", "json");

        exit.Should().Be(ReconcileCommand.Success);
        using var report = JsonDocument.Parse(stdout);
        report.RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString())
            .Should().Contain("page.html").And.HaveCount(6);
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Contain(l => l.StartsWith("warning: the folder '" + missing + "' does not exist;"))
            .And.Contain(l => l.StartsWith("warning: 000_93972972f511d642.txt: 2 sources share the identifier"));
    }

    [Fact]
    public async Task A_missing_article_file_is_named_as_a_file()
    {
        var missing = Path.Combine(folder, "gone.html");

        var (exit, _, stderr) = await RunAsync(missing);

        exit.Should().Be(ReconcileCommand.BadInput);
        stderr.Should().Be($"error: the article file '{missing}' does not exist; check its name, or give its folder.\n");
    }

    [Fact]
    public async Task A_glob_reads_the_files_it_matches_only()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"), "The summit will take place on August 9, 2024.");
        await File.WriteAllTextAsync(Path.Combine(folder, "b.md"), "The summit will take place on August 10, 2024.");

        var (exit, stdout, _) = await RunAsync(Path.Combine(folder, "*.txt"), "-f", "json");

        exit.Should().Be(ReconcileCommand.Success);
        JsonDocument.Parse(stdout).RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()).Should().Equal("a.txt");
    }

    [Fact]
    public async Task A_glob_that_matches_nothing_is_bad_input_in_one_line()
    {
        var (exit, stdout, stderr) = await RunAsync("reconcile", Path.Combine(folder, "*.txt"));

        exit.Should().Be(ReconcileCommand.BadInput);
        stdout.Should().BeEmpty();
        stderr.Should().Be($"error: the pattern '{Path.Combine(folder, "*.txt")}' matches no file; check the folder and the extension.\n");
    }

    [Fact]
    public async Task An_empty_folder_is_bad_input_in_one_line()
    {
        var (exit, _, stderr) = await RunAsync(folder);

        exit.Should().Be(ReconcileCommand.BadInput);
        stderr.Should().Be($"error: no article in '{folder}' could be read; put UTF-8 article files (.txt, .md, .html) in it, or give another folder.\n");
    }

    [Fact]
    public async Task A_binary_file_and_a_malformed_manifest_are_warnings_and_the_other_articles_are_reconciled()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"), "The summit will take place on August 9, 2024.");
        await File.WriteAllBytesAsync(Path.Combine(folder, "b.txt"), [0x41, 0x00, 0x42]);
        await File.WriteAllTextAsync(Path.Combine(folder, "sources.json"), "{ \"sources\": [ ");

        var (exit, stdout, stderr) = await RunAsync(folder, "-f", "json");

        exit.Should().Be(ReconcileCommand.Success);
        JsonDocument.Parse(stdout).RootElement.GetProperty("sources").GetArrayLength().Should().Be(1);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        lines.Should().Contain(l => l.StartsWith("warning: b.txt: ")).And.Contain(l => l.StartsWith("warning: sources.json: "));
    }

    [Fact]
    public async Task The_size_limits_are_flags_and_a_source_over_one_is_a_warning_naming_it()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"), "The summit will take place on August 9, 2024.");
        await File.WriteAllTextAsync(Path.Combine(folder, "b.txt"), "The summit will take place on August 10, 2024. " + new string('x', 2000));

        var (exit, stdout, stderr) = await RunAsync(folder, "-f", "json", "--max-source-bytes", "1KiB");

        exit.Should().Be(ReconcileCommand.Success);
        JsonDocument.Parse(stdout).RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()).Should().Equal("a.txt");
        stderr.Should().StartWith("warning: b.txt: The source is 2,047 bytes long, over the limit of 1,024;");
    }

    [Fact]
    public async Task A_claim_row_over_the_line_limit_is_a_warning_naming_its_line()
    {
        var claims = Path.Combine(folder, "claims.csv");
        await File.WriteAllLinesAsync(claims, ["source,subject,property,value", "voa,summit,city,Astana", $"tca,summit,city,{new string('A', 300)}", "tca,summit,city,Astana"]);

        var (exit, _, stderr) = await RunAsync(claims, "-f", "json", "--max-claim-line-bytes", "200");

        exit.Should().Be(ReconcileCommand.Success);
        stderr.Should().StartWith("warning: claims.csv:3: ");
    }

    [Theory]
    [InlineData("--max-source-bytes", "0")]
    [InlineData("--max-source-bytes", "-5")]
    [InlineData("--max-source-bytes", "lots")]
    [InlineData("--max-claim-line-bytes", "4GiB")]
    public async Task A_size_that_is_not_one_is_a_usage_error(string flag, string value)
    {
        var (exit, _, stderr) = await RunAsync(folder, flag, value);

        exit.Should().Be(ReconcileCommand.BadInput);
        stderr.Should().Contain($"'{value}' is not a size");
    }

    [Fact]
    public async Task A_warning_shows_the_control_and_direction_characters_of_a_file_name_as_codes_never_as_themselves()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"), "The summit will take place on August 9, 2024.");
        await File.WriteAllBytesAsync(Path.Combine(folder, "b\u001B[2J\u202Etxt.exe.txt"), [0x41, 0x00, 0x42]);

        var (exit, _, stderr) = await RunAsync(folder, "-f", "json");

        exit.Should().Be(ReconcileCommand.Success);
        stderr.Should().StartWith("warning: b[U+001B][2J[U+202E]txt.exe.txt: ", "a file name could otherwise clear the terminal or reorder the line");
        stderr.Where(DisplayText.IsHidden).Should().BeEmpty();
    }

    [Fact]
    public async Task A_jsonl_corpus_of_articles_is_read_as_articles_and_a_bad_line_is_named()
    {
        var corpus = Path.Combine(folder, "corpus.jsonl");
        await File.WriteAllLinesAsync(corpus,
        [
            """{"id": "voa-1", "text": "The first Central Asia plus Japan summit will take place on August 9, 2024.", "outlet": "VOA", "published": "2024-08-01"}""",
            """{"id": "broken", "text": 12}""",
            """{"file": "tca.txt", "text": "The first Central Asia plus Japan summit will take place on August 10, 2024.", "url": "https://timesca.com/x"}""",
        ]);

        var (exit, stdout, stderr) = await RunAsync(corpus, "--format", "json");

        exit.Should().Be(ReconcileCommand.Success);
        using var report = JsonDocument.Parse(stdout);
        var sources = report.RootElement.GetProperty("sources").EnumerateArray().ToList();
        sources.Select(s => s.GetProperty("id").GetString()).Should().Equal("tca.txt", "voa-1");
        sources[1].GetProperty("outlet").GetString().Should().Be("VOA");
        stderr.Should().StartWith("warning: corpus.jsonl:2: The field 'text' is 12; give a string.");
    }

    [Fact]
    public async Task A_claims_file_with_other_paths_is_bad_input()
    {
        var (exit, _, stderr) = await RunAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "flights.csv"), Seeds);

        exit.Should().Be(ReconcileCommand.BadInput);
        stderr.Should().Contain("is reconciled on its own");
    }

    [Fact]
    public async Task Priors_from_csv_and_json_set_the_outlets_prior_trust()
    {
        var csv = Path.Combine(folder, "priors.csv");
        await File.WriteAllTextAsync(csv, "outlet,prior\n\"The Times of Central Asia\",0.95\n");
        var json = Path.Combine(folder, "priors.json");
        await File.WriteAllTextAsync(json, "{ \"Voice of America (VOA Mandarin)\": 0.2 }");

        var (csvExit, csvOut, _) = await RunAsync(Seeds, "--priors", csv, "-f", "json");
        var (jsonExit, jsonOut, _) = await RunAsync(Seeds, "--priors", json, "-f", "json");

        csvExit.Should().Be(0);
        jsonExit.Should().Be(0);
        Prior(csvOut, "004_432b3c00b0c3bf33.txt").Should().Be(0.95);
        Prior(jsonOut, "002_31a73e5accb67a66.txt").Should().Be(0.2);
    }

    [Theory]
    [InlineData("priors.csv", "outlet,prior\nReuters,0.9\nAP,high\n", "priors.csv:3: the prior 'high' of 'AP' is not a number from 0 to 1")]
    [InlineData("priors.csv", "name,trust\nReuters,0.9\n", "priors.csv:1: the header is 'name,trust'")]
    [InlineData("priors.csv", "outlet,prior\nReuters\n", "priors.csv:2: 'Reuters' is not a row outlet,prior")]
    [InlineData("priors.json", "{\n  \"Reuters\": 0.9,\n  \"AP\": 1.5\n}", "priors.json:3: the prior 1.5 of 'AP' is not a number from 0 to 1")]
    [InlineData("priors.json", "{\n  \"Reuters\": 0.9,\n  \"AP\": \n", "priors.json:")]
    [InlineData("priors.json", "[0.9]", "priors.json:1: the priors are not a JSON object")]
    public async Task A_bad_priors_file_is_bad_input_naming_file_and_line(string name, string content, string message)
    {
        var path = Path.Combine(folder, name);
        await File.WriteAllTextAsync(path, content);

        var (exit, stdout, stderr) = await RunAsync(Seeds, "--priors", path);

        exit.Should().Be(ReconcileCommand.BadInput);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("error: " + message).And.EndWith("\n");
        stderr.TrimEnd('\n').Should().NotContain("\n");
    }

    [Fact]
    public async Task As_of_a_day_leaves_out_the_reports_after_it()
    {
        var (exit, stdout, _) = await RunAsync(Seeds, "--as-of", "2024-08-05", "-f", "json");
        var (_, all, _) = await RunAsync(Seeds, "-f", "json");

        exit.Should().Be(ReconcileCommand.Success);
        stdout.Should().NotBe(all);
    }

    [Fact]
    public async Task An_as_of_that_is_not_a_date_is_a_usage_error()
    {
        var (exit, _, stderr) = await RunAsync(Seeds, "--as-of", "last week");

        exit.Should().Be(ReconcileCommand.BadInput);
        stderr.Should().Contain("'last week' is not an ISO date");
    }

    [Fact]
    public async Task A_missing_or_invalid_domain_pack_is_bad_input()
    {
        var invalid = Path.Combine(folder, "pack.json");
        await File.WriteAllTextAsync(invalid, "{ not json");

        var (missingExit, _, missingErr) = await RunAsync(Seeds, "--pack", Path.Combine(folder, "none.json"));
        var (invalidExit, _, invalidErr) = await RunAsync(Seeds, "--pack", invalid);

        missingExit.Should().Be(ReconcileCommand.BadInput);
        missingErr.Should().StartWith("error: the domain pack '").And.Contain("does not exist");
        invalidExit.Should().Be(ReconcileCommand.BadInput);
        invalidErr.Should().StartWith($"error: the domain pack '{invalid}' cannot be used:");
    }

    [Fact]
    public async Task Fail_on_conflicts_exits_3_after_writing_the_report_and_0_without_conflicts()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"), "Nothing of note happened today.");

        var (exit, stdout, _) = await RunAsync(Seeds, "--fail-on-conflicts");
        var (calmExit, _, _) = await RunAsync(folder, "--fail-on-conflicts");

        exit.Should().Be(ReconcileCommand.ConflictsFound).And.Be(3);
        stdout.Should().StartWith("Reconciliation report:");
        calmExit.Should().Be(ReconcileCommand.Success);
    }

    [Fact]
    public async Task Every_built_in_format_is_offered_and_the_author_is_accepted()
    {
        foreach (var format in CaJapan.Reconcile.Reporting.ReportWriters.BuiltIn().Select(w => w.Format))
        {
            var (exit, stdout, _) = await RunAsync(Seeds, "--format", format, "--author", "Desk");

            exit.Should().Be(ReconcileCommand.Success, format);
            stdout.Should().NotBeEmpty();
        }
    }

    [Fact]
    public async Task The_text_report_in_a_file_is_the_plain_report_even_at_a_terminal()
    {
        var output = Path.Combine(folder, "report.txt");

        var (_, plain, _) = await RunAsync(Seeds);
        var (exit, stdout, _) = await RunAsync([Seeds, "--output", output], new HostTerminal(true, true, false));

        exit.Should().Be(ReconcileCommand.Success);
        stdout.Should().BeEmpty();
        (await File.ReadAllTextAsync(output)).Should().Be(plain);
    }

    [Fact]
    public async Task An_output_that_cannot_be_written_is_an_internal_failure()
    {
        var (exit, _, stderr) = await RunAsync(Seeds, "--output", Path.Combine(folder, "no", "such", "dir", "r.txt"));

        exit.Should().Be(ReconcileCommand.Failure);
        stderr.Should().StartWith("error: could not write");
    }

    [Fact]
    public async Task At_a_terminal_the_text_format_is_a_summary_within_80_columns_and_NO_COLOR_gives_the_plain_report()
    {
        var (_, plain, _) = await RunAsync(Seeds);
        var (_, summary, _) = await RunAsync([Seeds], new HostTerminal(true, false, false));
        var (_, noColor, _) = await RunAsync([Seeds], new HostTerminal(true, true, true));

        summary.Should().Contain("Conflicts").And.Contain("C1").And.Contain("Facts");
        // Colour may be on at a terminal: escape sequences take no columns.
        System.Text.RegularExpressions.Regex.Replace(summary, "\u001b\\[[0-9;]*m", string.Empty).Split('\n').Should().OnlyContain(l => l.Length <= 80);
        noColor.Should().Be(plain);
    }

    [Fact]
    public async Task The_summary_renders_within_80_columns_on_a_wide_console()
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        console.Profile.Width = 200;
        var result = await ReconcileEngine.Create().ReconcileFolderAsync(Seeds);

        ConsoleReport.Render(result, console);

        var text = writer.ToString();
        text.Should().Contain("ca-japan-summit.date");
        text.Split('\n').Should().OnlyContain(l => l.TrimEnd('\r').Length <= 80);
    }

    [Fact]
    public async Task Claims_lists_every_claim_with_its_quote_as_text()
    {
        var (exit, stdout, _) = await RunAsync("claims", Seeds);

        exit.Should().Be(ReconcileCommand.Success);
        stdout.Should().StartWith("Claims: 39 from 5 sources\n");
        stdout.Should().Contain("  000_93972972f511d642.txt#1: ca-japan-summit.date = 9 August 2023\n    stated, confidence 0.83: \"…c Engagement");
        stdout.Should().Contain("[August 9, 2023,");
        stdout.Split('\n').Should().OnlyContain(l => l.Length <= 80 || !l.Contains(' '));
    }

    [Fact]
    public async Task Claims_as_json_give_quote_prefix_suffix_source_and_confidence()
    {
        var (exit, stdout, _) = await RunAsync("claims", Seeds, "--format", "json");

        exit.Should().Be(ReconcileCommand.Success);
        using var report = JsonDocument.Parse(stdout);
        var claims = report.RootElement.GetProperty("claims").EnumerateArray().ToList();
        claims.Should().HaveCount(39);
        var first = claims[0];
        first.GetProperty("source").GetString().Should().Be("000_93972972f511d642.txt");
        first.GetProperty("quote").GetString().Should().StartWith("August 9, 2023");
        first.GetProperty("confidence").GetDouble().Should().BeInRange(0, 1);
        first.TryGetProperty("prefix", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Claims_needs_a_path()
    {
        var (exit, _, stderr) = await RunAsync("claims");

        exit.Should().Be(ReconcileCommand.BadInput);
        stderr.Should().EndWith("Run with --help for usage.\n");
    }

    [Fact]
    public async Task Explain_shows_the_sides_with_quotes_the_timeline_and_every_confidence_input()
    {
        var (exit, stdout, _) = await RunAsync("explain", "c1", Seeds);

        exit.Should().Be(ReconcileCommand.Success);
        stdout.Should().StartWith("C1: value conflict about ca-japan-summit.date\n");
        stdout.Should().Contain("\nSides\n  1. 9 August 2023, from 000_93972972f511d642.txt\n");
        stdout.Should().Contain("[August 9, 2023, the first summit of");
        stdout.Should().Contain("\nTimeline of ca-japan-summit.date\n");
        stdout.Should().Contain("\nConfidence 0.70\n").And.Contain("disagreement = 0.695: probability that both");
        stdout.Split('\n').Should().OnlyContain(l => l.Length <= 80);
    }

    [Fact]
    public async Task Explain_of_an_unknown_conflict_is_bad_input_naming_those_there_are()
    {
        var (exit, stdout, stderr) = await RunAsync("explain", "C99");

        exit.Should().Be(ReconcileCommand.BadInput);
        stdout.Should().BeEmpty();
        stderr.Should().Be("error: there is no conflict 'C99'; the conflicts are C1, C2, C3, C4, C5.\n");
    }

    [Fact]
    public async Task A_cancelled_run_exits_130()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await using var stderr = new StringWriter();

        var exit = await ReconcileCommand.RunAsync(new ReconcileRequest(new InputRequest([Seeds]), "text", null), TextWriter.Null, stderr, HostTerminal.Redirected, cancelled.Token);

        exit.Should().Be(ReconcileCommand.Cancelled).And.Be(130);
        stderr.ToString().Should().StartWith("Cancelled.");
    }

    [Fact]
    public void A_run_without_a_command_is_routed_to_reconcile_but_help_and_commands_are_not()
    {
        HostCommandLine.WithCommand([]).Should().Equal("reconcile");
        HostCommandLine.WithCommand(["seeds", "-f", "json"]).Should().Equal("reconcile", "seeds", "-f", "json");
        HostCommandLine.WithCommand(["--help"]).Should().Equal("--help");
        HostCommandLine.WithCommand(["claims", "x"]).Should().Equal("claims", "x");
    }

    private static double Prior(string json, string source)
    {
        using var report = JsonDocument.Parse(json);
        return report.RootElement.GetProperty("sourceTrust").EnumerateArray()
            .Single(t => t.GetProperty("sourceId").GetString() == source).GetProperty("prior").GetDouble();
    }

    private static Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args) => RunAsync(args, null);

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string[] args, HostTerminal? terminal)
    {
        await using var stdout = new StringWriter { NewLine = "\n" };
        await using var stderr = new StringWriter { NewLine = "\n" };
        var exit = await HostCommandLine.RunAsync(args, stdout, stderr, () => new StringReader(string.Empty), terminal);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
