using System.Net;
using System.Text;

namespace CaJapan.Reconcile.Sources;

/// <summary>
/// Reads the text of an HTML page for the extractor: what a reader sees of the article, one paragraph per block.
/// </summary>
/// <remarks>
/// Not a conforming HTML parser, and it needs none: one forward pass over the markup, so its time is linear in the
/// page's length whatever the markup (no regular expressions, no backtracking, no tree). The content of
/// <c>script</c>, <c>style</c>, <c>noscript</c>, <c>template</c>, <c>title</c>, and of the page furniture
/// <c>nav</c>, <c>header</c>, <c>footer</c> and <c>aside</c> is dropped; comments, doctypes and processing
/// instructions are dropped; entities are decoded; block elements (<c>p</c>, <c>div</c>, headings, list items,
/// table rows, <c>br</c>, ...) become line breaks and runs of white space become one space. Malformed markup
/// degrades to text: a <c>&lt;</c> that opens no tag is kept, and a tag left open at the end of the page ends it.
/// </remarks>
internal static class HtmlText
{
    /// <summary>Elements whose content is raw text up to their end tag, dropped whole.</summary>
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template", "title", "textarea", "xmp" };

    /// <summary>Page furniture, dropped with everything nested in it.</summary>
    private static readonly HashSet<string> Furniture = new(StringComparer.OrdinalIgnoreCase) { "nav", "header", "footer", "aside", "head", "svg", "form", "button", "select" };

    /// <summary>Elements after which a new line starts.</summary>
    private static readonly HashSet<string> LineBlocks = new(StringComparer.OrdinalIgnoreCase) { "br", "li", "tr", "dt", "dd", "option" };

    /// <summary>Elements around which a new paragraph starts.</summary>
    private static readonly HashSet<string> ParagraphBlocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "thead", "tbody", "tfoot",
        "section", "article", "main", "blockquote", "pre", "hr", "figure", "figcaption", "address", "body", "html",
        "caption", "details", "summary", "fieldset", "center",
    };

    /// <summary>Reads the text of an HTML page.</summary>
    /// <param name="html">The markup.</param>
    /// <returns>The text: paragraphs separated by a blank line, lines by a line break, ending with a line break unless empty.</returns>
    public static string ToText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var output = new Output(html.Length);
        var skipped = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var skipping = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            var end = lt < 0 ? html.Length : lt;
            if (skipping == 0 && end > i)
            {
                output.Text(html.AsSpan(i, end - i));
            }

            if (lt < 0)
            {
                break;
            }

            i = ReadMarkup(html, lt, out var name, out var closing, out var selfClosing);
            if (name is null)
            {
                if (i == lt)
                {
                    // A '<' that opens no tag is text.
                    if (skipping == 0)
                    {
                        output.Text("<");
                    }

                    i = lt + 1;
                }

                continue;
            }

            if (!closing && RawText.Contains(name))
            {
                i = SkipRawText(html, i, name);
                continue;
            }

            if (Furniture.Contains(name))
            {
                if (selfClosing)
                {
                    continue;
                }

                var count = skipped.GetValueOrDefault(name);
                if (!closing)
                {
                    skipped[name] = count + 1;
                    skipping++;
                }
                else if (count > 0)
                {
                    skipped[name] = count - 1;
                    skipping--;
                }

                continue;
            }

            if (skipping == 0)
            {
                if (ParagraphBlocks.Contains(name))
                {
                    output.Break(2);
                }
                else if (LineBlocks.Contains(name))
                {
                    output.Break(1);
                }
                else if (name.Equals("td", StringComparison.OrdinalIgnoreCase) || name.Equals("th", StringComparison.OrdinalIgnoreCase))
                {
                    output.Space();
                }
            }
        }

        return output.ToString();
    }

    /// <summary>
    /// Reads the markup that starts at <paramref name="lt"/>: a tag (its name), or a comment, doctype or processing
    /// instruction (no name). Returns the index after it, or <paramref name="lt"/> itself when the '&lt;' opens nothing.
    /// </summary>
    private static int ReadMarkup(string html, int lt, out string? name, out bool closing, out bool selfClosing)
    {
        name = null;
        closing = false;
        selfClosing = false;
        var i = lt + 1;
        if (i >= html.Length)
        {
            return lt;
        }

        if (html[i] == '!')
        {
            if (string.CompareOrdinal(html, i, "!--", 0, 3) == 0)
            {
                var close = html.IndexOf("-->", i + 3, StringComparison.Ordinal);
                return close < 0 ? html.Length : close + 3;
            }

            return SkipPast(html, i, '>');
        }

        if (html[i] == '?')
        {
            return SkipPast(html, i, '>');
        }

        if (html[i] == '/')
        {
            closing = true;
            i++;
        }

        var start = i;
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] is '-' or ':' or '_'))
        {
            i++;
        }

        if (i == start || !char.IsAsciiLetter(html[start]))
        {
            closing = false;
            return lt;
        }

        name = html[start..i];

        // The attributes, up to the '>' that is not inside a quoted value.
        var quote = '\0';
        for (; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'' && html[i - 1] is '=' or ' ' or '\t' or '\n' or '\r')
            {
                quote = c;
            }
            else if (c == '>')
            {
                selfClosing = html[i - 1] == '/';
                return i + 1;
            }
        }

        return html.Length;
    }

    private static int SkipPast(string html, int from, char c)
    {
        var at = html.IndexOf(c, from);
        return at < 0 ? html.Length : at + 1;
    }

    /// <summary>Skips the content of a raw-text element and its end tag; an element never closed runs to the end.</summary>
    private static int SkipRawText(string html, int from, string name)
    {
        var i = from;
        while (true)
        {
            var at = html.IndexOf("</", i, StringComparison.Ordinal);
            if (at < 0)
            {
                return html.Length;
            }

            var after = at + 2 + name.Length;
            if (after <= html.Length
                && string.Compare(html, at + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (after == html.Length || !char.IsAsciiLetterOrDigit(html[after])))
            {
                return SkipPast(html, after, '>');
            }

            i = at + 2;
        }
    }

    /// <summary>The text being written: white space collapsed, breaks deferred until text follows them.</summary>
    private sealed class Output(int capacity)
    {
        private readonly StringBuilder text = new(Math.Min(capacity, 1 << 20));
        private int pendingBreaks;
        private bool pendingSpace;

        public void Break(int lines) => pendingBreaks = Math.Max(pendingBreaks, lines);

        public void Space() => pendingSpace = true;

        public void Text(ReadOnlySpan<char> markup)
        {
            // Entities are decoded a run of text at a time: they never span a tag.
            var decoded = markup.Contains('&') ? WebUtility.HtmlDecode(markup.ToString()) : null;
            foreach (var c in decoded is null ? markup : decoded.AsSpan())
            {
                if (char.IsWhiteSpace(c) || c == '\u00A0')
                {
                    pendingSpace = true;
                    continue;
                }

                if (text.Length > 0)
                {
                    if (pendingBreaks > 0)
                    {
                        text.Append('\n', pendingBreaks);
                    }
                    else if (pendingSpace)
                    {
                        text.Append(' ');
                    }
                }

                pendingBreaks = 0;
                pendingSpace = false;
                text.Append(c);
            }
        }

        public override string ToString() => text.Length == 0 ? string.Empty : text.Append('\n').ToString();
    }
}
