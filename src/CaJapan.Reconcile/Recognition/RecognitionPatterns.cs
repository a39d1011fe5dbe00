using System.Buffers;

namespace CaJapan.Reconcile.Recognition;

/// <summary>
/// The tokenizer and the lexical tables shared by <see cref="DateRecognizer"/> and <see cref="MoneyRecognizer"/>.
/// Text is cut into words (runs of letters), numbers (runs of ASCII digits) and single symbols; whitespace only separates.
/// Both recognisers then match short, bounded token patterns, so their cost is linear in the length of the text.
/// </summary>
internal static class RecognitionPatterns
{
    /// <summary>Tokens longer than this keep no text: no lexical entry or usable number is that long.</summary>
    private const int MaxKeptTokenLength = 32;

    /// <summary>How many tokens the tokenizer and the scanners go through between two looks at their cancellation token.</summary>
    internal const int TokensBetweenCancellationChecks = 4096;

    /// <summary>The small cardinal numbers written as words, with <c>a</c>/<c>an</c> as one.</summary>
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11,
        ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    /// <summary>The multiples of ten written as words.</summary>
    private static readonly Dictionary<string, int> Tens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>Scale words and their abbreviations; <c>m</c> is only a scale right after a digit.</summary>
    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["mn"] = 1_000_000m, ["m"] = 1_000_000m,
        ["billion"] = 1_000_000_000m, ["bn"] = 1_000_000_000m,
        ["trillion"] = 1_000_000_000_000m, ["tn"] = 1_000_000_000_000m,
    };

    /// <summary>
    /// Currency names written after an amount, mapped to ISO 4217 codes. A name that several currencies share is left
    /// out and needs a qualifier (see <see cref="QualifiedCurrencies"/>): "som" is both the Uzbek (UZS) and the Kyrgyz
    /// (KGS) currency, "manat" both the Turkmen (TMT) and the Azerbaijani (AZN) one, "franc" many, and "pounds" is also
    /// a weight. "soum" and "somoni" are only ever Uzbek and Tajik. "won" and "sum", which are also English words, are
    /// in <see cref="GuardedCurrencyWords"/>.
    /// </summary>
    private static readonly Dictionary<string, string> CurrencyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["yen"] = "JPY", ["dollar"] = "USD", ["dollars"] = "USD", ["euro"] = "EUR", ["euros"] = "EUR",
        ["yuan"] = "CNY", ["renminbi"] = "CNY", ["tenge"] = "KZT", ["ruble"] = "RUB", ["rubles"] = "RUB",
        ["rouble"] = "RUB", ["roubles"] = "RUB", ["soum"] = "UZS", ["soums"] = "UZS", ["somoni"] = "TJS",
        ["somonis"] = "TJS", ["sterling"] = "GBP",
    };

    /// <summary>
    /// Currency names that are also common English words ("Japan won", "a large sum"), taken only right after a
    /// scale word ("5 trillion won", "2 billion sum") or, for <c>won</c>, after a number of at least a thousand in digits
    /// that is not a year.
    /// </summary>
    private static readonly Dictionary<string, (string Currency, bool AfterLargeNumber)> GuardedCurrencyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["won"] = ("KRW", true), ["sum"] = ("UZS", false), ["sums"] = ("UZS", false),
    };

    /// <summary>A country adjective and the currency name after it: "Uzbek som", "Kyrgyz som", "Swiss francs".</summary>
    private static readonly Dictionary<(string Qualifier, string Name), string> QualifiedCurrencies = BuildQualifiedCurrencies();

    /// <summary>ISO codes, and the customary <c>RMB</c>, recognised when written in capitals before or after an amount.</summary>
    private static readonly Dictionary<string, string> CurrencyCodes = new(StringComparer.Ordinal)
    {
        ["USD"] = "USD", ["JPY"] = "JPY", ["EUR"] = "EUR", ["GBP"] = "GBP", ["CNY"] = "CNY", ["RMB"] = "CNY",
        ["KZT"] = "KZT", ["RUB"] = "RUB", ["UZS"] = "UZS", ["KGS"] = "KGS", ["TJS"] = "TJS", ["TMT"] = "TMT",
        ["AZN"] = "AZN", ["KRW"] = "KRW", ["CHF"] = "CHF", ["INR"] = "INR", ["AUD"] = "AUD", ["CAD"] = "CAD",
        ["HKD"] = "HKD", ["SGD"] = "SGD", ["TRY"] = "TRY", ["MNT"] = "MNT",
    };

    /// <summary>The scales, currency words and codes and "percent", in any case: see <see cref="MayBeQuantity"/>.</summary>
    private static readonly HashSet<string> QuantityWords = new(Scales.Keys.Concat(CurrencyWords.Keys).Concat(CurrencyCodes.Keys).Append("percent"), StringComparer.OrdinalIgnoreCase);

    /// <summary>Currency symbols also written after an amount, as is the custom for the tenge and the ruble ("5 000 ₸").</summary>
    private static readonly HashSet<char> SuffixSymbols = ['₸', '₽'];

    /// <summary>Gets the currency symbols written before an amount.</summary>
    internal static IReadOnlyDictionary<char, string> CurrencySymbols { get; } = new Dictionary<char, string>
    {
        ['$'] = "USD", ['¥'] = "JPY", ['￥'] = "JPY", ['€'] = "EUR", ['£'] = "GBP", ['₸'] = "KZT", ['₽'] = "RUB",
        ['₩'] = "KRW", ['￦'] = "KRW",
    };

    /// <summary>The kind of a token.</summary>
    internal enum TokenKind
    {
        /// <summary>A run of letters.</summary>
        Word,

        /// <summary>A run of ASCII digits.</summary>
        Number,

        /// <summary>Any other single non-space character.</summary>
        Symbol,
    }

    /// <summary>
    /// Cuts a part of a text into tokens: runs of letters (<c>\p{L}+</c>), runs of ASCII digits, and single other
    /// characters that are not white space. Words keep their text from a shared cache, so a common word costs no
    /// allocation, and carry what the scanners ask of every word (<see cref="WordClass"/>), worked out once per word.
    /// </summary>
    /// <param name="text">The whole text.</param>
    /// <param name="start">The offset of the part.</param>
    /// <param name="length">The length of the part.</param>
    /// <param name="cancellationToken">Looked at every <see cref="TokensBetweenCancellationChecks"/> tokens: the text may be many megabytes.</param>
    /// <returns>The tokens in order, with absolute offsets.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    internal static Token[] Tokenize(string text, int start, int length, CancellationToken cancellationToken = default)
    {
        var end = start + length;
        var pool = ArrayPool<Token>.Shared;
        var buffer = pool.Rent((length / 4) + 16);
        var count = 0;
        var at = start;
        while (at < end)
        {
            var first = text[at];
            if (char.IsWhiteSpace(first))
            {
                at++;
                continue;
            }

            var stop = at + 1;
            TokenKind kind;
            if (char.IsAsciiDigit(first))
            {
                kind = TokenKind.Number;
                while (stop < end && char.IsAsciiDigit(text[stop]))
                {
                    stop++;
                }
            }
            else if (char.IsLetter(first))
            {
                kind = TokenKind.Word;
                while (stop < end && char.IsLetter(text[stop]))
                {
                    stop++;
                }
            }
            else
            {
                kind = TokenKind.Symbol;
            }

            if (count % TokensBetweenCancellationChecks == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (count == buffer.Length)
            {
                var larger = pool.Rent(buffer.Length * 2);
                buffer.AsSpan(0, count).CopyTo(larger);
                buffer.AsSpan(0, count).Clear();
                pool.Return(buffer);
                buffer = larger;
            }

            var (kept, wordClass) = stop - at <= MaxKeptTokenLength ? TokenTexts.Get(text.AsSpan(at, stop - at), kind) : (string.Empty, WordClass.None);
            buffer[count++] = new Token(at, stop, kind, kept) { Class = wordClass };
            at = stop;
        }

        var tokens = buffer.AsSpan(0, count).ToArray();
        buffer.AsSpan(0, count).Clear();
        pool.Return(buffer);
        return tokens;
    }

    /// <summary>Gets what the scanners ask of a word, worked out once per word by <see cref="TokenTexts"/>.</summary>
    /// <param name="word">The word.</param>
    /// <returns>Its class.</returns>
    internal static WordClass Classify(string word)
        => (DateScan.MayStartDate(word) ? WordClass.MayStartDate : WordClass.None)
           | (Units.ContainsKey(word) || Tens.ContainsKey(word) ? WordClass.NumberWord : WordClass.None)
           | (DateLexicon.IsWord(word) ? WordClass.CalendarWord : WordClass.None)
           | (MayBeQuantity(word) ? WordClass.MayBeQuantity : WordClass.None)
           | (DateScan.IsPhraseWord(word) ? WordClass.DatePhraseWord : WordClass.None);

    /// <summary>
    /// Gets whether a word, ignoring case, is a scale, a currency word or code, or "percent": a superset of the words
    /// that make a number before them a quantity, so a word without it is none of them.
    /// </summary>
    private static bool MayBeQuantity(string word) => QuantityWords.Contains(word);

    /// <summary>Gets the small cardinal numbers written as words (with <c>a</c> and <c>an</c>) and the multiples of ten: the words a number in words starts with.</summary>
    internal static IEnumerable<string> NumberWords => Units.Keys.Concat(Tens.Keys);

    /// <summary>Checks the start and length arguments of a recogniser and turns a length of -1 into "to the end".</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">The offset where recognition starts.</param>
    /// <param name="length">The length to recognise, or -1 for the rest of the text.</param>
    /// <returns>The length to recognise.</returns>
    internal static int CheckWindow(string text, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, text.Length);
        var actual = length == -1 ? text.Length - start : length;
        ArgumentOutOfRangeException.ThrowIfNegative(actual, nameof(length));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(actual, text.Length - start, nameof(length));
        return actual;
    }

    /// <summary>Reads a number written in words, such as <c>two</c>, <c>twenty-five</c> or <c>a hundred</c>.</summary>
    /// <param name="tokens">The tokens.</param>
    /// <param name="index">The index of the first word.</param>
    /// <param name="value">The number.</param>
    /// <param name="last">The index of the last token of the number.</param>
    /// <returns><see langword="true"/> when a number word starts at <paramref name="index"/>.</returns>
    internal static bool TryReadNumberWords(Token[] tokens, int index, out int value, out int last)
    {
        value = 0;
        last = index;
        var token = tokens[index];
        if ((token.Class & WordClass.NumberWord) == 0)
        {
            return false;
        }

        if (Tens.TryGetValue(token.Text, out var tens))
        {
            value = tens;
            if (IsAdjacentSymbol(tokens, index + 1, '-') && index + 2 < tokens.Length
                && Units.TryGetValue(tokens[index + 2].Text, out var unit) && unit < 10 && !IsArticle(tokens[index + 2]))
            {
                value += unit;
                last = index + 2;
            }
        }
        else if (Units.TryGetValue(token.Text, out var small))
        {
            value = small;
        }
        else
        {
            return false;
        }

        if (last + 1 < tokens.Length && tokens[last + 1].Is("hundred") && value < 10)
        {
            value *= 100;
            last++;
        }

        return !IsArticle(token) || last > index || IsScaleWord(tokens, index + 1);
    }

    /// <summary>Gets the multiplier of a scale word, honouring that <c>m</c> must follow a digit directly.</summary>
    /// <param name="tokens">The tokens.</param>
    /// <param name="index">The index of the candidate scale word.</param>
    /// <param name="scale">The multiplier.</param>
    /// <returns><see langword="true"/> when the token is a scale word.</returns>
    internal static bool TryGetScale(Token[] tokens, int index, out decimal scale)
    {
        scale = 0m;
        if (index >= tokens.Length || !Scales.TryGetValue(tokens[index].Text, out scale))
        {
            return false;
        }

        var token = tokens[index];
        var afterDigit = index > 0 && tokens[index - 1].Kind == TokenKind.Number && tokens[index - 1].End == token.Start;
        return !token.Is("m") || afterDigit;
    }

    /// <summary>Gets the currency named by a word or an ISO code written in capitals.</summary>
    /// <param name="token">The token.</param>
    /// <param name="currency">The ISO code.</param>
    /// <returns><see langword="true"/> when the token names a currency.</returns>
    internal static bool TryGetCurrencyName(Token token, out string currency)
    {
        currency = string.Empty;
        return (token.Class & WordClass.MayBeQuantity) != 0
            && (CurrencyCodes.TryGetValue(token.Text, out currency!) || CurrencyWords.TryGetValue(token.Text, out currency!));
    }

    /// <summary>Gets the currency named by a country adjective and a currency name, such as "Kyrgyz som".</summary>
    /// <param name="qualifier">The adjective.</param>
    /// <param name="name">The currency name.</param>
    /// <param name="currency">The ISO code.</param>
    /// <returns><see langword="true"/> when the two words name a currency.</returns>
    internal static bool TryGetQualifiedCurrency(Token qualifier, Token name, out string currency)
    {
        currency = string.Empty;
        return qualifier.Kind == TokenKind.Word && name.Kind == TokenKind.Word
            && QualifiedCurrencies.TryGetValue((qualifier.Text, name.Text), out currency!);
    }

    /// <summary>Gets the currency named by a word that is also a common English word, such as <c>won</c> or <c>sum</c>.</summary>
    /// <param name="token">The token.</param>
    /// <param name="afterScale">Whether a scale word comes right before it.</param>
    /// <param name="number">The number before it.</param>
    /// <param name="inDigits">Whether that number is written in digits.</param>
    /// <param name="currency">The ISO code.</param>
    /// <returns><see langword="true"/> when the word names a currency here.</returns>
    internal static bool TryGetGuardedCurrency(Token token, bool afterScale, decimal number, bool inDigits, out string currency)
    {
        currency = string.Empty;
        if (!GuardedCurrencyWords.TryGetValue(token.Text, out var entry))
        {
            return false;
        }

        // A year is not a price: "the party, which in 2024 won 40 seats".
        var yearLike = number is >= 1900m and <= 2099m && decimal.IsInteger(number);
        currency = entry.Currency;
        return afterScale || (entry.AfterLargeNumber && inDigits && number >= 1_000m && !yearLike);
    }

    /// <summary>Gets whether a token is a currency symbol that may also be written after the amount, such as <c>₸</c>.</summary>
    /// <param name="token">The token.</param>
    /// <param name="currency">The ISO code.</param>
    /// <returns><see langword="true"/> for <c>₸</c> and <c>₽</c>.</returns>
    internal static bool TryGetSuffixSymbol(Token token, out string currency)
    {
        currency = string.Empty;
        return token.Kind == TokenKind.Symbol && SuffixSymbols.Contains(token.Text[0]) && CurrencySymbols.TryGetValue(token.Text[0], out currency!);
    }

    /// <summary>Gets whether a token is a currency symbol.</summary>
    /// <param name="token">The token.</param>
    /// <returns><see langword="true"/> for <c>$</c>, <c>¥</c>, <c>€</c> and <c>£</c>.</returns>
    internal static bool IsCurrencySymbol(Token token)
        => token.Kind == TokenKind.Symbol && CurrencySymbols.ContainsKey(token.Text[0]);

    /// <summary>Gets whether the token at an index is a given symbol touching the token before it.</summary>
    /// <param name="tokens">The tokens.</param>
    /// <param name="index">The index, which may be past the end.</param>
    /// <param name="symbol">The symbol.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    internal static bool IsAdjacentSymbol(Token[] tokens, int index, char symbol)
        => index > 0 && index < tokens.Length && tokens[index].IsSymbol(symbol) && tokens[index - 1].End == tokens[index].Start;

    /// <summary>Gets whether the number token at an index continues a longer number such as <c>2,004</c> or <c>4.09</c>.</summary>
    /// <param name="tokens">The tokens.</param>
    /// <param name="index">The index of a number token.</param>
    /// <returns><see langword="true"/> when a separator and digits touch it on the left.</returns>
    internal static bool ContinuesNumber(Token[] tokens, int index)
        => index >= 2 && tokens[index - 2].Kind == TokenKind.Number && tokens[index - 2].End == tokens[index - 1].Start
           && IsNumberSeparator(tokens[index - 1]) && tokens[index - 1].End == tokens[index].Start;

    /// <summary>Gets whether the number token at an index is continued by a separator and more digits, as in <c>2,004</c>.</summary>
    /// <param name="tokens">The tokens.</param>
    /// <param name="index">The index of a number token.</param>
    /// <returns><see langword="true"/> when a separator and digits touch it on the right.</returns>
    internal static bool IsContinued(Token[] tokens, int index)
        => index + 2 < tokens.Length && IsNumberSeparator(tokens[index + 1]) && tokens[index].End == tokens[index + 1].Start
           && tokens[index + 2].Kind == TokenKind.Number && tokens[index + 1].End == tokens[index + 2].Start;

    private static Dictionary<(string Qualifier, string Name), string> BuildQualifiedCurrencies()
    {
        (string[] Qualifiers, string[] Names, string Currency)[] entries =
        [
            (["Uzbek", "Uzbekistani"], ["som", "soms", "sum", "sums", "soum", "soums"], "UZS"),
            (["Kyrgyz", "Kyrgyzstani"], ["som", "soms"], "KGS"),
            (["Kazakh", "Kazakhstani"], ["tenge"], "KZT"),
            (["Tajik", "Tajikistani"], ["somoni", "somonis"], "TJS"),
            (["Turkmen", "Turkmenistan", "Turkmenistani"], ["manat", "manats"], "TMT"),
            (["Azerbaijani"], ["manat", "manats"], "AZN"),
            (["Russian"], ["ruble", "rubles", "rouble", "roubles"], "RUB"),
            (["Chinese"], ["yuan", "renminbi"], "CNY"),
            (["Japanese"], ["yen"], "JPY"),
            (["Korean"], ["won"], "KRW"),
            (["Swiss"], ["franc", "francs"], "CHF"),
            (["British"], ["pound", "pounds"], "GBP"),
            (["US", "American"], ["dollar", "dollars"], "USD"),
        ];
        var comparer = StringComparer.OrdinalIgnoreCase;
        var table = new Dictionary<(string, string), string>(
            EqualityComparer<(string, string)>.Create(
                (a, b) => comparer.Equals(a.Item1, b.Item1) && comparer.Equals(a.Item2, b.Item2),
                pair => HashCode.Combine(comparer.GetHashCode(pair.Item1), comparer.GetHashCode(pair.Item2))));
        foreach (var (qualifiers, names, currency) in entries)
        {
            foreach (var qualifier in qualifiers)
            {
                foreach (var name in names)
                {
                    table[(qualifier, name)] = currency;
                }
            }
        }

        return table;
    }

    private static bool IsNumberSeparator(Token token) => token.IsSymbol(',') || token.IsSymbol('.');

    private static bool IsArticle(Token token) => token.Is("a") || token.Is("an");

    private static bool IsScaleWord(Token[] tokens, int index)
        => index < tokens.Length && (tokens[index].Is("hundred") || (TryGetScale(tokens, index, out _) && !tokens[index].Is("m")));

    /// <summary>A token: a word, a number or a symbol, with its absolute offsets.</summary>
    /// <param name="Start">The offset of the first character.</param>
    /// <param name="End">The offset after the last character.</param>
    /// <param name="Kind">The kind of token.</param>
    /// <param name="Text">The characters, or empty for a token too long to be of use.</param>
    internal readonly record struct Token(int Start, int End, TokenKind Kind, string Text)
    {
        /// <summary>Gets what the scanners ask of the token when it is a word; <see cref="WordClass.None"/> otherwise.</summary>
        public WordClass Class { get; init; }

        /// <summary>Gets whether this is the given word, ignoring case.</summary>
        /// <param name="word">The word.</param>
        /// <returns><see langword="true"/> when it is.</returns>
        public bool Is(string word) => Kind == TokenKind.Word && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);

        /// <summary>Gets whether this is the given symbol.</summary>
        /// <param name="symbol">The symbol.</param>
        /// <returns><see langword="true"/> when it is.</returns>
        public bool IsSymbol(char symbol) => Kind == TokenKind.Symbol && Text[0] == symbol;

        /// <summary>Gets whether this is one of the dashes used between the ends of a range.</summary>
        public bool IsDash => IsSymbol('-') || IsSymbol('–') || IsSymbol('—');

        /// <summary>Gets the value of a number token of at most <paramref name="maxDigits"/> digits, or -1.</summary>
        /// <param name="maxDigits">The largest number of digits accepted.</param>
        /// <returns>The value, or -1 when this is not such a number.</returns>
        public int SmallNumber(int maxDigits)
            => Kind == TokenKind.Number && End - Start <= maxDigits ? int.Parse(Text, System.Globalization.CultureInfo.InvariantCulture) : -1;
    }
}
