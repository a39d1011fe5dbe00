using System.Globalization;

namespace CaJapan.Reconcile.Claims;

/// <summary>
/// An anniversary that the claim's subject marks: "the summit marks the 20th anniversary of the Central Asia plus
/// Japan Dialogue" is the summit's <c>anniversary</c>, the 20th of <c>ca-japan-dialogue</c>. Knowledge of when that
/// event was launched turns it into a year (2004 + 20 = 2024) that the source's own date for the subject must fit.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Two values are equal when they name the same event and ordinal; <see cref="EventName"/> only reads better in
/// <see cref="Describe"/>. Anniversaries of different events, or different anniversaries of one event, conflict as
/// values of a single-valued fact; the pack declares <c>anniversary</c> multi-valued, since an event may mark several.
/// </remarks>
public sealed record AnniversaryValue : ClaimValue
{
    /// <summary>Initializes a new instance of the <see cref="AnniversaryValue"/> class.</summary>
    /// <param name="eventId">The identifier of the event whose anniversary it is, such as <c>ca-japan-dialogue</c>.</param>
    /// <param name="ordinal">Which anniversary: 20 for the 20th.</param>
    /// <param name="eventName">The event's name in plain language, for <see cref="Describe"/>, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="eventId"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ordinal"/> is less than 1.</exception>
    public AnniversaryValue(string eventId, int ordinal, string? eventName = null)
    {
        EventId = Internal.Guard.NotNullOrWhiteSpace(eventId);
        ArgumentOutOfRangeException.ThrowIfLessThan(ordinal, 1);
        Ordinal = ordinal;
        EventName = string.IsNullOrWhiteSpace(eventName) ? null : eventName;
    }

    /// <summary>Gets the identifier of the event whose anniversary it is.</summary>
    public string EventId { get; }

    /// <summary>Gets which anniversary it is: 20 for the 20th.</summary>
    public int Ordinal { get; }

    /// <summary>Gets the event's name in plain language, or <see langword="null"/> to describe it by its identifier.</summary>
    public string? EventName { get; }

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Anniversary;

    /// <inheritdoc />
    public override double Specificity => 1.0;

    /// <inheritdoc />
    private protected override string BuildKey() => string.Create(CultureInfo.InvariantCulture, $"anniversary:{EventId}:{Ordinal}");

    /// <summary>Gets whether another value names the same anniversary of the same event, whatever names describe it.</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when the event and the ordinal are the same.</returns>
    public bool Equals(AnniversaryValue? other)
        => other is not null && string.Equals(EventId, other.EventId, StringComparison.Ordinal) && Ordinal == other.Ordinal;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(EventId), Ordinal);

    /// <inheritdoc />
    private protected override ValueRelation CompareSameKind(ClaimValue other)
        => Equals(other as AnniversaryValue) ? ValueRelation.Equal : ValueRelation.Conflicts;

    /// <summary>Gets the value in words, such as "20th anniversary of the Central Asia plus Japan Dialogue".</summary>
    /// <returns>The description.</returns>
    public override string Describe() => $"{OrdinalWord(Ordinal)} anniversary of {WithArticle(EventName ?? EventId)}";

    /// <summary>Writes a number as an English ordinal in digits: 1st, 2nd, 3rd, 11th, 20th, 22nd.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The ordinal.</returns>
    public static string OrdinalWord(int number)
    {
        var suffix = (number % 100) is 11 or 12 or 13 ? "th" : (number % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{number}{suffix}");
    }

    /// <summary>Puts "the" before a name unless it has an article or a possessive ("Fumio Kishida's visit") of its own.</summary>
    internal static string WithArticle(string name)
        => name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || name.StartsWith("a ", StringComparison.OrdinalIgnoreCase)
           || name.StartsWith("an ", StringComparison.OrdinalIgnoreCase) || name.Contains("'s ", StringComparison.Ordinal)
           || name.Contains('\u2019', StringComparison.Ordinal)
            ? name
            : "the " + name;
}
