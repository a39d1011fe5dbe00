namespace CaJapan.Reconcile.Text;

/// <summary>
/// <see cref="WordDistance"/> of one text in constant time per query: the number of word starts and of clause marks
/// before each offset, counted once. Comparing every value of a sentence with every anchor of it by scanning the text
/// between them cost the cube of a long sentence's length (a megabyte with no sentence break took hours); with the
/// counts it costs their product. Every answer equals <see cref="WordDistance"/>'s for the same text.
/// </summary>
internal sealed class WordIndex
{
    private readonly string text;

    /// <summary>starts[i]: words that start before offset i, in one scan of the whole text.</summary>
    private readonly int[] starts;

    /// <summary>marks[i]: clause marks before offset i.</summary>
    private readonly int[] marks;

    /// <summary>inWord[i]: whether the whole-text scan is inside a word after reading the character at i.</summary>
    private readonly System.Collections.BitArray inWord;

    public WordIndex(string text)
    {
        this.text = text;
        starts = new int[text.Length + 1];
        marks = new int[text.Length + 1];
        inWord = new System.Collections.BitArray(text.Length);
        var state = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var start = 0;
            if (TextFolding.IsWordChar(c))
            {
                start = state ? 0 : 1;
                state = true;
            }
            else
            {
                state = c is '\'' or '\u2019' && state;
            }

            inWord[i] = state;
            starts[i + 1] = starts[i] + start;
            marks[i + 1] = marks[i] + (WordDistance.IsClauseMark(c) ? 1 : 0);
        }
    }

    /// <inheritdoc cref="WordDistance.Between"/>
    public int Between(TextSpan a, TextSpan b)
    {
        var (from, to) = a.End <= b.Start ? (a.End, b.Start) : (b.End, a.Start);
        return to <= from ? 0 : Words(from, to) + (WordDistance.ClauseCost * (marks[to] - marks[from]));
    }

    /// <inheritdoc cref="WordDistance.Words"/>
    public int Words(int from, int to)
    {
        if (to <= from)
        {
            return 0;
        }

        // A scan that starts at 'from' is outside a word there; the whole-text scan may be inside one (the part
        // starts within a word, or after a word and apostrophes). They agree from the first character that is not an
        // apostrophe: a word character there starts a word for the part even when it continues one for the text.
        var words = starts[to] - starts[from];
        var j = from;
        while (j < to && text[j] is '\'' or '\u2019')
        {
            j++;
        }

        if (j < to && j > 0 && inWord[j - 1] && TextFolding.IsWordChar(text[j]))
        {
            words++;
        }

        return words;
    }

    /// <inheritdoc cref="WordDistance.CrossesClause"/>
    public bool CrossesClause(TextSpan a, TextSpan b)
    {
        var (from, to) = a.End <= b.Start ? (a.End, b.Start) : (b.End, a.Start);
        return to > from && marks[to] - marks[from] > 0;
    }

    /// <summary>Gets the first offset from which at most <paramref name="words"/> words start before <paramref name="offset"/>: no span ending earlier is within that many words of it.</summary>
    /// <param name="offset">The offset.</param>
    /// <param name="words">The number of words.</param>
    /// <returns>The offset.</returns>
    public int StartOfWordsBefore(int offset, int words)
    {
        var least = starts[offset] - words;
        var (lo, hi) = (0, offset);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (starts[mid] < least)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Gets the last offset before which at most <paramref name="words"/> words start after <paramref name="offset"/>: no span starting later is within that many words of it.</summary>
    /// <param name="offset">The offset.</param>
    /// <param name="words">The number of words.</param>
    /// <returns>The offset.</returns>
    public int EndOfWordsAfter(int offset, int words)
    {
        var most = starts[offset] + words;
        var (lo, hi) = (offset, starts.Length - 1);
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (starts[mid] > most)
            {
                hi = mid - 1;
            }
            else
            {
                lo = mid;
            }
        }

        return lo;
    }
}
