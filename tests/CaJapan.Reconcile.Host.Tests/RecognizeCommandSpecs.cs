using System.Text.Json;
using CaJapan.Reconcile.Recognition;
using NodaTime;

namespace CaJapan.Reconcile.Host.Tests;

/// <summary>
/// The <c>recognize</c> command's contract: one JSON line per input line, <c>{"id", "found": [{"text", "start",
/// "end", "kind", "value"}]}</c>, with the kinds and value shapes the documentation promises.
/// </summary>
public sealed class RecognizeCommandSpecs
{
    private static readonly MentionRecognizer Recognizer = new();

    [Fact]
    public async Task A_json_line_gives_each_kind_its_documented_value_shape()
    {
        const string text = "Talks on Friday, August 9, and from 2005 to 2022 in August 2024, fiscal 1997, with $60 billion to $70 billion and about $2 billion.";
        var (exit, lines, _) = await RunAsync(Line("a-1", text, "2024-08-06"));

        exit.Should().Be(ReconcileCommand.Success);
        var found = lines.Single().GetProperty("found").EnumerateArray().ToList();
        lines.Single().GetProperty("id").GetString().Should().Be("a-1");
        Describe(found).Should().Equal(
            "Friday, August 9|date|\"2024-08-09\"",
            "2005 to 2022|daterange|{\"start\":\"2005\",\"end\":\"2022\"}",
            "August 2024|month|\"2024-08\"",
            "fiscal 1997|year|\"1997\"",
            "$60 billion to $70 billion|moneyrange|{\"min\":60000000000,\"max\":70000000000,\"currency\":\"USD\"}",
            "$2 billion|money|{\"amount\":2000000000,\"currency\":\"USD\"}");
    }

