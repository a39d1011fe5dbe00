using CaJapan.Reconcile.Claims;

namespace CaJapan.Reconcile.Recognition;

/// <summary>What a date expression turned out to mean.</summary>
/// <param name="Value">The days meant, or <see langword="null"/> when they cannot be known.</param>
/// <param name="YearInferred">Whether the year was taken from the reference date.</param>
/// <param name="WeekdayMismatch">Whether a named day of the week does not fall on the date.</param>
/// <param name="Problem">Why <paramref name="Value"/> is missing.</param>
internal sealed record DateResolution(DateValue? Value, bool YearInferred, bool WeekdayMismatch, string? Problem)
{
    /// <summary>The problem of a date that needs a reference date when there is none.</summary>
    internal const string NoReference = "The year is not stated and there is no reference date to take it from.";

    /// <summary>The problem of a relative date ("last year", "Friday") when there is no reference date.</summary>
    internal const string NoReferenceForRelative = "The date is relative and there is no reference date to resolve it against.";

    /// <summary>The problem of a relative part of a month, year or week that has no days left, such as "later this month" on its last day.</summary>
    internal const string NoSuchDays = "No days fit this description on the reference date.";

    /// <summary>Creates a resolution that failed.</summary>
    /// <param name="problem">Why.</param>
    /// <returns>The resolution.</returns>
    internal static DateResolution Fail(string problem) => new(null, false, false, problem);

    /// <summary>Creates a resolution computed from the reference date.</summary>
    /// <param name="value">The days meant.</param>
    /// <returns>The resolution.</returns>
    internal static DateResolution Relative(DateValue value) => new(value, true, false, null);
}
