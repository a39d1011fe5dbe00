using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Structured;
using NodaTime;

namespace CaJapan.Reconcile.Tests.Structured;

/// <summary>Reading a value as its declared type with the recognisers and the gazetteer of the domain pack.</summary>
public sealed class StructuredValueParserTests
{
    private static readonly StructuredValueParser Parser = new();

    [Theory]
    [InlineData("2024-08-09", "date:2024-08-09/2024-08-09")]
    [InlineData("2024-08", "date:2024-08-01/2024-08-31")]
    [InlineData("2024", "date:2024-01-01/2024-12-31")]
    [InlineData(" 2024-02-29 ", "date:2024-02-29/2024-02-29")]
    [InlineData("August 9, 2024", "date:2024-08-09/2024-08-09")]
    [InlineData("9 August 2024", "date:2024-08-09/2024-08-09")]
    [InlineData("Friday, August 9, 2024", "date:2024-08-09/2024-08-09")]
    [InlineData("August 2024", "date:2024-08-01/2024-08-31")]
    [InlineData("9-10 August 2024", "date:2024-08-09/2024-08-10")]
    [InlineData("early August 2024", "date:2024-08-01/2024-08-10")]
    public void DatesAreReadAsIsoFormsExactlyOrAsWrittenDates(string text, string key)
        => Parse(text, StructuredValueType.Date).Key.Should().Be(key);

    [Fact]
    public void AnIsoMonthIsAMonthNotTheYearTheRecogniserWouldRead()
        => Parse("2024-08", StructuredValueType.Date).Should().Be(DateValue.Month(2024, 8));

    [Fact]
    public void AWrittenDateWithoutAYearTakesItFromTheObservedDay()
    {
        Parser.TryParse("August 9", StructuredValueType.Date, new LocalDate(2024, 8, 6), out var value, out _).Should().BeTrue();
        value.Should().Be(DateValue.Day(new LocalDate(2024, 8, 9)));

        Parser.TryParse("August 9", StructuredValueType.Date, out _, out var error).Should().BeFalse();
        error.Should().Contain("The year is not stated");
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("2024-13")]
    [InlineData("8/9/2024")]
    [InlineData("9 August 2024 or later")]
    [InlineData("9 August 2024 and 10 October 2024")]
    [InlineData("soon")]
    public void TextThatIsNotOneWholeDateIsNotADate(string text)
    {
        Parser.TryParse(text, StructuredValueType.Date, out var value, out var error).Should().BeFalse();
        value.Should().BeNull();
        error.Should().StartWith($"The value '{text}' is not a date");
    }

    [Theory]
    [InlineData("USD 2 billion")]
    [InlineData("$2bn")]
    [InlineData("US$2 billion")]
    [InlineData("2 billion dollars")]
    [InlineData("about $2 billion")]
    public void AmountsWrittenInDifferentWaysAreTheSameMoney(string text)
        => Parse(text, StructuredValueType.Money).Should().Be(MoneyValue.Exact(2_000_000_000m, "USD"));

    [Theory]
    [InlineData("2000000000")]
    [InlineData("$2bn and $3bn")]
    [InlineData("$2bn in loans")]
    public void TextThatIsNotOneWholeAmountWithACurrencyIsNotMoney(string text)
        => Parser.TryParse(text, StructuredValueType.Money, out _, out var error).Should().BeFalse(error);

    [Theory]
    [InlineData("Astana", "Astana", "KZ")]
    [InlineData("nur-sultan", "Astana", "KZ")]
    [InlineData("Astana, Kazakhstan", "Astana", "KZ")]
    [InlineData("Kazakhstan", null, "KZ")]
    [InlineData("Tokyo", "Tokyo", "JP")]
    public void KnownPlacesAreReadWithTheGazetteer(string text, string? city, string country)
        => Parse(text, StructuredValueType.Place).Should().Be(new PlaceValue(city, country));

    [Theory]
    [InlineData("Reykjavik")]
    [InlineData("Astana Expo Centre")]
    [InlineData("Tokyo, Kazakhstan")]
    public void APlaceTheGazetteerCannotPlaceIsComparedAsAString(string text)
        => Parse(text, StructuredValueType.Place).Should().Be(new TextValue(text));

    [Theory]
    [InlineData("1250.5", "1250.5")]
    [InlineData("1250.50", "1250.5")]
    [InlineData("-3", "-3")]
    [InlineData("+7", "7")]
    [InlineData("1.2e3", "1200")]
    [InlineData("1,234,567.5", "1234567.5")]
    public void NumbersAreReadInInvariantDigits(string text, string described)
        => Parse(text, StructuredValueType.Number).Describe().Should().Be(described);

    [Theory]
    [InlineData("1,5")]
    [InlineData("12,34,567")]
    [InlineData("twelve")]
    [InlineData("1e99999")]
    [InlineData("NaN")]
    public void TextThatIsNotAPlainNumberIsNotANumber(string text)
        => Parser.TryParse(text, StructuredValueType.Number, out _, out var error).Should().BeFalse(error);

    [Fact]
    public void WithoutATypeTheValueIsANormalisedStringKeptAsGiven()
    {
        var value = Parse("  J. K.  Rowling ", null).Should().BeOfType<TextValue>().Subject;

        value.Text.Should().Be("  J. K.  Rowling ");
        value.Normalised.Should().Be("J K ROWLING");
        var declared = Parse("j.k. rowling", StructuredValueType.Text);
        declared.Key.Should().Be(value.Key);
        declared.Compare(value).Should().Be(ValueRelation.Equal);
    }

    [Fact]
    public void AnEmptyValueIsAnErrorOfEveryType()
    {
        foreach (var type in Enum.GetValues<StructuredValueType>().Cast<StructuredValueType?>().Append(null))
        {
            Parser.TryParse("  ", type, out _, out var error).Should().BeFalse();
            error.Should().Be("The value is empty; give the value the source states.");
        }
    }

    [Theory]
    [InlineData("date", StructuredValueType.Date)]
    [InlineData(" Money ", StructuredValueType.Money)]
    [InlineData("PLACE", StructuredValueType.Place)]
    [InlineData("number", StructuredValueType.Number)]
    [InlineData("string", StructuredValueType.Text)]
    [InlineData("text", StructuredValueType.Text)]
    public void TypeNamesAreReadInAnyCase(string text, StructuredValueType type)
    {
        StructuredValueParser.TryParseType(text, out var parsed).Should().BeTrue();
        parsed.Should().Be(type);
    }

    private static ClaimValue Parse(string text, StructuredValueType? type)
    {
        Parser.TryParse(text, type, out var value, out var error).Should().BeTrue(error);
        return value!;
    }
}
