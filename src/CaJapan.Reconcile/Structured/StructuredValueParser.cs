using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Internal;
using CaJapan.Reconcile.Knowledge;
using CaJapan.Reconcile.Recognition;
using CaJapan.Reconcile.Text;
using NodaTime;
using NodaTime.Text;

namespace CaJapan.Reconcile.Structured;

/// <summary>
/// Reads the value of a structured claim as its declared type, with the recognisers and gazetteer that read
/// articles: dates (ISO forms exactly, then written forms such as "9 August 2024"), amounts of money ("USD 2 billion",
/// "$2bn"), places the domain pack knows ("Astana", "Kazakhstan"), plain numbers, and strings. Thread-safe.
/// </summary>
/// <remarks>
/// A place the domain pack does not know is not an error: it is compared as a normalised string (a
/// <see cref="TextValue"/>), so a data set about places anywhere can be reconciled; it then agrees with the same
/// string and conflicts with any other place. The whole value must be one date, amount or place: "9 August 2024 or
/// later" is not a date.
/// </remarks>
public sealed partial class StructuredValueParser
{
    private static readonly LocalDatePattern IsoDay = LocalDatePattern.Iso;
    private static readonly LocalDatePattern IsoMonth = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM");
    private static readonly LocalDatePattern IsoYear = LocalDatePattern.CreateWithInvariantCulture("uuuu");

    private readonly PackIndex index;

    /// <summary>Initializes a new instance of the <see cref="StructuredValueParser"/> class with the embedded domain pack's places.</summary>
    public StructuredValueParser()
        : this(DomainPackLoader.LoadEmbedded())
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StructuredValueParser"/> class with a domain pack's places.</summary>
    /// <param name="pack">The domain pack whose cities and countries are known places.</param>
    /// <exception cref="ArgumentNullException"><paramref name="pack"/> is <see langword="null"/>.</exception>
    public StructuredValueParser(DomainPack pack)
        : this(new PackIndex(pack ?? throw new ArgumentNullException(nameof(pack))))
    {
    }

    internal StructuredValueParser(PackIndex index)
    {
        this.index = index;
    }

    /// <summary>Reads a value as a type; see <see cref="TryParse(string, StructuredValueType?, LocalDate?, out ClaimValue?, out string?)"/>.</summary>
    /// <param name="text">The value as given.</param>
    /// <param name="type">The declared type, or <see langword="null"/> for a string.</param>
    /// <param name="value">The typed value, when it could be read.</param>
    /// <param name="error">What was wrong and what would be right, when it could not.</param>
    /// <returns>Whether the value could be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public bool TryParse(string text, StructuredValueType? type, [NotNullWhen(true)] out ClaimValue? value, [NotNullWhen(false)] out string? error)
        => TryParse(text, type, null, out value, out error);

