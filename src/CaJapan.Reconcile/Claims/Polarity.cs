namespace CaJapan.Reconcile.Claims;

/// <summary>Whether a source asserts a claim or its negation, as in the FactBank event-factuality scheme.</summary>
public enum Polarity
{
    /// <summary>The source says it is so ("the summit took place").</summary>
    Positive,

    /// <summary>The source says it is not so ("did not take place", "denied that the summit was cancelled").</summary>
    Negative,

    /// <summary>The source does not say either way.</summary>
    Underspecified,
}
