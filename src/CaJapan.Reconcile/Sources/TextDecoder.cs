using System.Text;
using CaJapan.Reconcile.Internal;

namespace CaJapan.Reconcile.Sources;

/// <summary>Turns a file's bytes into text: UTF-8 with or without a byte-order mark, or UTF-16 with one.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes the bytes, or says why they are not text.</summary>
    /// <returns>The text, or <see langword="null"/> with an error message.</returns>
    public static (string? Text, string? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        Encoding encoding = StrictUtf8;
        var skip = 0;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            skip = 3;
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            (encoding, skip) = (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            (encoding, skip) = (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        string text;
        try
        {
            text = encoding.GetString(bytes[skip..]);
        }
        catch (DecoderFallbackException e)
        {
            return (null, Messages.NotUtf8(e.Index >= 0 ? $"an invalid byte near offset {e.Index + skip}" : e.Message));
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            return (null, Messages.Binary(nul));
        }

        return string.IsNullOrWhiteSpace(text) ? (null, Messages.EmptyText()) : (text, null);
    }
}
