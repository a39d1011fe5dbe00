using CaJapan.Reconcile.Sources;
using NodaTime;

namespace CaJapan.Reconcile.Corpus;

/// <summary>One article of an <see cref="ArticleCorpus"/>, with what was planted in it. Immutable.</summary>
/// <param name="Id">The article's identifier, which is also its file name (<c>a000001.txt</c>).</param>
/// <param name="Outlet">The outlet the manifest gives the article to.</param>
/// <param name="Published">The publication date the manifest gives, or <see langword="null"/> when only the text's header says it.</param>
/// <param name="Byline">The author the byline names, or <see langword="null"/> for an agency's unsigned copy.</param>
/// <param name="Wire">The agency whose copy the article carries, when it is a wire copy under another outlet; else <see langword="null"/>.</param>
/// <param name="Kind">What the article is.</param>
/// <param name="Text">The article's text, with <c>\n</c> line breaks.</param>
public sealed record GeneratedArticle(
    string Id,
    string Outlet,
    LocalDate? Published,
    string? Byline,
    string? Wire,
    ArticleKind Kind,
    string Text)
{
    /// <summary>Gets the day the article was published, whether or not the manifest says so.</summary>
    public LocalDate Written { get; init; }

    /// <summary>Gets the planted errors of the article: none for most.</summary>
    public PlantedError Errors { get; init; }

    /// <summary>Gets the article as a source with its manifest's metadata, as a folder with a <c>sources.json</c> would give it.</summary>
    /// <returns>The source.</returns>
    public Source ToSource()
        => new(Id, Text)
        {
            Outlet = Outlet,
            Published = Published,
            PublishedOrigin = Published is null ? PublishedOrigin.Unknown : PublishedOrigin.Manifest,
            Byline = Byline,
            WireOrigin = Wire,
        };
}

/// <summary>What a generated article is about.</summary>
public enum ArticleKind
{
    /// <summary>A preview of the summit, written while it was still planned.</summary>
    Preview,

    /// <summary>A report of the summit's cancellation, written after it was called off.</summary>
    Cancellation,

    /// <summary>An analysis written weeks or months later, looking back.</summary>
    Retrospective,

    /// <summary>An article about the neighbouring events only (other countries' summits, earlier meetings, budgets).</summary>
    Distractor,

    /// <summary>A wire agency's own story.</summary>
    WireOriginal,

    /// <summary>Another outlet's copy of a wire story, near-identical to it.</summary>
    WireCopy,
}

/// <summary>The errors planted in an article, which the engine should report as conflicts.</summary>
[Flags]
public enum PlantedError
{
    /// <summary>No planted error.</summary>
    None = 0,

    /// <summary>The summit's date is given in the wrong year (2023).</summary>
    WrongYear = 1,

    /// <summary>Fumio Kishida is called foreign minister, an office he did not hold in 2024.</summary>
    WrongTitle = 2,

    /// <summary>The summit is said to have been held, though it was cancelled.</summary>
    SaysHeld = 4,

    /// <summary>The summit is placed in Almaty rather than Astana.</summary>
    WrongPlace = 8,
}
