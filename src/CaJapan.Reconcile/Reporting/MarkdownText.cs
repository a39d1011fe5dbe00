using System.Text;

namespace CaJapan.Reconcile.Reporting;

/// <summary>
/// Escapes text for CommonMark and GitHub-flavoured Markdown so that it reads as the same text and never as markup:
/// no links, images, HTML, tables, emphasis, code, headings or list items can come from it.
/// </summary>
internal static class MarkdownText
{
    /// <summary>The ASCII punctuation that is always escaped with a backslash.</summary>
    private const string Special = "\\`*_[]#!|<>~&";

    /// <summary>The punctuation that is escaped only at the start, where it could open a list item or a block.</summary>
    private const string Leading = "-+()=";

    /// <summary>
    /// Escapes text for one line of Markdown: runs of white space and control characters (line breaks included)
    /// become one space, the text is trimmed, and a backslash escapes every character of
    /// <c>\ ` * _ [ ] # ! | &lt; &gt; ~ &amp;</c>; a leading <c>- + ( ) =</c>; the <c>.</c> or <c>)</c> of a leading
    /// ordered-list marker (<c>1.</c>); and the <c>://</c> and <c>www.</c> that would make a bare address a link.
    /// </summary>
    /// <remarks>
    /// To keep values such as <c>prime-minister (JP)</c> readable, <c>-</c>, <c>+</c>, <c>(</c> and <c>)</c> inside the
    /// text are left as they are: with <c>[</c> and <c>]</c> always escaped no link destination can open, and after
    /// the first character no list item, thematic break or setext heading can (line breaks are removed).
    /// </remarks>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var line = Collapse(DisplayText.Reveal(text));
        var escaped = new StringBuilder(line.Length + 16);
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var escape = Special.Contains(c, StringComparison.Ordinal)
                || (i == 0 && Leading.Contains(c, StringComparison.Ordinal))
                || ((c == '.' || c == ')') && i == digits && digits > 0)
                || (c == ':' && string.CompareOrdinal(line, i, "://", 0, 3) == 0)
                || (c == '.' && i >= 3 && string.Compare(line, i - 3, "www", 0, 3, StringComparison.OrdinalIgnoreCase) == 0);
            if (escape)
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static string Collapse(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = collapsed.Length > 0;
                continue;
            }

            if (space)
            {
                collapsed.Append(' ');
                space = false;
            }

            collapsed.Append(c);
        }

        return collapsed.ToString();
    }
}
