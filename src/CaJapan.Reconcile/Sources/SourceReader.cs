using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using CaJapan.Reconcile.Internal;
using NodaTime.Text;

namespace CaJapan.Reconcile.Sources;

/// <summary>
/// Reads article files, and the <c>sources.json</c> manifest beside them, into <see cref="Source"/>s.
/// A file that cannot be read becomes a <see cref="SourceError"/>; the others are still read. Thread-safe.
/// </summary>
public sealed class SourceReader
{
    private static readonly string[] ArticleExtensions = [".txt", ".md", ".markdown", ".text", ".html", ".htm"];
    private static readonly string[] HtmlExtensions = [".html", ".htm"];
    private static readonly SourceManifestEntryValidator EntryValidator = new();
    private static readonly JsonSerializerOptions ManifestJson = new() { PropertyNameCaseInsensitive = true };
    /// <summary>The room a corpus line has for its fields other than the text, in bytes.</summary>
    private const int CorpusLineFields = 64 * 1024;

    private readonly long maxSourceBytes;

    /// <summary>Initializes a new instance of the <see cref="SourceReader"/> class.</summary>
    /// <param name="maxSourceBytes">The largest file, in bytes, that is read; a larger one is reported as an error.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxSourceBytes"/> is not positive.</exception>
    public SourceReader(long maxSourceBytes = ReconcileOptions.DefaultMaxSourceBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxSourceBytes);
        this.maxSourceBytes = maxSourceBytes;
    }

    /// <summary>Reads every article file of a folder, with the metadata of its <c>sources.json</c> manifest if there is one.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="cancellationToken">A token that cancels the reading.</param>
    /// <returns>The sources read and the errors met, each ordered by identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="folder"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their leading parameter types, so no call is ambiguous; kept as they were before the API was tracked.")]
    public Task<SourceSet> ReadFolderAsync(string folder, CancellationToken cancellationToken = default)
        => ReadFolderAsync(folder, null, cancellationToken);

    /// <summary>
    /// Reads every article file of a folder, with the metadata of its <c>sources.json</c> manifest if there is one,
    /// reporting the name of each file once it has been read (or found unreadable).
    /// </summary>
    /// <param name="folder">The folder.</param>
    /// <param name="progress">Told each file's name as it is done, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">A token that cancels the reading.</param>
    /// <returns>The sources read and the errors met, each ordered by identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="folder"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their leading parameter types, so no call is ambiguous; kept as they were before the API was tracked.")]
    public async Task<SourceSet> ReadFolderAsync(string folder, IProgress<string>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            return new SourceSet([], [new SourceError(folder, Messages.FolderNotFound(folder))]);
        }

        var errors = new List<SourceError>();
        var manifest = await ReadManifestAsync(folder, errors, maxSourceBytes, cancellationToken).ConfigureAwait(false);
        var files = Directory.EnumerateFiles(folder)
            .Where(f => ArticleExtensions.Contains(System.IO.Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Select(System.IO.Path.GetFileName)
            .OfType<string>()
            .Concat(manifest.Keys)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0 && errors.Count == 0)
        {
            errors.Add(new SourceError(folder, Messages.FolderEmpty(folder)));
        }

        var sources = new List<Source>(files.Count);
        var inside = FolderRoots(folder);
        foreach (var file in files)
        {
            var path = System.IO.Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                errors.Add(new SourceError(file, Messages.ManifestFileMissing(file)));
                continue;
            }

            if (LinksOutside(path, inside))
            {
                errors.Add(new SourceError(file, Messages.LinkOutsideFolder(file)));
                continue;
            }

            var source = await ReadFileAsync(path, errors, cancellationToken).ConfigureAwait(false);
            if (source is not null)
            {
                sources.Add(manifest.TryGetValue(file, out var entry) ? WithMetadata(source, entry) : source);
            }

            progress?.Report(file);
        }

        return Sorted(sources, errors);
    }

    /// <summary>The folder as given and as its links resolve, each ending in a separator: the places a file of the folder may really be.</summary>
    private static string[] FolderRoots(string folder)
    {
        var full = System.IO.Path.GetFullPath(folder);
        var real = new DirectoryInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        return [.. new[] { full, real }.Select(p => System.IO.Path.EndsInDirectorySeparator(p) ? p : p + System.IO.Path.DirectorySeparatorChar).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Whether a file of the folder is a symbolic link whose final target lies outside the folder: a folder of
    /// articles is read, not whatever its links point at.
    /// </summary>
    private static bool LinksOutside(string path, string[] roots)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is null)
        {
            return false;
        }

        var target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        return target is null || !roots.Any(root => target.StartsWith(root, StringComparison.Ordinal));
    }

    /// <summary>Reads the given article files. Each file's identifier is its file name.</summary>
    /// <param name="paths">The files.</param>
    /// <param name="cancellationToken">A token that cancels the reading.</param>
    /// <returns>The sources read and the errors met, each ordered by identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public async Task<SourceSet> ReadFilesAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var sources = new List<Source>();
        var errors = new List<SourceError>();
        foreach (var path in paths)
        {
            var source = await ReadFileAsync(path, errors, cancellationToken).ConfigureAwait(false);
            if (source is not null)
            {
                sources.Add(source);
            }
        }

        return Sorted(sources, errors);
    }

    /// <summary>
    /// Reads a corpus of articles in JSON Lines: one JSON object per line, with <c>id</c> or <c>file</c> (the source's
    /// identifier), <c>text</c> (the article), and optionally <c>outlet</c>, <c>url</c> (absolute), <c>published</c>
    /// (an ISO date) and <c>byline</c>, which count as a manifest's metadata. Blank lines are skipped.
    /// </summary>
    /// <param name="path">The file, in UTF-8 (or UTF-16 with a byte-order mark).</param>
    /// <param name="cancellationToken">A token that cancels the reading.</param>
    /// <returns>
    /// The sources read, and the errors met: a line that cannot be read is an error named <c>file:line</c> (such as
    /// <c>corpus.jsonl:3</c>) and the other lines are still read. Such a line may be bad JSON, hold bytes that are not
    /// valid UTF-8, have a text with a NUL character or over the size limit, or be longer than 6 times the size limit and
    /// 64 KiB (room for any escaping of a text within it, and the other fields), which is found without holding more of
    /// the line than that. A file
    /// that cannot be read is one error named by its file name.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public async Task<SourceSet> ReadJsonLinesAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = System.IO.Path.GetFileName(path);
        var sources = new List<Source>();
        var errors = new List<SourceError>();
        if (!File.Exists(path))
        {
            errors.Add(new SourceError(name, Messages.FileNotFound(path)));
            return Sorted(sources, errors);
        }

        try
        {
            var file = Utf8Input.OpenFile(path);
            await using (file.ConfigureAwait(false))
            {
                var lines = new Utf8LineReader(Utf8Input.Open(file), CorpusLineBytes(maxSourceBytes));
                while (await lines.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var (source, error) = ReadCorpusLine(lines, maxSourceBytes);
                    if (source is not null)
                    {
                        sources.Add(source);
                    }
                    else if (error is not null)
                    {
                        errors.Add(new SourceError(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name}:{lines.Number}"), error));
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new SourceError(name, Messages.Unreadable(e.Message)));
        }

        return Sorted(sources, errors);
    }

    /// <summary>
    /// Whether a JSON Lines file is a corpus of articles: its first line that is not blank, and is valid UTF-8 within the
    /// limit of a corpus line, is an article line (<see cref="IsArticleLine(string)"/>). Reads no more of the file than that.
    /// </summary>
    /// <param name="path">The file, in UTF-8 (or UTF-16 with a byte-order mark).</param>
    /// <returns><see langword="true"/> for a corpus of articles; <see langword="false"/> for anything else, or a file that cannot be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public static bool IsArticleCorpus(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var file = Utf8Input.OpenFile(path);
            var lines = new Utf8LineReader(Utf8Input.Open(file), CorpusLineBytes(ReconcileOptions.DefaultMaxSourceBytes));
            while (lines.ReadAsync(default).AsTask().GetAwaiter().GetResult())
            {
                var line = Line(lines);
                if (!lines.TooLong && System.Text.Unicode.Utf8.IsValid(line.Span) && !Utf8Input.IsBlank(line.Span))
                {
                    return IsArticleLine(line);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        return false;
    }

    /// <summary>
    /// The longest line of a corpus, in bytes: room for a text of <paramref name="maxSourceBytes"/> whose every byte is
    /// escaped (<c>\u0001</c> is six bytes for one), and 64 KiB for the other fields.
    /// </summary>
    internal static int CorpusLineBytes(long maxSourceBytes)
        => maxSourceBytes > (Array.MaxLength - CorpusLineFields) / 6 ? Array.MaxLength : (int)(maxSourceBytes * 6) + CorpusLineFields;

    /// <summary>The line last read, without the UTF-8 byte-order mark of a first line.</summary>
    private static ReadOnlyMemory<byte> Line(Utf8LineReader lines)
        => lines.Number == 1 && lines.Line.Span.StartsWith(Utf8Input.Utf8Bom) ? lines.Line[3..] : lines.Line;

    /// <summary>Reads the line last read: a source, an error, or neither for a blank line.</summary>
    private static (Source? Source, string? Error) ReadCorpusLine(Utf8LineReader lines, long maxSourceBytes)
    {
        if (lines.TooLong)
        {
            return (null, Messages.CorpusLineTooLong(CorpusLineBytes(maxSourceBytes)));
        }

        var line = Line(lines);
        if (!System.Text.Unicode.Utf8.IsValid(line.Span))
        {
            // Strict, like an article file: refused rather than read with U+FFFD unseen.
            return (null, Messages.NotUtf8(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"an invalid byte sequence after {Utf8Input.CharactersBeforeInvalid(line.Span)} characters of the line")));
        }

        return Utf8Input.IsBlank(line.Span) ? (null, null) : ReadArticleLine(line, maxSourceBytes);
    }

    /// <summary>Whether a line of JSON Lines is an article (it has <c>text</c>) rather than a structured claim (<c>subject</c>, <c>property</c>, <c>value</c>).</summary>
    /// <param name="line">One line of the file.</param>
    /// <returns><see langword="true"/> for a JSON object with a <c>text</c> field and no <c>subject</c> nor <c>property</c> field.</returns>
    public static bool IsArticleLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return IsArticleLine(System.Text.Encoding.UTF8.GetBytes(line));
    }

    private static bool IsArticleLine(ReadOnlyMemory<byte> line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("text", out _)
                && !root.TryGetProperty("subject", out _)
                && !root.TryGetProperty("property", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static (Source? Source, string? Error) ReadArticleLine(ReadOnlyMemory<byte> line, long maxSourceBytes)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return (null, Messages.ArticleLineNotJson(e.Message));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, Messages.ArticleLineNotJson($"a JSON {root.ValueKind.ToString().ToLowerInvariant()}"));
            }

            string? Field(string field) => root.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            bool WrongKind(string field) => root.TryGetProperty(field, out var v) && v.ValueKind is not (JsonValueKind.String or JsonValueKind.Null);
            foreach (var field in (string[])["id", "file", "text", "outlet", "url", "published", "byline"])
            {
                if (WrongKind(field))
                {
                    return (null, Messages.JsonFieldKind(field, "a string", root.GetProperty(field).GetRawText()));
                }
            }

            var id = Field("id") ?? Field("file");
            if (string.IsNullOrWhiteSpace(id))
            {
                return (null, Messages.ArticleFieldMissing("id"));
            }

            var text = Field("text");
            if (string.IsNullOrWhiteSpace(text))
            {
                return (null, Messages.ArticleFieldMissing("text"));
            }

            if (text.IndexOf('\0', StringComparison.Ordinal) is var nul and >= 0)
            {
                return (null, Messages.Binary(nul)); // a "\u0000" escape: refused like a NUL in an article file
            }

            if (System.Text.Encoding.UTF8.GetByteCount(text) > maxSourceBytes)
            {
                return (null, Messages.TooLarge(System.Text.Encoding.UTF8.GetByteCount(text), maxSourceBytes));
            }

            var entry = new SourceManifestEntry
            {
                File = id.Trim(),
                Outlet = Field("outlet"),
                Url = Field("url"),
                Published = Field("published"),
                Byline = Field("byline"),
            };
            if (entry.Url is not null && !Uri.TryCreate(entry.Url, UriKind.Absolute, out _))
            {
                return (null, Messages.ArticleField("url", entry.Url, "an absolute address such as https://example.com/story"));
            }

            if (entry.Published is not null && !LocalDatePattern.Iso.Parse(entry.Published).Success)
            {
                return (null, Messages.ArticleField("published", entry.Published, "an ISO date such as 2024-08-06"));
            }

            return (WithMetadata(new Source(entry.File, text), entry), null);
        }
    }

    /// <summary>Whether a file is read as an article by its extension: .txt, .md, .markdown, .text, .html or .htm, in any case.</summary>
    /// <param name="path">The file's path or name.</param>
    /// <returns><see langword="true"/> for an article file.</returns>
    public static bool IsArticleFile(string path)
        => ArticleExtensions.Contains(System.IO.Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private static bool IsHtml(string path) => HtmlExtensions.Contains(System.IO.Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private static SourceSet Sorted(List<Source> sources, List<SourceError> errors)
        => new(
            [.. sources.OrderBy(s => s.Id, StringComparer.Ordinal)],
            [.. errors.OrderBy(e => e.SourceId, StringComparer.Ordinal).ThenBy(e => e.Message, StringComparer.Ordinal)]);

    private async Task<Source?> ReadFileAsync(string path, List<SourceError> errors, CancellationToken cancellationToken)
    {
        var id = System.IO.Path.GetFileName(path);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                errors.Add(new SourceError(id, Messages.FileNotFound(path)));
                return null;
            }

            if (info.Length > maxSourceBytes)
            {
                errors.Add(new SourceError(id, Messages.TooLarge(info.Length, maxSourceBytes)));
                return null;
            }

            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            var (text, error) = TextDecoder.Decode(bytes);
            if (text is not null && IsHtml(path))
            {
                text = HtmlText.ToText(text);
                if (string.IsNullOrWhiteSpace(text))
                {
                    (text, error) = (null, Messages.HtmlWithoutText());
                }
            }

            if (text is null)
            {
                errors.Add(new SourceError(id, error!));
                return null;
            }

            return new Source(id, text) { Path = System.IO.Path.GetFullPath(path) };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new SourceError(id, Messages.Unreadable(e.Message)));
            return null;
        }
    }

    /// <summary>
    /// Reads the manifest of a folder, if it has one. The manifest travels with the articles and is as untrusted as
    /// they are: it is held to the articles' size limit, and a manifest that is a link out of the folder is not read.
    /// </summary>
    private static async Task<Dictionary<string, SourceManifestEntry>> ReadManifestAsync(
        string folder, List<SourceError> errors, long maxBytes, CancellationToken cancellationToken)
    {
        var entries = new Dictionary<string, SourceManifestEntry>(StringComparer.Ordinal);
        var path = System.IO.Path.Combine(folder, SourceManifest.FileName);
        if (!File.Exists(path))
        {
            return entries;
        }

        if (LinksOutside(path, FolderRoots(folder)))
        {
            errors.Add(new SourceError(SourceManifest.FileName, Messages.LinkOutsideFolder(SourceManifest.FileName)));
            return entries;
        }

        if (new FileInfo(path).Length is var length && length > maxBytes)
        {
            errors.Add(new SourceError(SourceManifest.FileName, Messages.ManifestTooLarge(length, maxBytes)));
            return entries;
        }

        SourceManifest? manifest;
        try
        {
            await using var stream = File.OpenRead(path);
            manifest = await JsonSerializer.DeserializeAsync<SourceManifest>(stream, ManifestJson, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            errors.Add(new SourceError(SourceManifest.FileName, Messages.ManifestUnreadable(e.Message)));
            return entries;
        }

        var list = manifest?.Sources ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var entry = list[i];
            var result = entry is null ? null : EntryValidator.Validate(entry);
            if (entry is null || !result!.IsValid)
            {
                var detail = entry is null ? "the entry is null." : string.Join(" ", result!.Errors.Select(f => f.ErrorMessage));
                errors.Add(new SourceError(SourceManifest.FileName, Messages.ManifestEntry(i, detail)));
                continue;
            }

            if (!entries.TryAdd(entry.File!, entry))
            {
                errors.Add(new SourceError(SourceManifest.FileName, Messages.ManifestEntry(i, $"'{entry.File}' is listed twice; the first entry is used.")));
            }
        }

        return entries;
    }

    private static Source WithMetadata(Source source, SourceManifestEntry entry)
    {
        var published = entry.Published is null ? null : (NodaTime.LocalDate?)LocalDatePattern.Iso.Parse(entry.Published).Value;
        var result = source with
        {
            Outlet = string.IsNullOrWhiteSpace(entry.Outlet) ? source.Outlet : entry.Outlet,
            Url = entry.Url is null ? source.Url : new Uri(entry.Url, UriKind.Absolute),
            Published = published ?? source.Published,
            PublishedOrigin = published is null ? source.PublishedOrigin : PublishedOrigin.Manifest,
        };
        if (!string.IsNullOrWhiteSpace(entry.Outlet))
        {
            result = result with { OutletOrigin = MetadataOrigin.Manifest };
        }

        if (!string.IsNullOrWhiteSpace(entry.Wire))
        {
            result = result with { WireOrigin = entry.Wire.Trim() };
        }

        if (!string.IsNullOrWhiteSpace(entry.Byline))
        {
            result = result with { Byline = entry.Byline.Trim(), BylineOrigin = MetadataOrigin.Manifest };
        }

        if (!string.IsNullOrWhiteSpace(entry.Dateline))
        {
            result = result with { DatelinePlace = entry.Dateline.Trim(), DatelineOrigin = MetadataOrigin.Manifest };
        }

        return result;
    }
}