    /// <summary>Reads a value as a type.</summary>
    /// <param name="text">The value as given.</param>
    /// <param name="type">
    /// The declared type: a <see cref="DateValue"/>, <see cref="MoneyValue"/>, <see cref="PlaceValue"/> (or a
    /// <see cref="TextValue"/> for a place the pack does not know), <see cref="NumberValue"/> or <see cref="TextValue"/>;
    /// <see langword="null"/> reads the value as a string.
    /// </param>
    /// <param name="reference">The day the value was observed: the year of a written date without one ("August 9"), and the day relative dates count from.</param>
    /// <param name="value">The typed value, when it could be read.</param>
    /// <param name="error">What was wrong and what would be right, when it could not.</param>
    /// <returns>Whether the value could be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public bool TryParse(
        string text,
        StructuredValueType? type,
        LocalDate? reference,
        [NotNullWhen(true)] out ClaimValue? value,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = Messages.ValueEmpty();
            return false;
        }

        var trimmed = text.Trim();
        (value, error) = type switch
        {
            StructuredValueType.Date => Date(trimmed, reference),
            StructuredValueType.Money => Money(trimmed),
            StructuredValueType.Place => (Place(trimmed), null),
            StructuredValueType.Number => Number(trimmed),
            _ => (new TextValue(text), null),
        };
        return value is not null;
    }

    /// <summary>Reads a type's name, as a file of claims gives it: <c>date</c>, <c>money</c>, <c>place</c>, <c>number</c>, <c>string</c> or <c>text</c>, in any case.</summary>
    /// <param name="text">The name.</param>
    /// <param name="type">The type, when the name is known.</param>
    /// <returns>Whether the name is known.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static bool TryParseType(string text, out StructuredValueType type)
    {
        ArgumentNullException.ThrowIfNull(text);
        switch (text.Trim().ToUpperInvariant())
        {
            case "DATE":
                type = StructuredValueType.Date;
                return true;
            case "MONEY":
                type = StructuredValueType.Money;
                return true;
            case "PLACE":
                type = StructuredValueType.Place;
                return true;
            case "NUMBER":
                type = StructuredValueType.Number;
                return true;
            case "STRING" or "TEXT":
                type = StructuredValueType.Text;
                return true;
            default:
                type = default;
                return false;
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"StructuredValueParser (pack {index.Pack.Id})";

    private (ClaimValue? Value, string? Error) Date(string text, LocalDate? reference)
    {
        // ISO forms are read exactly: the recogniser would read "2024-08" as the year 2024.
        if (IsoShape().IsMatch(text))
        {
            var (pattern, precision) = text.Length switch
            {
                10 => (IsoDay, DatePrecision.Day),
                7 => (IsoMonth, DatePrecision.Month),
                _ => (IsoYear, DatePrecision.Year),
            };
            var parsed = pattern.Parse(text);
            if (!parsed.Success)
            {
                return (null, Messages.NotADate(text, parsed.Exception.Message.Split('\n')[0].Trim()));
            }

            var day = parsed.Value;
            return (precision switch
            {
                DatePrecision.Day => DateValue.Day(day),
                DatePrecision.Month => DateValue.Month(day.Year, day.Month),
                _ => DateValue.Year(day.Year),
            }, null);
        }

        var mentions = index.Dates.Recognize(text, reference);
        if (mentions.Count != 1 || !Covers(text, [(mentions[0].Start, mentions[0].End)]))
        {
            return (null, Messages.NotADate(text, mentions.Count > 1 ? "it holds more than one date" : null));
        }

        return mentions[0].Value is { } date ? (date, null) : (null, Messages.NotADate(text, mentions[0].Problem));
    }

    private (ClaimValue? Value, string? Error) Money(string text)
    {
        var mentions = index.Money.Recognize(text);
        if (mentions.Count != 1)
        {
            return (null, Messages.NotMoney(text, mentions.Count > 1 ? "it holds more than one amount" : null));
        }

        var amount = mentions[0];
        var spans = new List<(int Start, int End)> { (amount.Approximate ? 0 : amount.Start, amount.End) };
        if (amount.Conversion is { } conversion)
        {
            spans.Add((conversion.Start, conversion.End));
        }

        return Covers(text, spans) ? (amount.Value, null) : (null, Messages.NotMoney(text, null));
    }

    private ClaimValue Place(string text)
    {
        var matches = index.Places.FindAll(TextFolding.Fold(text));
        var places = matches.Select(m => m.Payload.Place).Distinct().ToList();
        var countries = places.Select(p => p.Country).Distinct(StringComparer.Ordinal).Count();
        var cities = places.Where(p => p.City is not null).Select(p => p.City).Distinct(StringComparer.Ordinal).Count();
        if (places.Count == 0 || countries != 1 || cities > 1 || !Covers(text, [.. matches.Select(m => (m.Span.Start, m.Span.End))]))
        {
            return new TextValue(text);
        }

        return places.OrderByDescending(p => p.Specificity).First();
    }

    private static (ClaimValue? Value, string? Error) Number(string text)
    {
        var digits = text;
        if (text.Contains(',', StringComparison.Ordinal))
        {
            if (!GroupedNumber().IsMatch(text))
            {
                return (null, Messages.NotANumber(text));
            }

            digits = text.Replace(",", string.Empty, StringComparison.Ordinal);
        }

        return decimal.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? (new NumberValue(number), null)
            : (null, Messages.NotANumber(text));
    }

    /// <summary>Whether the spans cover every letter and digit of the text: what is left is spaces and punctuation.</summary>
    private static bool Covers(string text, IReadOnlyList<(int Start, int End)> spans)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && !spans.Any(s => i >= s.Start && i < s.End))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex IsoShape();

    [GeneratedRegex(@"^[+-]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex GroupedNumber();
}
