using System.Text;
using CaJapan.Reconcile.Extraction;
using CaJapan.Reconcile.Knowledge;
using CaJapan.Reconcile.Recognition;
using CaJapan.Reconcile.Sources;
using CaJapan.Reconcile.Tests.Specifications;
using CaJapan.Reconcile.Text;

namespace CaJapan.Reconcile.Tests.Extraction;

/// <summary>
/// A sentence longer than <see cref="SentencePieces.MaxLength"/> is read in pieces that keep dates and amounts whole,
/// so that an article run together into one line with no sentence break still gives its claims, quoted exactly.
/// </summary>
public sealed class SentencePiecesTests
{
    private static readonly PackIndex Index = new(DomainPackLoader.LoadEmbedded());

    public static TheoryData<string> Separators => [", ", " "];

    [Theory]
    [MemberData(nameof(Separators))]
    public async Task TheSeedsRunTogetherIntoOneLineStillGiveClaimsFarApartQuotedExactly(string separator)
    {
        var seeds = await SeedCorpus.ReadAsync();
        var line = RunOn(seeds.Select(s => s.Text), separator);
        var source = new Source("run-on.txt", line) { Published = new NodaTime.LocalDate(2024, 8, 6) };
        line.Length.Should().BeGreaterThan(10 * SentencePieces.MaxLength, "the line must be cut many times");
        SentenceSplitter.Split(line).Should().ContainSingle("the seeds are joined into one sentence");

        var claims = new PackClaimExtractor(Index).Extract(source);

        claims.Should().NotBeEmpty();
        foreach (var claim in claims)
        {
            claim.Evidence!.Quote.Should().Be(line[claim.Evidence.Start..claim.Evidence.End], claim.ToString());
        }

        // Values from the start of the line and from its end, many pieces apart, both give claims.
        var starts = claims.Select(c => c.Evidence!.Start).ToList();
        starts.Min().Should().BeLessThan(line.Length / 4);
        starts.Max().Should().BeGreaterThan(line.Length * 3 / 4);
    }

    [Theory]
    [MemberData(nameof(Separators))]
    public async Task NoPieceOfTheRunOnSeedsExceedsTheBoundOrCutsADateOrAnAmount(string separator)
    {
        var line = RunOn((await SeedCorpus.ReadAsync()).Select(s => s.Text), separator);
        var reference = new NodaTime.LocalDate(2024, 8, 6);
        var dates = Index.Dates.Recognize(line, reference);
        var money = Index.Money.Recognize(line);

        var pieces = SentencePieces.For(new DocumentText(line, Index), dates, money);

        pieces.Should().HaveCountGreaterThan(10);
        pieces.Should().OnlyContain(p => p.Length <= SentencePieces.MaxLength);
        AssertCovers(line, [new TextSpan(0, line.Length)], pieces);
        foreach (var mention in dates.Select(d => new TextSpan(d.Start, d.End)).Concat(money.Select(m => new TextSpan(m.Start, m.Conversion?.End ?? m.End))))
        {
            pieces.Should().Contain(p => p.Contains(mention), $"'{line[mention.Start..mention.End]}' at {mention.Start} is whole in a piece");
        }
    }

    [Fact]
    public async Task ArticlesWithRealSentencesAreReadWhole()
    {
        foreach (var seed in await SeedCorpus.ReadAsync())
        {
            var doc = new DocumentText(seed.Text, Index);
            SentencePieces.For(doc, Index.Dates.Recognize(seed.Text, null), Index.Money.Recognize(seed.Text)).Should().BeSameAs(doc.Sentences, seed.Id);
        }
    }

    [Fact]
    public void ASemicolonIsPreferredToACommaAndACommaToASpace()
    {
        var text = new string('a', 50) + "; " + new string('b', 20) + ", " + new string('c', 20) + " " + new string('d', 40);

        Pieces(text, 100).Should().Equal(new TextSpan(0, 51), new TextSpan(52, text.Length));
        Pieces(text.Replace(';', 'x'), 100)[0].End.Should().Be(73, "after the comma");
        Pieces(text.Replace(';', 'x').Replace(',', 'x'), 100)[0].End.Should().Be(94, "at the last space");
    }

    [Fact]
    public void ABreakInsideADateOrAmountIsPassedOver()
    {
        var text = new string('a', 60) + ", " + new string('b', 20) + ", August 9, 2024 and " + new string('c', 40);
        var comma = text.IndexOf(", 2024", StringComparison.Ordinal);
        var date = new TextSpan(text.IndexOf("August", StringComparison.Ordinal), comma + ", 2024".Length);

        var first = Pieces(text, 100, date)[0];

        first.End.Should().Be(text.IndexOf(", August", StringComparison.Ordinal) + 1, "the comma inside the date is not a break");
    }

