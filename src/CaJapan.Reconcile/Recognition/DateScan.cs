using CaJapan.Reconcile.Claims;
using NodaTime;
using static CaJapan.Reconcile.Recognition.RecognitionPatterns;

namespace CaJapan.Reconcile.Recognition;

/// <summary>
/// One pass of <see cref="DateRecognizer"/> over the tokens of a text: at each token it tries the date patterns that
/// can start there, each looking a bounded number of tokens ahead, keeps the longest and resumes after it.
/// </summary>
internal sealed class DateScan
{
    private static readonly HashSet<string> RangeWords = new(StringComparer.OrdinalIgnoreCase) { "to", "until", "till", "through", "thru" };

    private static readonly HashSet<string> MonthPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "during", "from", "until", "till", "through", "by", "before", "after", "to",
    };

    private static readonly HashSet<string> OrdinalSuffixes = new(StringComparer.OrdinalIgnoreCase) { "st", "nd", "rd", "th" };

    /// <summary>The separators of a date in digits: "2024-08-09", "13/9/2024", "09.08.2024".</summary>
    private static readonly HashSet<char> DateSeparators = ['-', '/', '.'];

    /// <summary>Symbols that join digits into one larger number, a date, a score, a time or a telephone number.</summary>
    private static readonly HashSet<char> NumberJoiners = ['-', '/', '.', ',', ':', '–'];

    private static readonly HashSet<string> VersionWords = new(StringComparer.OrdinalIgnoreCase) { "version", "ver", "v", "release", "build" };

    /// <summary>Days named relative to the reference date.</summary>
    private static readonly Dictionary<string, int> RelativeDays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["today"] = 0, ["tonight"] = 0, ["yesterday"] = -1, ["tomorrow"] = 1,
    };

    /// <summary>Parts of a day that make "this morning" and the like mean the reference date.</summary>
    private static readonly HashSet<string> TimesOfDay = new(StringComparer.OrdinalIgnoreCase) { "morning", "afternoon", "evening" };

    private static readonly Dictionary<string, int> Steps = new(StringComparer.OrdinalIgnoreCase) { ["this"] = 0, ["next"] = 1, ["last"] = -1 };

    private static readonly Dictionary<string, int> YearUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["year"] = 1, ["years"] = 1, ["decade"] = 10, ["decades"] = 10,
    };

    private static readonly Part Early = new(1, 10, 1, 4, 0, 3);
    private static readonly Part Middle = new(11, 20, 5, 8, 4, 6);
    private static readonly Part Late = new(21, DateSpec.MonthEnd, 9, 12, 7, 9);

    /// <summary>Words that name a part of a month, year or decade directly before it: "early August", "mid-2024".</summary>
    private static readonly Dictionary<string, Part> PartWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["early"] = Early, ["earlier"] = Early, ["mid"] = Middle, ["late"] = Late, ["later"] = Late,
    };

    /// <summary>Nouns that name a part of a month, year or decade before "of": "the middle of August", "the end of 2024".</summary>
    private static readonly Dictionary<string, Part> PartNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["beginning"] = Early, ["start"] = Early, ["middle"] = Middle, ["end"] = Late,
    };

    /// <summary>
    /// Every word a date can start with, gathered from the tables the patterns read: a weekday or a month (<see
    /// cref="WeekdayFirst"/>, <see cref="MonthFirst"/>), and the words <see cref="Phrase"/> tries at its first token:
    /// "fiscal", "fy", a part word, a step, a relative day, "the", "first", "second", a part noun, and the start of a
    /// count (<see cref="Ago"/>: a number word, "a", "an"). A token that is no number and none of these starts no date,
    /// so the scan passes it without trying each pattern.
    /// </summary>
    private static readonly HashSet<string> StartWords = BuildStartWords();

    private readonly string text;
    private readonly Token[] tokens;
    private readonly LocalDate? reference;
    private readonly TokenLayout[] layout;

    /// <summary>Initializes a new instance of the <see cref="DateScan"/> class.</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="tokens">The tokens of the part to scan.</param>
    /// <param name="reference">The publication date, if known.</param>
    /// <param name="layout">For each token, its sentence and paragraph and whether a future cue comes before it in its sentence.</param>
    internal DateScan(string text, Token[] tokens, LocalDate? reference, TokenLayout[] layout)
    {
        this.text = text;
        this.tokens = tokens;
        this.reference = reference;
        this.layout = layout;
    }

    private enum Direction
    {
        OnOrBefore,
        OnOrAfter,
        Before,
        After,
    }

    /// <summary>Finds the dates.</summary>
    /// <param name="cancellationToken">Looked at every <see cref="TokensBetweenCancellationChecks"/> tokens or so.</param>
    /// <returns>The mentions in order, without overlaps.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    internal IReadOnlyList<DateMention> Run(CancellationToken cancellationToken = default)
    {
        var founds = new List<Found>();
        var index = 0;
        var check = 0;
        while (index < tokens.Length)
        {
            if (index >= check)
            {
                cancellationToken.ThrowIfCancellationRequested();
                check = index + TokensBetweenCancellationChecks;
            }

            var token = tokens[index];
            if (token.Kind == TokenKind.Symbol || (token.Kind == TokenKind.Word && (token.Class & WordClass.MayStartDate) == 0))
            {
                index++;
                continue;
            }

            if (Find(index) is { } found)
            {
                founds.Add(found);
                index = found.Last + 1;
            }
            else
            {
                index++;
            }
        }

        if (reference is { } day)
        {
            ApplyWeekdayEvidence(founds, day);
        }

        return founds.ConvertAll(ToMention);
    }

    /// <summary>Gets whether a word, ignoring case, is a part word, a step, a relative day or a part noun: the words <see cref="Phrase"/> looks up.</summary>
    /// <param name="word">The word.</param>
    /// <returns><see langword="false"/> when none of those tables has it.</returns>
    internal static bool IsPhraseWord(string word)
        => PartWords.ContainsKey(word) || Steps.ContainsKey(word) || RelativeDays.ContainsKey(word) || PartNouns.ContainsKey(word);

    /// <summary>Gets whether a word may start a date; see <see cref="StartWords"/>.</summary>
    /// <param name="word">The word.</param>
    /// <returns><see langword="false"/> when no date pattern can start with it.</returns>
    internal static bool MayStartDate(string word) => StartWords.Contains(word);

    private static HashSet<string> BuildStartWords()
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "fiscal", "fy", "the", "first", "second" };
        words.UnionWith(DateLexicon.Words);
        words.UnionWith(PartWords.Keys);
        words.UnionWith(Steps.Keys);
        words.UnionWith(RelativeDays.Keys);
        words.UnionWith(PartNouns.Keys);
        words.UnionWith(NumberWords);
        return words;
    }

    /// <summary>
    /// Lets a bare weekday ("on Friday") choose the year of a month and day written without one ("August 9") in the same
    /// or a neighbouring sentence of the same paragraph, when the two can only refer to each other: the weekday is the
    /// only one named in the sentences around the date, and the date the only day named in the sentences around the
    /// weekday. See <see cref="DateResolver.ResolveWithWeekdayEvidence"/> for when the evidence is used. One pass over the
    /// mentions, with a table per sentence: linear in their number.
    /// </summary>
    private void ApplyWeekdayEvidence(List<Found> founds, LocalDate day)
    {
        var weekdays = new Dictionary<int, SentenceNote>();
        var days = new Dictionary<int, SentenceNote>();
        foreach (var found in founds)
        {
            var place = layout[found.First];
            if (found.BareWeekday && found.Weekday is { } weekday)
            {
                Note(weekdays, place, (int)weekday);
            }
            else if (found.DaySpec is { Month: { } month, FirstDay: { } first })
            {
                Note(days, place, (month * 100) + first);
            }
        }

        if (weekdays.Count == 0)
        {
            return;
        }

        for (var i = 0; i < founds.Count; i++)
        {
            var found = founds[i];
            if (found.Kind != DateMentionKind.Date || found.DaySpec is not { Year: null, Weekday: null, IsMonthDay: true } spec)
            {
                continue;
            }

            var place = layout[found.First];
            var key = (spec.Month!.Value * 100) + spec.FirstDay!.Value;
            if (OnlyNoteAround(weekdays, place) is not { } weekday || !OnlyDayAroundWeekdays(weekdays, days, place, key))
            {
                continue;
            }

            if (DateResolver.ResolveWithWeekdayEvidence(spec, (IsoDayOfWeek)weekday, day, found.Resolution) is { } resolution)
            {
                founds[i] = found with { Resolution = resolution };
            }
        }
    }

    private static void Note(Dictionary<int, SentenceNote> notes, TokenLayout place, int value)
        => notes[place.Sentence] = notes.TryGetValue(place.Sentence, out var note) && note.Value != value
            ? note with { Several = true }
            : new SentenceNote(value, false, place.Paragraph);

    /// <summary>The one value noted in a sentence and its neighbours in the same paragraph, or <see langword="null"/> for none or several.</summary>
    private static int? OnlyNoteAround(Dictionary<int, SentenceNote> notes, TokenLayout place)
    {
        int? only = null;
        for (var sentence = place.Sentence - 1; sentence <= place.Sentence + 1; sentence++)
        {
            if (!notes.TryGetValue(sentence, out var note) || note.Paragraph != place.Paragraph)
            {
                continue;
            }

            if (note.Several || (only is { } seen && seen != note.Value))
            {
                return null;
            }

            only = note.Value;
        }

        return only;
    }

    /// <summary>Whether each weekday around a date has that date as the only day around it.</summary>
    private static bool OnlyDayAroundWeekdays(Dictionary<int, SentenceNote> weekdays, Dictionary<int, SentenceNote> days, TokenLayout place, int key)
    {
        for (var sentence = place.Sentence - 1; sentence <= place.Sentence + 1; sentence++)
        {
            if (weekdays.TryGetValue(sentence, out var note) && note.Paragraph == place.Paragraph
                && OnlyNoteAround(days, new TokenLayout(sentence, note.Paragraph, false)) != key)
            {
                return false;
            }
        }

        return true;
    }

    private DateMention ToMention(Found found)
    {
        var start = tokens[found.First].Start;
        var end = tokens[found.Last].End;
        var resolution = found.Resolution;
        return new DateMention(
            start, end, text[start..end], found.Kind, resolution.Value, resolution.YearInferred, found.Weekday, resolution.WeekdayMismatch, resolution.Problem);
    }

    private Found? Find(int index)
    {
        var point = ParsePoint(index, afterConnector: false) ?? BareDay(index);
        if (point is null)
        {
            return null;
        }

        if (Range(point) is { } range)
        {
            return range;
        }

        return point.Spec is { IsBareDay: true }
            ? null
            : new Found(point.First, point.Last, point.Kind, Resolve(point), point.Weekday, point.Spec, point.BareWeekday);
    }

    private Found? Range(Point first)
    {
        var connector = first.Last + 1;
        if (connector >= tokens.Length || !IsRangeConnector(connector, first.First))
        {
            return null;
        }

        var last = ParsePoint(connector + 1, afterConnector: true) ?? BareDay(connector + 1);
        var weekdaysThenDate = first.Spec is null && first.Weekday is not null && last?.Spec?.Weekday is not null;
        if (last is null || weekdaysThenDate || !Fits(first.Spec, last.Spec))
        {
            return null;
        }

        var resolution = first.Spec is { } a && last.Spec is { } b
            ? DateResolver.ResolveRange(FillFrom(a, b), FillFrom(b, a), reference)
            : DateResolver.Join(Resolve(first), Resolve(last));
        return new Found(first.First, last.Last, DateMentionKind.DateRange, resolution, first.Weekday ?? last.Weekday, first.Spec, false);
    }

    private bool IsRangeConnector(int index, int firstOfRange)
    {
        var token = tokens[index];
        return token.IsDash || RangeWords.Contains(token.Text)
            || (token.Is("and") && firstOfRange > 0 && tokens[firstOfRange - 1].Is("between"));
    }

    /// <summary>A bare day number can only be one end of a range whose other end names the month.</summary>
    private static bool Fits(DateSpec? first, DateSpec? last)
    {
        if (first is { IsBareDay: true })
        {
            return last is { IsMonthDay: true } && last.FirstDay > first.FirstDay;
        }

        return last is not { IsBareDay: true } || (first is { IsMonthDay: true } && last.FirstDay > first.FirstDay);
    }

    private static DateSpec FillFrom(DateSpec spec, DateSpec other)
        => spec.IsBareDay ? spec with { Month = other.Month, Year = spec.Year ?? (other.IsBareDay ? null : other.Year) } : spec;

    private DateResolution Resolve(Point point) => point.Fixed ?? DateResolver.Resolve(point.Spec!, reference);

    private Point? ParsePoint(int index, bool afterConnector)
    {
        if (index >= tokens.Length)
        {
            return null;
        }

        var point = tokens[index].Kind switch
        {
            TokenKind.Number when !afterConnector && IsNumberTail(index) => null,
            TokenKind.Number => NumericDate(index) ?? DayFirst(index) ?? YearOrDecade(index) ?? Ago(index),
            TokenKind.Word => WeekdayFirst(index) ?? MonthFirst(index, afterConnector, requireDay: false) ?? Phrase(index),
            _ => null,
        };
        return point is { Spec: { IsMonthDay: true, Weekday: null } spec } ? TrailingWeekday(point, spec) : point;
    }

    /// <summary>A weekday in parentheses after a date: "August 9 (Friday)", "9 August 2024 (Fri.)".</summary>
    private Point TrailingWeekday(Point point, DateSpec spec)
    {
        var open = point.Last + 1;
        if (!SymbolAt(open, '(') || !DateLexicon.TryGetWeekday(At(open + 1).Text, allowAbbreviation: true, out var weekday))
        {
            return point;
        }

        var close = IsAdjacentSymbol(tokens, open + 2, '.') ? open + 3 : open + 2;
        return SymbolAt(close, ')') ? Calendar(point.First, close, spec with { Weekday = weekday }) : point;
    }

    /// <summary>
    /// A date in digits: year first ("2024-08-09", "2024/8/9", "2024.08.09"), or day and month before a four-digit year
    /// ("09.08.2024", "13/9/2024"). With dots the day comes first; with slashes or dashes the order is only known when
    /// one of the two numbers is above 12, and otherwise the mention has a problem and no value.
    /// </summary>
    private Point? NumericDate(int index)
    {
        if (!IsDigitGroup(index, 1, 4) || IsVersion(index))
        {
            return null;
        }

        var separator = At(index + 1);
        var ok = separator.Kind == TokenKind.Symbol && DateSeparators.Contains(separator.Text[0]) && Touching(index + 1)
            && IsDigitGroup(index + 2, 1, 2) && Touching(index + 2)
            && At(index + 3).Kind == TokenKind.Symbol && At(index + 3).Text == separator.Text && Touching(index + 3) && Touching(index + 4)
            && IsDigitGroup(index + 4, 1, 4) && !IsContinued(tokens, index + 4)
            && !(At(index + 5).Text == separator.Text && Touching(index + 5) && At(index + 6).Kind == TokenKind.Number && Touching(index + 6));
        if (!ok)
        {
            return null;
        }

        var (first, second, third) = (tokens[index].SmallNumber(4), tokens[index + 2].SmallNumber(2), tokens[index + 4].SmallNumber(4));
        if (IsDigits(index, 4))
        {
            return IsDigitGroup(index + 4, 1, 2) ? Calendar(index, index + 4, DateSpec.OfDay(first, second, third)) : null;
        }

        if (!IsDigits(index + 4, 4) || !IsDigitGroup(index, 1, 2))
        {
            return null;
        }

        var monthFirst = first <= 12 && second > 12;
        var dayFirst = first > 12 || separator.IsSymbol('.') || first == second || first < 1 || second < 1 || third < 1;
        if (monthFirst || dayFirst)
        {
            return Calendar(index, index + 4, monthFirst ? DateSpec.OfDay(third, first, second) : DateSpec.OfDay(third, second, first));
        }

        var written = text[tokens[index].Start..tokens[index + 4].End];
        var problem = $"{written} may be {DateValue.Day(new LocalDate(third, second, first)).Describe()} or "
            + $"{DateValue.Day(new LocalDate(third, first, second)).Describe()}: the order of day and month is not known.";
        return new Point(index, index + 4, null, DateResolution.Fail(problem), DateMentionKind.Date, null);
    }

    /// <summary>A number glued by a separator to digits before it, as in the 2024 of "555-2024" or the 3 of "2.10.3".</summary>
    private bool IsNumberTail(int index)
        => index >= 2 && tokens[index - 1].Kind == TokenKind.Symbol && NumberJoiners.Contains(tokens[index - 1].Text[0])
           && Touching(index) && Touching(index - 1) && tokens[index - 2].Kind == TokenKind.Number;

    /// <summary>Whether a number is continued by a separator and more digits, as in "2024-08-09-1" or "1.2.2024.5".</summary>
    private bool IsNumberContinued(int index)
        => index + 2 < tokens.Length && tokens[index + 1].Kind == TokenKind.Symbol && NumberJoiners.Contains(tokens[index + 1].Text[0])
           && Touching(index + 1) && Touching(index + 2) && tokens[index + 2].Kind == TokenKind.Number;

    /// <summary>A version number such as "v1.2.2024" or "version 10.1.2024".</summary>
    private bool IsVersion(int index)
        => index > 0 && tokens[index - 1].Kind == TokenKind.Word && (Touching(index) || VersionWords.Contains(tokens[index - 1].Text));

    private bool IsDigitGroup(int index, int minDigits, int maxDigits)
        => index < tokens.Length && tokens[index].Kind == TokenKind.Number
           && tokens[index].End - tokens[index].Start is var digits && digits >= minDigits && digits <= maxDigits;

    private Point? DayFirst(int index)
    {
        if (!TryDay(index, out var day, out var last))
        {
            return null;
        }

        var next = WordAt(last + 1, "of") ? last + 2 : last + 1;
        if (!TryMonth(next, out var month, out var monthLast, out _))
        {
            return null;
        }

        return TryCommaYear(monthLast + 1, out var year, out var yearLast)
            ? Calendar(index, yearLast, DateSpec.OfDay(year, month, day))
            : Calendar(index, monthLast, DateSpec.OfDay(null, month, day));
    }

    private Point? BareDay(int index)
    {
        if (!TryDay(index, out var day, out var last))
        {
            return null;
        }

        return TryCommaYear(last + 1, out var year, out var yearLast)
            ? Calendar(index, yearLast, DateSpec.OfDay(year, null, day))
            : Calendar(index, last, DateSpec.OfDay(null, null, day));
    }

    private Point? YearOrDecade(int index)
    {
        if (DecadeAt(index) is { } start)
        {
            return Fixed(index, index + 1, new DateValue(new LocalDate(start, 1, 1), new LocalDate(start + 9, 12, 31), DatePrecision.Year), DateMentionKind.DateRange);
        }

        // "2005-2022" and "2024/25" may follow a year; "2024-555" and "2024:15" are not years.
        var glued = IsNumberContinued(index);
        var span = glued && (At(index + 1).IsDash || At(index + 1).IsSymbol('/')) && (IsDigits(index + 2, 4) || IsDigits(index + 2, 2))
            && !IsNumberContinued(index + 2);
        if ((glued && !span) || (IsDigits(index, 4) && DateYearOrCount.IsCount(tokens, index, PreviousStartsSentence(index))))
        {
            return null;
        }

        return TryYear(index, 1900, 2099, out var year) ? Calendar(index, index, DateSpec.OfYear(year)) : null;
    }

    private Point? Ago(int index)
    {
        if (!TryCount(index, out var count, out var last) || !YearUnits.TryGetValue(At(last + 1).Text, out var unit) || !WordAt(last + 2, "ago"))
        {
            return null;
        }

        return Relative(index, last + 2, DateMentionKind.Year, day => DateValue.Year(day.Year - (count * unit)));
    }

    private bool TryCount(int index, out int count, out int last)
    {
        last = index;
        count = tokens[index].SmallNumber(3);
        if (count > 0)
        {
            return true;
        }

        if (tokens[index].Is("a") || tokens[index].Is("an"))
        {
            count = 1;
            return true;
        }

        return TryReadNumberWords(tokens, index, out count, out last);
    }

    private Point? WeekdayFirst(int index)
    {
        if ((tokens[index].Class & WordClass.CalendarWord) == 0 || !DateLexicon.TryGetWeekday(tokens[index].Text, allowAbbreviation: true, out var weekday))
        {
            return null;
        }

        var next = index + 1;
        next += IsAdjacentSymbol(tokens, next, '.') ? 1 : 0;
        next += SymbolAt(next, ',') ? 1 : 0;
        var open = SymbolAt(next, '(') ? 1 : 0;
        var date = MonthFirst(next + open, afterConnector: false, requireDay: true) ?? DayFirst(next + open) ?? NumericDate(next + open);
        if (date?.Spec is { } spec && (open == 0 || SymbolAt(date.Last + 1, ')')))
        {
            return Calendar(index, date.Last + open, spec with { Weekday = weekday });
        }

        return DateLexicon.TryGetWeekday(tokens[index].Text, allowAbbreviation: false, out _)
            ? Weekday(index, index, weekday, layout[index].FutureCue ? Direction.After : Direction.OnOrBefore) with { BareWeekday = true }
            : null;
    }

    private Point? MonthFirst(int index, bool afterConnector, bool requireDay)
    {
        if (!TryMonth(index, out var month, out var last, out var abbreviated))
        {
            return null;
        }

        if (TryDay(last + 1, out var day, out var dayLast))
        {
            return TryCommaYear(dayLast + 1, out var year, out var yearLast)
                ? Calendar(index, yearLast, DateSpec.OfDay(year, month, day))
                : Calendar(index, dayLast, DateSpec.OfDay(null, month, day));
        }

        if (requireDay)
        {
            return null;
        }

        if (TryCommaYear(last + 1, out var monthYear, out var monthYearLast))
        {
            return Calendar(index, monthYearLast, DateSpec.OfMonth(monthYear, month));
        }

        return !abbreviated && MayStandAlone(index, month, afterConnector) ? Calendar(index, last, DateSpec.OfMonth(null, month)) : null;
    }

    /// <summary>A month without a number must be capitalised; "May" and "March" also need a preposition before them.</summary>
    private bool MayStandAlone(int index, int month, bool afterConnector)
    {
        if (!char.IsUpper(tokens[index].Text[0]))
        {
            return false;
        }

        return !DateLexicon.IsAlsoAWord(month) || afterConnector || (index > 0 && MonthPrepositions.Contains(tokens[index - 1].Text));
    }

    private Point? Phrase(int index)
    {
        var token = tokens[index];
        if (token.Is("fiscal") || (token.Is("fy") && index + 1 < tokens.Length && Touching(index + 1)))
        {
            var yearAt = WordAt(index + 1, "year") ? index + 2 : index + 1;
            return TryYear(yearAt, 1900, 2099, out var year) ? Calendar(index, yearAt, DateSpec.OfYear(year)) : null;
        }

        var phraseWord = (token.Class & WordClass.DatePhraseWord) != 0;
        if (phraseWord && PartWords.TryGetValue(token.Text, out var part))
        {
            var next = IsAdjacentSymbol(tokens, index + 1, '-') ? index + 2 : index + 1;
            return PartOf(index, next, part, token.Text);
        }

        if (phraseWord && Steps.TryGetValue(token.Text, out var step))
        {
            return Stepped(index, step);
        }

        if (phraseWord && RelativeDays.TryGetValue(token.Text, out var days) && !IsPartOfName(index))
        {
            return Relative(index, index, DateMentionKind.Date, day => DateValue.Day(day.PlusDays(days)));
        }

        var nounAt = token.Is("the") ? index + 1 : index;
        return PartPhrase(index, nounAt) ?? Ago(index);
    }

    /// <summary>"first half of", "second half of", "the middle of" and the like before a month, a year or a decade.</summary>
    private Point? PartPhrase(int first, int nounAt)
    {
        var noun = At(nounAt);
        if (noun.Is("first") || noun.Is("second"))
        {
            var part = noun.Is("first") ? new Part(1, 15, 1, 6, 0, 4) : new Part(16, DateSpec.MonthEnd, 7, 12, 5, 9);
            return WordAt(nounAt + 1, "half") && WordAt(nounAt + 2, "of") ? PartOf(first, nounAt + 3, part, noun.Text) : null;
        }

        return (noun.Class & WordClass.DatePhraseWord) != 0 && PartNouns.TryGetValue(noun.Text, out var range) && WordAt(nounAt + 1, "of") ? PartOf(first, nounAt + 2, range, noun.Text) : null;
    }

    /// <summary>
    /// A part of what follows: of a month ("early August 2024"), of a year ("mid-2024", as whole months: the first, middle
    /// or last four, or a half), of a decade ("the late 1990s"), or of a month, year or week relative to the reference
    /// ("later this month", "the end of the year", "early next week").
    /// </summary>
    private Point? PartOf(int first, int at, Part part, string word)
    {
        if (TryMonth(at, out var month, out var monthLast, out _))
        {
            var spec = new DateSpec(null, month, part.FirstDay, part.LastDay, DatePrecision.PartOfMonth);
            return TryCommaYear(monthLast + 1, out var year, out var yearLast)
                ? Calendar(first, yearLast, spec with { Year = year })
                : Calendar(first, monthLast, spec);
        }

        if (DecadeAt(at) is { } decade)
        {
            var value = new DateValue(new LocalDate(decade + part.FirstYearOfDecade, 1, 1), new LocalDate(decade + part.LastYearOfDecade, 12, 31), DatePrecision.Year);
            return Fixed(first, at + 1, value, DateMentionKind.DateRange);
        }

        if (TryYear(at, 1000, 2999, out var stated))
        {
            return Fixed(first, at, PartOfYear(stated, part), DateMentionKind.DateRange);
        }

        var step = At(at).Is("the") ? 0 : Steps.GetValueOrDefault(At(at).Text, int.MinValue);
        var unit = At(at + 1);
        if (step == int.MinValue || !(unit.Is("month") || unit.Is("year") || unit.Is("week")))
        {
            return null;
        }

        Func<LocalDate, DateValue?> compute = unit.Is("month") ? day => PartOfMonth(day, step, part, word)
            : unit.Is("year") ? day => PartOfYear(day, step, part, word)
            : day => PartOfWeek(day, step, part, word);
        return Relative(first, at + 1, DateMentionKind.DateRange, compute);
    }

    private static DateValue? PartOfMonth(LocalDate day, int step, Part part, string word)
    {
        var monthStart = day.With(DateAdjusters.StartOfMonth).PlusMonths(step);
        var monthEnd = monthStart.With(DateAdjusters.EndOfMonth);
        var (start, end) = (step, word.ToUpperInvariant()) switch
        {
            (0, "LATER") => (day.PlusDays(1), monthEnd),
            (0, "EARLIER") => (monthStart, day.PlusDays(-1)),
            _ => (monthStart.PlusDays(part.FirstDay - 1), part.LastDay == DateSpec.MonthEnd ? monthEnd : monthStart.PlusDays(part.LastDay - 1)),
        };
        return start <= end && start.Month == monthStart.Month && end.Month == monthStart.Month
            ? new DateValue(start, end, DatePrecision.PartOfMonth)
            : null;
    }

    /// <summary>"later this year" runs from the day after the reference to the end of its year; "early next year" is January to April.</summary>
    private static DateValue? PartOfYear(LocalDate day, int step, Part part, string word)
    {
        var year = day.Year + step;
        var (yearStart, yearEnd) = (new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        return (step, word.ToUpperInvariant()) switch
        {
            (0, "LATER") => day < yearEnd ? new DateValue(day.PlusDays(1), yearEnd, DatePrecision.DayRange) : null,
            (0, "EARLIER") => day > yearStart ? new DateValue(yearStart, day.PlusDays(-1), DatePrecision.DayRange) : null,
            _ => PartOfYear(year, part),
        };
    }

    private static DateValue PartOfYear(int year, Part part)
        => new(new LocalDate(year, part.FirstMonth, 1), new LocalDate(year, part.LastMonth, 1).With(DateAdjusters.EndOfMonth), DatePrecision.Month);

    /// <summary>
    /// A part of an ISO week (Monday to Sunday): "later this week" runs from the day after the reference to Sunday,
    /// "earlier this week" from Monday to the day before; an early part is Monday to Wednesday, a middle one Tuesday to
    /// Thursday and a late one (or the end, or the second half) Thursday to Sunday.
    /// </summary>
    private static DateValue? PartOfWeek(LocalDate day, int step, Part part, string word)
    {
        var monday = WeekStart(day).PlusWeeks(step);
        var sunday = monday.PlusDays(6);
        var (start, end) = (step, word.ToUpperInvariant(), part.FirstMonth) switch
        {
            (0, "LATER", _) => (day.PlusDays(1), sunday),
            (0, "EARLIER", _) => (monday, day.PlusDays(-1)),
            (_, _, 1) => (monday, monday.PlusDays(2)),
            (_, _, 5) => (monday.PlusDays(1), monday.PlusDays(3)),
            _ => (monday.PlusDays(3), sunday),
        };
        return start < end ? new DateValue(start, end, DatePrecision.DayRange) : start == end ? DateValue.Day(start) : null;
    }

    private static LocalDate WeekStart(LocalDate day) => day.DayOfWeek == IsoDayOfWeek.Monday ? day : day.Previous(IsoDayOfWeek.Monday);

    /// <summary>The first year of a decade written as "1990s" at an index, or <see langword="null"/>.</summary>
    private int? DecadeAt(int index)
    {
        var decade = index + 1 < tokens.Length && tokens[index + 1].Is("s") && Touching(index + 1);
        return decade && IsDigits(index, 4) && tokens[index].SmallNumber(4) is var start and >= 1000 && start % 10 == 0 && !ContinuesNumber(tokens, index)
            ? start
            : null;
    }

    private static Point Fixed(int first, int last, DateValue value, DateMentionKind kind)
        => new(first, last, null, new DateResolution(value, false, false, null), kind, null);

    /// <summary>"this year", "next month", "last Friday", "last August".</summary>
    private Point? Stepped(int index, int step)
    {
        var next = At(index + 1);
        if (next.Is("year"))
        {
            return Relative(index, index + 1, DateMentionKind.Year, day => DateValue.Year(day.Year + step));
        }

        if (next.Is("week") || next.Is("weekend"))
        {
            var weekend = next.Is("weekend");
            return Relative(index, index + 1, DateMentionKind.DateRange, day => Week(day, step, weekend));
        }

        if (step == 0 && TimesOfDay.Contains(next.Text))
        {
            return Relative(index, index + 1, DateMentionKind.Date, DateValue.Day);
        }

        if (step == -1 && next.Is("night"))
        {
            return Relative(index, index + 1, DateMentionKind.Date, day => DateValue.Day(day.PlusDays(-1)));
        }

        if (next.Is("month"))
        {
            return Relative(index, index + 1, DateMentionKind.Month, day => DateValue.Month(day.PlusMonths(step).Year, day.PlusMonths(step).Month));
        }

        if (DateLexicon.TryGetWeekday(next.Text, allowAbbreviation: false, out var weekday))
        {
            var direction = step switch { 0 => Direction.OnOrAfter, > 0 => Direction.After, _ => Direction.Before };
            return Weekday(index, index + 1, weekday, direction);
        }

        if (TryMonth(index + 1, out var month, out _, out var abbreviated) && !abbreviated)
        {
            return Relative(index, index + 1, DateMentionKind.Month, day => DateValue.Month(day.Year + YearsToMonth(day.Month, month, step), month));
        }

        return null;
    }

    /// <summary>An ISO week, Monday to Sunday, or its Saturday and Sunday.</summary>
    private static DateValue Week(LocalDate day, int step, bool weekend)
    {
        var monday = WeekStart(day).PlusWeeks(step);
        return new DateValue(monday.PlusDays(weekend ? 5 : 0), monday.PlusDays(6), DatePrecision.DayRange);
    }

    /// <summary>"Today" in a name such as "Japan Today" or "Kazakhstan Today": capitalised after a capitalised word in its sentence.</summary>
    private bool IsPartOfName(int index)
        => char.IsUpper(tokens[index].Text[0]) && index > 0 && tokens[index - 1].Kind == TokenKind.Word
           && char.IsUpper(tokens[index - 1].Text[0]) && layout[index].Sentence == layout[index - 1].Sentence;

    private static int YearsToMonth(int current, int month, int step) => step switch
    {
        0 => 0,
        > 0 => month > current ? 0 : 1,
        _ => month < current ? 0 : -1,
    };

    private Point Weekday(int first, int last, IsoDayOfWeek weekday, Direction direction)
    {
        var point = Relative(first, last, DateMentionKind.Date, day => DateValue.Day(Move(day, weekday, direction)));
        return point with { Weekday = weekday };
    }

    private static LocalDate Move(LocalDate day, IsoDayOfWeek weekday, Direction direction) => direction switch
    {
        Direction.OnOrBefore => day.DayOfWeek == weekday ? day : day.Previous(weekday),
        Direction.OnOrAfter => day.DayOfWeek == weekday ? day : day.Next(weekday),
        Direction.Before => day.Previous(weekday),
        _ => day.Next(weekday),
    };

    /// <summary>A mention whose value is computed from the reference date; the computation may find no such days.</summary>
    private Point Relative(int first, int last, DateMentionKind kind, Func<LocalDate, DateValue?> compute)
    {
        var resolution = DateResolution.Fail(DateResolution.NoReferenceForRelative);
        if (reference is { } day)
        {
            resolution = SafeCompute(day, compute) is { } value ? DateResolution.Relative(value) : DateResolution.Fail(DateResolution.NoSuchDays);
        }

        return new Point(first, last, null, resolution, kind, null);
    }

    /// <summary>Dates near the ends of the calendar (years 1 and 9999) have no neighbours to step to.</summary>
    private static DateValue? SafeCompute(LocalDate day, Func<LocalDate, DateValue?> compute)
    {
        try
        {
            return compute(day);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            return null;
        }
    }

    private static Point Calendar(int first, int last, DateSpec spec)
    {
        var kind = spec switch
        {
            { Month: null, FirstDay: null } => DateMentionKind.Year,
            { FirstDay: null } => DateMentionKind.Month,
            { LastDay: not null } => DateMentionKind.DateRange,
            _ => DateMentionKind.Date,
        };
        return new Point(first, last, spec, null, kind, spec.Weekday);
    }

    private bool TryMonth(int index, out int month, out int last, out bool abbreviated)
    {
        month = 0;
        abbreviated = false;
        last = index;
        if (index >= tokens.Length || tokens[index].Kind != TokenKind.Word || (tokens[index].Class & WordClass.CalendarWord) == 0 || !DateLexicon.TryGetMonth(tokens[index].Text, out month, out abbreviated))
        {
            return false;
        }

        last += abbreviated && IsAdjacentSymbol(tokens, index + 1, '.') ? 1 : 0;
        return true;
    }

    /// <summary>A day number: one or two digits with an optional ordinal suffix, not part of a larger number or a quantity.</summary>
    private bool TryDay(int index, out int day, out int last)
    {
        last = index;
        day = index < tokens.Length ? tokens[index].SmallNumber(2) : -1;
        if (day < 1 || ContinuesNumber(tokens, index) || IsContinued(tokens, index))
        {
            return false;
        }

        if (index + 1 < tokens.Length && OrdinalSuffixes.Contains(tokens[index + 1].Text) && Touching(index + 1))
        {
            last = index + 1;
        }

        var after = At(last + 1);
        var plausible = day <= 31 || last + 1 >= tokens.Length || after.Kind == TokenKind.Symbol;
        return plausible && !IsQuantityWord(last + 1);
    }

    private bool TryCommaYear(int index, out int year, out int last)
    {
        last = SymbolAt(index, ',') ? index + 1 : index;
        return TryYear(last, 1000, 2999, out year);
    }

    /// <summary>A four-digit year that is not part of a larger number, an amount of money, a percentage or a word.</summary>
    private bool TryYear(int index, int min, int max, out int year)
    {
        year = IsDigits(index, 4) ? tokens[index].SmallNumber(4) : -1;
        if (year < min || year > max || ContinuesNumber(tokens, index) || IsContinued(tokens, index) || IsQuantityWord(index + 1))
        {
            return false;
        }

        var glued = (index + 1 < tokens.Length && Touching(index + 1) && tokens[index + 1].Kind != TokenKind.Symbol)
            || (index > 0 && Touching(index) && (IsCurrencySymbol(tokens[index - 1]) || tokens[index - 1].Kind == TokenKind.Word));
        return !glued || (index > 0 && tokens[index - 1].Is("fy"));
    }

    /// <summary>Whether the token at an index makes the number before it a quantity: a scale, a currency or a percentage.</summary>
    private bool IsQuantityWord(int index)
        => index < tokens.Length
           && (tokens[index].IsSymbol('%')
               || ((tokens[index].Class & WordClass.MayBeQuantity) != 0
                   && (TryGetScale(tokens, index, out _) || TryGetCurrencyName(tokens[index], out _) || tokens[index].Is("percent"))));

    private bool PreviousStartsSentence(int index)
        => index >= 1 && (index == 1 || layout[index - 1].Sentence != layout[index - 2].Sentence);

    private bool IsDigits(int index, int count)
        => index < tokens.Length && tokens[index].Kind == TokenKind.Number && tokens[index].End - tokens[index].Start == count;

    private bool Touching(int index) => index > 0 && index < tokens.Length && tokens[index - 1].End == tokens[index].Start;

    private bool WordAt(int index, string word) => index < tokens.Length && tokens[index].Is(word);

    private bool SymbolAt(int index, char symbol) => index < tokens.Length && tokens[index].IsSymbol(symbol);

    /// <summary>Gets the token at an index, or an empty symbol past the end so that look-ahead needs no bounds checks.</summary>
    private Token At(int index) => index < tokens.Length ? tokens[index] : new Token(text.Length, text.Length, TokenKind.Symbol, "\0");

    /// <summary>The days a part word stands for in a month, the months in a year and the years in a decade.</summary>
    /// <param name="FirstDay">The first day of the month.</param>
    /// <param name="LastDay">The last day of the month, or <see cref="DateSpec.MonthEnd"/>.</param>
    /// <param name="FirstMonth">The first month of the year.</param>
    /// <param name="LastMonth">The last month of the year.</param>
    /// <param name="FirstYearOfDecade">The first year of the decade, 0 to 9.</param>
    /// <param name="LastYearOfDecade">The last year of the decade, 0 to 9.</param>
    private readonly record struct Part(int FirstDay, int LastDay, int FirstMonth, int LastMonth, int FirstYearOfDecade, int LastYearOfDecade);

    /// <summary>Where a token stands in the text.</summary>
    /// <param name="Sentence">The number of the sentence, counted from the start of the part read.</param>
    /// <param name="Paragraph">The number of the paragraph (a paragraph ends at a line break), counted likewise.</param>
    /// <param name="FutureCue">Whether a future cue comes before the token in its sentence.</param>
    internal readonly record struct TokenLayout(int Sentence, int Paragraph, bool FutureCue);

    /// <summary>A parsed date expression, either as written (<see cref="Spec"/>) or already resolved (<see cref="Fixed"/>).</summary>
    private sealed record Point(int First, int Last, DateSpec? Spec, DateResolution? Fixed, DateMentionKind Kind, IsoDayOfWeek? Weekday)
    {
        /// <summary>Gets a value indicating whether this is a weekday alone ("on Friday"), not "last Friday" or "Friday, August 9".</summary>
        public bool BareWeekday { get; init; }
    }

    /// <summary>A finished mention, by token indices.</summary>
    /// <param name="First">The index of the first token.</param>
    /// <param name="Last">The index of the last token.</param>
    /// <param name="Kind">What the mention names.</param>
    /// <param name="Resolution">Its value or problem.</param>
    /// <param name="Weekday">The weekday named in it.</param>
    /// <param name="DaySpec">The date as written, or the first end of a range, when it was written as a calendar date.</param>
    /// <param name="BareWeekday">Whether it is a weekday alone.</param>
    private sealed record Found(
        int First, int Last, DateMentionKind Kind, DateResolution Resolution, IsoDayOfWeek? Weekday, DateSpec? DaySpec, bool BareWeekday);

    /// <summary>What one sentence names: a weekday or a day of a month, or several different ones.</summary>
    /// <param name="Value">The weekday, or the month times 100 plus the day.</param>
    /// <param name="Several">Whether the sentence names several different ones.</param>
    /// <param name="Paragraph">The paragraph of the sentence.</param>
    private readonly record struct SentenceNote(int Value, bool Several, int Paragraph);
}
