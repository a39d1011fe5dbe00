namespace CaJapan.Reconcile.Claims;

/// <summary>
/// How a source asserts a claim, in one word: a summary of <see cref="Claim.Polarity"/> (negated first),
/// <see cref="Claim.Certainty"/> (hedged next), <see cref="Claim.Attributed"/> (reported) and tense (expected).
/// </summary>
public enum AssertionMode
{
    /// <summary>Stated as fact in the source's own voice.</summary>
    Stated,

    /// <summary>Planned, scheduled or expected: about the future as of the source's writing.</summary>
    Expected,

    /// <summary>Reported speech: attributed to someone else ("officials said", "according to").</summary>
    Reported,

    /// <summary>Hedged: possible but uncertain ("may be held", "is likely to").</summary>
    Hedged,

    /// <summary>Negated: the source says it is not so ("did not take place").</summary>
    Negated,
}
