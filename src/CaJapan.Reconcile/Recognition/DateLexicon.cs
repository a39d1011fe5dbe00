using NodaTime;

namespace CaJapan.Reconcile.Recognition;

/// <summary>English month and weekday names with their abbreviations.</summary>
internal static class DateLexicon
{
    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static readonly Dictionary<string, IsoDayOfWeek> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = IsoDayOfWeek.Monday, ["tuesday"] = IsoDayOfWeek.Tuesday, ["wednesday"] = IsoDayOfWeek.Wednesday,
        ["thursday"] = IsoDayOfWeek.Thursday, ["friday"] = IsoDayOfWeek.Friday, ["saturday"] = IsoDayOfWeek.Saturday,
        ["sunday"] = IsoDayOfWeek.Sunday,
    };

    private static readonly Dictionary<string, IsoDayOfWeek> WeekdayAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mon"] = IsoDayOfWeek.Monday, ["tue"] = IsoDayOfWeek.Tuesday, ["tues"] = IsoDayOfWeek.Tuesday,
        ["wed"] = IsoDayOfWeek.Wednesday, ["thu"] = IsoDayOfWeek.Thursday, ["thur"] = IsoDayOfWeek.Thursday,
        ["thurs"] = IsoDayOfWeek.Thursday, ["fri"] = IsoDayOfWeek.Friday, ["sat"] = IsoDayOfWeek.Saturday,
        ["sun"] = IsoDayOfWeek.Sunday,
    };

    /// <summary>Gets every word <see cref="TryGetMonth"/> or <see cref="TryGetWeekday"/> knows, abbreviations included.</summary>
    internal static IEnumerable<string> Words => Months.Keys.Concat(Weekdays.Keys).Concat(WeekdayAbbreviations.Keys);

    /// <summary>Gets whether a word names a month or a weekday, in full or abbreviated.</summary>
    /// <param name="word">The word.</param>
    /// <returns><see langword="true"/> when <see cref="TryGetMonth"/> or <see cref="TryGetWeekday"/> with abbreviations knows it.</returns>
    internal static bool IsWord(string word) => Months.ContainsKey(word) || Weekdays.ContainsKey(word) || WeekdayAbbreviations.ContainsKey(word);

    /// <summary>Gets the English name of a month.</summary>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The name, such as "February".</returns>
    internal static string MonthName(int month) => MonthNames[month - 1];

    /// <summary>Gets the month named by a full name or an abbreviation such as <c>Sept</c>.</summary>
    /// <param name="word">The word.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="abbreviated">Whether the word is an abbreviation, which may take a full stop.</param>
    /// <returns><see langword="true"/> when the word names a month.</returns>
    internal static bool TryGetMonth(string word, out int month, out bool abbreviated)
    {
        abbreviated = false;
        if (!Months.TryGetValue(word, out month))
        {
            return false;
        }

        abbreviated = !word.Equals(MonthNames[month - 1], StringComparison.OrdinalIgnoreCase);
        return true;
    }

    /// <summary>Gets whether a month name is also a common English word ("may", "march").</summary>
    /// <param name="month">The month.</param>
    /// <returns><see langword="true"/> for May and March.</returns>
    internal static bool IsAlsoAWord(int month) => month is 3 or 5;

    /// <summary>Gets the day of the week named by a word.</summary>
    /// <param name="word">The word.</param>
    /// <param name="allowAbbreviation">Whether abbreviations such as <c>Fri</c> count.</param>
    /// <param name="weekday">The day of the week.</param>
    /// <returns><see langword="true"/> when the word names a day of the week.</returns>
    internal static bool TryGetWeekday(string word, bool allowAbbreviation, out IsoDayOfWeek weekday)
        => Weekdays.TryGetValue(word, out weekday) || (allowAbbreviation && WeekdayAbbreviations.TryGetValue(word, out weekday));

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["sept"] = 9 };
        for (var month = 1; month <= 12; month++)
        {
            months[MonthNames[month - 1]] = month;
            months[MonthNames[month - 1][..3]] = month;
        }

        return months;
    }
}
