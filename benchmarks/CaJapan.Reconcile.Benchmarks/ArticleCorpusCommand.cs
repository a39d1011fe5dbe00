using System.Globalization;
using CaJapan.Reconcile.Corpus;

namespace CaJapan.Reconcile.Benchmarks;

/// <summary>
/// <c>corpus articles --count N --seed S --out PATH [--jsonl]</c>: writes a generated corpus of news articles
/// (<see cref="ArticleCorpus"/>) to a folder with a <c>sources.json</c> manifest, or to a JSON Lines file.
/// </summary>
internal static class ArticleCorpusCommand
{
    public static int Run(string[] options)
    {
        int count = 1000, seed = 1;
        string? output = null;
        var jsonl = false;
        for (var i = 0; i < options.Length; i++)
        {
            switch (options[i])
            {
                case "--count" when i + 1 < options.Length && int.TryParse(options[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n):
                    count = n;
                    i++;
                    break;
                case "--seed" when i + 1 < options.Length && int.TryParse(options[i + 1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s):
                    seed = s;
                    i++;
                    break;
                case "--out" when i + 1 < options.Length:
                    output = options[++i];
                    break;
                case "--jsonl":
                    jsonl = true;
                    break;
                default:
                    Console.Error.WriteLine($"error: unknown or incomplete option '{options[i]}'.");
                    Console.Error.WriteLine("usage: corpus articles --count N --seed S --out PATH [--jsonl]");
                    return 2;
            }
        }

        if (output is null)
        {
            Console.Error.WriteLine("error: give --out PATH (a folder, or a .jsonl file with --jsonl).");
            return 2;
        }

        var articles = ArticleCorpus.Generate(count, seed);
        if (jsonl)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(output));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            ArticleCorpus.WriteJsonLines(articles, output);
        }
        else
        {
            ArticleCorpus.WriteFolder(articles, output);
        }

        Console.WriteLine($"{articles.Count} articles, {articles.Sum(a => a.Text.Length)} characters, written to {output}");
        return 0;
    }
}
