using System.Buffers;
using System.Text;

namespace CaJapan.Reconcile.Text;

/// <summary>
/// Folds text for matching without moving any character: lower case, every dash as '-', every apostrophe as '\'',
/// every quotation mark as '"', and every kind of space as ' '. Offsets in the folded text are offsets in the source.
/// </summary>
internal static class TextFolding
{
    public static string Fold(string text)
        => string.Create(text.Length, text, static (span, source) =>
        {
            // Runs of ASCII in bulk (lower case; a tab becomes a space below), other characters one at a time.
            var at = 0;
            while (at < source.Length)
            {
                var status = Ascii.ToLower(source.AsSpan(at), span[at..], out var written);
                at += written;
                if (status == OperationStatus.Done)
                {
                    break;
                }

                while (at < source.Length && !char.IsAscii(source[at]))
                {
                    span[at] = FoldChar(source[at]);
                    at++;
                }
            }

            span.Replace('\t', ' ');
        });

    public static char FoldChar(char c) => c switch
    {
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        '\u2018' or '\u2019' or '\u02BC' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
        '\u00A0' or '\u2007' or '\u202F' or '\t' => ' ',
        _ => char.ToLowerInvariant(c),
    };

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);
}
