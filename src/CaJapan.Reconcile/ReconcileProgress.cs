namespace CaJapan.Reconcile;

/// <summary>How far a streamed reconciliation has got. Immutable.</summary>
/// <param name="Stage">What the engine is doing.</param>
/// <param name="SourcesTaken">The sources taken so far, read or rejected.</param>
/// <param name="ClaimsExtracted">The claims extracted so far.</param>
/// <param name="CurrentSource">The source just taken, or <see langword="null"/> outside the reading stage.</param>
public sealed record ReconcileProgress(ReconcileStage Stage, int SourcesTaken, int ClaimsExtracted, string? CurrentSource)
{
    /// <inheritdoc />
    public override string ToString() => $"{Stage}: {SourcesTaken} sources, {ClaimsExtracted} claims";
}

/// <summary>The stages of a streamed reconciliation, in order.</summary>
public enum ReconcileStage
{
    /// <summary>Sources are being read and their claims extracted.</summary>
    Reading,

    /// <summary>Every source has been taken; the claims are being reconciled.</summary>
    Reconciling,

    /// <summary>The result is ready.</summary>
    Done,
}
