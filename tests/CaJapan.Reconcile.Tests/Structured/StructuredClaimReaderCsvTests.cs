using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Structured;
using NodaTime;

namespace CaJapan.Reconcile.Tests.Structured;

/// <summary>Reading CSV files of claims (RFC 4180 with a header row), and what each bad row says.</summary>
public sealed class StructuredClaimReaderCsvTests
{
    private static readonly StructuredClaimReader Reader = new();

    [Fact]
    public async Task QuotedFieldsKeepTheirCommasDoubledQuotesAndLineBreaks()
    {
        var rows = await ReadAsync(
            "source,subject,property,value\r\n" +
            "\"a, inc.\",book-1,title,\"He said \"\"no\"\", then left\"\r\n" +
            "b,book-1,title,\"Line one\nline two\"\r\n");

        rows.Should().HaveCount(2).And.OnlyContain(r => r.IsValid);
        rows[0].Claim!.Source.Should().Be("a, inc.");
        rows[0].Claim!.Value.Should().Be("He said \"no\", then left");
        rows[1].Claim!.Value.Should().Be("Line one\nline two");
    }

    [Fact]
    public async Task ARowThatSpansLinesIsNumberedByTheLineItStartsOnAndTheNextRowByItsOwn()
    {
        var rows = await ReadAsync(
            "source,subject,property,value\n" +
            "a,s,p,\"one\ntwo\nthree\"\n" +
            "b,s,p,\n");

        rows.Select(r => r.Line).Should().Equal(2, 5);
        rows[1].Error.Should().Contain("'value'");
    }

    [Fact]
    public async Task HeaderNamesAreMatchedInAnyCaseAndOrderAndExtraColumnsAreIgnored()
    {
        var rows = await ReadAsync(
            "Notes, VALUE ,Property,Observed,Weight,Subject,Source,Type,Url\n" +
            "checked,2024-08-09,date,2024-08-06,0.8,summit,voa,date,https://example.org\n");

        var row = rows.Should().ContainSingle().Subject;
        row.IsValid.Should().BeTrue(row.Error);
        row.Claim.Should().Be(new StructuredClaim("voa", "summit", "date", "2024-08-09")
        {
            Weight = 0.8,
            Observed = new LocalDate(2024, 8, 6),
            Type = StructuredValueType.Date,
        });
        row.Value.Should().Be(DateValue.Day(new LocalDate(2024, 8, 9)));
    }

    [Fact]
    public async Task AByteOrderMarkIsNotPartOfTheFirstColumnsName()
    {
        var rows = await ReadAsync("\uFEFFsource,subject,property,value\na,s,p,v\n");

        rows.Should().ContainSingle().Which.IsValid.Should().BeTrue();
    }

    [Fact]
    public async Task BlankLinesAndRowsOfEmptyFieldsAreSkippedAndLinesStillCounted()
    {
        var rows = await ReadAsync("source,subject,property,value\n\na,s,p,v\n,,,\n   \nb,s,p,w");

        rows.Select(r => (r.Line, r.Claim?.Value)).Should().Equal((3, "v"), (6, "w"));
    }

    [Fact]
    public async Task TheValueIsKeptExactlyAsGivenAndTheNamesAreTrimmed()
    {
        var rows = await ReadAsync("source,subject,property,value\n a , s , p ,  J. K.  Rowling \n");

        var claim = rows.Single().Claim!;
        (claim.Source, claim.Subject, claim.Property, claim.Value).Should().Be(("a", "s", "p", "  J. K.  Rowling "));
    }

    [Fact]
    public async Task AMissingRequiredColumnIsOneErrorForTheWholeFile()
    {
        var rows = await ReadAsync("source,subject,val\na,s,v\nb,s,w\n");

        var row = rows.Should().ContainSingle().Subject;
        row.Line.Should().Be(1);
        row.Error.Should().Be(
            "The header row has no columns 'property' or 'value'; name the columns source, subject, property and value (weight, observed and type are optional), in any order.");
    }

    [Fact]
    public async Task AColumnNamedTwiceIsAnErrorForTheWholeFile()
    {
        var rows = await ReadAsync("source,subject,property,value,Value\na,s,p,v,w\n");

        rows.Should().ContainSingle().Which.Error.Should().Be("The header row names the column 'value' twice; name each column once.");
    }

