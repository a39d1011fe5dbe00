using CaJapan.Reconcile.Claims;
using NodaTime;
using Built = CaJapan.Reconcile.Recognition.DateSpec.Built;

namespace CaJapan.Reconcile.Recognition;

/// <summary>
/// Turns written dates into values: a missing year is the one, among the reference year and its two neighbours,
/// that puts the date closest to the reference date, preferring years in which a named day of the week matches.
/// </summary>
internal static class DateResolver
{
    /// <summary>How close to the reference date the closest reading of a month and day must be for the reference to settle its year.</summary>
    internal const int SettledWithinDays = 91;

    /// <summary>Resolves one written date.</summary>
    /// <param name="spec">The date as written.</param>
    /// <param name="reference">The publication date, if known.</param>
    /// <returns>The resolution.</returns>
    internal static DateResolution Resolve(DateSpec spec, LocalDate? reference)
    {
        if (spec.Year is { } year)
        {
            return FromStatedYear(spec.Build(year));
        }

        return spec.ProblemInEveryYear() is { } problem ? DateResolution.Fail(problem) : ChooseYear(spec.Build, reference);
    }

    /// <summary>Resolves a range between two written dates, sharing a year written only at one end.</summary>
    /// <param name="first">The start as written.</param>
    /// <param name="last">The end as written.</param>
    /// <param name="reference">The publication date, if known.</param>
    /// <returns>The resolution.</returns>
    internal static DateResolution ResolveRange(DateSpec first, DateSpec last, LocalDate? reference)
    {
        var wraps = Ordinal(first) > Ordinal(last) ? 1 : 0;
        return (first.Year, last.Year) switch
        {
            ({ } a, { } b) => FromStatedYear(BuildRange(first, last, a, b - a)),
            ({ } a, null) => FromStatedYear(BuildRange(first, last, a, wraps)),
            (null, { } b) => FromStatedYear(BuildRange(first, last, b - wraps, wraps)),
            _ => (first.ProblemInEveryYear() ?? last.ProblemInEveryYear()) is { } problem
                ? DateResolution.Fail(problem)
                : ChooseYear(year => BuildRange(first, last, year, wraps), reference),
        };
    }

    /// <summary>Joins two resolved ends into a range.</summary>
    /// <param name="first">The resolved start.</param>
    /// <param name="last">The resolved end.</param>
    /// <returns>The resolution of the range.</returns>
    internal static DateResolution Join(DateResolution first, DateResolution last)
    {
        if (first.Value is null || last.Value is null)
        {
            return DateResolution.Fail(first.Problem ?? last.Problem ?? DateResolution.NoReference);
        }

        var joined = Join(first.Value, last.Value);
        return joined.Value is null
            ? DateResolution.Fail(joined.Problem!)
            : new DateResolution(joined.Value, first.YearInferred || last.YearInferred, first.WeekdayMismatch || last.WeekdayMismatch, null);
    }

    /// <summary>
    /// Resolves a month and day written without a year again, with a weekday named in a nearby sentence as evidence:
    /// the year becomes the one, among the reference year and its neighbours, in which the day falls on that weekday.
    /// The evidence is used only when the reference date does not already settle the year, that is when the closest
    /// reading is more than <see cref="SettledWithinDays"/> days from it, because a weekday in another sentence may name
    /// another day; and a weekday that fits no candidate year is no evidence, so it never makes a mismatch.
    /// </summary>
    /// <param name="spec">The date as written, without a year or a weekday.</param>
    /// <param name="weekday">The weekday named nearby.</param>
    /// <param name="reference">The publication date.</param>
    /// <param name="closest">The resolution without the evidence.</param>
    /// <returns>The new resolution, or <see langword="null"/> to keep <paramref name="closest"/>.</returns>
    internal static DateResolution? ResolveWithWeekdayEvidence(DateSpec spec, IsoDayOfWeek weekday, LocalDate reference, DateResolution closest)
    {
        if (closest.Value is not { } value || Distance(value, reference) <= SettledWithinDays || !closest.YearInferred)
        {
            return null;
        }

        var withEvidence = Resolve(spec with { Weekday = weekday }, reference);
        return withEvidence.Value is not null && !withEvidence.WeekdayMismatch && withEvidence.Value != value ? withEvidence : null;
    }

    private static Built BuildRange(DateSpec first, DateSpec last, int year, int yearsLater)
    {
        var start = first.Build(year);
        var end = last.Build(year + yearsLater);
        if (start.Value is null || end.Value is null)
        {
            return start.Value is null ? start : end;
        }

        var joined = Join(start.Value, end.Value);
        return joined with { WeekdayMatches = start.WeekdayMatches && end.WeekdayMatches };
    }

    private static Built Join(DateValue start, DateValue end)
    {
        if (end.End < start.Start)
        {
            return Built.Fail($"The range {start.Describe()} to {end.Describe()} ends before it starts.");
        }

        var precision = (DatePrecision)Math.Max(Math.Max((int)start.Precision, (int)end.Precision), (int)DatePrecision.DayRange);
        return new Built(new DateValue(start.Start, end.End, precision), null, true);
    }

    private static DateResolution FromStatedYear(Built built)
        => built.Value is null ? DateResolution.Fail(built.Problem!) : new DateResolution(built.Value, false, !built.WeekdayMatches, null);

    private static DateResolution ChooseYear(Func<int, Built> build, LocalDate? reference)
    {
        if (reference is not { } day)
        {
            return DateResolution.Fail(DateResolution.NoReference);
        }

        Built? best = null;
        for (var year = day.Year - 1; year <= day.Year + 1; year++)
        {
            var candidate = build(year);
            if (candidate.Value is not null && (best is null || Rank(candidate, day).CompareTo(Rank(best, day)) < 0))
            {
                best = candidate;
            }
        }

        return best is null
            ? DateResolution.Fail(build(day.Year).Problem!)
            : new DateResolution(best.Value, true, !best.WeekdayMatches, null);
    }

    private static (int, int) Rank(Built built, LocalDate reference) => (built.WeekdayMatches ? 0 : 1, Distance(built.Value!, reference));

    private static int Distance(DateValue value, LocalDate day)
    {
        if (day < value.Start)
        {
            return Period.DaysBetween(day, value.Start);
        }

        return day > value.End ? Period.DaysBetween(value.End, day) : 0;
    }

    private static int Ordinal(DateSpec spec) => ((spec.Month ?? 1) * 100) + (spec.FirstDay ?? 1);
}
