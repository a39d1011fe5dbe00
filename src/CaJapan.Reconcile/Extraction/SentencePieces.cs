using CaJapan.Reconcile.Recognition;
using CaJapan.Reconcile.Text;

namespace CaJapan.Reconcile.Extraction;

/// <summary>
/// Cuts a sentence longer than <see cref="MaxLength"/> characters into pieces the extractor reads as sentences of
/// their own, so that its work per sentence, which compares values with the anchors of the same sentence, is bounded
/// and extraction stays linear in the length of the text whatever the lengths of its sentences. Real news sentences are
/// a few hundred characters (the longest of the seeds and test corpora, 622) and are never cut; a run-on line of a
/// megabyte with no sentence break is.
/// </summary>
/// <remarks>
/// Each cut falls at the best break in the last half of a window of <see cref="MaxLength"/> characters: after a
/// semicolon, else after a comma, colon or dash, else at a space, each followed by white space; never inside a
/// recognized date or amount of money (or between an amount and its conversion in parentheses). Only a window with no
/// such break in its last half is cut at its last space before that, and only a window with no white space outside a
/// mention at all is cut within a word, at its end. A claim from a piece has the piece as its sentence: its anchors,
/// and the negation, hedge and reporting phrases that qualify it, come from that piece alone, and its evidence lies
/// within it. A value and its event on either side of a cut give no claim. A piece is at most <see cref="MaxLength"/>
/// characters, unless one mention longer than that (a date written across a run of white space) had to be kept whole.
/// Linear in the length of the text: each cut reads at most one window, and each piece but those before a cut forced
/// into a window's first half advances by at least half a window.
/// </remarks>
internal static class SentencePieces
{
    /// <summary>The longest piece, in characters: several times a long news sentence, and small enough that comparing every value of a piece with every anchor costs little.</summary>
    public const int MaxLength = 2_000;

    /// <summary>
    /// Gets the sentences the extractor reads: the document's, with those longer than <see cref="MaxLength"/> cut into
    /// pieces between the dates and amounts recognized in the text. A document with no such sentence gets its own list.
    /// </summary>
    /// <param name="doc">The document.</param>
    /// <param name="dates">The dates recognized in its text, in order, without overlaps.</param>
    /// <param name="money">The amounts recognized in its text, in order, without overlaps.</param>
    /// <returns>The sentences and pieces, in order.</returns>
    public static IReadOnlyList<TextSpan> For(DocumentText doc, IReadOnlyList<DateMention> dates, IReadOnlyList<MoneyMention> money)
    {
        if (!doc.Sentences.Any(s => s.Length > MaxLength))
        {
            return doc.Sentences;
        }

        var dateSpans = new List<TextSpan>(dates.Count);
        foreach (var d in dates)
        {
            dateSpans.Add(new TextSpan(d.Start, d.End));
        }

        // An amount with its conversion in parentheses ("$50 million (about 7.5 billion yen)") is kept whole.
        var moneySpans = new List<TextSpan>(money.Count);
        foreach (var m in money)
        {
            moneySpans.Add(new TextSpan(m.Start, m.Conversion?.End ?? m.End));
        }

        return Cut(doc.Text, doc.Sentences, Join(dateSpans, moneySpans));
    }

    /// <summary>Cuts the sentences longer than <paramref name="maxLength"/> into pieces; shorter ones are kept as they are.</summary>
    /// <param name="text">The text.</param>
    /// <param name="sentences">Its sentences, in order.</param>
    /// <param name="keepWhole">The spans no cut may fall inside (dates, amounts), in order of start, without overlaps.</param>
    /// <param name="maxLength">The longest piece.</param>
    /// <returns>The sentences and pieces in order, each trimmed of white space.</returns>
    public static List<TextSpan> Cut(string text, IReadOnlyList<TextSpan> sentences, IReadOnlyList<TextSpan> keepWhole, int maxLength = MaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var pieces = new List<TextSpan>(sentences.Count);
        foreach (var sentence in sentences)
        {
            var start = sentence.Start;
            while (sentence.End - start > maxLength)
            {
                var cut = BestCut(text, start, start + maxLength, sentence.End, keepWhole);
                Add(pieces, text, start, cut);
                start = cut;
                while (start < sentence.End && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }
            }

            Add(pieces, text, start, sentence.End);
        }

        return pieces;
    }

