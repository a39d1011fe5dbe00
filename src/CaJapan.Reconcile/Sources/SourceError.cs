namespace CaJapan.Reconcile.Sources;

/// <summary>
/// A source that could not be read or did not pass validation. The other sources are reconciled without it.
/// Immutable and thread-safe.
/// </summary>
/// <param name="SourceId">The identifier or file name of the source.</param>
/// <param name="Message">What was wrong and what would be right.</param>
public sealed record SourceError(string SourceId, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{SourceId}: {Message}";
}
