using System.Globalization;
using System.Text;
using CaJapan.Reconcile.Internal;
using NodaTime;
using NodaTime.Text;

namespace CaJapan.Reconcile.Structured;

/// <summary>
/// A claim as another application holds it: a source says a subject's property has a value, with an optional
/// weight, the day it was observed and the type of the value. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The value is kept exactly as given; <see cref="StructuredValueParser"/> reads it as a typed value, and reports
/// carry the given form back as <c>valueAsGiven</c>. See docs/structured-claims.md.
/// </remarks>
public sealed record StructuredClaim
{
    private readonly double? weight;

    /// <summary>Initializes a new instance of the <see cref="StructuredClaim"/> class.</summary>
    /// <param name="source">Who makes the claim, such as a web site.</param>
    /// <param name="subject">What the claim is about, such as a flight or a book.</param>
    /// <param name="property">Which property of the subject, such as <c>departure</c> or <c>author</c>.</param>
    /// <param name="value">The value exactly as the source gives it.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An argument is empty or white space.</exception>
    public StructuredClaim(string source, string subject, string property, string value)
    {
        Source = Guard.NotNullOrWhiteSpace(source);
        Subject = Guard.NotNullOrWhiteSpace(subject);
        Property = Guard.NotNullOrWhiteSpace(property);
        Value = Guard.NotNullOrWhiteSpace(value);
    }

    /// <summary>Gets who makes the claim.</summary>
    public string Source { get; }

    /// <summary>Gets what the claim is about.</summary>
    public string Subject { get; }

    /// <summary>Gets which property of the subject the claim is about.</summary>
    public string Property { get; }

    /// <summary>Gets the value exactly as the source gives it.</summary>
    public string Value { get; }

    /// <summary>Gets how much the claim counts, in [0, 1], or <see langword="null"/> for full weight (1).</summary>
    /// <value><see langword="null"/>.</value>
    /// <remarks>It becomes the claim's <see cref="Claims.Claim.Confidence"/>, multiplied with the source's trust.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The weight is not a number in [0, 1].</exception>
    public double? Weight
    {
        get => weight;
        init
        {
            if (value is { } w && (double.IsNaN(w) || w < 0 || w > 1))
            {
                throw new ArgumentOutOfRangeException(nameof(value), w, Messages.WeightOutOfRange(w.ToString(CultureInfo.InvariantCulture)));
            }

            weight = value;
        }
    }

    /// <summary>Gets the day the source reported the value, or <see langword="null"/> when unknown.</summary>
    /// <value><see langword="null"/>.</value>
    /// <remarks>It becomes the claim's <see cref="Claims.Claim.Observed"/>, and is the reference for a written date without a year.</remarks>
    public LocalDate? Observed { get; init; }

    /// <summary>Gets the declared type of the value, or <see langword="null"/> to compare it as a string.</summary>
    /// <value><see langword="null"/>.</value>
    public StructuredValueType? Type { get; init; }

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Source}: {Subject}.{Property} = \"{Value}\"");
        if (Type is { } type)
        {
            text.Append(CultureInfo.InvariantCulture, $" ({type.ToString().ToLowerInvariant()})");
        }

        if (Weight is { } w)
        {
            text.Append(CultureInfo.InvariantCulture, $", weight {w}");
        }

        if (Observed is { } observed)
        {
            text.Append(CultureInfo.InvariantCulture, $", observed {LocalDatePattern.Iso.Format(observed)}");
        }

        return text.ToString();
    }
}
