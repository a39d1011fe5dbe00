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
            if (c is ',' or ';' or ':' or '(' or ')' or '\u2013' or '\u2014')
            {
                words += ClauseCost;
            }
        }

        return words;
    }
}
