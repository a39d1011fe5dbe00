namespace CaJapan.Reconcile.Sources;

/// <summary>
/// The sources read from a folder or a list of files, and the ones that could not be read. Immutable and thread-safe.
/// </summary>
/// <param name="Sources">The sources that were read, ordered by identifier.</param>
/// <param name="Errors">The sources that could not be read, ordered by identifier.</param>
public sealed record SourceSet(IReadOnlyList<Source> Sources, IReadOnlyList<SourceError> Errors)
{
    /// <summary>Gets an empty set.</summary>
    public static SourceSet Empty { get; } = new([], []);

    /// <inheritdoc />
    public override string ToString() => $"{Sources.Count} sources, {Errors.Count} errors";
}