    [Fact]
    public void AWindowWithoutBreakInItsLastHalfIsCutAtItsLastSpaceBefore()
    {
        var text = "aa bb " + new string('x', 200);

        Pieces(text, 100).Should().Equal(new TextSpan(0, 5), new TextSpan(6, 106), new TextSpan(106, 206));
    }

    [Fact]
    public void TextWithoutWhiteSpaceIsCutHardButNeverInsideASurrogatePairOrAMention()
    {
        var text = new string('1', 99) + "\U0001F600" + new string('2', 200);
        var pieces = Pieces(text, 100);
        pieces[0].Should().Be(new TextSpan(0, 99));
        AssertCovers(text, [new TextSpan(0, text.Length)], pieces);

        var mention = new TextSpan(90, 120);
        Pieces(text, 100, mention)[0].Should().Be(new TextSpan(0, 90));
        var longMention = new TextSpan(0, 150);
        Pieces(text, 100, longMention)[0].Should().Be(longMention, "a mention longer than the bound is kept whole");
    }

    [Fact]
    public void RandomTextsArePiecedWithinTheBoundWithoutCuttingAMention()
    {
        var random = new Random(11);
        const string Alphabet = "ab  ;,:—-xyz\u00A0";
        for (var n = 0; n < 300; n++)
        {
            var length = random.Next(1, 1200);
            var text = new string([.. Enumerable.Range(0, length).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            var mentions = new List<TextSpan>();
            for (var at = random.Next(20); at < length - 1; at += random.Next(2, 60))
            {
                // A mention starts and ends with a token, as recognized dates and amounts do.
                var end = Math.Min(length, at + random.Next(1, 25));
                var (first, last) = (at, end);
                while (first < last && char.IsWhiteSpace(text[first]))
                {
                    first++;
                }

                while (last > first && char.IsWhiteSpace(text[last - 1]))
                {
                    last--;
                }

                if (last > first)
                {
                    mentions.Add(new TextSpan(first, last));
                }

                at = end;
            }

            var max = random.Next(30, 300);
            var sentences = SentenceSplitter.Split(text);
            var pieces = SentencePieces.Cut(text, sentences, mentions, max);

            pieces.Should().OnlyContain(p => p.Length <= max, $"'{text}' at most {max}");
            AssertCovers(text, sentences, pieces);
            foreach (var mention in mentions.Where(m => sentences.Any(s => s.Contains(m))))
            {
                pieces.Should().NotContain(p => p.Overlaps(mention) && !p.Contains(mention), $"'{text}': {mention} is whole");
            }
        }
    }

    /// <summary>Joins the sentences of articles into one line, each sentence's final stop (and closing quotes) replaced by the separator.</summary>
    private static string RunOn(IEnumerable<string> articles, string separator)
    {
        var line = new StringBuilder();
        foreach (var article in articles)
        {
            foreach (var sentence in SentenceSplitter.Split(article))
            {
                var words = string.Join(' ', article[sentence.Start..sentence.End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                line.Append(line.Length == 0 ? string.Empty : separator).Append(words.TrimEnd('.', '!', '?', '"', '\'', ')', '\u201D', '\u2019'));
            }
        }

        return line.ToString();
    }

    private static List<TextSpan> Pieces(string text, int max, params TextSpan[] keepWhole)
        => SentencePieces.Cut(text, [new TextSpan(0, text.Length)], keepWhole, max);

    /// <summary>The pieces are in order, each inside a sentence, trimmed, and only white space of the sentences lies outside them.</summary>
    private static void AssertCovers(string text, IReadOnlyList<TextSpan> sentences, IReadOnlyList<TextSpan> pieces)
    {
        var covered = new bool[text.Length];
        var previous = -1;
        foreach (var piece in pieces)
        {
            piece.Start.Should().BeGreaterThanOrEqualTo(previous);
            piece.Length.Should().BePositive();
            sentences.Should().Contain(s => s.Contains(piece));
            char.IsWhiteSpace(text[piece.Start]).Should().BeFalse();
            char.IsWhiteSpace(text[piece.End - 1]).Should().BeFalse();
            for (var i = piece.Start; i < piece.End; i++)
            {
                covered[i] = true;
            }

            previous = piece.End;
        }

        foreach (var sentence in sentences)
        {
            for (var i = sentence.Start; i < sentence.End; i++)
            {
                (covered[i] || char.IsWhiteSpace(text[i])).Should().BeTrue($"'{text}' character {i} is in a piece");
            }
        }
    }
}
