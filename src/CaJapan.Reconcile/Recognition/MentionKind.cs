namespace CaJapan.Reconcile.Recognition;

/// <summary>What a <see cref="RecognizedMention"/> names.</summary>
public enum MentionKind
{
    /// <summary>One day: "August 9, 2024", "Friday, Aug 9", "yesterday".</summary>
    Date,

    /// <summary>Several days, months or years: "August 9-12", "early August", "from 2005 to 2022".</summary>
    DateRange,

    /// <summary>A whole month: "August 2024", "next month".</summary>
    Month,

    /// <summary>A whole year: "2004", "fiscal 1997", "last year".</summary>
    Year,

    /// <summary>One amount of money: "$2 billion", "3 trillion yen".</summary>
    Money,

    /// <summary>A range of amounts: "$60 billion to $70 billion".</summary>
    MoneyRange,
}
