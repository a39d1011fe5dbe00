
namespace CaJapan.Reconcile.Claims;

/// <summary>
/// One typed statement a source makes about a subject's property, with its provenance. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Claims come from text through an extractor, or are given directly by an application that already holds them in
/// structured form; either way they meet the same reconciliation.
/// </remarks>
public sealed record Claim
{
    /// <summary>Initializes a new instance of the <see cref="Claim"/> class.</summary>
    /// <param name="id">The claim's identifier, unique within one reconciliation.</param>
    /// <param name="sourceId">The identifier of the source that makes the claim.</param>
    /// <param name="subject">What the claim is about, such as <c>ca-japan-summit</c>.</param>
    /// <param name="property">Which property of the subject, such as <c>date</c>.</param>
    /// <param name="value">The typed value.</param>
    /// <param name="evidence">Where in the source the claim was read, or <see langword="null"/> for a structured claim.</param>
    /// <param name="mode">How the source asserts the claim.</param>
    /// <param name="confidence">How sure the extraction is that the source makes this claim, in [0, 1].</param>
    /// <param name="asOf">The time the claim holds as of, when known.</param>
    /// <exception cref="ArgumentException">A text argument is empty or the confidence is outside [0, 1].</exception>
    public Claim(
        string id,
        string sourceId,
        string subject,
        string property,
        ClaimValue value,
        Evidence? evidence,
        AssertionMode mode,
        double confidence,
        DateValue? asOf = null)
    {
        Id = Internal.Guard.NotNullOrWhiteSpace(id);
        SourceId = Internal.Guard.NotNullOrWhiteSpace(sourceId);
        Subject = Internal.Guard.NotNullOrWhiteSpace(subject);
        Property = Internal.Guard.NotNullOrWhiteSpace(property);
        Value = Internal.Guard.NotNull(value);
        if (double.IsNaN(confidence) || confidence < 0 || confidence > 1)
        {
            throw new ArgumentException($"The confidence {confidence} is outside [0, 1].", nameof(confidence));
        }

        Evidence = evidence;
        Mode = mode;
        Polarity = mode == AssertionMode.Negated ? Polarity.Negative : Polarity.Positive;
        Certainty = mode == AssertionMode.Hedged ? Certainty.Possible : Certainty.Certain;
        Attributed = mode == AssertionMode.Reported;
        Confidence = confidence;
        AsOf = asOf;
    }

    /// <summary>Gets the claim's identifier, unique within one reconciliation.</summary>
    public string Id { get; init; }

    /// <summary>Gets the identifier of the source that makes the claim.</summary>
    public string SourceId { get; init; }

    /// <summary>Gets what the claim is about, such as <c>ca-japan-summit</c>.</summary>
    public string Subject { get; init; }

    /// <summary>Gets which property of the subject the claim is about, such as <c>date</c>.</summary>
    public string Property { get; init; }

    /// <summary>Gets the typed value.</summary>
    public ClaimValue Value { get; init; }

    /// <summary>
    /// Gets the value exactly as the input gave it (a structured claim's <c>value</c> field, such as <c>$2bn</c> or
    /// <c>j.k. rowling</c>), or <see langword="null"/> for a claim read from text, whose words are in <see cref="Evidence"/>.
    /// </summary>
    public string? ValueAsGiven { get; init; }

    /// <summary>Gets where in the source the claim was read, or <see langword="null"/> for a structured claim.</summary>
    public Evidence? Evidence { get; init; }

    /// <summary>Gets how the source asserts the claim.</summary>
    public AssertionMode Mode { get; init; }

    /// <summary>Gets how sure the extraction is that the source makes this claim, in [0, 1].</summary>
    public double Confidence { get; init; }

    /// <summary>
    /// Gets how certain the source is of the claim (FactBank's certainty axis); <see cref="Certainty.Certain"/> unless
    /// a hedge ("may", "likely") qualifies it. With <see cref="Polarity"/> it says what <see cref="Mode"/> summarises.
    /// </summary>
    public Certainty Certainty { get; init; }

    /// <summary>Gets whether the source asserts the claim or its negation (FactBank's polarity axis).</summary>
    public Polarity Polarity { get; init; }

    /// <summary>Gets whether the source attributes the claim to someone else ("officials said", "according to").</summary>
    public bool Attributed { get; init; }

    /// <summary>Gets the time the claim holds as of (a title's date, a status's report date), when known.</summary>
    public DateValue? AsOf { get; init; }

    /// <summary>
    /// Gets the day the source reported the claim (its publication date, or a structured claim's <c>observed</c>
    /// date), when known. A later report about a planned event may change it: that is an update, not a contradiction.
    /// </summary>
    public NodaTime.LocalDate? Observed { get; init; }

    /// <summary>
    /// Gets the day of the week the source names with a date claim's value ("Friday, August 9, 2024": Friday), or
    /// <see langword="null"/> when it names none. Knowledge of the calendar checks it against the date: 9 August 2023
    /// was a Wednesday. A weekday that only helped to choose the year of a date written without one is not stated
    /// with the date and is not recorded here.
    /// </summary>
    public NodaTime.IsoDayOfWeek? StatedWeekday { get; init; }

    /// <summary>
    /// Gets the event whose time the claim holds as of when it gives no date of its own ("Foreign Minister Kishida
    /// will attend the summit" holds as of the summit), or <see langword="null"/>.
    /// </summary>
    public string? AsOfSubject { get; init; }

    /// <summary>Gets the subject and property as one key, such as <c>ca-japan-summit.date</c>.</summary>
    public string FactKey => $"{Subject}.{Property}";

    /// <inheritdoc />
    public override string ToString()
        => string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{Id}: {Subject}.{Property} = {Value.Describe()} ({Mode}, {Confidence:0.00}) from {SourceId}");
}
