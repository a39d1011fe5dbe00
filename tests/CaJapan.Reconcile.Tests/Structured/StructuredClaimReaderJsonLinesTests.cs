using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Structured;
using NodaTime;
using static CaJapan.Reconcile.Tests.Structured.StructuredClaimReaderCsvTests;

namespace CaJapan.Reconcile.Tests.Structured;

/// <summary>Reading JSON Lines files of claims: one object per line, and what each bad line says.</summary>
public sealed class StructuredClaimReaderJsonLinesTests
{
    [Fact]
    public async Task EachObjectIsAClaimWithItsOptionalFields()
    {
        var rows = await JsonAsync("""{"source": "voa", "subject": "summit", "property": "date", "value": "2024-08-09", "weight": 0.8, "observed": "2024-08-06", "type": "date", "url": "ignored"}""");

        var row = rows.Should().ContainSingle().Subject;
        row.Line.Should().Be(1);
        row.Claim.Should().Be(new StructuredClaim("voa", "summit", "date", "2024-08-09")
        {
            Weight = 0.8,
            Observed = new LocalDate(2024, 8, 6),
            Type = StructuredValueType.Date,
        });
        row.Value.Should().Be(DateValue.Day(new LocalDate(2024, 8, 9)));
    }

    [Fact]
    public async Task ANumberValueIsKeptAsWritten()
    {
        var rows = await JsonAsync("""{"source": "a", "subject": "flight-1", "property": "gate", "value": 1250.50, "type": "number"}""");

        rows.Single().Claim!.Value.Should().Be("1250.50");
        rows.Single().Value.Should().Be(new NumberValue(1250.5m));
    }

    [Fact]
    public async Task BlankLinesAreSkippedAndLinesAreNumberedAsInTheFile()
    {
        var rows = await JsonAsync(
            "",
            """{"source": "a", "subject": "s", "property": "p", "value": "v"}""",
            "   ",
            """{"source": "b", "subject": "s", "property": "p", "value": "w"}""");

        rows.Select(r => r.Line).Should().Equal(2, 4);
    }

    [Fact]
    public async Task FieldNamesAreMatchedInAnyCaseAndNullOptionalFieldsAreAbsent()
    {
        var rows = await JsonAsync("""{"Source": "a", "SUBJECT": "s", "Property": "p", "Value": "v", "weight": null, "observed": null, "type": null}""");

        rows.Single().Claim.Should().Be(new StructuredClaim("a", "s", "p", "v"));
    }

    [Fact]
    public async Task AByteOrderMarkBeforeTheFirstLineIsIgnored()
    {
        var rows = await JsonAsync("\uFEFF" + """{"source": "a", "subject": "s", "property": "p", "value": "v"}""");

        rows.Single().IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData("{not json", "The line is not valid JSON (")]
    [InlineData("""["a", "s", "p", "v"]""", "The line is a JSON array, not an object; give one JSON object per line")]
    [InlineData("""{"source": "a", "subject": "s", "property": "p"}""", "The field 'value' is missing or empty;")]
    [InlineData("""{"source": "a", "subject": "s", "property": "p", "value": true}""", "The field 'value' is true; give a string or a number.")]
    [InlineData("""{"source": "a", "subject": "s", "property": "p", "value": "v", "weight": "0.8"}""", "The field 'weight' is \"0.8\"; give a number from 0 to 1, such as 0.8.")]
    [InlineData("""{"source": "a", "subject": "s", "property": "p", "value": "v", "weight": 2}""", "The weight 2 is outside [0, 1];")]
    [InlineData("""{"source": "a", "subject": "s", "property": "p", "value": "v", "observed": "2024-02-30"}""", "The observed date '2024-02-30' is not an ISO date;")]
    [InlineData("""{"source": "a", "subject": "s", "property": "p", "value": "v", "observed": 20240806}""", "The field 'observed' is 20240806; give a string holding an ISO date, such as \"2024-08-09\".")]
    [InlineData("""{"source": "a", "subject": "s", "property": "p", "value": "v", "type": "bool"}""", "The type 'bool' is not known;")]
    [InlineData("""{"source": "a", "subject": "s", "property": "p", "value": "2024-02-30", "type": "date"}""", "The value '2024-02-30' is not a date (")]
    public async Task EachKindOfBadLineSaysWhatIsWrongAndTheNextLineIsStillRead(string line, string error)
    {
        var rows = await JsonAsync(line, """{"source": "a", "subject": "s", "property": "p", "value": "fine"}""");

        rows.Should().HaveCount(2);
        rows[0].Line.Should().Be(1);
        rows[0].Error.Should().StartWith(error);
        rows[1].IsValid.Should().BeTrue();
    }

    [Fact]
    public async Task LinesAreReadOneAtATime()
    {
        var reader = new CountingReader(Lines(100_000));
        await foreach (var row in new StructuredClaimReader().ReadAsync(reader, StructuredClaimFormat.JsonLines))
        {
            row.IsValid.Should().BeTrue();
            break;
        }

        reader.CharactersRead.Should().BeLessThan(64 * 1024, "the first row needs only the first buffer of 100,000 lines, not the whole text");

        static IEnumerable<string> Lines(int count)
        {
            for (var i = 0; i < count; i++)
            {
                yield return $$"""{"source": "s", "subject": "item-{{i}}", "property": "p", "value": "v"}""" + "\n";
            }
        }
    }

    private static Task<List<StructuredClaimRow>> JsonAsync(params string[] lines)
        => ReadAsync(string.Join("\n", lines), StructuredClaimFormat.JsonLines);
}
