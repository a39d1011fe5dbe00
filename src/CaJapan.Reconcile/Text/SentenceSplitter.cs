namespace CaJapan.Reconcile.Text;

/// <summary>
/// Splits text into sentences: at line breaks, and after '.', '!' or '?' followed by space and a capital, a digit
/// or a quotation mark, unless the word before the stop is a known abbreviation or an initial.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "vs", "etc", "inc", "ltd", "co", "corp", "approx", "est", "u.s", "u.k", "u.n", "e.g", "i.e",
    };

    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var sentences = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Add(sentences, text, start, i);
                start = i + 1;
            }
            else if (c is '.' or '!' or '?' && EndsSentence(text, i))
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '"' or '\'' or ')' or '\u201D' or '\u2019')
                {
                    end++;
                }

                Add(sentences, text, start, end);
                start = end;
                i = end - 1;
            }
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool EndsSentence(string text, int stop)
    {
        var next = stop + 1;
        while (next < text.Length && text[next] is '"' or '\'' or ')' or '\u201D' or '\u2019')
        {
            next++;
        }

        if (next < text.Length && !char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        while (next < text.Length && text[next] is ' ' or '\t' or '\u00A0')
        {
            next++;
        }

        if (next < text.Length && !(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '\u201C' or '\u2018' or '\'' or '\n' or '\r'))
        {
            return false;
        }

        if (text[stop] != '.')
        {
            return true;
        }

        var wordStart = stop;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, stop - wordStart);
        var isInitial = word.Length == 1 && char.IsUpper(word[0]);
        return !isInitial && !Abbreviations.Contains(word.ToString());
    }

    private static void Add(List<TextSpan> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(start, end));
        }
    }
}
