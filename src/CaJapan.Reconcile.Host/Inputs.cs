using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Sources;
using CaJapan.Reconcile.Structured;

namespace CaJapan.Reconcile.Host;

/// <summary>
/// Turns the paths on the command line into a reconciliation: folders (with their <c>sources.json</c>), article files
/// (.txt, .md, .html, ...), globs such as <c>articles/*.txt</c>, corpora of articles in JSON Lines, or one file of
/// structured claims. A path that cannot be used is one line on standard error and the others are still reconciled.
/// </summary>
internal static class Inputs
{
    /// <summary>The extensions of JSON Lines files: a corpus of articles or a file of claims, told apart by their first line.</summary>
    private static readonly string[] JsonLinesExtensions = [".jsonl", ".ndjson"];

    /// <summary>What the paths hold.</summary>
    /// <param name="Folders">Folders of articles.</param>
    /// <param name="Files">Article files.</param>
    /// <param name="Corpora">JSON Lines corpora of articles.</param>
    /// <param name="ClaimFiles">Files of structured claims.</param>
    /// <param name="Problems">Paths that cannot be used, each with what to do.</param>
    public sealed record Plan(
        IReadOnlyList<string> Folders,
        IReadOnlyList<string> Files,
        IReadOnlyList<string> Corpora,
        IReadOnlyList<string> ClaimFiles,
        IReadOnlyList<string> Problems)
    {
        /// <summary>Gets the number of inputs that can be read.</summary>
        public int Usable => Folders.Count + Files.Count + Corpora.Count + ClaimFiles.Count;
    }

    /// <summary>The folder of bundled seeds, reconciled when no path is given.</summary>
    public static string Seeds => Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>Sorts the paths into what they hold; globs are expanded in ordinal order.</summary>
    public static Plan Classify(IReadOnlyList<string> paths)
    {
        var folders = new List<string>();
        var files = new List<string>();
        var corpora = new List<string>();
        var claims = new List<string>();
        var problems = new List<string>();
        foreach (var given in paths.Count == 0 ? [Seeds] : paths)
        {
            var expanded = Expand(given, problems);
            foreach (var path in expanded)
            {
                if (Directory.Exists(path))
                {
                    folders.Add(path);
                    continue;
                }

                var extension = Path.GetExtension(path);
                var isClaimFormat = StructuredClaimReader.FormatOf(path) is not null;
                if (!File.Exists(path))
                {
                    problems.Add(isClaimFormat
                        ? $"the file '{path}' does not exist; give a file of structured claims (.csv, .jsonl, .ndjson) or a folder of articles."
                        : SourceReader.IsArticleFile(path)
                        ? $"the article file '{path}' does not exist; check its name, or give its folder."
                        : $"the folder '{path}' does not exist; give the path of a folder of article files (.txt, .md, .html), an article file, a file of structured claims (.csv, .jsonl, .ndjson), or nothing to use the bundled seeds.");
                }
                else if (JsonLinesExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) && IsArticleCorpus(path))
                {
                    corpora.Add(path);
                }
                else if (isClaimFormat)
                {
                    claims.Add(path);
                }
                else if (SourceReader.IsArticleFile(path))
                {
                    files.Add(path);
                }
                else
                {
                    problems.Add($"'{path}' is neither a folder of articles nor a file of structured claims; give a folder of article files (.txt, .md, .html), an article file, a .jsonl corpus of articles, or a .csv, .jsonl or .ndjson file of claims.");
                }
            }
        }

        return new Plan(folders, files, corpora, claims, problems);
    }

    /// <summary>Reads every source of a plan that holds articles (no claim files).</summary>
    public static async Task<(List<Source> Sources, List<SourceError> Errors)> ReadArticlesAsync(
        Plan plan, SourceReader reader, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var sources = new List<Source>();
        var errors = new List<SourceError>();
        foreach (var folder in plan.Folders)
        {
            var set = await reader.ReadFolderAsync(folder, progress, cancellationToken);
            sources.AddRange(set.Sources);
            errors.AddRange(set.Errors);
        }

        foreach (var file in plan.Files)
        {
            var set = await reader.ReadFilesAsync([file], cancellationToken);
            sources.AddRange(set.Sources);
            errors.AddRange(set.Errors);
            progress?.Report(file);
        }

        foreach (var corpus in plan.Corpora)
        {
            var set = await reader.ReadJsonLinesAsync(corpus, cancellationToken);
            sources.AddRange(set.Sources);
            errors.AddRange(set.Errors);
            progress?.Report(corpus);
        }

        return (sources, errors);
    }

    /// <summary>Merges the errors of reading with those of reconciling, in the order the engine gives them.</summary>
    public static ReconciliationResult WithReadErrors(ReconciliationResult result, IEnumerable<SourceError> readErrors)
        => result with
        {
            SourceErrors = [.. readErrors.Concat(result.SourceErrors).OrderBy(e => e.SourceId, StringComparer.Ordinal).ThenBy(e => e.Message, StringComparer.Ordinal)],
        };

    /// <summary>Counts the article files a plan will read, for deciding whether to show progress.</summary>
    public static int CountFiles(Plan plan)
        => plan.Files.Count + plan.Corpora.Count + plan.Folders.Sum(f => Directory.EnumerateFiles(f).Count(SourceReader.IsArticleFile));

    private static List<string> Expand(string given, List<string> problems)
    {
        if (given.IndexOfAny(['*', '?']) < 0)
        {
            return [Path.GetFullPath(given)];
        }

        var full = Path.GetFullPath(given);
        var folder = Path.GetDirectoryName(full);
        var pattern = Path.GetFileName(full);
        if (folder is null || folder.IndexOfAny(['*', '?']) >= 0 || !Directory.Exists(folder))
        {
            problems.Add($"the pattern '{given}' names no folder; wildcards (* and ?) may stand in a file name only, such as articles/*.txt.");
            return [];
        }

        var matches = Directory.EnumerateFiles(folder, pattern).Order(StringComparer.Ordinal).ToList();
        if (matches.Count == 0)
        {
            problems.Add($"the pattern '{given}' matches no file; check the folder and the extension.");
        }

        return matches;
    }

    /// <summary>
    /// Whether a JSON Lines file is a corpus of articles: its first non-blank line is an object with <c>text</c>
    /// and without <c>subject</c> or <c>property</c>. Anything else is read as structured claims. The line is read
    /// within a size limit and decoded strictly (see <see cref="SourceReader.IsArticleCorpus"/>).
    /// </summary>
    private static bool IsArticleCorpus(string path) => SourceReader.IsArticleCorpus(path);
}
