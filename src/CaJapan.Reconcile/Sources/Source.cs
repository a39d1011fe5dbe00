using System.Globalization;
using System.Text;
using CaJapan.Reconcile.Claims;
using NodaTime;

namespace CaJapan.Reconcile.Sources;

/// <summary>
/// One source article: its identifier, metadata and text. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Metadata the caller or a manifest gives always wins; the engine fills only the fields left empty, from the
/// article's own first lines (a dateline, a byline, an outlet's credit), and records where each came from.
/// </remarks>
/// <param name="Id">The source's identifier, unique within one reconciliation; for a file, its file name.</param>
/// <param name="Text">The article's text.</param>
public sealed record Source(string Id, string Text)
{
    private readonly MetadataOrigin? outletOrigin;
    private readonly MetadataOrigin? bylineOrigin;
    private readonly MetadataOrigin? datelineOrigin;

    /// <summary>Gets the path the source was read from, or <see langword="null"/> when it was given in memory.</summary>
    public string? Path { get; init; }

    /// <summary>Gets the name of the outlet that published the source, when known.</summary>
    public string? Outlet { get; init; }

    /// <summary>Gets where <see cref="Outlet"/> came from.</summary>
    /// <value>
    /// <see cref="MetadataOrigin.Unknown"/> while <see cref="Outlet"/> is <see langword="null"/>; otherwise the origin
    /// set, or <see cref="MetadataOrigin.Manifest"/> when none was set, since the caller gave the outlet.
    /// </value>
    public MetadataOrigin OutletOrigin
    {
        get => Origin(Outlet, outletOrigin);
        init => outletOrigin = value;
    }

    /// <summary>Gets the address the source was published at, when known.</summary>
    public Uri? Url { get; init; }

    /// <summary>Gets the date the source was published, when known.</summary>
    public LocalDate? Published { get; init; }

    /// <summary>Gets where <see cref="Published"/> came from.</summary>
    public PublishedOrigin PublishedOrigin { get; init; }

    /// <summary>
    /// Gets the news agency whose copy the article carries, when it is not the article's own outlet: "(Reuters)" in
    /// an article the manifest gives to another outlet, or the agency that the text alone credits. Articles with the
    /// same wire origin count as one voice when the engine weighs agreement.
    /// </summary>
    public string? WireOrigin { get; init; }

    /// <summary>Gets the article's authors as its byline names them ("Jane Doe and John Roe"), when known.</summary>
    public string? Byline { get; init; }

    /// <summary>Gets where <see cref="Byline"/> came from.</summary>
    /// <value>
    /// <see cref="MetadataOrigin.Unknown"/> while <see cref="Byline"/> is <see langword="null"/>; otherwise the origin
    /// set, or <see cref="MetadataOrigin.Manifest"/> when none was set.
    /// </value>
    public MetadataOrigin BylineOrigin
    {
        get => Origin(Byline, bylineOrigin);
        init => bylineOrigin = value;
    }

    /// <summary>
    /// Gets the place the article was filed from, as its dateline writes it ("NUR-SULTAN, Kazakhstan" in
    /// "NUR-SULTAN, Kazakhstan —"), when known. It says where the reporter was, never where an event took place.
    /// </summary>
    public string? DatelinePlace { get; init; }

    /// <summary>
    /// Gets <see cref="DatelinePlace"/> resolved by the domain pack's places (Nur-Sultan is the city Astana in KZ),
    /// or <see langword="null"/> when the pack does not know it.
    /// </summary>
    public PlaceValue? DatelineLocation { get; init; }

    /// <summary>Gets where <see cref="DatelinePlace"/> came from.</summary>
    /// <value>
    /// <see cref="MetadataOrigin.Unknown"/> while <see cref="DatelinePlace"/> is <see langword="null"/>; otherwise
    /// the origin set, or <see cref="MetadataOrigin.Manifest"/> when none was set.
    /// </value>
    public MetadataOrigin DatelineOrigin
    {
        get => Origin(DatelinePlace, datelineOrigin);
        init => datelineOrigin = value;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder(Id).Append(" (").Append(Outlet ?? "unknown outlet").Append(", ");
        text.Append(Published is { } p ? p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "date unknown");
        if (Byline is not null)
        {
            text.Append(", by ").Append(Byline);
        }

        if (DatelinePlace is not null)
        {
            text.Append(", filed from ").Append(DatelinePlace);
        }

        return text.Append(", ").Append(Text.Length.ToString(CultureInfo.InvariantCulture)).Append(" chars)").ToString();
    }

    private static MetadataOrigin Origin(string? value, MetadataOrigin? origin)
        => value is null ? MetadataOrigin.Unknown : origin ?? MetadataOrigin.Manifest;
}
