using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace CaJapan.Reconcile.Claims;

/// <summary>
/// A date as an inclusive interval of calendar days with the precision it was stated at, so that
/// "August 2024" and "August 9, 2024" are compatible while "August 9, 2023" is not. Immutable and thread-safe.
/// </summary>
public sealed record DateValue : ClaimValue
{
    private static readonly LocalDatePattern IsoPattern = LocalDatePattern.Iso;

    /// <summary>Initializes a new instance of the <see cref="DateValue"/> class.</summary>
    /// <param name="start">The first day of the interval.</param>
    /// <param name="end">The last day of the interval, inclusive.</param>
    /// <param name="precision">How precisely the date was stated.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public DateValue(LocalDate start, LocalDate end, DatePrecision precision)
    {
        if (end < start)
        {
            throw new ArgumentException($"The end {IsoPattern.Format(end)} is before the start {IsoPattern.Format(start)}.", nameof(end));
        }

        Start = start;
        End = end;
        Precision = precision;
    }

    /// <summary>Gets the first day of the interval.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day of the interval, inclusive.</summary>
    public LocalDate End { get; }

    /// <summary>Gets how precisely the date was stated.</summary>
    public DatePrecision Precision { get; }

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Date;

    /// <summary>Gets the number of days in the interval.</summary>
    public int Days => Period.DaysBetween(Start, End) + 1;

    /// <inheritdoc />
    public override double Specificity => 1.0 / Days;

    /// <inheritdoc />
    private protected override string BuildKey() => $"date:{IsoPattern.Format(Start)}/{IsoPattern.Format(End)}";

    /// <summary>Creates a single day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The value.</returns>
    public static DateValue Day(LocalDate date) => new(date, date, DatePrecision.Day);

    /// <summary>Creates a whole month.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The value.</returns>
    public static DateValue Month(int year, int month)
    {
        var start = new LocalDate(year, month, 1);
        return new DateValue(start, start.With(DateAdjusters.EndOfMonth), DatePrecision.Month);
    }

    /// <summary>Creates a whole year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The value.</returns>
    public static DateValue Year(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), DatePrecision.Year);

    /// <summary>Gets whether this interval lies wholly within another.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns><see langword="true"/> when every day of this interval is in <paramref name="other"/>.</returns>
    public bool IsWithin(DateValue other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Start >= other.Start && End <= other.End;
    }

    /// <summary>Gets whether this interval shares at least one day with another.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns><see langword="true"/> when the intervals overlap.</returns>
    public bool Overlaps(DateValue other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Start <= other.End && other.Start <= End;
    }

    /// <summary>Gets the days common to this interval and another, or <see langword="null"/> when they are disjoint.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns>The intersection, with the finer of the two precisions.</returns>
    public DateValue? Intersect(DateValue other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!Overlaps(other))
        {
            return null;
        }

        var start = Start > other.Start ? Start : other.Start;
        var end = End < other.End ? End : other.End;
        var precision = (DatePrecision)Math.Min((int)Precision, (int)other.Precision);
        if (start == end)
        {
            precision = DatePrecision.Day;
        }

        return new DateValue(start, end, precision);
    }

    /// <inheritdoc />
    private protected override ValueRelation CompareSameKind(ClaimValue other)
    {
        var that = (DateValue)other;
        if (Start == that.Start && End == that.End)
        {
            return ValueRelation.Equal;
        }

        if (IsWithin(that))
        {
            return ValueRelation.Refines;
        }

        if (that.IsWithin(this))
        {
            return ValueRelation.Generalises;
        }

        return Overlaps(that) ? ValueRelation.Overlaps : ValueRelation.Conflicts;
    }

    /// <inheritdoc />
    public override string Describe()
    {
        var inv = CultureInfo.InvariantCulture;
        var startMonth = Start.ToString("MMMM yyyy", inv);
        var wholeMonth = Start.Day == 1 && End == Start.With(DateAdjusters.EndOfMonth);
        var wholeYear = Start.Month == 1 && Start.Day == 1 && End.Month == 12 && End.Day == 31 && Start.Year == End.Year;
        if (Start == End)
        {
            return Start.ToString("d MMMM yyyy", inv);
        }

        if (wholeYear)
        {
            return Start.Year.ToString(inv);
        }

        if (wholeMonth)
        {
            return startMonth;
        }

        if (Start.Year == End.Year && Start.Month == End.Month)
        {
            var part = Precision == DatePrecision.PartOfMonth ? PartOfMonthWord() : null;
            var range = $"{Start.Day}–{End.Day} {startMonth}";
            return part is null ? range : $"{part} {startMonth} ({range})";
        }

        return $"{Start.ToString("d MMMM yyyy", inv)} – {End.ToString("d MMMM yyyy", inv)}";
    }

    private string? PartOfMonthWord()
    {
        var last = Start.With(DateAdjusters.EndOfMonth).Day;
        return (Start.Day, End.Day) switch
        {
            (1, <= 10) => "early",
            ( >= 11 and <= 20, <= 20) => "mid",
            ( >= 21, _) when End.Day == last => "late",
            _ => null,
        };
    }
}
