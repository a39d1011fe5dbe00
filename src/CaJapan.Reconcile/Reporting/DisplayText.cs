using System.Buffers;
using System.Globalization;
using System.Text;

namespace CaJapan.Reconcile.Reporting;

/// <summary>
/// Makes text from sources safe to show to a person: the characters that act on a terminal or on the direction of
/// the text around them, instead of showing as themselves, are replaced by a visible <c>[U+XXXX]</c>. The text, the
/// Markdown, the HTML and the terminal reports pass every text through it; the data formats (JSON, CSV,
/// ClaimReview) keep a quote's characters exactly. Thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Revealed are control characters other than tab, line feed and carriage return (an escape character could start
/// a terminal's control sequence), and the explicit bidirectional formatting characters U+202A to U+202E and U+2066
/// to U+2069 (an override or isolate could reorder what follows it on the line: the "Trojan Source" trick, where a
/// quote displays as something else than it is).
/// </para>
/// <para>
/// Left as they are: the implicit direction marks (U+200E, U+200F, U+061C), which text in right-to-left scripts
/// needs, and zero-width characters, which change no order.
/// </para>
/// </remarks>
public static class DisplayText
{
    private static readonly SearchValues<char> Hidden = CreateHidden();

    /// <summary>Gets whether a character acts on its display instead of showing: see the remarks of <see cref="DisplayText"/>.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> when <see cref="Reveal(string?)"/> replaces it.</returns>
    public static bool IsHidden(char c)
        => c is (< ' ' and not ('\t' or '\n' or '\r')) or (>= '\u007F' and <= '\u009F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>Replaces every hidden character (<see cref="IsHidden(char)"/>) with <c>[U+XXXX]</c>, its code in four hexadecimal digits.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <returns>The text, the same instance when it holds no hidden character; the empty string for <see langword="null"/>.</returns>
    /// <example><c>DisplayText.Reveal("Kishida\u202Eretsinim")</c> gives <c>Kishida[U+202E]retsinim</c>.</example>
    public static string Reveal(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var first = IndexOfHidden(text, 0);
        if (first < 0)
        {
            return text;
        }

        var shown = new StringBuilder(text.Length + 16);
        var start = 0;
        for (var i = first; i >= 0; i = IndexOfHidden(text, start))
        {
            shown.Append(text, start, i - start)
                .Append("[U+").Append(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture)).Append(']');
            start = i + 1;
        }

        return shown.Append(text, start, text.Length - start).ToString();
    }

    private static int IndexOfHidden(string text, int start)
    {
        var found = text.AsSpan(start).IndexOfAny(Hidden);
        return found < 0 ? -1 : start + found;
    }

    private static SearchValues<char> CreateHidden()
    {
        var hidden = new List<char>();
        for (var c = char.MinValue; c < '\u2070'; c++)
        {
            if (IsHidden(c))
            {
                hidden.Add(c);
            }
        }

        return SearchValues.Create([.. hidden]);
    }
}
