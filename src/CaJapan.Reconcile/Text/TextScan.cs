namespace CaJapan.Reconcile.Text;

/// <summary>Small scans over a text shared by the readers of sentences and headers.</summary>
internal static class TextScan
{
    /// <summary>Skips white space.</summary>
    /// <param name="text">The text.</param>
    /// <param name="at">The offset to start at.</param>
    /// <param name="end">The offset not to pass.</param>
    /// <returns>The offset of the first character that is not white space, or <paramref name="end"/>.</returns>
    public static int SkipSpaces(string text, int at, int end)
    {
        while (at < end && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>Reads an ordinal written in digits that ends right before a position, perhaps with spaces between: "16th", "20th", "2nd".</summary>
    /// <param name="folded">The folded text.</param>
    /// <param name="position">The offset the ordinal must end before.</param>
    /// <returns>The number and the offset where the ordinal starts, or <see langword="null"/> when there is none.</returns>
    public static (int Value, int Start)? NumericOrdinalBefore(string folded, int position)
    {
        var end = position;
        while (end > 0 && folded[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetterOrDigit(folded[start - 1]))
        {
            start--;
        }

        var word = folded.AsSpan(start, end - start);
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        var suffix = word[digits..];
        return digits > 0 && suffix is "st" or "nd" or "rd" or "th" && int.TryParse(word[..digits], out var n) ? (n, start) : null;
    }

    /// <summary>Splits a text into its non-blank lines, each trimmed.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The lines, in order.</returns>
    public static List<TextSpan> Lines(string text)
    {
        var lines = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\r'))
            {
                continue;
            }

            var from = SkipSpaces(text, start, i);
            var to = i;
            while (to > from && char.IsWhiteSpace(text[to - 1]))
            {
                to--;
            }

            if (to > from)
            {
                lines.Add(new TextSpan(from, to));
            }

            start = i + 1;
        }

        return lines;
    }
}
