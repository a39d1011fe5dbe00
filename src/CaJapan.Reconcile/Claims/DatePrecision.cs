namespace CaJapan.Reconcile.Claims;

/// <summary>How precisely a <see cref="DateValue"/> was stated.</summary>
public enum DatePrecision
{
    /// <summary>A single day: "9 August 2024".</summary>
    Day,

    /// <summary>A range of days: "August 9 to 12, 2024".</summary>
    DayRange,

    /// <summary>A part of a month: "early August 2024", "later this month".</summary>
    PartOfMonth,

    /// <summary>A whole month: "August 2024".</summary>
    Month,

    /// <summary>A whole year: "2024", "fiscal 1997".</summary>
    Year,
}
