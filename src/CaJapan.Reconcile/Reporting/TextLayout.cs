using System.Text;

namespace CaJapan.Reconcile.Reporting;

/// <summary>Lays plain text out for a fixed-width terminal: word wrapping with a hanging indent, and short quotes.</summary>
internal static class TextLayout
{
    /// <summary>The ellipsis that ends a shortened quote.</summary>
    public const char Ellipsis = '…';

    /// <summary>
    /// Appends a paragraph, wrapped at <paramref name="width"/> columns: the first line starts with
    /// <paramref name="indent"/>, the others with <paramref name="hangingIndent"/>. Runs of white space, line breaks
    /// included, become one space; a word longer than a line is split. Every line ends with <c>\n</c>.
    /// </summary>
    public static void AppendWrapped(StringBuilder output, string text, int width, string indent, string hangingIndent)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(Math.Max(indent.Length, hangingIndent.Length), width);
        var line = new StringBuilder(width);
        line.Append(indent);
        var lineHasWords = false;
        foreach (var word in Words(DisplayText.Reveal(text)))
        {
            var rest = word.AsSpan();
            while (rest.Length > 0)
            {
                var room = width - line.Length - (lineHasWords ? 1 : 0);
                if (rest.Length <= room)
                {
                    if (lineHasWords)
                    {
                        line.Append(' ');
                    }

                    line.Append(rest);
                    lineHasWords = true;
                    break;
                }

                if (lineHasWords)
                {
                    EndLine(output, line, hangingIndent);
                    lineHasWords = false;
                    continue;
                }

                // A word wider than a whole line: split it, keeping surrogate pairs together.
                var cut = room;
                if (cut > 1 && char.IsHighSurrogate(rest[cut - 1]))
                {
                    cut--;
                }

                line.Append(rest[..cut]);
                rest = rest[cut..];
                EndLine(output, line, hangingIndent);
            }
        }

        output.Append(line.ToString().TrimEnd()).Append('\n');
    }

    /// <summary>
    /// Shortens a text to at most <paramref name="maxLength"/> characters for display: white space folded to single
    /// spaces, and an ellipsis in place of what was cut.
    /// </summary>
    public static string Shorten(string text, int maxLength)
    {
        var folded = string.Join(' ', Words(text));
        if (folded.Length <= maxLength)
        {
            return folded;
        }

        var cut = maxLength - 1;
        if (char.IsHighSurrogate(folded[cut - 1]))
        {
            cut--;
        }

        return string.Concat(folded.AsSpan(0, cut).TrimEnd(), Ellipsis.ToString());
    }

    private static void EndLine(StringBuilder output, StringBuilder line, string hangingIndent)
    {
        output.Append(line.ToString().TrimEnd()).Append('\n');
        line.Clear().Append(hangingIndent);
    }

    private static string[] Words(string text)
        => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
