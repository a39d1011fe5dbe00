using System.Diagnostics;
using System.Text;
using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Recognition;

namespace CaJapan.Reconcile.Tests.Recognition;

public class MoneyRecognizerTests
{
    private readonly MoneyRecognizer recognizer = new();

    [Theory]
    [InlineData("$4.09 billion", "4090000000", "USD")]
    [InlineData("US$300 million", "300000000", "USD")]
    [InlineData("USD 12 million", "12000000", "USD")]
    [InlineData("5 billion USD", "5000000000", "USD")]
    [InlineData("¥500 billion", "500000000000", "JPY")]
    [InlineData("JPY 1,000", "1000", "JPY")]
    [InlineData("1,200,000 yen", "1200000", "JPY")]
    [InlineData("3 trillion yen", "3000000000000", "JPY")]
    [InlineData("1.16 trillion-yen", "1160000000000", "JPY")]
    [InlineData("€20 million", "20000000", "EUR")]
    [InlineData("10 million euros", "10000000", "EUR")]
    [InlineData("£1.5bn", "1500000000", "GBP")]
    [InlineData("100 million yuan", "100000000", "CNY")]
    [InlineData("2.5 billion tenge", "2500000000", "KZT")]
    [InlineData("700 million roubles", "700000000", "RUB")]
    [InlineData("40 billion rubles", "40000000000", "RUB")]
    [InlineData("$5m", "5000000", "USD")]
    [InlineData("$7 mn", "7000000", "USD")]
    [InlineData("$2 tn", "2000000000000", "USD")]
    [InlineData("$250 thousand", "250000", "USD")]
    [InlineData("80 US dollars", "80", "USD")]
    public void AnAmountWithACurrencyIsMoney(string text, string amount, string currency)
    {
        var mention = Single(text);

        mention.Text.Should().Be(text);
        mention.Value.Should().Be(MoneyValue.Exact(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency));
        mention.Approximate.Should().BeFalse();
        mention.Conversion.Should().BeNull();
    }

    [Theory]
    [InlineData("a 3 trillion-yen target", "3 trillion-yen", "3000000000000", "JPY")]
    [InlineData("a $2-billion package", "$2-billion", "2000000000", "USD")]
    [InlineData("a 5-million-dollar grant", "5-million-dollar", "5000000", "USD")]
    [InlineData("a ¥3-trillion plan", "¥3-trillion", "3000000000000", "JPY")]
    [InlineData("a 20-billion-yen loan", "20-billion-yen", "20000000000", "JPY")]
    [InlineData("a billion-dollar deal", "a billion-dollar", "1000000000", "USD")]
    public void AHyphenatedAmountUsedAsAnAdjectiveKeepsItsScale(string text, string expectedText, string amount, string currency)
    {
        var mention = Single(text);

        mention.Text.Should().Be(expectedText);
        mention.Value.Should().Be(MoneyValue.Exact(Parse(amount), currency));
    }

    [Theory]
    [InlineData("a multibillion-dollar project")]
    [InlineData("a billion-strong population")]
    public void AScaleWordWithoutANumberIsNotMoney(string text)
        => recognizer.Recognize(text).Should().BeEmpty();

