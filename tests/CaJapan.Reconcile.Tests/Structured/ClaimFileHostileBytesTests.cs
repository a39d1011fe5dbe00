using System.Text;
using CaJapan.Reconcile.Bulk;
using CaJapan.Reconcile.Structured;

namespace CaJapan.Reconcile.Tests.Structured;

/// <summary>
/// Files of claims with invalid bytes, NUL characters and over-long lines: each such row is an error named
/// <c>file:line</c>, in the full engine and the bulk engine alike, and the other rows are still read.
/// </summary>
public sealed class ClaimFileHostileBytesTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("claim-bytes-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public static TheoryData<string, bool> FormatsAndEngines => new()
    {
        { "csv", false },
        { "csv", true },
        { "jsonl", false },
        { "jsonl", true },
    };

    /// <summary>A row of the format whose value is given as bytes, so that it may hold anything.</summary>
    internal static byte[] Row(string format, string subject, byte[] value)
        => format == "csv"
            ? [.. Encoding.UTF8.GetBytes($"s1,{subject},date,"), .. value, (byte)'\n']
            : [.. Encoding.UTF8.GetBytes("{\"source\": \"s1\", \"subject\": \"" + subject + "\", \"property\": \"date\", \"value\": \""), .. value, .. "\"}\n"u8];

    private static byte[] Header(string format) => format == "csv" ? "source,subject,property,value\n"u8.ToArray() : [];

    /// <summary>The file's rows read by one engine: the subjects of the claims read, and the errors as (name, message).</summary>
    internal static async Task<(List<string> Subjects, List<(string Id, string Message)> Errors)> ReadAsync(string path, bool bulk, ReconcileOptions? options = null)
    {
        if (bulk)
        {
            var reconciler = new BulkReconciler(options);
            var (table, errors) = await reconciler.ReadAsync(path);
            var subjects = reconciler.Reconcile(table).Resolutions.Select(r => r.Subject).Order(StringComparer.Ordinal).ToList();
            return (subjects, errors.Select(e => (e.SourceId, e.Message)).ToList());
        }

        var result = await ReconcileEngine.Create(options).ReconcileClaimFileAsync(path);
        return (result.Claims.Select(c => c.Subject).Distinct().Order(StringComparer.Ordinal).ToList(), result.SourceErrors.Select(e => (e.SourceId, e.Message)).ToList());
    }

    private string Write(string format, params byte[][] rows)
    {
        var path = Path.Combine(folder, $"claims.{format}");
        File.WriteAllBytes(path, [.. Header(format), .. rows.SelectMany(r => r)]);
        return path;
    }

    private static int LineOf(string format, int row) => format == "csv" ? row + 1 : row;

    [Theory]
    [MemberData(nameof(FormatsAndEngines))]
    public async Task InvalidBytesInARowAreAnErrorNamingItsLineAndTheOtherRowsAreRead(string format, bool bulk)
    {
        var path = Write(
            format,
            Row(format, "a", "2024-08-09"u8.ToArray()),
            Row(format, "b", [.. "2024-08-"u8, 0xC3, 0x28]),
            Row(format, "c", [.. "2024-08-"u8, 0xFF]),
            Row(format, "d", "2024-08-10"u8.ToArray()));

        var (subjects, errors) = await ReadAsync(path, bulk);

        subjects.Should().Equal("a", "d");
        errors.Should().Equal(
            ($"claims.{format}:{LineOf(format, 2)}", $"Line {LineOf(format, 2)} is not valid UTF-8 or UTF-16 text (an invalid byte sequence), so its row was not read; save the file as UTF-8."),
            ($"claims.{format}:{LineOf(format, 3)}", $"Line {LineOf(format, 3)} is not valid UTF-8 or UTF-16 text (an invalid byte sequence), so its row was not read; save the file as UTF-8."));
    }

    [Fact]
    public async Task InvalidBytesOnTheLaterLineOfAQuotedCsvRecordRefuseThatRecordByItsFirstLine()
    {
        var path = Write("csv", Row("csv", "a", "2024-08-09"u8.ToArray()), [.. "s1,b,\"date\n"u8, 0xFF, .. "\",2024-08-09\n"u8], Row("csv", "c", "2024-08-10"u8.ToArray()));

        var (subjects, errors) = await ReadAsync(path, bulk: false);

        subjects.Should().Equal("a", "c");
        errors.Should().ContainSingle().Which.Should().Be(("claims.csv:3", "Line 4 is not valid UTF-8 or UTF-16 text (an invalid byte sequence), so its row was not read; save the file as UTF-8."));
    }

    [Theory]
    [MemberData(nameof(FormatsAndEngines))]
    public async Task ANulCharacterInARowIsAnErrorNamingItsLine(string format, bool bulk)
    {
        var path = Write(
            format,
            Row(format, "a", "2024-08-09"u8.ToArray()),
            Row(format, "b", "2024-08\u000009"u8.ToArray()),
            Row(format, "c", "2024-08-10"u8.ToArray()));

        var (subjects, errors) = await ReadAsync(path, bulk);

        subjects.Should().Equal("a", "c");
        errors.Should().Equal(($"claims.{format}:{LineOf(format, 2)}", "The row holds a NUL character, so it was not read; give the file as text."));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AJsonEscapedNulInAFieldIsAnErrorNamingItsLine(bool bulk)
    {
        var path = Write("jsonl", Row("jsonl", "a", "2024-08-09"u8.ToArray()), Row("jsonl", "b", "2024-08-09\\u0000"u8.ToArray()), Row("jsonl", "c", "2024-08-10"u8.ToArray()));

        var (subjects, errors) = await ReadAsync(path, bulk);

        subjects.Should().Equal("a", "c");
        errors.Should().Equal(("claims.jsonl:2", "The row holds a NUL character, so it was not read; give the file as text."));
    }

    [Theory]
    [MemberData(nameof(FormatsAndEngines))]
    public async Task AnUnpairedSurrogateInAUtf16FileIsAnErrorNamingItsLineAndTheOtherRowsAreRead(string format, bool bulk)
    {
        var text = Encoding.UTF8.GetString([.. Header(format), .. Row(format, "a", "2024-08-09"u8.ToArray()), .. Row(format, "b", "2024-08-XX"u8.ToArray()), .. Row(format, "c", "2024-08-10"u8.ToArray())]);
        var bytes = Encoding.BigEndianUnicode.GetBytes(text);
        var at = text.IndexOf("XX", StringComparison.Ordinal) * 2;
        (bytes[at], bytes[at + 1]) = (0xD8, 0x00); // a high surrogate followed by 'X'
        var path = Path.Combine(folder, $"claims.{format}");
        await File.WriteAllBytesAsync(path, [.. Encoding.BigEndianUnicode.GetPreamble(), .. bytes]);

        var (subjects, errors) = await ReadAsync(path, bulk);

        subjects.Should().Equal("a", "c");
        errors.Select(e => e.Id).Should().Equal($"claims.{format}:{LineOf(format, 2)}");
        errors[0].Message.Should().StartWith($"Line {LineOf(format, 2)} is not valid UTF-8 or UTF-16 text");
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonl")]
    public async Task AValidUtf16FileReadsLikeUtf8(string format)
    {
        var text = Encoding.UTF8.GetString([.. Header(format), .. Row(format, "ä", "2024-08-09"u8.ToArray()), .. Row(format, "😀", "2024-08-10"u8.ToArray())]);
        var path = Path.Combine(folder, $"claims.{format}");
        await File.WriteAllBytesAsync(path, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);

        var (subjects, errors) = await ReadAsync(path, bulk: false);

        errors.Should().BeEmpty();
        subjects.Should().Equal("ä", "😀");
    }

    [Theory]
    [MemberData(nameof(FormatsAndEngines))]
    public async Task ARowOverTheLimitIsAnErrorNamingItsLineAndTheOptionAndTheNextRowsAreRead(string format, bool bulk)
    {
        var path = Write(
            format,
            Row(format, "a", "2024-08-09"u8.ToArray()),
            Row(format, "b", Encoding.UTF8.GetBytes(new string('x', 5000))),
            Row(format, "c", "2024-08-10"u8.ToArray()));

        var (subjects, errors) = await ReadAsync(path, bulk, new ReconcileOptions { MaxClaimLineBytes = 1000 });

        subjects.Should().Equal("a", "c");
        errors.Should().ContainSingle().Which.Id.Should().Be($"claims.{format}:{LineOf(format, 2)}");
        errors[0].Message.Should().Contain("longer than 1,000 bytes").And.Contain("ReconcileOptions.MaxClaimLineBytes");
    }

    [Fact]
    public async Task ACsvRecordOverTheLimitInsideAnOpenQuoteAsksWhetherTheQuoteIsClosed()
    {
        var path = Write("csv", Row("csv", "a", "2024-08-09"u8.ToArray()), Encoding.UTF8.GetBytes("s1,b,date,\"" + new string('x', 2000) + "\n"), Row("csv", "c", "2024-08-10"u8.ToArray()));

        var (subjects, errors) = await ReadAsync(path, bulk: false, new ReconcileOptions { MaxClaimLineBytes = 1000 });

        subjects.Should().Equal("a", "c");
        errors.Should().ContainSingle().Which.Message.Should().Be("The row is longer than 1,000 bytes, so it was not read and the rest of its line was skipped; is a quote not closed? If not, raise ReconcileOptions.MaxClaimLineBytes to read it.");
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonl")]
    public async Task TheLimitCountsBytesOfUtf8NotCharacters(string format)
    {
        // About 450 characters, but 1,250 bytes.
        var path = Write(format, Row(format, "a", Encoding.UTF8.GetBytes(new string('€', 400))), Row(format, "b", "2024-08-10"u8.ToArray()));

        var (subjects, errors) = await ReadAsync(path, bulk: false, new ReconcileOptions { MaxClaimLineBytes = 1000 });

        subjects.Should().Equal("b");
        errors.Should().ContainSingle().Which.Message.Should().Contain("longer than 1,000 bytes");
    }

    [Fact]
    public async Task ARowWithinTheLimitThatGrowsWhenEscapedIsStillReadInPartitions()
    {
        // A CSV row of about 900 bytes of Japanese, which the partition files hold as JSON escapes of six bytes a character.
        var path = Write("csv", Row("csv", "a", Encoding.UTF8.GetBytes(new string('日', 300))), Row("csv", "b", "2024-08-10"u8.ToArray()));
        var options = new ReconcileOptions { MaxClaimLineBytes = 1000 };

        var (result, errors) = await new BulkReconciler(options).ReconcilePartitionedAsync(path, 2);

        errors.Should().BeEmpty();
        result.ClaimCount.Should().Be(2);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void ANonPositiveLineLimitIsRefusedByTheValidator(int limit)
    {
        var act = () => ReconcileEngine.Create(new ReconcileOptions { MaxClaimLineBytes = limit });

        act.Should().Throw<FluentValidation.ValidationException>().WithMessage($"*MaxClaimLineBytes is {limit}; it must be a positive number of bytes.*");
    }

    [Fact]
    public void TheReaderRefusesANonPositiveLineLimit()
    {
        var act = () => new StructuredClaimReader(new StructuredValueParser(), 0);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task TheTextReaderOverloadRefusesAnUnpairedSurrogateInAJsonLine()
    {
        var text = "{\"source\": \"s\", \"subject\": \"a\", \"property\": \"p\", \"value\": \"v\"}\n{\"source\": \"s\", \"subject\": \"b\", \"property\": \"p\", \"value\": \"v\uD800\"}\n";

        var rows = new List<StructuredClaimRow>();
        await foreach (var row in new StructuredClaimReader().ReadAsync(new StringReader(text), StructuredClaimFormat.JsonLines))
        {
            rows.Add(row);
        }

        rows.Select(r => (r.Line, r.IsValid)).Should().Equal((1, true), (2, false));
        rows[1].Error.Should().StartWith("Line 2 is not valid UTF-8 or UTF-16 text");
    }
}

/// <summary>Tests that measure the memory the process allocates, so that run alone.</summary>
[CollectionDefinition(nameof(AllocationMeasuring), DisableParallelization = true)]
public sealed class AllocationMeasuring;

/// <summary>A line of 64 MB is refused under a limit of 1 MiB without being held: far less than the line is allocated.</summary>
[Collection(nameof(AllocationMeasuring))]
public sealed class ClaimFileLongLineTests : IDisposable
{
    private const int LineBytes = 64 * 1024 * 1024;

    private readonly string folder = Directory.CreateTempSubdirectory("claim-long-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>Writes a file with a good row, a row of <see cref="LineBytes"/>, and a good row, without holding the long one.</summary>
    internal static void WriteWithLongLine(string path, byte[] before, byte[] longStart, byte[] after)
    {
        using var file = File.Create(path);
        file.Write(before);
        file.Write(longStart);
        var chunk = new byte[1 << 20];
        Array.Fill(chunk, (byte)'x');
        for (var written = longStart.Length; written < LineBytes; written += chunk.Length)
        {
            file.Write(chunk);
        }

        file.Write("\"\n"u8);
        file.Write(after);
    }

    [Theory]
    [MemberData(nameof(ClaimFileHostileBytesTests.FormatsAndEngines), MemberType = typeof(ClaimFileHostileBytesTests))]
    public async Task ALineOf64MBUnderALimitOf1MiBIsAnErrorWithoutBeingHeld(string format, bool bulk)
    {
        var path = Path.Combine(folder, $"claims.{format}");
        byte[] header = format == "csv" ? [.. "source,subject,property,value\n"u8] : [];
        WriteWithLongLine(
            path,
            [.. header, .. ClaimFileHostileBytesTests.Row(format, "a", "2024-08-09"u8.ToArray())],
            format == "csv" ? "s1,b,date,\""u8.ToArray() : "{\"source\": \"s1\", \"subject\": \"b\", \"property\": \"date\", \"value\": \""u8.ToArray(),
            ClaimFileHostileBytesTests.Row(format, "c", "2024-08-10"u8.ToArray()));
        var small = Path.Combine(folder, $"small.{format}");
        File.WriteAllBytes(small, [.. header, .. ClaimFileHostileBytesTests.Row(format, "a", "2024-08-09"u8.ToArray()), .. ClaimFileHostileBytesTests.Row(format, "c", "2024-08-10"u8.ToArray())]);
        var options = new ReconcileOptions { MaxClaimLineBytes = 1024 * 1024 };
        await ClaimFileHostileBytesTests.ReadAsync(small, bulk, options);

        // What reading costs apart from the long line (building the engine, loading the pack) is measured on a small file.
        var start = GC.GetTotalAllocatedBytes(precise: true);
        await ClaimFileHostileBytesTests.ReadAsync(small, bulk, options);
        var middle = GC.GetTotalAllocatedBytes(precise: true);
        var (subjects, errors) = await ClaimFileHostileBytesTests.ReadAsync(path, bulk, options);
        var extra = GC.GetTotalAllocatedBytes(precise: true) - middle - (middle - start);

        subjects.Should().Equal("a", "c");
        errors.Should().ContainSingle().Which.Id.Should().Be($"claims.{format}:{(format == "csv" ? 3 : 2)}");
        errors[0].Message.Should().Contain("ReconcileOptions.MaxClaimLineBytes");
        extra.Should().BeLessThan(LineBytes / 8, "the line is skipped as it is read, never held whole");
    }
}