    [Fact]
    public async Task Offsets_point_at_the_exact_characters_of_each_mention()
    {
        const string text = "Le sommet — reporté — aura lieu le 9 August 2024, coûtant ¥300 billion.";
        var (_, lines, _) = await RunAsync(Line("x", text, null));

        foreach (var mention in lines.Single().GetProperty("found").EnumerateArray())
        {
            var start = mention.GetProperty("start").GetInt32();
            var end = mention.GetProperty("end").GetInt32();
            text[start..end].Should().Be(mention.GetProperty("text").GetString());
        }

        lines.Single().GetProperty("found").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public async Task A_range_of_days_written_with_one_month_keeps_both_ends_as_days()
    {
        var (_, lines, _) = await RunAsync(Line(1, "The tour runs August 9 to 12.", "2024-08-06"));

        var mention = lines.Single().GetProperty("found")[0];
        mention.GetProperty("kind").GetString().Should().Be("daterange");
        mention.GetProperty("value").GetRawText().Should().Be("{\"start\":\"2024-08-09\",\"end\":\"2024-08-12\"}");
    }

    [Fact]
    public async Task The_reference_decides_years_left_out_and_a_date_time_reference_keeps_its_written_date()
    {
        var (_, lines, _) = await RunAsync(
            Line(1, "It opens on August 9.", "2023-07-01"),
            Line(2, "It opens on August 9.", "2024-08-06T23:30:00-05:00"),
            Line(3, "It opens on August 9.", null));

        Values(lines[0]).Should().Equal("\"2023-08-09\"");
        Values(lines[1]).Should().Equal("\"2024-08-09\"");
        lines[2].GetProperty("found").GetArrayLength().Should().BeLessThanOrEqualTo(1);
        Values(lines[2]).Should().NotContain(v => v.StartsWith("\"20", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Plain_lines_are_numbered_and_read_against_the_reference_option()
    {
        var request = new RecognizeRequest(null, new LocalDate(2024, 8, 6), Plain: false, OutputPath: null);
        var (exit, lines, _) = await RunAsync(request, "The summit will be held on Friday.", string.Empty, "Aid: two billion dollars.");

        exit.Should().Be(ReconcileCommand.Success);
        lines.Select(l => l.GetProperty("id").GetInt32()).Should().Equal(1, 3);
        Values(lines[0]).Should().Equal("\"2024-08-09\"");
        Values(lines[1]).Should().Equal("{\"amount\":2000000000,\"currency\":\"USD\"}");
    }

    [Fact]
    public async Task A_date_that_does_not_exist_is_reported_with_its_problem_and_no_value()
    {
        var (_, lines, _) = await RunAsync(Line(1, "It was set for February 30, 2024.", null));

        var mention = lines.Single().GetProperty("found")[0];
        mention.GetProperty("value").ValueKind.Should().Be(JsonValueKind.Null);
        mention.GetProperty("problem").GetString().Should().Contain("February 30");
    }

    [Fact]
    public async Task A_bad_line_gets_an_error_line_and_a_warning_and_the_other_lines_are_still_read()
    {
        var (exit, lines, stderr) = await RunAsync(
            Default,
            "{not json",
            Line("ok", "In August 2024.", null),
            "{\"id\": 5, \"text\": 42}",
            "{\"id\": 6, \"text\": \"x\", \"reference\": \"soon\"}");

        exit.Should().Be(ReconcileCommand.BadInput);
        lines.Should().HaveCount(4);
        lines[0].GetProperty("line").GetInt32().Should().Be(1);
        lines[0].GetProperty("error").GetString().Should().StartWith("not a JSON object");
        Values(lines[1]).Should().Equal("\"2024-08\"");
        lines[2].GetProperty("error").GetString().Should().Contain("\"text\"");
        lines[3].GetProperty("id").GetInt32().Should().Be(6);
        lines[3].GetProperty("error").GetString().Should().Contain("soon");
        stderr.Should().Contain("line 1:").And.Contain("line 3:").And.Contain("line 4:");
    }

    [Fact]
    public async Task A_line_over_the_limit_is_skipped_with_an_error_line_and_the_next_line_is_read()
    {
        var (exit, lines, stderr) = await RunAsync(Default, new string('9', RecognizeCommand.MaxLineChars + 1), Line("ok", "In August 2024.", null));

        exit.Should().Be(ReconcileCommand.BadInput);
        lines.Should().HaveCount(2);
        lines[0].GetProperty("line").GetInt32().Should().Be(1);
        lines[0].GetProperty("error").GetString().Should().Be("the line is 16,777,217 characters long, over the limit of 16,777,216; it is skipped");
        Values(lines[1]).Should().Equal("\"2024-08\"");
        stderr.Should().StartWith("warning: line 1: the line is 16,777,217 characters long");
    }

    [Fact]
    public async Task Output_keeps_input_order_across_batches_read_in_parallel()
    {
        var input = Enumerable.Range(1, 2500).Select(i => Line(i, $"Item {i}: ${i} million.", null)).ToArray();

        var (exit, lines, _) = await RunAsync(Default, input);

        exit.Should().Be(ReconcileCommand.Success);
        lines.Select(l => l.GetProperty("id").GetInt32()).Should().Equal(Enumerable.Range(1, 2500));
        Values(lines[2499]).Should().Equal("{\"amount\":2500000000,\"currency\":\"USD\"}");
    }

    [Fact]
    public async Task A_missing_input_file_is_bad_input_named_in_one_line()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.jsonl");
        var (exit, lines, stderr) = await RunAsync(Default with { InputPath = missing });

        exit.Should().Be(ReconcileCommand.BadInput);
        lines.Should().BeEmpty();
        stderr.Should().Contain(missing).And.Contain("does not exist");
    }

    [Fact]
    public async Task Output_to_a_file_is_written_whole()
    {
        var output = Path.Combine(Path.GetTempPath(), $"recognize-{Guid.NewGuid():N}.jsonl");
        try
        {
            var (exit, lines, _) = await RunAsync(Default with { OutputPath = output }, Line(1, "In 2004.", null));

            exit.Should().Be(ReconcileCommand.Success);
            lines.Should().BeEmpty();
            var written = await File.ReadAllLinesAsync(output);
            written.Should().ContainSingle().Which.Should().Be("{\"id\":1,\"found\":[{\"text\":\"2004\",\"start\":3,\"end\":7,\"kind\":\"year\",\"value\":\"2004\"}]}");
            File.Exists(output + ".tmp").Should().BeFalse();
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void A_reference_is_an_iso_date_or_date_time_and_nothing_else()
    {
        RecognizeCommand.ParseReference("2024-08-06").Should().Be(new LocalDate(2024, 8, 6));
        RecognizeCommand.ParseReference("2024-08-06T10:00:00+09:00").Should().Be(new LocalDate(2024, 8, 6));
        RecognizeCommand.ParseReference("2024-08-06T10:00:00").Should().Be(new LocalDate(2024, 8, 6));
        RecognizeCommand.ParseReference("2024-02-30").Should().BeNull();
        RecognizeCommand.ParseReference("August 6").Should().BeNull();
    }

    private static RecognizeRequest Default => new(null, null, Plain: false, OutputPath: null);

    private static string Line(object id, string text, string? reference)
        => JsonSerializer.Serialize(new Dictionary<string, object?> { ["id"] = id, ["text"] = text, ["reference"] = reference });

    private static Task<(int Exit, List<JsonElement> Lines, string Stderr)> RunAsync(params string[] input) => RunAsync(Default, input);

    private static async Task<(int Exit, List<JsonElement> Lines, string Stderr)> RunAsync(RecognizeRequest request, params string[] input)
    {
        using var stdin = new StringReader(string.Join('\n', input));
        await using var stdout = new StringWriter();
        await using var stderr = new StringWriter();
        var exit = await RecognizeCommand.RunAsync(request, Recognizer, stdin, stdout, stderr, CancellationToken.None);
        var lines = stdout.ToString()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone())
            .ToList();
        return (exit, lines, stderr.ToString());
    }

    private static IEnumerable<string> Describe(IEnumerable<JsonElement> found)
        => found.Select(m => $"{m.GetProperty("text").GetString()}|{m.GetProperty("kind").GetString()}|{m.GetProperty("value").GetRawText()}");

    private static List<string> Values(JsonElement line)
        => [.. line.GetProperty("found").EnumerateArray().Select(m => m.GetProperty("value").GetRawText())];
}