    [Theory]
    [InlineData("12 trillion tenge", "12000000000000", "KZT")]
    [InlineData("₸100 billion", "100000000000", "KZT")]
    [InlineData("100 billion ₸", "100000000000", "KZT")]
    [InlineData("KZT 5 billion", "5000000000", "KZT")]
    [InlineData("300 million Kazakh tenge", "300000000", "KZT")]
    [InlineData("5 billion soums", "5000000000", "UZS")]
    [InlineData("5 billion Uzbek som", "5000000000", "UZS")]
    [InlineData("2 trillion sum", "2000000000000", "UZS")]
    [InlineData("UZS 1.2 trillion", "1200000000000", "UZS")]
    [InlineData("500 million Kyrgyz som", "500000000", "KGS")]
    [InlineData("KGS 500 million", "500000000", "KGS")]
    [InlineData("20 million somoni", "20000000", "TJS")]
    [InlineData("20 million Tajik somoni", "20000000", "TJS")]
    [InlineData("TJS 20 million", "20000000", "TJS")]
    [InlineData("10 million Turkmen manat", "10000000", "TMT")]
    [InlineData("TMT 10 million", "10000000", "TMT")]
    [InlineData("₽100 billion", "100000000000", "RUB")]
    [InlineData("100 billion ₽", "100000000000", "RUB")]
    [InlineData("50 billion Russian rubles", "50000000000", "RUB")]
    [InlineData("₩5 trillion", "5000000000000", "KRW")]
    [InlineData("5 trillion won", "5000000000000", "KRW")]
    [InlineData("5 trillion South Korean won", "5000000000000", "KRW")]
    [InlineData("10,000 won", "10000", "KRW")]
    [InlineData("KRW 800 billion", "800000000000", "KRW")]
    [InlineData("RMB 10 billion", "10000000000", "CNY")]
    [InlineData("RMB10bn", "10000000000", "CNY")]
    [InlineData("10 billion RMB", "10000000000", "CNY")]
    [InlineData("50 billion Chinese yuan", "50000000000", "CNY")]
    [InlineData("10 million Swiss francs", "10000000", "CHF")]
    [InlineData("CHF 10 million", "10000000", "CHF")]
    [InlineData("5 million pounds sterling", "5000000", "GBP")]
    [InlineData("5 million British pounds", "5000000", "GBP")]
    [InlineData("40 million sterling", "40000000", "GBP")]
    public void RegionalCurrenciesAreRecognised(string text, string amount, string currency)
    {
        var mention = Single(text);

        mention.Text.Should().Be(text);
        mention.Value.Should().Be(MoneyValue.Exact(Parse(amount), currency));
    }

    [Theory]
    [InlineData("5 000 tenge", "5000", "KZT")]
    [InlineData("5 000 ₸", "5000", "KZT")]
    [InlineData("12 345 678 tenge", "12345678", "KZT")]
    [InlineData("1 200 000 yen", "1200000", "JPY")]
    public void ThousandsSetApartBySpacesMakeOneNumber(string text, string amount, string currency)
    {
        var mention = Single(text);

        mention.Text.Should().Be(text);
        mention.Value.Should().Be(MoneyValue.Exact(Parse(amount), currency));
    }

    [Theory]
    [InlineData("They paid 5 billion som.")]
    [InlineData("It cost 10 million manat.")]
    [InlineData("The bill came to 10 million francs.")]
    [InlineData("The cargo weighed 5 million pounds.")]
    [InlineData("Japan won 3 medals and Korea 3 won.")]
    [InlineData("The party, which in 2024 won 40 seats, lost.")]
    [InlineData("A large sum of 5 billion was raised.")]
    [InlineData("He paid 500 sum.")]
    public void AmbiguousCurrencyNamesAndEnglishWordsAreNotMoney(string text)
        => recognizer.Recognize(text).Should().BeEmpty();

    [Theory]
    [InlineData("two billion dollars", "2000000000", "USD")]
    [InlineData("a billion yen", "1000000000", "JPY")]
    [InlineData("twenty-five million euros", "25000000", "EUR")]
    [InlineData("one hundred million yen", "100000000", "JPY")]
    [InlineData("ten dollars", "10", "USD")]
    public void AnAmountInWordsIsMoney(string text, string amount, string currency)
    {
        var mention = Single(text);

        mention.Text.Should().Be(text);
        mention.Value.Should().Be(MoneyValue.Exact(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency));
    }

    [Fact]
    public void OffsetsCoverTheAmountOnly()
    {
        const string text = "Japan will invest $4.09 billion over five years.";

        var mention = Single(text);

        mention.Start.Should().Be(18);
        mention.End.Should().Be(31);
        mention.Text.Should().Be("$4.09 billion");
    }

