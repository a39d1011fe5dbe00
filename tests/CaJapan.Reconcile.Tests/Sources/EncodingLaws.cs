using System.Text;
using CaJapan.Reconcile.Sources;
using CsCheck;

namespace CaJapan.Reconcile.Tests.SourceFiles;

/// <summary>Random invisible, bidi, NUL, byte-order-mark and look-alike characters anywhere in an article.</summary>
public sealed class EncodingLaws
{
    private static readonly ReconcileEngine Engine = ReconcileEngine.Create();

    private static readonly Gen<char> Hostile = Gen.OneOf(
        Gen.OneOf('\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'), // zero-width
        Gen.OneOf('\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F'), // bidi
        Gen.OneOf('\0', '\uFFFD', '\r', '\u2028', '\uD800', '\uDC00'), // NUL, replacement, line breaks, lone surrogates (in memory only)
        Gen.OneOf('\u0410', '\u0430', '\u0391', '\u039F', '\u03BF', '\u0455', '\u0435', '\u0456')); // Cyrillic and Greek look-alikes

    private static readonly Gen<string> Mangled =
        Gen.Select(Hostile, Gen.Int[0, EncodingTests.Article.Length]).Array[1, 12].Select(inserts =>
        {
            var text = new StringBuilder(EncodingTests.Article);
            foreach (var (c, at) in inserts.OrderByDescending(i => i.Item2))
            {
                text.Insert(at, c);
            }

            return text.ToString();
        });

    [Fact]
    public void EveryQuoteInASeedArticleIsTheTextAtItsOffsetsWhateverIsInserted()
    {
        var seeds = Directory.GetFiles(Specifications.SeedCorpus.Folder, "*.txt").Select(File.ReadAllText).ToArray();
        Gen.Select(Gen.Int[0, seeds.Length - 1], Gen.Select(Hostile, Gen.Int[0, 100000]).Array[1, 40]).Sample(
            (k, inserts) =>
            {
                var text = new StringBuilder(seeds[k]);
                foreach (var (c, at) in inserts.Select(i => (i.Item1, i.Item2 % (seeds[k].Length + 1))).OrderByDescending(i => i.Item2))
                {
                    text.Insert(at, c);
                }

                var t = text.ToString();
                var result = Engine.ReconcileAsync([new Source("a.txt", t)]).GetAwaiter().GetResult();
                if (t.Contains('\0', StringComparison.Ordinal))
                {
                    result.SourceErrors.Should().ContainSingle().Which.Message.Should().StartWith("The source looks binary");
                    return;
                }

                result.SourceErrors.Should().BeEmpty();
                EncodingTests.QuotesMatchTheirSources(result);
            },
            iter: 500);
    }

    [Fact]
    public void EveryQuoteIsTheSourceTextAtItsOffsetsWhateverIsInserted()
    {
        Mangled.Sample(
            text =>
            {
                var result = Engine.ReconcileAsync([new Source("a.txt", text)]).GetAwaiter().GetResult();

                if (text.Contains('\0', StringComparison.Ordinal))
                {
                    result.SourceErrors.Should().ContainSingle().Which.Message.Should().StartWith("The source looks binary");
                    return;
                }

                result.SourceErrors.Should().BeEmpty("an extractor that throws becomes a source error, which would hide a crash");
                result.Sources.Should().ContainSingle().Which.Text.Should().Be(text);
                EncodingTests.QuotesMatchTheirSources(result);
            },
            iter: 300);
    }

    [Fact]
    public void ReadingTheMangledArticleFromAFileNeverThrowsAndKeepsOffsetsRight()
    {
        var folder = Directory.CreateTempSubdirectory("encoding-laws-").FullName;
        try
        {
            Gen.Select(Mangled.Where(t => !t.Any(char.IsSurrogate)), Gen.OneOf("utf8", "utf8-bom", "utf16le-bom", "utf16be-bom")).Sample(
                (text, variant) =>
                {
                    var path = Path.Combine(Directory.CreateDirectory(Path.Combine(folder, Guid.NewGuid().ToString("N"))).FullName, "a.txt"); // samples run in parallel
                    File.WriteAllBytes(path, EncodingTests.Encode(text, variant));
                    var set = new SourceReader().ReadFilesAsync([path]).GetAwaiter().GetResult();
                    if (text.Contains('\0', StringComparison.Ordinal))
                    {
                        set.Errors.Should().ContainSingle().Which.Should().Match<SourceError>(e => e.SourceId == "a.txt" && e.Message.StartsWith("The source looks binary", StringComparison.Ordinal));
                        return;
                    }

                    set.Errors.Should().BeEmpty();
                    var result = Engine.ReconcileAsync(set.Sources).GetAwaiter().GetResult();
                    result.SourceErrors.Should().BeEmpty();
                    var expected = variant == "utf8" && text.StartsWith('\uFEFF') ? text[1..] : text; // leading EF BB BF in UTF-8 is a byte-order mark
                    set.Sources.Should().ContainSingle().Which.Text.Should().Be(expected);
                    EncodingTests.QuotesMatchTheirSources(result);
                },
                iter: 100);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
