using CaJapan.Reconcile.Text;

namespace CaJapan.Reconcile.Tests.Extraction;

/// <summary>The word distances counted once per text give the same answers as scanning the text between two spans.</summary>
public sealed class WordIndexTests
{
    [Theory]
    [InlineData("The first Central Asia plus Japan summit, held in Astana (Kazakhstan) on August 9; Japan's aid: $50 million.")]
    [InlineData("don't 'quoted' words’ end'' ''start — dash – en, a,b;c:d (e) f'g ' h")]
    [InlineData("''''abc'' def''")]
    [InlineData("")]
    public void EveryPairOfSpansHasTheScannedDistance(string text)
    {
        var index = new WordIndex(text);
        for (var a = 0; a <= text.Length; a++)
        {
            for (var b = a; b <= text.Length; b++)
            {
                index.Words(a, b).Should().Be(WordDistance.Words(text, a, b), $"words from {a} to {b}");
                foreach (var (x, y) in new[] { (new TextSpan(a, a), new TextSpan(b, b)), (new TextSpan(0, a), new TextSpan(b, text.Length)), (new TextSpan(b, text.Length), new TextSpan(0, a)) })
                {
                    index.Between(x, y).Should().Be(WordDistance.Between(text, x, y));
                    index.CrossesClause(x, y).Should().Be(WordDistance.CrossesClause(text, x, y));
                }
            }
        }
    }

    [Fact]
    public void RandomTextsHaveTheScannedDistances()
    {
        var random = new Random(7);
        const string Alphabet = "ab1 '’,;:()–—.$";
        for (var n = 0; n < 200; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(1, 40)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            var index = new WordIndex(text);
            for (var q = 0; q < 50; q++)
            {
                var (s1, s2) = (random.Next(text.Length + 1), random.Next(text.Length + 1));
                var (e1, e2) = (random.Next(s1, text.Length + 1), random.Next(s2, text.Length + 1));
                var (x, y) = (new TextSpan(s1, e1), new TextSpan(s2, e2));
                index.Between(x, y).Should().Be(WordDistance.Between(text, x, y), $"'{text}' {x} {y}");
                index.CrossesClause(x, y).Should().Be(WordDistance.CrossesClause(text, x, y), $"'{text}' {x} {y}");
                var (from, to) = (Math.Min(s1, s2), Math.Max(s1, s2));
                index.Words(from, to).Should().Be(WordDistance.Words(text, from, to), $"'{text}' {from} {to}");
            }
        }
    }

    [Theory]
    [InlineData("The first Central Asia plus Japan summit, held in Astana on August 9; Japan's aid: $50 million.", 0)]
    [InlineData("The first Central Asia plus Japan summit, held in Astana on August 9; Japan's aid: $50 million.", 3)]
    [InlineData("a''b ''c d'' $$$ e,f   g", 1)]
    public void NoSpanOutsideTheWindowIsWithinItsWords(string text, int words)
    {
        var index = new WordIndex(text);
        for (var offset = 0; offset <= text.Length; offset++)
        {
            var from = index.StartOfWordsBefore(offset, words);
            var to = index.EndOfWordsAfter(offset, words);
            from.Should().BeInRange(0, offset);
            to.Should().BeInRange(offset, text.Length);
            for (var e = 0; e < from; e++)
            {
                WordDistance.Words(text, e, offset).Should().BeGreaterThan(words, $"a span ending at {e} is before the window of {offset}");
            }

            for (var b = to + 1; b <= text.Length; b++)
            {
                WordDistance.Words(text, offset, b).Should().BeGreaterThan(words, $"a span starting at {b} is after the window of {offset}");
            }
        }
    }
}
