using System.Text;
using System.Text.RegularExpressions;
using CaJapan.Reconcile.Knowledge;
using CaJapan.Reconcile.Recognition;
using CaJapan.Reconcile.Text;
using CsCheck;
using FluentAssertions;

namespace CaJapan.Reconcile.Tests.Recognition;

/// <summary>
/// The fast paths of recognition agree with their plain definitions on random texts: a query over a document scanned
/// once finds what a scan of the queried part finds, phrase by phrase as the first-character matcher did; and the
/// hand-written tokenizer cuts text as the tokenizer's regular expression does.
/// </summary>
public sealed partial class PhraseAndTokenLaws
{
    private const int Iterations = 300;

    private static readonly PackIndex Index = new(DomainPackLoader.LoadEmbedded());

    /// <summary>Pieces of text: the pack's names and trigger words, common words, and punctuation and spaces of every kind.</summary>
    private static readonly string[] Pieces =
    [
        .. Index.Pack.Countries.SelectMany(c => c.Names).Take(12),
        .. Index.Pack.Cities.SelectMany(c => c.Names.Select(n => n.Name)).Take(8),
        .. Index.Pack.People.Select(p => p.Name).Take(6),
        .. Index.Pack.Lexicon.Reporting.Take(6),
        .. Index.Pack.Lexicon.LocationPrepositions,
        .. Index.Pack.Offices.SelectMany(o => o.Titles).Take(6),
        .. Index.Pack.Events.SelectMany(e => e.Heads.Concat(e.Frameworks)).Take(10),
        "the", "The", "a", "summit", "Central", "Asia", "plus", "Japan's", "Prime", "in the", "said", "first", "20th",
        " ", " ", "  ", ", ", ". ", "\n", "\t", "\u00A0", "-", "\u2014", "\u2019s", "\u201C", "\u201D", "'", "(", ")", "Ä", "ß", "日本", "\uD83D\uDE00", "42", "2024",
    ];

    private static readonly Gen<string> Texts = Gen.Int[0, Pieces.Length - 1].Array[0, 60].Select(ix => string.Concat(ix.Select(i => Pieces[i])));

    [Fact]
    public void A_query_over_a_scanned_document_finds_what_scanning_the_part_finds()
        => Gen.Select(Texts, Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.Bool).Sample(
            (text, a, b, overlaps) =>
            {
                var folded = TextFolding.Fold(text);
                var document = Index.Scanner.Scan(folded);
                var (start, end) = (Math.Min(a, b) % (folded.Length + 1), Math.Max(a, b) % (folded.Length + 1));
                (start, end) = (Math.Min(start, end), Math.Max(start, end));
                Check(Index.Places, folded, document, start, end, overlaps);
                Check(Index.Actors, folded, document, start, end, overlaps);
                Check(Index.Titles, folded, document, start, end, overlaps);
                Check(Index.Reporting, folded, document, start, end, overlaps);
                Check(Index.LocationPrepositions, folded, document, start, end, overlaps);
                Check(Index.EventHeads, folded, document, start, end, overlaps);
                Check(Index.Frameworks, folded, document, start, end, overlaps);
            },
            iter: Iterations);

    [Fact]
    public void The_tokenizer_cuts_text_as_its_regular_expression_does()
        => Gen.Select(Texts, Gen.Int[0, 1000], Gen.Int[0, 1000]).Sample(
            (text, a, b) =>
            {
                var (start, end) = (Math.Min(a, b) % (text.Length + 1), Math.Max(a, b) % (text.Length + 1));
                (start, end) = (Math.Min(start, end), Math.Max(start, end));
                var matches = new List<(int Start, int End)>();
                foreach (var m in TokenRegex().EnumerateMatches(text.AsSpan(start, end - start)))
                {
                    matches.Add((start + m.Index, start + m.Index + m.Length));
                }

                var expected = matches
                    .Select(t => (t.Start, t.End, Kind: char.IsAsciiDigit(text[t.Start]) ? RecognitionPatterns.TokenKind.Number
                        : char.IsLetter(text[t.Start]) ? RecognitionPatterns.TokenKind.Word : RecognitionPatterns.TokenKind.Symbol,
                        Text: t.End - t.Start <= 32 ? text[t.Start..t.End] : string.Empty))
                    .ToList();
                RecognitionPatterns.Tokenize(text, start, end - start).Select(t => (t.Start, t.End, t.Kind, t.Text)).Should().Equal(expected);
            },
            iter: Iterations);

    [Fact]
    public void A_long_word_keeps_no_text_and_has_no_class()
    {
        var word = new string('x', 40);
        var token = RecognitionPatterns.Tokenize($"the {word} may", 0, word.Length + 8)[1];
        token.Text.Should().BeEmpty();
        token.Class.Should().Be(WordClass.None);
    }

    private static void Check<T>(PhraseMatcher<T> matcher, string folded, PhraseOccurrences document, int start, int end, bool overlaps)
    {
        var expected = Reference(matcher, folded, start, end, overlaps);
        var because = $"the matches in [{start}, {end}) of \"{folded}\" with overlaps {(overlaps ? "allowed" : "not allowed")}";
        matcher.FindAll(document, start, end, overlaps).Should().Equal(expected, because);
        matcher.FindAll(folded, start, end, overlaps).Should().Equal(expected, because);
        var enumerated = new List<PhraseMatch<T>>();
        foreach (var match in matcher.Matches(document, start, end, overlaps))
        {
            enumerated.Add(match);
        }

        enumerated.Should().Equal(expected, because);
        matcher.Any(document, start, end).Should().Be(expected.Count > 0, because);
    }

    /// <summary>The matcher as it was first written: phrases by first character, longest first, compared at every position.</summary>
    private static List<PhraseMatch<T>> Reference<T>(PhraseMatcher<T> matcher, string folded, int start, int end, bool allowOverlaps)
    {
        var payloads = matcher.Phrases.ToDictionary(p => p, p => matcher.FindAll(p).Where(m => m.Span == new TextSpan(0, p.Length)).Select(m => m.Payload).ToArray(), StringComparer.Ordinal);
        var byFirstChar = matcher.Phrases.GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Length).ToArray());
        var found = new List<PhraseMatch<T>>();
        var blockedUntil = start;
        for (var i = start; i < end; i++)
        {
            if (!byFirstChar.TryGetValue(folded[i], out var candidates) || (i > 0 && char.IsLetterOrDigit(folded[i - 1]) && char.IsLetterOrDigit(folded[i])))
            {
                continue;
            }

            foreach (var phrase in candidates)
            {
                var stop = i + phrase.Length;
                if (stop > end || string.CompareOrdinal(folded, i, phrase, 0, phrase.Length) != 0
                    || (stop < folded.Length && char.IsLetterOrDigit(folded[stop]) && char.IsLetterOrDigit(phrase[^1])))
                {
                    continue;
                }

                if (!allowOverlaps && i < blockedUntil)
                {
                    break;
                }

                found.AddRange(payloads[phrase].Select(p => new PhraseMatch<T>(new TextSpan(i, stop), p)));
                blockedUntil = Math.Max(blockedUntil, stop);
                if (!allowOverlaps)
                {
                    break;
                }
            }
        }

        return found;
    }

    [GeneratedRegex(@"\p{L}+|[0-9]+|[^\s\p{L}0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex TokenRegex();
}
