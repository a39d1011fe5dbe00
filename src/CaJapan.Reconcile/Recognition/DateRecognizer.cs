using CaJapan.Reconcile.Claims;
using NodaTime;
using static CaJapan.Reconcile.Recognition.RecognitionPatterns;

namespace CaJapan.Reconcile.Recognition;

/// <summary>
/// Finds dates in English news text and normalises them to <see cref="Claims.DateValue"/> intervals: full and partial
/// dates, dates in digits, ranges, parts of months, years and decades, relative days, weeks, months and years, and bare
/// weekdays resolved against the publication date; a bare weekday near a month and day may also choose its year.
/// Four-digit numbers that count things ("2000 people") are not years.
/// Stateless and thread-safe after construction; linear in the length of the text; never throws on text content.
/// </summary>
internal sealed class DateRecognizer
{
    private static readonly string[] DefaultFutureCues =
        ["will", "begins", "begin", "starts", "start", "from", "next", "upcoming", "scheduled", "set to"];

    private readonly string[][] futureCues;

    /// <summary>
    /// The first characters of the future cues, in upper case: a token that starts with none of them starts no cue;
    /// <see langword="null"/> when a cue starts with a token too long to keep its text, which any such token matches.
    /// </summary>
    private readonly string? cueInitials;

    /// <summary>Initializes a new instance of the <see cref="DateRecognizer"/> class.</summary>
    /// <param name="futureCues">
    /// Words or phrases that, earlier in the same sentence as a bare weekday, make it the next such weekday after the
    /// reference date rather than the last one on or before it; <see langword="null"/> for the English defaults
    /// (will, begins, begin, starts, start, from, next, upcoming, scheduled, set to).
    /// </param>
    public DateRecognizer(IEnumerable<string>? futureCues = null)
    {
        this.futureCues = (futureCues ?? DefaultFutureCues)
            .Where(cue => !string.IsNullOrWhiteSpace(cue))
            .Select(cue => Tokenize(cue, 0, cue.Length).Select(token => token.Text).ToArray())
            .ToArray();
        cueInitials = this.futureCues.Any(cue => cue.Length > 0 && cue[0].Length == 0)
            ? null
            : new string([.. this.futureCues.Where(cue => cue.Length > 0).Select(cue => char.ToUpperInvariant(cue[0][0])).Distinct()]);
    }

    /// <summary>Finds the dates in a text, or in a part of it.</summary>
    /// <param name="text">The text.</param>
    /// <param name="reference">The publication date, used for years that are not written and for relative dates.</param>
    /// <param name="start">The offset where the part to read starts.</param>
    /// <param name="length">The length of the part, or -1 for the rest of the text.</param>
    /// <returns>The mentions, in order of <see cref="DateMention.Start"/>, without overlaps; offsets are into <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The part is not within the text.</exception>
    public IReadOnlyList<DateMention> Recognize(string text, LocalDate? reference, int start = 0, int length = -1)
    {
        var actualLength = CheckWindow(text, start, length);
        return Recognize(text, Tokenize(text, start, actualLength), reference);
    }

    /// <summary>Finds the dates in a text already cut into tokens (<see cref="Tokenize"/>), as <see cref="Recognize(string, LocalDate?, int, int)"/> does.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">Its tokens, or those of the part to read.</param>
    /// <param name="reference">The publication date.</param>
    /// <param name="cancellationToken">Looked at every few thousand tokens.</param>
    /// <returns>The mentions, in order, without overlaps.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    internal IReadOnlyList<DateMention> Recognize(string text, Token[] tokens, LocalDate? reference, CancellationToken cancellationToken = default)
        => JoinConsecutiveDays(text, new DateScan(text, tokens, reference, Layout(text, tokens, cancellationToken)).Run(cancellationToken));

    /// <summary>
    /// Joins two single days written with "and" between them into one range when they are consecutive: "Friday and
    /// Saturday", "today and tomorrow", "December 19 and 20, 2025" name one two-day event, not two events. Days
    /// further apart ("August 9 and 12") stay two mentions.
    /// </summary>
    private static IReadOnlyList<DateMention> JoinConsecutiveDays(string text, IReadOnlyList<DateMention> mentions)
    {
        List<DateMention>? joined = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var first = mentions[i];
            if (i + 1 < mentions.Count
                && first.Value is { Precision: DatePrecision.Day } a
                && mentions[i + 1] is { Value: { Precision: DatePrecision.Day } b } second
                && a.Start < LocalDate.MaxIsoValue && b.Start == a.Start.PlusDays(1)
                && IsAnd(text.AsSpan(first.End, second.Start - first.End)))
            {
                joined ??= [.. mentions.Take(i)];
                joined.Add(new DateMention(
                    first.Start,
                    second.End,
                    text[first.Start..second.End],
                    DateMentionKind.DateRange,
                    new DateValue(a.Start, b.End, DatePrecision.DayRange),
                    first.YearInferred && second.YearInferred,
                    first.Weekday,
                    first.WeekdayMismatch || second.WeekdayMismatch,
                    null));
                i++;
                continue;
            }

            joined?.Add(first);
        }

        return joined ?? mentions;
    }

    private static bool IsAnd(ReadOnlySpan<char> between)
    {
        var trimmed = between.Trim();
        return trimmed is "and" or "&" || trimmed.Equals("and", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>For each token, its sentence and paragraph, and whether a future cue comes before it in its sentence.</summary>
    private DateScan.TokenLayout[] Layout(string text, Token[] tokens, CancellationToken cancellationToken)
    {
        var layout = new DateScan.TokenLayout[tokens.Length];
        var active = false;
        var (sentence, paragraph) = (0, 0);
        for (var index = 0; index < tokens.Length; index++)
        {
            if (index % TokensBetweenCancellationChecks == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var lineBreak = index > 0 && HasLineBreak(text, tokens[index - 1].End, tokens[index].Start);
            var startsSentence = lineBreak || StartsSentence(text, tokens, index);
            sentence += startsSentence ? 1 : 0;
            paragraph += lineBreak ? 1 : 0;
            active &= !startsSentence;
            layout[index] = new DateScan.TokenLayout(sentence, paragraph, active);
            active |= StartsCue(tokens, index);
        }

        return layout;
    }

    private bool StartsCue(Token[] tokens, int index)
    {
        var text = tokens[index].Text;
        if (cueInitials is not null && (text.Length == 0 || cueInitials.IndexOf(char.ToUpperInvariant(text[0]), StringComparison.Ordinal) < 0))
        {
            return false;
        }

        foreach (var cue in futureCues)
        {
            if (Matches(tokens, index, cue))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(Token[] tokens, int index, string[] cue)
    {
        if (cue.Length == 0 || index + cue.Length > tokens.Length)
        {
            return false;
        }

        for (var offset = 0; offset < cue.Length; offset++)
        {
            if (!string.Equals(tokens[index + offset].Text, cue[offset], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gets whether a line break stands between two offsets: the space between two tokens, mostly one character.</summary>
    private static bool HasLineBreak(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\n')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A sentence starts after a line break, or after a full stop, question or exclamation mark before a capital.</summary>
    private static bool StartsSentence(string text, Token[] tokens, int index)
    {
        if (index == 0)
        {
            return false;
        }

        var previous = tokens[index - 1];
        var current = tokens[index];
        if (HasLineBreak(text, previous.End, current.Start))
        {
            return true;
        }

        var stop = previous.IsSymbol('.') || previous.IsSymbol('!') || previous.IsSymbol('?');
        return stop && current.Kind == TokenKind.Word && char.IsUpper(current.Text.Length > 0 ? current.Text[0] : text[current.Start]);
    }
}
