using System.Globalization;
using CaJapan.Reconcile.Claims;
using NodaTime;

namespace CaJapan.Reconcile.Recognition;

/// <summary>
/// A date or an amount of money found in a text by an <see cref="IMentionRecognizer"/>, with the value it was read
/// as. Immutable and thread-safe.
/// </summary>
/// <param name="Start">The offset of the mention's first character, in UTF-16 code units.</param>
/// <param name="End">The offset after its last character; the mention is <c>text[Start..End]</c>.</param>
/// <param name="Text">The characters of the mention, exactly as in the text.</param>
/// <param name="Kind">What the mention names.</param>
/// <param name="Value">
/// A <see cref="DateValue"/> for the date kinds or a <see cref="MoneyValue"/> for the money kinds; <see langword="null"/>
/// when the mention cannot be read as a value, with the reason in <see cref="Problem"/> ("February 30 is not a day
/// of 2024", or a year that needs a reference date that was not given).
/// </param>
public sealed record RecognizedMention(int Start, int End, string Text, MentionKind Kind, ClaimValue? Value)
{
    /// <summary>Gets why <see cref="Value"/> is missing, when it is.</summary>
    public string? Problem { get; init; }

    /// <summary>Gets whether the year was not written and was taken from the reference date or a weekday beside the date.</summary>
    public bool YearInferred { get; init; }

    /// <summary>Gets the day of the week written in the mention, if any.</summary>
    public IsoDayOfWeek? Weekday { get; init; }

    /// <summary>Gets whether the day of the week written in the mention is not the day of the week of the date.</summary>
    public bool WeekdayMismatch { get; init; }

    /// <summary>Gets whether a word such as "about" or "nearly" qualifies an amount of money.</summary>
    public bool Approximate { get; init; }

    /// <summary>Gets the same amount in another currency, given in parentheses right after it ("(about $19 billion)").</summary>
    public MoneyValue? Conversion { get; init; }

    /// <inheritdoc />
    public override string ToString()
        => string.Create(
            CultureInfo.InvariantCulture,
            $"{Kind} [{Start}..{End}) \"{Text}\" = {Value?.Describe() ?? Problem ?? "no value"}");
}
