using NodaTime;

namespace CaJapan.Reconcile.Recognition;

/// <summary>
/// Finds the dates and amounts of money in a text, the way the engine's extractor reads them. For tools that show a
/// user how their phrasing is read, and for apps that want the values without claims. Implementations are thread-safe.
/// </summary>
public interface IMentionRecognizer
{
    /// <summary>Finds the dates and amounts of money in a text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="reference">
    /// The date the text was written, used for years that are not written ("August 9") and relative dates ("last
    /// year", "on Friday"); <see langword="null"/> when unknown, in which case such mentions have no value.
    /// </param>
    /// <returns>The mentions in order of <see cref="RecognizedMention.Start"/>, without overlaps.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    IReadOnlyList<RecognizedMention> Recognize(string text, LocalDate? reference = null);
}
