using System.Globalization;
using System.Text;
using CaJapan.Reconcile.Claims;
using static CaJapan.Reconcile.Recognition.RecognitionPatterns;

namespace CaJapan.Reconcile.Recognition;

/// <summary>
/// One pass of <see cref="MoneyRecognizer"/> over the tokens of a text. An amount is an optional currency symbol or
/// code, a number in digits or words, an optional scale and an optional currency word or code; two amounts joined by
/// "to", a dash or "between ... and" make a range, sharing a currency and, where it fits, a scale.
/// </summary>
internal sealed class MoneyScan
{
    /// <summary>More digits than a <see cref="decimal"/> holds cannot be an amount.</summary>
    private const int MaxDigits = 28;

    /// <summary>How many tokens may follow a conversion before its closing parenthesis ("at current rates").</summary>
    private const int MaxConversionTail = 8;

    private static readonly HashSet<string> Approximations = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "around", "roughly", "approximately", "nearly", "some", "almost", "over", "estimated",
    };

    private static readonly HashSet<string> TwoWordApproximations = new(StringComparer.OrdinalIgnoreCase)
    {
        "more than", "less than", "up to", "at least", "as much as",
    };

    private readonly string text;
    private readonly Token[] tokens;

    /// <summary>Initializes a new instance of the <see cref="MoneyScan"/> class.</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="tokens">The tokens of the part to scan.</param>
    internal MoneyScan(string text, Token[] tokens)
    {
        this.text = text;
        this.tokens = tokens;
    }

    /// <summary>Finds the amounts.</summary>
    /// <param name="cancellationToken">Looked at every <see cref="TokensBetweenCancellationChecks"/> tokens or so.</param>
    /// <returns>The mentions in order, without overlaps.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    internal IReadOnlyList<MoneyMention> Run(CancellationToken cancellationToken = default)
    {
        var mentions = new List<MoneyMention>();
        var index = 0;
        var check = 0;
        while (index < tokens.Length)
        {
            if (index >= check)
            {
                cancellationToken.ThrowIfCancellationRequested();
                check = index + TokensBetweenCancellationChecks;
            }

            if (Amount(index) is not { } found)
            {
                index++;
                continue;
            }

            var conversion = Conversion(found.Last);
            mentions.Add(ToMention(found) with { Conversion = conversion is null ? null : ToMention(conversion.Value.Found) });
            index = conversion?.Close + 1 ?? found.Last + 1;
        }

        return mentions;
    }

    private MoneyMention ToMention(Found found)
    {
        var start = tokens[found.First].Start;
        var end = tokens[found.Last].End;
        return new MoneyMention(start, end, text[start..end], found.Value, IsApproximate(found.First), null);
    }

    /// <summary>"(about $19 billion)" right after an amount: the amount inside and the index of the closing parenthesis.</summary>
    private (Found Found, int Close)? Conversion(int last)
    {
        if (!SymbolAt(last + 1, '('))
        {
            return null;
        }

        var start = last + 2 + ApproximationLength(last + 2);
        if (Amount(start) is not { } inner)
        {
            return null;
        }

        for (var close = inner.Last + 1; close < tokens.Length && close <= inner.Last + 1 + MaxConversionTail; close++)
        {
            if (tokens[close].IsSymbol(')'))
            {
                return (inner, close);
            }

            if (tokens[close].IsSymbol('('))
            {
                return null;
            }
        }

        return null;
    }

    private bool IsApproximate(int first)
        => (first >= 1 && Approximations.Contains(tokens[first - 1].Text))
           || (first >= 2 && TwoWordApproximations.Contains($"{tokens[first - 2].Text} {tokens[first - 1].Text}"));

    /// <summary>The number of tokens of an approximation phrase starting at an index, or 0.</summary>
    private int ApproximationLength(int index)
    {
        if (index >= tokens.Length)
        {
            return 0;
        }

        if (index + 1 < tokens.Length && TwoWordApproximations.Contains($"{tokens[index].Text} {tokens[index + 1].Text}"))
        {
            return 2;
        }

        return Approximations.Contains(tokens[index].Text) ? 1 : 0;
    }

    /// <summary>An amount or a range of amounts starting at an index.</summary>
    private Found? Amount(int index)
    {
        if (ReadWritten(index) is not { } first)
        {
            return null;
        }

        if (Range(first) is { } range)
        {
            return range;
        }

        return first.Currency is { } currency && Scaled(first.Number, first.Scale ?? 1m) is { } amount
            ? new Found(first.First, first.Last, MoneyValue.Exact(amount, currency))
            : null;
    }

    private Found? Range(Written first)
    {
        var connector = first.Last + 1;
        if (connector >= tokens.Length || !IsRangeConnector(connector, first.First) || ReadWritten(connector + 1) is not { } last)
        {
            return null;
        }

        if (first.Currency is { } a && last.Currency is { } b && a != b)
        {
            return null;
        }

        var currency = first.Currency ?? last.Currency;
        var max = Scaled(last.Number, last.Scale ?? 1m);
        if (currency is null || max is null)
        {
            return null;
        }

        var min = first.Scale is null && last.Scale is { } shared && Scaled(first.Number, shared) <= max
            ? Scaled(first.Number, shared)
            : Scaled(first.Number, first.Scale ?? 1m);
        return min is not null && min <= max ? new Found(first.First, last.Last, new MoneyValue(min.Value, max.Value, currency)) : null;
    }

    private bool IsRangeConnector(int index, int firstOfRange)
    {
        var token = tokens[index];
        return token.IsDash || token.Is("to")
            || (token.Is("and") && firstOfRange > 0 && tokens[firstOfRange - 1].Is("between"));
    }

    /// <summary>[symbol or code] number [scale] [currency word or code].</summary>
    private Written? ReadWritten(int index)
    {
        if (index >= tokens.Length || !MayStartAmount(tokens[index]))
        {
            return null;
        }

        var (currency, numberAt) = PrefixCurrency(index);
        if (numberAt < 0)
        {
            return null;
        }

        var inDigits = TryDigits(numberAt, out var number, out var last);
        if (!inDigits)
        {
            if (currency is not null || numberAt >= tokens.Length || !TryReadNumberWords(tokens, numberAt, out var words, out last))
            {
                return null;
            }

            number = words;
        }

        // A scale may be joined by a hyphen in an adjective: "a $2-billion package", "a 5-million-dollar grant".
        var scaleAt = IsAdjacentSymbol(tokens, last + 1, '-') && Touching(last + 2) ? last + 2 : last + 1;
        decimal? scale = null;
        if (TryGetScale(tokens, scaleAt, out var found))
        {
            scale = found;
            last = scaleAt;
        }

        if (currency is null && SuffixCurrency(last + 1, scale is not null, number, inDigits) is { } suffix)
        {
            currency = suffix.Currency;
            last = suffix.Last;
        }

        return new Written(index, last, number, scale, currency);
    }

    /// <summary>
    /// Gets whether an amount may start at a token, by what <see cref="PrefixCurrency"/> and the number after it need:
    /// a number, a currency symbol, "US" (before "$"), a code of three capitals, or a word a number in words starts with.
    /// </summary>
    private static bool MayStartAmount(Token token) => token.Kind switch
    {
        TokenKind.Number => true,
        TokenKind.Symbol => IsCurrencySymbol(token),
        _ => (token.Class & WordClass.NumberWord) != 0 || token.Text == "US" || (token.Text.Length == 3 && token.Text.All(char.IsAsciiLetterUpper)),
    };

    /// <summary>The currency written before the number, if any, and the index of the number; -1 for an unknown currency.</summary>
    private (string? Currency, int NumberAt) PrefixCurrency(int index)
    {
        var token = tokens[index];
        if (token.Text == "US" && IsAdjacentSymbol(tokens, index + 1, '$'))
        {
            return ("USD", index + 2);
        }

        if (IsCurrencySymbol(token))
        {
            var foreignDollar = index > 0 && tokens[index - 1].Kind == TokenKind.Word && tokens[index - 1].End == token.Start;
            return foreignDollar ? (null, -1) : (CurrencySymbols[token.Text[0]], index + 1);
        }

        var beforeNumber = index + 1 < tokens.Length && tokens[index + 1].Kind == TokenKind.Number;
        var isCode = token.Text.Length == 3 && token.Text.All(char.IsAsciiLetterUpper);
        return isCode && beforeNumber && TryGetCurrencyName(token, out var code) ? (code, index + 1) : (null, index);
    }

    /// <summary>
    /// The currency written after an amount: "yen", "-yen", "USD", "US dollars", "Kyrgyz som", "South Korean won",
    /// "pounds sterling", "₸", and "won" or "sum" where they cannot be the English words.
    /// </summary>
    private (string Currency, int Last)? SuffixCurrency(int index, bool afterScale, decimal number, bool inDigits)
    {
        var at = IsAdjacentSymbol(tokens, index, '-') ? index + 1 : index;
        if (at >= tokens.Length)
        {
            return null;
        }

        var qualifierAt = tokens[at].Is("South") && WordAt(at + 1, "Korean") ? at + 1 : at;
        if (qualifierAt + 1 < tokens.Length && TryGetQualifiedCurrency(tokens[qualifierAt], tokens[qualifierAt + 1], out var qualified))
        {
            return (qualified, qualifierAt + 1);
        }

        var token = tokens[at];
        if ((token.Is("pound") || token.Is("pounds")) && WordAt(at + 1, "sterling"))
        {
            return ("GBP", at + 1);
        }

        if (TryGetCurrencyName(token, out var currency) || TryGetSuffixSymbol(token, out currency)
            || TryGetGuardedCurrency(token, afterScale, number, inDigits, out currency))
        {
            return (currency, at);
        }

        return null;
    }

    /// <summary>A number in digits with optional thousands separators and decimals, not the tail of a larger number.</summary>
    private bool TryDigits(int index, out decimal number, out int last)
    {
        number = 0m;
        last = index;
        if (index >= tokens.Length || tokens[index].Kind != TokenKind.Number || ContinuesNumber(tokens, index) || IsSpaceGroup(index))
        {
            return false;
        }

        var digits = new StringBuilder(tokens[index].Text);
        while (IsAdjacentSymbol(tokens, last + 1, ',') && IsGroup(last + 2) && digits.Length <= MaxDigits)
        {
            digits.Append(tokens[last + 2].Text);
            last += 2;
        }

        // Thousands set apart by spaces, as in "5 000 tenge": only after a head of at most three digits.
        var spaced = last == index;
        while (spaced && IsSpaceGroup(last + 1) && digits.Length <= MaxDigits)
        {
            last++;
            digits.Append(tokens[last].Text);
        }

        if (IsAdjacentSymbol(tokens, last + 1, '.') && last + 2 < tokens.Length && tokens[last + 2].Kind == TokenKind.Number
            && tokens[last + 1].End == tokens[last + 2].Start)
        {
            digits.Append('.').Append(tokens[last + 2].Text);
            last += 2;
        }

        return digits.Length <= MaxDigits && !IsPercent(last + 1)
            && decimal.TryParse(digits.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }

    private bool IsGroup(int index)
        => index < tokens.Length && tokens[index].Kind == TokenKind.Number && tokens[index].Text.Length == 3 && tokens[index - 1].End == tokens[index].Start;

    /// <summary>Whether the number token at an index is a group of three digits set one space apart from digits before it.</summary>
    private bool IsSpaceGroup(int index)
    {
        if (index <= 0 || index >= tokens.Length || tokens[index].Kind != TokenKind.Number || tokens[index].Text.Length != 3
            || tokens[index - 1].Kind != TokenKind.Number || tokens[index - 1].Text.Length > 3)
        {
            return false;
        }

        var gap = tokens[index].Start - tokens[index - 1].End;
        return gap == 1 && text[tokens[index - 1].End] is ' ' or '\u00A0' or '\u202F' or '\u2009';
    }

    private bool IsPercent(int index) => index < tokens.Length && (tokens[index].IsSymbol('%') || tokens[index].Is("percent"));

    private bool SymbolAt(int index, char symbol) => index < tokens.Length && tokens[index].IsSymbol(symbol);

    private bool WordAt(int index, string word) => index < tokens.Length && tokens[index].Is(word);

    private bool Touching(int index) => index > 0 && index < tokens.Length && tokens[index - 1].End == tokens[index].Start;

    private static decimal? Scaled(decimal number, decimal scale) => number <= decimal.MaxValue / scale ? number * scale : null;

    /// <summary>One amount as written, perhaps without a currency when it is the first end of a range.</summary>
    private sealed record Written(int First, int Last, decimal Number, decimal? Scale, string? Currency);

    /// <summary>A finished amount, by token indices.</summary>
    private sealed record Found(int First, int Last, MoneyValue Value);
}