    [Fact]
    public async Task AnEmptyFileIsOneError()
    {
        var rows = await ReadAsync(string.Empty);

        rows.Should().ContainSingle().Which.Error.Should().StartWith("The file is empty;");
    }

    [Theory]
    [InlineData("a,s,,v", "The field 'property' is missing or empty; every claim needs source, subject, property and value (weight, observed and type are optional).")]
    [InlineData("a,s,p", "The field 'value' is missing or empty; every claim needs source, subject, property and value (weight, observed and type are optional).")]
    [InlineData("a,s,p,v,high", "The weight 'high' is not a number; give a number from 0 to 1, such as 0.8, or leave it out for 1.")]
    [InlineData("a,s,p,v,1.5", "The weight 1.5 is outside [0, 1]; give a number from 0 to 1, such as 0.8, or leave it out for 1.")]
    [InlineData("a,s,p,v,-0.1", "The weight -0.1 is outside [0, 1]; give a number from 0 to 1, such as 0.8, or leave it out for 1.")]
    [InlineData("a,s,p,v,,2024-13-01", "The observed date '2024-13-01' is not an ISO date; give the day the source reported the claim, such as 2024-08-09.")]
    [InlineData("a,s,p,v,,9 Aug 2024", "The observed date '9 Aug 2024' is not an ISO date; give the day the source reported the claim, such as 2024-08-09.")]
    [InlineData("a,s,p,v,,,datetime", "The type 'datetime' is not known; give date, money, place, number or string, or leave it out to compare the value as a string.")]
    [InlineData("a,s,p,soon,,,date", "The value 'soon' is not a date; give an ISO date such as 2024-08-09, a month such as 2024-08, a year such as 2024, or a written date such as 9 August 2024.")]
    [InlineData("a,s,p,two million,,,money", "The value 'two million' is not an amount of money; give an amount with its currency, such as USD 2 billion, $2bn or 300 billion yen.")]
    [InlineData("a,s,p,\"1,5\",,,number", "The value '1,5' is not a number; give digits with an optional sign, decimal point and exponent, such as 1250.5, -3 or 1.2e6 (commas only between groups of three digits).")]
    [InlineData("a,s,p,\"v\"x", "Text follows the closing quote of a field; put a comma after it, or double a quote that belongs inside the field.")]
    public async Task EachKindOfBadRowSaysWhatIsWrongAndWhatWouldBeRight(string row, string error)
    {
        var rows = await ReadAsync($"source,subject,property,value,weight,observed,type\n{row}\na,s,p,fine\n");

        rows.Should().HaveCount(2);
        rows[0].Line.Should().Be(2);
        rows[0].IsValid.Should().BeFalse();
        rows[0].Error.Should().Be(error);
        rows[1].IsValid.Should().BeTrue("a bad row does not stop the rows after it");
    }

    [Fact]
    public async Task ARowWithSeveralProblemsListsThemAll()
    {
        var rows = await ReadAsync("source,subject,property,value,weight,observed\n,s,p,v,2,yesterday\n");

        rows.Single().Error.Should().Contain("'source'").And.Contain("weight 2").And.Contain("'yesterday'");
    }

    [Fact]
    public async Task AQuoteLeftOpenAtTheEndIsAnErrorOfItsRowAndTheRowsBeforeItAreRead()
    {
        var rows = await ReadAsync("source,subject,property,value\na,s,p,v\nb,s,p,\"never closed\nc,s,p,v\n");

        rows.Should().HaveCount(2);
        rows[0].IsValid.Should().BeTrue();
        rows[1].Line.Should().Be(3);
        rows[1].Error.Should().Be("A quoted field that opens on line 3 is not closed; end it with a double quote, and double any quote inside it.");
    }

    [Fact]
    public async Task AQuoteInsideAnUnquotedFieldIsKeptAsACharacter()
    {
        var rows = await ReadAsync("source,subject,property,value\na,s,p,The 12\" single\n");

        rows.Single().Claim!.Value.Should().Be("The 12\" single");
    }

    [Fact]
    public async Task AFieldLongerThanTheLimitIsAnErrorAndReadingGoesOnAtTheNextLine()
    {
        var text = "source,subject,property,value\na,s,p,\"" + new string('x', 50) + "\nb,s,p,v\n";
        var records = new CsvRecordReader(new StringReader(text), maxFieldLength: 20);

        (await records.ReadAsync(default))!.Fields.Should().HaveCount(4);
        var bad = await records.ReadAsync(default);
        var next = await records.ReadAsync(default);

        bad!.Error.Should().StartWith("A field is longer than 20 characters");
        next!.Line.Should().Be(3);
        next.Fields.Should().Equal("b", "s", "p", "v");
    }

