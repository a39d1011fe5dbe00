using System.Text.Json.Serialization;

namespace CaJapan.Reconcile.Sources;

/// <summary>
/// The <c>sources.json</c> manifest that may stand beside a folder of articles and gives each file's metadata.
/// </summary>
/// <remarks>
/// The manifest wins over metadata read from the text. Its shape:
/// <code>{ "sources": [ { "file": "a.txt", "outlet": "VOA", "url": "https://...", "published": "2024-08-06", "byline": "Jane Doe", "dateline": "Washington", "wire": "Reuters" } ] }</code>
/// </remarks>
public sealed record SourceManifest
{
    /// <summary>The manifest's conventional file name.</summary>
    public const string FileName = "sources.json";

    /// <summary>Gets the entries, one per article file.</summary>
    [JsonPropertyName("sources")]
    public IReadOnlyList<SourceManifestEntry> Sources { get; init; } = [];
}

/// <summary>The metadata of one article file in a <see cref="SourceManifest"/>.</summary>
public sealed record SourceManifestEntry
{
    /// <summary>Gets the article's file name, relative to the manifest's folder.</summary>
    [JsonPropertyName("file")]
    public string? File { get; init; }

    /// <summary>Gets the name of the outlet that published the article, or <see langword="null"/> when unknown.</summary>
    [JsonPropertyName("outlet")]
    public string? Outlet { get; init; }

    /// <summary>Gets the address the article was published at, or <see langword="null"/> when unknown.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>Gets the publication date as an ISO date (<c>2024-08-06</c>), or <see langword="null"/> when unknown.</summary>
    [JsonPropertyName("published")]
    public string? Published { get; init; }

    /// <summary>Gets the article's authors as its byline names them ("Jane Doe and John Roe"), or <see langword="null"/> when unknown.</summary>
    [JsonPropertyName("byline")]
    public string? Byline { get; init; }

    /// <summary>Gets the news agency whose copy the article carries, such as <c>Reuters</c>, or <see langword="null"/> when unknown.</summary>
    [JsonPropertyName("wire")]
    public string? Wire { get; init; }

    /// <summary>Gets the place the article was filed from ("Washington"), or <see langword="null"/> when unknown.</summary>
    [JsonPropertyName("dateline")]
    public string? Dateline { get; init; }
}
