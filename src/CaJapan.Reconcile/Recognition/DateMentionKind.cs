namespace CaJapan.Reconcile.Recognition;

/// <summary>What a <see cref="DateMention"/> names.</summary>
internal enum DateMentionKind
{
    /// <summary>One day: "August 9, 2024", "09.08.2024", "Friday", "yesterday".</summary>
    Date,

    /// <summary>Several days, months or years: "August 9-12", "early August", "next week", "mid-2024", "from 2005 to 2022", "the 1990s".</summary>
    DateRange,

    /// <summary>A whole month: "August 2024", "in May", "next month".</summary>
    Month,

    /// <summary>A whole year: "2004", "fiscal 1997", "last year", "two decades ago".</summary>
    Year,
}
