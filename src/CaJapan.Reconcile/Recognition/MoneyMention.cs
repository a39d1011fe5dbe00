using CaJapan.Reconcile.Claims;

namespace CaJapan.Reconcile.Recognition;

/// <summary>An amount of money found in a text by <see cref="MoneyRecognizer"/>.</summary>
/// <param name="Start">The offset of the first character of the amount (after any approximation word).</param>
/// <param name="End">The offset after the last character; the mention is <c>text[Start..End]</c>.</param>
/// <param name="Text">The characters of the mention.</param>
/// <param name="Value">The amount or range of amounts, in its currency.</param>
/// <param name="Approximate">Whether a word such as "about", "nearly" or "more than" came directly before the amount.</param>
/// <param name="Conversion">The same amount in another currency, given in parentheses right after it, if any.</param>
internal sealed record MoneyMention(int Start, int End, string Text, MoneyValue Value, bool Approximate, MoneyMention? Conversion);
