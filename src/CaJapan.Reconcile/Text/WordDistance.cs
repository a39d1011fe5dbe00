namespace CaJapan.Reconcile.Text;

/// <summary>
/// Measures how far apart two spans of one sentence are: the words between them, with each clause boundary
/// crossed (comma, semicolon, colon, dash, bracket) counting as <see cref="ClauseCost"/> words.
/// </summary>
internal static class WordDistance
{
    public const int ClauseCost = 4;

    public static int Between(string text, TextSpan a, TextSpan b)
    {
        var (from, to) = a.End <= b.Start ? (a.End, b.Start) : (b.End, a.Start);
        if (to <= from)
        {
            return 0;
        }

        var words = 0;
        var inWord = false;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (TextFolding.IsWordChar(c))
            {
                if (!inWord)
                {
                    words++;
                }

                inWord = true;
                continue;
            }

            inWord = c is '\'' or '\u2019' && inWord;
            if (IsClauseMark(c))
            {
                words += ClauseCost;
            }
        }

        return words;
    }

    /// <summary>Counts the words in a part of a text, without clause costs.</summary>
    /// <param name="text">The text.</param>
    /// <param name="from">The offset where the part starts.</param>
    /// <param name="to">The offset after its end.</param>
    /// <returns>The number of words.</returns>
    public static int Words(string text, int from, int to)
        => Between(text, new TextSpan(from, from), new TextSpan(to, to)) - (ClauseCost * ClauseMarks(text, from, to));

    /// <summary>Gets whether a clause boundary lies between two spans.</summary>
    /// <param name="text">The text.</param>
    /// <param name="a">One span.</param>
    /// <param name="b">The other span.</param>
    /// <returns><see langword="true"/> when a comma, semicolon, colon, dash or bracket separates them.</returns>
    public static bool CrossesClause(string text, TextSpan a, TextSpan b)
    {
        var (from, to) = a.End <= b.Start ? (a.End, b.Start) : (b.End, a.Start);
        return ClauseMarks(text, from, to) > 0;
    }

    private static int ClauseMarks(string text, int from, int to)
    {
        var marks = 0;
        for (var i = from; i < to; i++)
        {
            marks += IsClauseMark(text[i]) ? 1 : 0;
        }

        return marks;
    }

    internal static bool IsClauseMark(char c) => c is ',' or ';' or ':' or '(' or ')' or '\u2013' or '\u2014';
}
