using System.Globalization;
using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Sources;
using NodaTime;
using NodaTime.Text;

namespace CaJapan.Reconcile.Reporting;

/// <summary>
/// The names, numbers and value shapes that every report writer shares, so that the formats agree with each other:
/// one place maps each kind of <see cref="ClaimValue"/> to its report fields.
/// </summary>
internal static class ReportFormat
{
    /// <summary>The number of decimals numbers are rounded to.</summary>
    public const int Decimals = 4;

    private static readonly LocalDatePattern LongDate = LocalDatePattern.CreateWithInvariantCulture("d MMMM uuuu");

    /// <summary>Maps a value to its type name and normalised fields.</summary>
    public static ReportValue Value(ClaimValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value switch
        {
            DateValue d => new ReportValue("date",
            [
                ReportField.String("start", IsoDate(d.Start)),
                ReportField.String("end", IsoDate(d.End)),
                ReportField.String("precision", Name(d.Precision)),
            ]),
            MoneyValue m => new ReportValue("money",
            [
                ReportField.Numeric("min", m.Min),
                ReportField.Numeric("max", m.Max),
                ReportField.String("currency", m.Currency),
            ]),
            PlaceValue p => new ReportValue("place",
            [
                ReportField.String("city", p.City),
                ReportField.String("country", p.Country),
            ]),
            StatusValue s => new ReportValue("status", [ReportField.String("status", s.Name)]),
            TitleValue t => new ReportValue("title",
            [
                ReportField.String("office", t.Office),
                ReportField.String("country", t.Country),
            ]),
            TextValue t => new ReportValue("text", [ReportField.String("text", t.Text)]),
            AnniversaryValue a => new ReportValue("anniversary",
            [
                ReportField.String("event", a.EventId),
                ReportField.Numeric("ordinal", a.Ordinal),
            ]),

            // Not rounded: a number given as data is reported exactly.
            NumberValue n => new ReportValue("number", [new ReportField("value", null, n.Value)]),

            // A kind added after this writer: its stable key and description still say what it is.
            _ => new ReportValue(Kebab(value.Kind),
            [
                ReportField.String("key", value.Key),
                ReportField.String("text", value.Describe()),
            ]),
        };
    }

    /// <summary>Gets a conflict kind's name: <c>value-conflict</c>, <c>self-contradiction</c>, ...</summary>
    public static string Name(ConflictKind kind) => kind switch
    {
        ConflictKind.ValueConflict => "value-conflict",
        ConflictKind.SelfContradiction => "self-contradiction",
        ConflictKind.StatusContradiction => "status-contradiction",
        ConflictKind.KnowledgeConflict => "knowledge-conflict",
        _ => Kebab(kind),
    };

    /// <summary>Gets a conflict kind in words, for reading: "value conflict", "self-contradiction", ...</summary>
    public static string Words(ConflictKind kind) => kind switch
    {
        ConflictKind.SelfContradiction => "self-contradiction",
        _ => Name(kind).Replace('-', ' '),
    };

    /// <summary>Gets an assertion mode's name: <c>stated</c>, <c>expected</c>, <c>reported</c>, <c>hedged</c>, <c>negated</c>.</summary>
    public static string Name(AssertionMode mode) => Kebab(mode);

    /// <summary>Gets a certainty's name: <c>certain</c>, <c>probable</c>, <c>possible</c>, <c>underspecified</c>.</summary>
    public static string Name(Certainty certainty) => Kebab(certainty);

    /// <summary>Gets a polarity's name: <c>positive</c>, <c>negative</c>, <c>underspecified</c>.</summary>
    public static string Name(Polarity polarity) => Kebab(polarity);

    /// <summary>Gets a date precision's name: <c>day</c>, <c>day-range</c>, <c>part-of-month</c>, <c>month</c>, <c>year</c>.</summary>
    public static string Name(DatePrecision precision) => Kebab(precision);

    /// <summary>Gets a day of the week's name: <c>monday</c> to <c>sunday</c>.</summary>
    public static string Name(IsoDayOfWeek weekday) => Kebab(weekday);

    /// <summary>Gets where a publication date came from: <c>manifest</c>, <c>text</c> or <c>unknown</c>.</summary>
    public static string Name(PublishedOrigin origin) => Kebab(origin);

    /// <summary>Names a timeline entry's role in kebab case: <c>agrees</c>, <c>refined</c>, <c>superseded</c>, <c>contradicts</c>, <c>ruled-out</c>.</summary>
    public static string Name(TimelineRole role) => Kebab(role);

    /// <summary>
    /// Describes a resolution's chosen value: <c>unresolved</c>, the value as the input gave it (quoted, and read as the
    /// engine's description when that differs), then <c>as of</c> the day it held when known.
    /// </summary>
    public static string ChosenValue(Resolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        if (resolution.Value is null)
        {
            return "unresolved";
        }

        var asOf = resolution.AsOf is { } date ? $" as of {date.Describe()}" : string.Empty;
        var described = resolution.Value.Describe();
        var value = resolution.ValueAsGiven switch
        {
            null => described,
            { } given when given == described => $"\"{given}\"",
            { } given => $"\"{given}\", read as {described}",
        };
        return value + asOf;
    }

    /// <summary>Formats a date as ISO 8601, <c>2024-08-09</c>.</summary>
    public static string IsoDate(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Formats a date for reading, <c>9 August 2024</c>.</summary>
    public static string ReadableDate(LocalDate date) => LongDate.Format(date);

    /// <summary>Gets a source's file name: the file name of its path, or its identifier when it has no path.</summary>
    public static string FileName(Source source)
        => source.Path is null ? source.Id : Path.GetFileName(source.Path);

    /// <summary>Formats an address: the canonical form of an absolute one, the original text of a relative one.</summary>
    public static string Url(Uri url) => url.IsAbsoluteUri ? url.AbsoluteUri : url.OriginalString;

    /// <summary>Rounds a number to <see cref="Decimals"/> decimals, or gives <see langword="null"/> for one JSON cannot hold.</summary>
    public static decimal? Round(double value)
    {
        if (!double.IsFinite(value) || Math.Abs(value) >= 7.9e27)
        {
            return null;
        }

        return Round((decimal)value);
    }

    /// <summary>Rounds a number to <see cref="Decimals"/> decimals, without trailing zeros and without a negative zero.</summary>
    public static decimal Round(decimal value)
    {
        var rounded = Math.Round(value, Decimals, MidpointRounding.AwayFromZero);
        return rounded == 0m ? 0m : rounded / 1.0000000000000000000000000000m;
    }

    /// <summary>Formats a probability as a whole percentage, <c>87%</c>.</summary>
    public static string Percent(double probability)
        => double.IsFinite(probability)
            ? Math.Round(probability * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%"
            : "?%";

    /// <summary>An enumeration value's name in kebab case, made once per value: reports name the same few values once per claim.</summary>
    private static string Kebab<T>(T value)
        where T : struct, Enum
        => KebabNames<T>.Names.GetOrAdd(value, static v => Kebab(v.ToString()));

    private static string Kebab(string pascal)
    {
        var chars = new List<char>(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsAsciiLetterUpper(c))
            {
                if (i > 0)
                {
                    chars.Add('-');
                }

                chars.Add(char.ToLowerInvariant(c));
            }
            else
            {
                chars.Add(c);
            }
        }

        return new string([.. chars]);
    }

    private static class KebabNames<T>
        where T : struct, Enum
    {
        public static readonly System.Collections.Concurrent.ConcurrentDictionary<T, string> Names = new();
    }
}
