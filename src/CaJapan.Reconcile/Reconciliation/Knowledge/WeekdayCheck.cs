using CaJapan.Reconcile.Claims;
using NodaTime;

namespace CaJapan.Reconcile.Reconciliation.Knowledge;

/// <summary>
/// Rules out a date whose source names a day of the week that does not fall on it ("Friday, August 9, 2023": 9 August
/// 2023 was a Wednesday). The calendar is computed, not looked up: it needs no data in the pack. For a range of days
/// the weekday may name its first or its last day.
/// </summary>
/// <remarks>
/// The calendar cannot be wrong, but it cannot tell which half of the statement is: the date or the weekday. The
/// verdict falls on the date, the claim's value, with the reliability of a date that its own weekday contradicts.
/// </remarks>
internal sealed class WeekdayCheck : IKnowledgeCheck
{
    public string Name => "weekday";

    public double Reliability => 0.85;

    public KnowledgeVerdict? Check(Claim claim, KnowledgeScope scope)
    {
        if (claim.StatedWeekday is not { } stated || stated == IsoDayOfWeek.None || claim.Value is not DateValue date
            || claim.Mode == AssertionMode.Negated || date.Precision is not (DatePrecision.Day or DatePrecision.DayRange))
        {
            return null;
        }

        if (date.Start.DayOfWeek == stated || date.End.DayOfWeek == stated)
        {
            return null;
        }

        var past = claim.Observed is not { } observed || date.End < observed;
        var explanation = date.Start == date.End
            ? $"{Day(date.Start)} {(past ? "was" : "is")} a {date.Start.DayOfWeek}, not a {stated}."
            : $"Neither {Day(date.Start)} (a {date.Start.DayOfWeek}) nor {Day(date.End)} (a {date.End.DayOfWeek}) {(past ? "was" : "is")} a {stated}.";
        return new KnowledgeVerdict(Name, "calendar", explanation, "Gregorian (ISO) calendar, computed with NodaTime.", Reliability);
    }

    private static string Day(LocalDate day) => DateValue.Day(day).Describe();
}
