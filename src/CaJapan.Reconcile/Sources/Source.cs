using NodaTime;

namespace CaJapan.Reconcile.Sources;

/// <summary>
/// One source article: its identifier, metadata and text. Immutable and thread-safe.
/// </summary>
/// <param name="Id">The source's identifier, unique within one reconciliation; for a file, its file name.</param>
/// <param name="Text">The article's text.</param>
public sealed record Source(string Id, string Text)
{
    /// <summary>Gets the path the source was read from, or <see langword="null"/> when it was given in memory.</summary>
    public string? Path { get; init; }

    /// <summary>Gets the name of the outlet that published the source, when known.</summary>
    public string? Outlet { get; init; }

    /// <summary>Gets the address the source was published at, when known.</summary>
    public Uri? Url { get; init; }

    /// <summary>Gets the date the source was published, when known.</summary>
    public LocalDate? Published { get; init; }

    /// <summary>Gets where <see cref="Published"/> came from.</summary>
    public PublishedOrigin PublishedOrigin { get; init; }

    /// <inheritdoc />
    public override string ToString()
        => $"{Id} ({Outlet ?? "unknown outlet"}, {(Published is { } p ? p.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "date unknown")}, {Text.Length} chars)";
}
