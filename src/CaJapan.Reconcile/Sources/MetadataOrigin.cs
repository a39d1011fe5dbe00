namespace CaJapan.Reconcile.Sources;

/// <summary>Where a field of a source's metadata (its outlet, byline or dateline) came from.</summary>
/// <remarks>A value given by the caller or a manifest always wins over one read from the text.</remarks>
public enum MetadataOrigin
{
    /// <summary>The field is not known.</summary>
    Unknown,

    /// <summary>Given by the caller or by a <c>sources.json</c> manifest.</summary>
    Manifest,

    /// <summary>Read from the article's own text: its first lines, or for an outlet also a credit line at its end.</summary>
    Text,
}
