namespace CaJapan.Reconcile.Claims;

/// <summary>
/// Where a claim comes from: the source, the sentence, and the exact characters, in the manner of the W3C Web
/// Annotation TextQuoteSelector and TextPositionSelector. Immutable and thread-safe.
/// </summary>
/// <param name="SourceId">The identifier of the source, its file name.</param>
/// <param name="Start">The offset of the quote's first character in the source text, in UTF-16 code units.</param>
/// <param name="End">The offset just past the quote's last character.</param>
/// <param name="Quote">The quoted characters, exactly as they stand in the source text.</param>
/// <param name="Prefix">Up to 32 characters that stand before the quote.</param>
/// <param name="Suffix">Up to 32 characters that stand after the quote.</param>
public sealed record Evidence(string SourceId, int Start, int End, string Quote, string Prefix, string Suffix)
{
    /// <summary>The number of characters kept on each side of a quote.</summary>
    public const int ContextLength = 32;

    /// <summary>Creates evidence for a span of a text, taking the quote, prefix and suffix from the text itself.</summary>
    /// <param name="sourceId">The identifier of the source.</param>
    /// <param name="text">The whole source text.</param>
    /// <param name="start">The offset of the span's first character.</param>
    /// <param name="end">The offset just past the span's last character.</param>
    /// <returns>The evidence.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The span lies outside the text.</exception>
    public static Evidence FromSpan(string sourceId, string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(sourceId);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        var prefixStart = Math.Max(0, start - ContextLength);
        var suffixEnd = Math.Min(text.Length, end + ContextLength);
        return new Evidence(
            sourceId,
            start,
            end,
            text[start..end],
            text[prefixStart..start],
            text[end..suffixEnd]);
    }

    /// <inheritdoc />
    public override string ToString() => $"{SourceId}[{Start}..{End}] \"{Quote}\"";
}
