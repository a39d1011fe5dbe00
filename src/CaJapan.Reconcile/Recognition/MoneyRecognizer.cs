using static CaJapan.Reconcile.Recognition.RecognitionPatterns;

namespace CaJapan.Reconcile.Recognition;

/// <summary>
/// Finds amounts of money in English news text: symbols, ISO codes and currency words, including those of Central Asia
/// (tenge, soum, som, somoni, manat) where they are unambiguous; scale words, also hyphenated ("a $2-billion package");
/// numbers in digits or words; ranges; approximation words; and a conversion given in parentheses after an amount.
/// Stateless and thread-safe; linear in the length of the text; never throws on text content.
/// </summary>
internal sealed class MoneyRecognizer
{
    /// <summary>Finds the amounts of money in a text, or in a part of it.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">The offset where the part to read starts.</param>
    /// <param name="length">The length of the part, or -1 for the rest of the text.</param>
    /// <returns>
    /// The mentions, in order of <see cref="MoneyMention.Start"/>, without overlaps; offsets are into <paramref name="text"/>.
    /// A conversion in parentheses is attached to the amount before it, not returned on its own.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The part is not within the text.</exception>
#pragma warning disable CA1822 // An instance method, so that the recogniser can be injected and replaced.
    public IReadOnlyList<MoneyMention> Recognize(string text, int start = 0, int length = -1)
#pragma warning restore CA1822
    {
        var actualLength = CheckWindow(text, start, length);
        return Recognize(text, Tokenize(text, start, actualLength));
    }

    /// <summary>Finds the amounts of money in a text already cut into tokens (<see cref="Tokenize"/>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">Its tokens, or those of the part to read.</param>
    /// <param name="cancellationToken">Looked at every few thousand tokens.</param>
    /// <returns>The mentions, in order, without overlaps.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
#pragma warning disable CA1822 // As above.
    internal IReadOnlyList<MoneyMention> Recognize(string text, Token[] tokens, CancellationToken cancellationToken = default)
#pragma warning restore CA1822
        => new MoneyScan(text, tokens).Run(cancellationToken);
}
