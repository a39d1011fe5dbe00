using CaJapan.Reconcile.Claims;
using NodaTime;

namespace CaJapan.Reconcile.Recognition;

/// <summary>
/// A calendar date as written, before a missing year is chosen: a year, a month, a day, a span of days within the
/// month ("9-12", "early"), or any of those without the year.
/// </summary>
/// <param name="Year">The year written, if any.</param>
/// <param name="Month">The month, 1 to 12, or <see langword="null"/> for a whole year.</param>
/// <param name="FirstDay">The first day, or <see langword="null"/> for a whole month.</param>
/// <param name="LastDay">The last day, <see cref="MonthEnd"/> for the end of the month, or <see langword="null"/> for <paramref name="FirstDay"/>.</param>
/// <param name="Precision">The precision of the value.</param>
/// <param name="Weekday">The day of the week written beside the first day, if any.</param>
internal sealed record DateSpec(int? Year, int? Month, int? FirstDay, int? LastDay, DatePrecision Precision, IsoDayOfWeek? Weekday = null)
{
    /// <summary>The <see cref="LastDay"/> that stands for the last day of the month, whatever it is.</summary>
    internal const int MonthEnd = 99;

    /// <summary>Gets whether this is a day number alone, as in the "12" of "August 9 to 12".</summary>
    internal bool IsBareDay => Month is null && FirstDay is not null;

    /// <summary>Gets whether this names a single day of a month.</summary>
    internal bool IsMonthDay => Month is not null && FirstDay is not null && LastDay is null;

    /// <summary>Creates a whole year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The spec.</returns>
    internal static DateSpec OfYear(int year) => new(year, null, null, null, DatePrecision.Year);

    /// <summary>Creates a whole month.</summary>
    /// <param name="year">The year, if written.</param>
    /// <param name="month">The month.</param>
    /// <returns>The spec.</returns>
    internal static DateSpec OfMonth(int? year, int month) => new(year, month, null, null, DatePrecision.Month);

    /// <summary>Creates one day.</summary>
    /// <param name="year">The year, if written.</param>
    /// <param name="month">The month, if written.</param>
    /// <param name="day">The day.</param>
    /// <returns>The spec.</returns>
    internal static DateSpec OfDay(int? year, int? month, int day) => new(year, month, day, null, DatePrecision.Day);

    /// <summary>Gets the problem this spec has in every year, such as a 13th month or February 30.</summary>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    internal string? ProblemInEveryYear()
    {
        if (Month is not { } month)
        {
            return null;
        }

        if (month is < 1 or > 12)
        {
            return $"There is no month {month}.";
        }

        var longest = CalendarSystem.Iso.GetDaysInMonth(2000, month);
        var worst = Math.Max(FirstDay ?? 1, LastDay is MonthEnd or null ? 1 : LastDay.Value);
        return worst > longest ? $"{DateLexicon.MonthName(month)} {worst} is not a day of any year." : null;
    }

    /// <summary>Builds the value in a given year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The value, or why there is none.</returns>
    internal Built Build(int year)
    {
        if (year is < 1 or > 9999)
        {
            return Built.Fail($"The year {year} is out of range.");
        }

        if (Month is not { } month)
        {
            return new Built(DateValue.Year(year), null, true);
        }

        if (month is < 1 or > 12)
        {
            return Built.Fail($"There is no month {month}.");
        }

        if (FirstDay is not { } first)
        {
            return new Built(DateValue.Month(year, month), null, true);
        }

        var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        var last = LastDay switch { MonthEnd => days, null => first, _ => LastDay.Value };
        if (first > days || last > days || first < 1)
        {
            return Built.Fail($"{DateLexicon.MonthName(month)} {(first > days || first < 1 ? first : last)} is not a day of {year}.");
        }

        if (last < first)
        {
            return Built.Fail($"The days {first} to {last} of {DateLexicon.MonthName(month)} run backwards.");
        }

        var start = new LocalDate(year, month, first);
        var value = first == last ? DateValue.Day(start) : new DateValue(start, new LocalDate(year, month, last), Precision);
        return new Built(value, null, Weekday is null || start.DayOfWeek == Weekday);
    }

    /// <summary>A value built in one candidate year.</summary>
    /// <param name="Value">The value, or <see langword="null"/>.</param>
    /// <param name="Problem">Why there is no value.</param>
    /// <param name="WeekdayMatches">Whether every named day of the week falls on its date.</param>
    internal sealed record Built(DateValue? Value, string? Problem, bool WeekdayMatches)
    {
        /// <summary>Creates a failed build.</summary>
        /// <param name="problem">Why.</param>
        /// <returns>The build.</returns>
        internal static Built Fail(string problem) => new(null, problem, false);
    }
}