    [Theory]
    [InlineData("$60 billion to $70 billion", "60000000000", "70000000000", "USD")]
    [InlineData("$60-70 billion", "60000000000", "70000000000", "USD")]
    [InlineData("$60 to $70 billion", "60000000000", "70000000000", "USD")]
    [InlineData("60 to 70 billion dollars", "60000000000", "70000000000", "USD")]
    [InlineData("1-2 trillion yen", "1000000000000", "2000000000000", "JPY")]
    [InlineData("$500,000 to $1 million", "500000", "1000000", "USD")]
    [InlineData("two to three billion dollars", "2000000000", "3000000000", "USD")]
    public void TwoAmountsJoinedByToOrADashAreARange(string text, string min, string max, string currency)
    {
        var mention = Single(text);

        mention.Text.Should().Be(text);
        mention.Value.Should().Be(new MoneyValue(Parse(min), Parse(max), currency));
    }

    [Fact]
    public void BetweenAndMakesARangeWithoutTheWordBetween()
    {
        var mention = Single("The cost is estimated between $1 billion and $2 billion.");

        mention.Text.Should().Be("$1 billion and $2 billion");
        mention.Value.Should().Be(new MoneyValue(1_000_000_000m, 2_000_000_000m, "USD"));
        mention.Approximate.Should().BeFalse();
    }

    [Fact]
    public void AmountsInDifferentCurrenciesAreNotARange()
    {
        var mentions = recognizer.Recognize("$5 billion to 6 billion yen");

        mentions.Select(m => m.Value).Should().Equal(MoneyValue.Exact(5_000_000_000m, "USD"), MoneyValue.Exact(6_000_000_000m, "JPY"));
    }

    [Theory]
    [InlineData("about $19 billion", "$19 billion")]
    [InlineData("around 3 trillion yen", "3 trillion yen")]
    [InlineData("roughly $5 million", "$5 million")]
    [InlineData("approximately €2 billion", "€2 billion")]
    [InlineData("nearly $1 billion", "$1 billion")]
    [InlineData("some 50 billion yen", "50 billion yen")]
    [InlineData("almost $8 million", "$8 million")]
    [InlineData("more than $10 billion", "$10 billion")]
    [InlineData("over 200 million yen", "200 million yen")]
    [InlineData("up to $60 billion", "$60 billion")]
    [InlineData("About $60-70 billion", "$60-70 billion")]
    public void AnApproximationWordBeforeTheAmountIsFlaggedButNotIncluded(string text, string amount)
    {
        var mention = Single(text);

        mention.Approximate.Should().BeTrue();
        mention.Text.Should().Be(amount);
    }

    [Fact]
    public void AnApproximateAmountStartsAfterTheApproximationWord()
    {
        const string text = "Japan pledged about $19 billion.";

        var mention = Single(text);

        mention.Text.Should().Be("$19 billion");
        mention.Start.Should().Be(text.IndexOf('$', StringComparison.Ordinal));
        mention.Approximate.Should().BeTrue();
    }

    [Fact]
    public void AConversionInParenthesesIsAttachedAndNotReturnedSeparately()
    {
        const string text = "Japan will provide 3 trillion yen (about $19 billion) in public and private funds.";

        var mention = Single(text);

        mention.Text.Should().Be("3 trillion yen");
        mention.Value.Should().Be(MoneyValue.Exact(3_000_000_000_000m, "JPY"));
        mention.Approximate.Should().BeFalse();
        var conversion = mention.Conversion!;
        conversion.Text.Should().Be("$19 billion");
        conversion.Start.Should().Be(text.IndexOf('$', StringComparison.Ordinal));
        text[conversion.Start..conversion.End].Should().Be(conversion.Text);
        conversion.Value.Should().Be(MoneyValue.Exact(19_000_000_000m, "USD"));
        conversion.Approximate.Should().BeTrue();
    }

    [Fact]
    public void AConversionMayCarryWordsBeforeItsClosingParenthesis()
    {
        var mention = Single("a 50 billion yen ($340 million at current rates) package");

        mention.Conversion!.Value.Should().Be(MoneyValue.Exact(340_000_000m, "USD"));
        mention.Conversion.Approximate.Should().BeFalse();
    }