    /// <summary>
    /// Joins two lists of spans, each in order of start and without overlaps, into one such list: spans of the two that
    /// overlap become their union.
    /// </summary>
    /// <param name="a">The first list.</param>
    /// <param name="b">The second list.</param>
    /// <returns>The joined list.</returns>
    public static List<TextSpan> Join(IReadOnlyList<TextSpan> a, IReadOnlyList<TextSpan> b)
    {
        var joined = new List<TextSpan>(a.Count + b.Count);
        var (i, j) = (0, 0);
        while (i < a.Count || j < b.Count)
        {
            var next = j >= b.Count || (i < a.Count && a[i].Start <= b[j].Start) ? a[i++] : b[j++];
            if (joined.Count > 0 && joined[^1].End > next.Start)
            {
                joined[^1] = TextSpan.Union(joined[^1], next);
            }
            else
            {
                joined.Add(next);
            }
        }

        return joined;
    }

    /// <summary>
    /// Finds where to end a piece that starts at <paramref name="start"/> and may reach <paramref name="limit"/>, which
    /// is before the sentence's <paramref name="end"/>: the offset after the piece's last character.
    /// </summary>
    private static int BestCut(string text, int start, int limit, int end, IReadOnlyList<TextSpan> keepWhole)
    {
        // From the end of the window back to its middle, the last legal cut of each rank; a semicolon ends the search.
        var half = start + ((limit - start) / 2);
        var (clause, space) = (0, 0);
        for (var cut = limit; cut > half; cut--)
        {
            var rank = Rank(text, cut);
            if (rank == 0 || (rank == 2 && clause > 0) || (rank == 1 && (space > 0 || clause > 0)) || Inside(keepWhole, cut))
            {
                continue;
            }

            if (rank == 3)
            {
                return cut;
            }

            (clause, space) = rank == 2 ? (cut, space) : (clause, cut);
        }

        if (clause > 0 || space > 0)
        {
            return clause > 0 ? clause : space;
        }

        // No break in the last half: the last one before it, whatever its rank.
        for (var cut = half; cut > start; cut--)
        {
            if (Rank(text, cut) > 0 && !Inside(keepWhole, cut))
            {
                return cut;
            }
        }

        // No white space outside a mention in the whole window: cut within a word, but not inside a mention or a
        // surrogate pair. A mention longer than the window is kept whole.
        if (Containing(keepWhole, limit) is { } mention)
        {
            return mention.Start > start ? mention.Start : Math.Min(mention.End, end);
        }

        return char.IsLowSurrogate(text[limit]) && limit - 1 > start ? limit - 1 : limit;
    }

    /// <summary>
    /// How good a break it is to end a piece at an offset: 3 after a semicolon, 2 after a comma, colon or dash, 1 after
    /// any other character, each only before white space and after a character that is not; 0 when no break.
    /// </summary>
    private static int Rank(string text, int cut)
    {
        if (!char.IsWhiteSpace(text[cut]) || char.IsWhiteSpace(text[cut - 1]))
        {
            return 0;
        }

        return text[cut - 1] switch
        {
            ';' => 3,
            ',' or ':' or '\u2014' or '\u2013' => 2,
            '-' when cut >= 2 && char.IsWhiteSpace(text[cut - 2]) => 2,
            _ => 1,
        };
    }

    /// <summary>Gets whether an offset falls strictly inside one of the spans.</summary>
    private static bool Inside(IReadOnlyList<TextSpan> spans, int offset) => Containing(spans, offset) is not null;

    /// <summary>Gets the span that an offset falls strictly inside, by binary search for the last span that starts before it.</summary>
    private static TextSpan? Containing(IReadOnlyList<TextSpan> spans, int offset)
    {
        var (lo, hi) = (0, spans.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (spans[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo > 0 && spans[lo - 1].End > offset ? spans[lo - 1] : null;
    }

    private static void Add(List<TextSpan> pieces, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            pieces.Add(new TextSpan(start, end));
        }
    }
}
