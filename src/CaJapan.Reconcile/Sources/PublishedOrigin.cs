namespace CaJapan.Reconcile.Sources;

/// <summary>Where a source's publication date came from.</summary>
public enum PublishedOrigin
{
    /// <summary>The publication date is not known.</summary>
    Unknown,

    /// <summary>Given by the caller or by a <c>sources.json</c> manifest.</summary>
    Manifest,

    /// <summary>Read from the text itself, such as a dateline "Published: Aug 06, 2024".</summary>
    Text,
}
