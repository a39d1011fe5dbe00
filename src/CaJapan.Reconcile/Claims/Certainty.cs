namespace CaJapan.Reconcile.Claims;

/// <summary>
/// How certain a source is of what it asserts, on the scale of the FactBank event-factuality scheme
/// (Saurí and Pustejovsky, 2009): certain (CT), probable (PR), possible (PS) or not said (U).
/// </summary>
public enum Certainty
{
    /// <summary>The source commits to it ("took place", "was cancelled", "will be held").</summary>
    Certain,

    /// <summary>The source thinks it likely ("is likely to", "probably", "reportedly").</summary>
    Probable,

    /// <summary>The source allows it ("may be held", "could be postponed").</summary>
    Possible,

    /// <summary>The source does not say how certain it is.</summary>
    Underspecified,
}