    [Fact]
    public async Task RowsAreReadOneBufferAtATimeNotAsOneString()
    {
        var reader = new CountingReader(Rows(100_000));
        var read = 0;

        await foreach (var row in Reader.ReadAsync(reader, StructuredClaimFormat.Csv))
        {
            row.IsValid.Should().BeTrue();
            if (++read == 10)
            {
                break;
            }
        }

        reader.CharactersRead.Should().BeLessThan(64 * 1024, "ten rows need only the first buffer of a file of 100,000 rows");

        static IEnumerable<string> Rows(int count)
        {
            yield return "source,subject,property,value\n";
            for (var i = 0; i < count; i++)
            {
                yield return $"s{i % 7},item-{i},p,value {i}\n";
            }
        }
    }

    [Fact]
    public async Task ReadingAFileChoosesTheFormatByExtensionAndToleratesAByteOrderMark()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "bom-crlf.csv");

        var rows = await ToListAsync(Reader.ReadFileAsync(path));

        rows.Should().HaveCount(2).And.OnlyContain(r => r.IsValid);
        rows[0].Claim!.Value.Should().Be("J. K. Rowling");
    }

    [Theory]
    [InlineData("claims.csv", StructuredClaimFormat.Csv)]
    [InlineData("CLAIMS.CSV", StructuredClaimFormat.Csv)]
    [InlineData("claims.jsonl", StructuredClaimFormat.JsonLines)]
    [InlineData("dir.v2/claims.NDJSON", StructuredClaimFormat.JsonLines)]
    [InlineData("claims.json", null)]
    [InlineData("claims", null)]
    public void TheExtensionNamesTheFormat(string path, StructuredClaimFormat? format)
        => StructuredClaimReader.FormatOf(path).Should().Be(format);

    [Fact]
    public void ReadingAFileWithAnotherExtensionThrowsBeforeReading()
    {
        var act = () => Reader.ReadFileAsync("claims.txt");

        act.Should().Throw<ArgumentException>().WithMessage("The file 'claims.txt' is not a file of structured claims; give a .csv file, or a .jsonl or .ndjson file of JSON lines.*");
    }

    [Fact]
    public void ReadingAFileThatDoesNotExistThrowsBeforeReading()
    {
        var act = () => Reader.ReadFileAsync(Path.Combine(AppContext.BaseDirectory, "no-such-claims.csv"));

        act.Should().Throw<FileNotFoundException>().WithMessage("The file '*no-such-claims.csv' does not exist.");
    }

    internal static async Task<List<StructuredClaimRow>> ReadAsync(string text, StructuredClaimFormat format = StructuredClaimFormat.Csv)
        => await ToListAsync(Reader.ReadAsync(new StringReader(text), format));

    internal static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>A text made of pieces on demand, counting the characters handed out.</summary>
    internal sealed class CountingReader(IEnumerable<string> pieces) : TextReader
    {
        private readonly IEnumerator<string> pieces = pieces.GetEnumerator();
        private string current = string.Empty;
        private int offset;

        public long CharactersRead { get; private set; }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            var written = 0;
            while (written < buffer.Length)
            {
                if (offset == current.Length)
                {
                    if (!pieces.MoveNext())
                    {
                        break;
                    }

                    (current, offset) = (pieces.Current, 0);
                }

                var n = Math.Min(buffer.Length - written, current.Length - offset);
                current.AsSpan(offset, n).CopyTo(buffer[written..]);
                (offset, written) = (offset + n, written + n);
            }

            CharactersRead += written;
            return written;
        }

        public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
            => ValueTask.FromResult(Read(buffer.Span));

        public override string? ReadLine()
        {
            var line = new System.Text.StringBuilder();
            Span<char> one = stackalloc char[1];
            while (Read(one) == 1)
            {
                if (one[0] == '\n')
                {
                    return line.ToString();
                }

                line.Append(one[0]);
            }

            return line.Length > 0 ? line.ToString() : null;
        }

        public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
            => ValueTask.FromResult(ReadLine());

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                pieces.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