    [Fact]
    public void AParenthesisWithoutAnAmountIsNotAConversion()
    {
        var mentions = recognizer.Recognize("3 trillion yen (a record) and $5 billion");

        mentions.Should().HaveCount(2);
        mentions[0].Conversion.Should().BeNull();
    }

    [Theory]
    [InlineData("50 Japanese business leaders attended.")]
    [InlineData("Trade grew 12.5% and 40 percent.")]
    [InlineData("The summit was held in 2024 with 5 million visitors.")]
    [InlineData("It was the 16th meeting, on August 9.")]
    [InlineData("Japan may find it difficult.")]
    [InlineData("The yen fell and the dollar rose.")]
    [InlineData("HK$5 billion")]
    [InlineData("a yen for adventure")]
    public void NumbersWithoutACurrencyAreNotMoney(string text)
        => recognizer.Recognize(text).Should().BeEmpty();

    [Fact]
    public void SeveralAmountsComeInOrder()
    {
        const string text = "Kazakhstan sought $2 billion, Uzbekistan 500 million dollars and Japan offered ¥300 billion.";

        var mentions = recognizer.Recognize(text);

        mentions.Select(m => m.Text).Should().Equal("$2 billion", "500 million dollars", "¥300 billion");
        mentions.Should().AllSatisfy(m => text[m.Start..m.End].Should().Be(m.Text));
    }

    [Fact]
    public void OnlyThePartAskedForIsReadAndOffsetsStayAbsolute()
    {
        const string text = "$1 billion. Then $2 billion. Then $3 billion.";
        var start = text.IndexOf("Then", StringComparison.Ordinal);

        var mention = recognizer.Recognize(text, start, 17).Should().ContainSingle().Subject;

        mention.Text.Should().Be("$2 billion");
        mention.Start.Should().Be(text.IndexOf("$2", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAmountTooLargeForADecimalIsSkipped()
        => recognizer.Recognize("$99999999999999999999999999 trillion and 123456789012345678901234567890 yen").Should().BeEmpty();

    [Fact]
    public void ArbitraryTextNeverThrowsAndKeepsOffsetsConsistent()
    {
        string[] words =
        [
            "$", "US", "¥", "€", "£", "yen", "dollars", "billion", "bn", "m", "trillion", "-", "to", "and", "between", "about",
            "(", ")", "1", "60", "1,000", ".", "5", ",", "two", "a", "hundred", "twenty", "USD", "%", "more", "than", "9.5",
            "000", "₸", "₽", "won", "sum", "Uzbek", "som", "South", "Korean", "pounds", "sterling", "RMB", "2024",
        ];
        var random = new Random(20240806);
        for (var round = 0; round < 300; round++)
        {
            var builder = new StringBuilder();
            for (var i = 0; i < 40; i++)
            {
                builder.Append(words[random.Next(words.Length)]).Append(random.Next(3) == 0 ? string.Empty : " ");
            }

            var text = builder.ToString();
            var mentions = recognizer.Recognize(text);

            for (var i = 0; i < mentions.Count; i++)
            {
                text[mentions[i].Start..mentions[i].End].Should().Be(mentions[i].Text);
                mentions[i].Start.Should().BeGreaterThanOrEqualTo(i == 0 ? 0 : mentions[i - 1].End);
            }
        }
    }

    [Theory]
    [InlineData("1")]
    [InlineData("1,111")]
    [InlineData("$1 to ")]
    [InlineData("3 yen (")]
    [InlineData("two hundred ")]
    [InlineData("100 ")]
    [InlineData("5-billion-")]
    public void AMegabyteOfRepetitionIsReadInLinearTime(string unit)
    {
        var text = new StringBuilder().Insert(0, unit, (1 << 20) / unit.Length).ToString();
        var watch = Stopwatch.StartNew();

        recognizer.Recognize(text);

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    private static decimal Parse(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

    private MoneyMention Single(string text)
    {
        var mention = recognizer.Recognize(text).Should().ContainSingle().Subject;
        text[mention.Start..mention.End].Should().Be(mention.Text);
        return mention;
    }
}
