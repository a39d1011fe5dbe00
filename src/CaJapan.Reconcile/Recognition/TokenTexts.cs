using static CaJapan.Reconcile.Recognition.RecognitionPatterns;

namespace CaJapan.Reconcile.Recognition;

/// <summary>What the date and money scanners ask of every word, worked out once per distinct word.</summary>
[Flags]
internal enum WordClass
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>The word may start a date (<see cref="DateScan.MayStartDate"/>).</summary>
    MayStartDate = 1,

    /// <summary>The word may start a number written in words: a unit, a multiple of ten, "a" or "an".</summary>
    NumberWord = 2,

    /// <summary>The word names a month or a weekday, in full or abbreviated (<see cref="DateLexicon.Words"/>).</summary>
    CalendarWord = 4,

    /// <summary>The word, in any case, is a scale, a currency name or code, or "percent": it may make the number before it a quantity.</summary>
    MayBeQuantity = 8,

    /// <summary>The word is a part word, a step, a relative day or a part noun of the date patterns (<see cref="DateScan.IsPhraseWord"/>).</summary>
    DatePhraseWord = 16,
}

/// <summary>
/// The texts of short tokens, shared: a cache of strings, two slots per hash, so that reading a word seen before takes
/// its string (and its <see cref="WordClass"/>) instead of a new copy. A slot holds one immutable entry and is
/// replaced whole, so the cache is safe for concurrent readers and writers; a collision only costs a new string.
/// </summary>
internal static class TokenTexts
{
    private const int Slots = 1 << 14;

    private static readonly Entry?[] Cache = new Entry?[Slots];

    /// <summary>One character strings of ASCII characters.</summary>
    private static readonly string[] Ascii = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    /// <summary>The classes of the one character strings of ASCII characters, read as words.</summary>
    private static readonly WordClass[] AsciiClasses = [.. Ascii.Select(Classify)];

    /// <summary>Gets the shared string for a token's characters and, for a word, its class.</summary>
    /// <param name="characters">The characters.</param>
    /// <param name="kind">The kind of token.</param>
    /// <returns>A string equal to the characters, and the word's class (none for numbers and symbols).</returns>
    public static (string Text, WordClass Class) Get(ReadOnlySpan<char> characters, TokenKind kind)
    {
        if (characters.Length == 1 && characters[0] < 128)
        {
            var c = characters[0];
            return (Ascii[c], kind == TokenKind.Word ? AsciiClasses[c] : WordClass.None);
        }

        // Two slots per hash, so that two common words that share a hash do not keep replacing each other.
        var slot = string.GetHashCode(characters) & (Slots - 2);
        if (Volatile.Read(ref Cache[slot]) is { } entry && characters.SequenceEqual(entry.Text))
        {
            return (entry.Text, kind == TokenKind.Word ? entry.Class : WordClass.None);
        }

        if (Volatile.Read(ref Cache[slot + 1]) is { } other && characters.SequenceEqual(other.Text))
        {
            return (other.Text, kind == TokenKind.Word ? other.Class : WordClass.None);
        }

        var created = new string(characters);
        var wordClass = Classify(created);
        Volatile.Write(ref Cache[Volatile.Read(ref Cache[slot]) is null ? slot : slot + 1], new Entry(created, wordClass));
        return (created, kind == TokenKind.Word ? wordClass : WordClass.None);
    }

    private sealed record Entry(string Text, WordClass Class);
}
