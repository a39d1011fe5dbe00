using System.Text.RegularExpressions;
using CaJapan.Reconcile;
using Microsoft.Extensions.DependencyInjection;

namespace CaJapan.Reconcile.PackageTests;

/// <summary>
/// The README's C# snippets, compiled against the package and run, so they cannot rot. The code between the
/// "README snippet" marker comments must stay identical to the README's blocks, in order; a test checks that.
/// </summary>
public sealed partial class ReadmeSnippetSpecs
{
    [Fact]
    public async Task ThePlainCodeSnippetReconcilesTheSeeds()
    {
        // README snippet: plain code
        var engine = ReconcileEngine.Create();
        var result = await engine.ReconcileFolderAsync("seeds");
        foreach (var conflict in result.Conflicts)
        {
            Console.WriteLine(conflict); // C1 ValueConflict ca-japan-summit.date (0.70): Sources disagree on ...
        }
        // README snippet end

        result.Conflicts.Should().NotBeEmpty();
    }

    [Fact]
    public async Task TheDependencyInjectionSnippetReconcilesTheSeeds()
    {
        var cancellationToken = CancellationToken.None;

        // README snippet: dependency injection
        var services = new ServiceCollection()
            .AddReconcile(options => options.OutletTrust["The Times of Central Asia"] = 0.8);
        using var provider = services.BuildServiceProvider();
        var reconciler = provider.GetRequiredService<IReconciler>();
        var result = await reconciler.ReconcileFolderAsync("seeds", cancellationToken);
        // README snippet end

        result.Conflicts.Should().NotBeEmpty();
    }

    [Fact]
    public void TheCompiledSnippetsMatchTheReadme()
    {
        // Both are copied to the output folder (see the project file).
        var thisFile = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "snippets", "ReadmeSnippetSpecs.cs"));
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "snippets", "README.md"));

        var readmeBlocks = CSharpBlock().Matches(readme).Select(m => m.Groups[1].Value.ReplaceLineEndings("\n").Split('\n')).ToList();
        var compiledBlocks = MarkedBlocks(thisFile).ToList();

        readmeBlocks.Should().HaveCount(compiledBlocks.Count, "every C# block in README.md has a compiled copy here");
        for (var i = 0; i < readmeBlocks.Count; i++)
        {
            var directives = readmeBlocks[i].Where(l => UsingDirective().IsMatch(l)).ToList();
            var body = Dedent(readmeBlocks[i].Where(l => !UsingDirective().IsMatch(l)).SkipWhile(string.IsNullOrWhiteSpace));
            body.Should().Equal(compiledBlocks[i], $"README.md's C# block {i + 1} must match the code compiled here");
            thisFile.Should().Contain(directives, $"README.md's C# block {i + 1} needs only the usings this file has");
        }
    }

    private static IEnumerable<List<string>> MarkedBlocks(string[] lines)
    {
        List<string>? block = null;
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("// README snippet:", StringComparison.Ordinal))
            {
                block = [];
            }
            else if (trimmed == "// README snippet end" && block is not null)
            {
                yield return Dedent(block);
                block = null;
            }
            else
            {
                block?.Add(line);
            }
        }
    }

    private static List<string> Dedent(IEnumerable<string> lines)
    {
        var list = lines.Select(l => l.TrimEnd()).ToList();
        while (list.Count > 0 && list[^1].Length == 0)
        {
            list.RemoveAt(list.Count - 1);
        }

        var indent = list.Where(l => l.Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return [.. list.Select(l => l.Length == 0 ? l : l[indent..])];
    }

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"^using [A-Za-z0-9.]+;$")]
    private static partial Regex UsingDirective();
}
