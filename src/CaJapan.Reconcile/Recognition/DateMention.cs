using CaJapan.Reconcile.Claims;
using NodaTime;

namespace CaJapan.Reconcile.Recognition;

/// <summary>A date found in a text by <see cref="DateRecognizer"/>.</summary>
/// <param name="Start">The offset of the first character of the mention in the text.</param>
/// <param name="End">The offset after the last character; the mention is <c>text[Start..End]</c>.</param>
/// <param name="Text">The characters of the mention.</param>
/// <param name="Kind">What the mention names.</param>
/// <param name="Value">The days meant, or <see langword="null"/> when they cannot be known (see <paramref name="Problem"/>).</param>
/// <param name="YearInferred">Whether the year was not written and was taken from the reference date.</param>
/// <param name="Weekday">The day of the week named in the mention, if any.</param>
/// <param name="WeekdayMismatch">Whether the named day of the week is not the day of the week of the date.</param>
/// <param name="Problem">Why <paramref name="Value"/> is missing, such as "February 30 is not a day of 2024".</param>
internal sealed record DateMention(
    int Start,
    int End,
    string Text,
    DateMentionKind Kind,
    DateValue? Value,
    bool YearInferred,
    IsoDayOfWeek? Weekday,
    bool WeekdayMismatch,
    string? Problem);
