using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Recognition;
using CaJapan.Reconcile.Sources;
using CaJapan.Reconcile.Text;
using NodaTime;

namespace CaJapan.Reconcile.Extraction;

/// <summary>
/// Reads the metadata an article carries in its own header, the first <see cref="HeaderLines"/> lines: a labelled
/// dateline ("Published: Aug 06, 2024"), a place dateline ("TOKYO, Aug. 9 (Kyodo) --"), a byline ("By Jane Doe,
/// Reuters") and an outlet's credit ("Source: The Diplomat"); an outlet's credit may also stand in the last
/// <see cref="TrailerLines"/> lines ("-- Kyodo News"). Every trigger word is the pack's. Metadata from a manifest or
/// the caller wins: only fields left empty are filled, and each records that it came from the text.
/// </summary>
internal sealed class SourceMetadataReader(PackIndex index)
{
    /// <summary>How many non-blank lines from the top count as the header.</summary>
    public const int HeaderLines = 6;

    /// <summary>How many non-blank lines at the end may hold an outlet's credit.</summary>
    public const int TrailerLines = 3;

    private const int MaxPlaceWords = 4;
    private const int MaxRegionWords = 3;
    private const int MaxNameWords = 5;
    private const int MaxNames = 6;
    private const int MaxBylineChars = 160;
    private const int LookAhead = 60;

    /// <summary>Lower-case words that may stand inside a person's name ("Ursula von der Leyen").</summary>
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "al", "bin", "binti", "da", "das", "de", "del", "della", "der", "di", "dos", "du", "el", "ibn", "la", "le", "ter", "van", "von",
    };

    /// <summary>
    /// Finds the place dateline at the head of a text ("TOKYO, July 26 (Kyodo) -"): the span from the start of its
    /// line to its dash, whose date is the day of filing, never a fact of the story.
    /// </summary>
    /// <param name="doc">The text.</param>
    /// <param name="published">The publication date, for place names that changed.</param>
    /// <returns>The dateline's span, or <see langword="null"/> when the header has none.</returns>
    public TextSpan? FindDateline(DocumentText doc, LocalDate? published)
    {
        foreach (var line in doc.Lines.Take(HeaderLines))
        {
            if (ReadPlaceDateline(doc, line, published) is { } dateline)
            {
                return new TextSpan(line.Start, dateline.End);
            }
        }

        return null;
    }

    public Source Complete(Source source)
    {
        var doc = DocumentText.For(source.Text, index);
        var lines = doc.Lines;
        PlaceDateline? dateline = null;
        Byline? byline = null;
        string? outlet = null;
        foreach (var line in lines.Take(HeaderLines))
        {
            var lineDateline = dateline is null ? ReadPlaceDateline(doc, line, source.Published) : null;
            var lineByline = byline is null && lineDateline is null ? ReadByline(doc, line) : null;
            dateline ??= lineDateline;
            byline ??= lineByline;
            outlet ??= lineDateline?.Outlet ?? lineByline?.Outlet ?? ReadCredit(doc, line, inHeader: true);
        }

        foreach (var line in lines.Skip(HeaderLines).TakeLast(TrailerLines))
        {
            outlet ??= ReadCredit(doc, line, inHeader: false);
        }

        var result = source;
        if (result.Published is null && (ReadLabelledDateline(doc) ?? dateline?.Published) is { } published)
        {
            result = result with { Published = published, PublishedOrigin = PublishedOrigin.Text };
        }

        if (result.DatelinePlace is null && dateline is not null)
        {
            result = result with
            {
                DatelinePlace = doc.Text[dateline.Place.Start..dateline.Place.End],
                DatelineLocation = dateline.Location,
                DatelineOrigin = MetadataOrigin.Text,
            };
        }
        else if (result.DatelinePlace is { } given && result.DatelineLocation is null && Resolve(given, result.Published) is { } location)
        {
            result = result with { DatelineLocation = location };
        }

        if (result.Byline is null && byline?.Names is { } names)
        {
            result = result with { Byline = doc.Text[names.Start..names.End], BylineOrigin = MetadataOrigin.Text };
        }

        if (string.IsNullOrWhiteSpace(result.Outlet) && outlet is not null)
        {
            result = result with { Outlet = outlet, OutletOrigin = MetadataOrigin.Text };
        }

        if (result.WireOrigin is null && outlet is not null
            && (result.OutletOrigin == MetadataOrigin.Text || !string.Equals(outlet, result.Outlet, StringComparison.OrdinalIgnoreCase)))
        {
            // The text credits an agency: the article carries that agency's copy, whoever publishes it.
            result = result with { WireOrigin = outlet };
        }

        return result;
    }

    /// <summary>The first header lines' "Published: Aug 06, 2024": a label, then a day with its year.</summary>
    private LocalDate? ReadLabelledDateline(DocumentText doc)
    {
        foreach (var line in doc.Sentences.Take(HeaderLines))
        {
            var labels = index.DatelineLabels.FindAll(doc.Phrases, line.Start, line.End);
            if (labels.Count == 0 || labels[0].Span.Start - line.Start > 2)
            {
                continue;
            }

            var date = index.Dates.Recognize(doc.Text, null, labels[0].Span.End, line.End - labels[0].Span.End)
                .FirstOrDefault(d => d.Value is { Precision: DatePrecision.Day } && !d.YearInferred);
            if (date?.Value is { } value)
            {
                return value.Start;
            }
        }

        return null;
    }

    /// <summary>
    /// Reads a place dateline at the start of a line: a place, then optionally ", region", ", date" and "(agency)",
    /// then a dash that ends the line or is followed by the story ("NUR-SULTAN, Kazakhstan —", "TOKYO, Aug. 9
    /// (Reuters) -"). A place the pack does not know must be written in capitals or come with a date or an agency;
    /// a country alone needs a date or an agency too, and a kicker ("EXCLUSIVE —") is no place.
    /// </summary>
    private PlaceDateline? ReadPlaceDateline(DocumentText doc, TextSpan line, LocalDate? published)
    {
        var (text, end) = (doc.Text, line.End);
        var known = Place(doc, line.Start, Math.Min(end, line.Start + LookAhead), published);
        var placeEnd = known?.Span.End ?? CapitalisedWords(text, line.Start, end, MaxPlaceWords);
        if (placeEnd <= line.Start)
        {
            return null;
        }

        TextSpan? region = null;
        DateMention? date = null;
        string? agency = null;
        var hasAgency = false;
        var at = placeEnd;
        while (true)
        {
            var next = TextScan.SkipSpaces(text, at, end);
            if (next < end && text[next] == ',' && !hasAgency)
            {
                var item = TextScan.SkipSpaces(text, next + 1, end);
                if (date is null && DateAt(text, item, end) is { } found)
                {
                    date = found;
                    at = found.End;
                    continue;
                }

                if (region is null && date is null && CapitalisedWords(text, item, end, MaxRegionWords) is var regionEnd && regionEnd > item)
                {
                    region = new TextSpan(item, regionEnd);
                    at = regionEnd;
                    continue;
                }

                return null;
            }

            if (next < end && text[next] == '(' && !hasAgency)
            {
                var close = text.IndexOf(')', next + 1, Math.Min(end - next - 1, LookAhead));
                if (close < 0 || text.IndexOf('(', next + 1, close - next - 1) >= 0)
                {
                    return null;
                }

                hasAgency = true;
                agency = OutletFilling(doc, next + 1, close);
                at = close + 1;
                continue;
            }

            if (!IsDatelineDash(doc, at, next, end))
            {
                return null;
            }

            break;
        }

        var corroborated = date is not null || hasAgency;
        var place = new TextSpan(line.Start, placeEnd);
        var regionPlace = region is { } r ? WholePlace(doc, r, published) : null;
        var accepted = known switch
        {
            { Payload.Place.City: not null } => true,
            not null => corroborated,
            null => corroborated || regionPlace is not null || (IsAllCapitals(text, place) && !StartsWithKicker(doc, place) && OutletFilling(doc, place.Start, place.End) is null),
        };
        if (!accepted)
        {
            return null;
        }

        var location = known is { Payload.Place.City: not null } ? known.Value.Payload.Place : regionPlace ?? known?.Payload.Place;
        var day = date?.Value is { Precision: DatePrecision.Day } value && !date.YearInferred ? value.Start : (LocalDate?)null;
        return new PlaceDateline(new TextSpan(line.Start, region?.End ?? placeEnd), location, day, agency, at);
    }

    /// <summary>Gets whether a dateline's dash starts at <paramref name="next"/>: a run of dashes after a space or a bracket, then the end of the line or a space and the story.</summary>
    private static bool IsDatelineDash(DocumentText doc, int at, int next, int end)
    {
        var stop = next;
        while (stop < end && doc.Folded[stop] == '-')
        {
            stop++;
        }

        if (stop == next || (stop - next == 1 && doc.Text[next] == '-' && next == at && doc.Text[at - 1] != ')'))
        {
            return false;
        }

        if (stop == end)
        {
            return true;
        }

        var story = TextScan.SkipSpaces(doc.Text, stop, end);
        return story > stop && (story == end || char.IsUpper(doc.Text[story]) || char.IsDigit(doc.Text[story]) || doc.Folded[story] is '"' or '\'');
    }

    /// <summary>
    /// Reads a byline that fills a line: a label and names ("By Jane Doe and John Roe, Reuters", "Written by ...",
    /// "Author: ..."), or names then a role ("Jane Doe | Staff writer"). After the names, each part set off by a
    /// comma, bar or dash must be a known outlet, a role or a date. "By Reuters" credits the outlet alone.
    /// </summary>
    private Byline? ReadByline(DocumentText doc, TextSpan line)
    {
        var (text, end) = (doc.Text, line.End);
        if (line.Length > MaxBylineChars)
        {
            return null;
        }

        var labels = index.BylineLabels.FindAll(doc.Phrases, line.Start, Math.Min(end, line.Start + LookAhead));
        var labelled = labels.Count > 0 && labels[0].Span.Start == line.Start;
        var at = line.Start;
        if (labelled)
        {
            at = labels[0].Span.End;
            if (at >= end || !(text[at] == ':' || char.IsWhiteSpace(text[at])))
            {
                return null;
            }

            at = TextScan.SkipSpaces(text, at, end);
            at = at < end && text[at] == ':' ? TextScan.SkipSpaces(text, at + 1, end) : at;
            if (OutletAt(doc, at, end) is { } only && TextScan.SkipSpaces(text, only.Span.End, end) == end)
            {
                return new Byline(null, only.Payload);
            }
        }

        if (Names(doc, at, end) is not { } names || HasDay(text, names))
        {
            return null;
        }

        string? outlet = null;
        var hasRole = false;
        at = FiledFrom(doc, names.End, end) ?? names.End;
        while ((at = TextScan.SkipSpaces(text, at, end)) < end)
        {
            var part = Separator(doc, at, end);
            if (part < 0)
            {
                return null;
            }

            if (OutletAt(doc, part, end) is { } credit && EndsPart(text, credit.Span.End, end))
            {
                outlet ??= credit.Payload;
                at = credit.Span.End;
            }
            else if (RoleAt(doc, part, end) is { } role && RoleEnd(doc, role.End, end) is var (roleEnd, employer) && roleEnd > 0)
            {
                hasRole = true;
                outlet ??= employer;
                at = roleEnd;
            }
            else if (DateAt(text, part, end) is { } date)
            {
                at = NextSeparator(doc, date.End, end);
            }
            else if (CreditedNames(doc, part, end) is { } others)
            {
                at = others;
            }
            else
            {
                return null;
            }
        }

        return labelled || hasRole ? new Byline(names, outlet) : null;
    }

    /// <summary>
    /// Reads an outlet's credit in a line: the line is the outlet's name, perhaps after a dash ("-- Kyodo News");
    /// a line ends with a dash and the name; a credit label comes before it ("Source: The Diplomat", "© 2024
    /// Nikkei"); or, in the header, the line starts with it in brackets ("(Reuters) -"). A name anywhere else in a
    /// sentence ("Reuters reported") is not a credit.
    /// </summary>
    private string? ReadCredit(DocumentText doc, TextSpan line, bool inHeader)
    {
        var (text, folded) = (doc.Text, doc.Folded);
        foreach (var match in index.Outlets.FindAll(doc.Phrases, line.Start, line.End))
        {
            var (start, stop) = (match.Span.Start, match.Span.End);
            var before = TrimEnd(text, line.Start, start);
            var restIsPunctuation = IsPunctuation(text, stop, line.End);
            if (restIsPunctuation && (IsPunctuation(text, line.Start, start) || EndsWithSpacedDash(doc, line.Start, before)))
            {
                return match.Payload;
            }

            if (inHeader && before == line.Start + 1 && text[line.Start] == '(' && TextScan.SkipSpaces(text, stop, line.End) is var close && close < line.End && text[close] == ')')
            {
                return match.Payload;
            }

            var label = index.CreditLabels.FindAll(doc.Phrases, line.Start, start).LastOrDefault();
            if (label.Span.End > label.Span.Start && IsCreditGap(text, label.Span.End, start))
            {
                return match.Payload;
            }
        }

        return null;
    }

    /// <summary>Parses one or more names joined by commas, "and" or "&amp;", stopping before an outlet or a role.</summary>
    private TextSpan? Names(DocumentText doc, int start, int end)
    {
        var text = doc.Text;
        var last = -1;
        var at = start;
        for (var count = 0; count < MaxNames; count++)
        {
            var nameEnd = Name(text, at, end);
            if (nameEnd < 0)
            {
                break;
            }

            last = nameEnd;
            var join = TextScan.SkipSpaces(text, nameEnd, end);
            if (join < end && text[join] is ',' or '&')
            {
                join = TextScan.SkipSpaces(text, join + 1, end);
            }
            else if (!IsWord(doc, join, end, "and"))
            {
                break;
            }

            if (IsWord(doc, join, end, "and"))
            {
                join = TextScan.SkipSpaces(text, join + 3, end);
            }

            if (OutletAt(doc, join, end) is not null || RoleAt(doc, join, end) is not null)
            {
                break;
            }

            at = join;
        }

        return last < 0 ? null : new TextSpan(start, last);
    }

    /// <summary>Parses a person's name: two to five capitalised words or initials, with particles ("von der") between; -1 when there is none.</summary>
    private static int Name(string text, int start, int end)
    {
        var (words, capitalisedWords, last, at) = (0, 0, -1, start);
        while (at < end && words < MaxNameWords)
        {
            var stop = WordEnd(text, at, end);
            var word = text.AsSpan(at, stop - at);
            var capitalised = stop > at && char.IsUpper(text[at]) && !word.Equals("and", StringComparison.OrdinalIgnoreCase);
            if (!capitalised && !(words > 0 && NameParticles.Contains(word.ToString())))
            {
                break;
            }

            words++;
            if (capitalised)
            {
                capitalisedWords++;
                last = stop;
            }

            if (stop + 1 >= end || text[stop] != ' ' || !char.IsLetter(text[stop + 1]))
            {
                break;
            }

            at = stop + 1;
        }

        return capitalisedWords >= 2 ? last : -1;
    }

    /// <summary>Gets whether names hold a day or a weekday ("By Friday Morning"), which no name does.</summary>
    private bool HasDay(string text, TextSpan names)
        => index.Dates.Recognize(text, null, names.Start, names.Length).Any(d => d.Kind is DateMentionKind.Date or DateMentionKind.DateRange);

    /// <summary>Gets the date that starts exactly at <paramref name="start"/>, with or without a value.</summary>
    private DateMention? DateAt(string text, int start, int end)
    {
        if (start >= end)
        {
            return null;
        }

        var length = Math.Min(end - start, LookAhead);
        return index.Dates.Recognize(text, null, start, length).FirstOrDefault(d => d.Start == start);
    }

    /// <summary>Gets the known place whose name starts the span, choosing the name in use when the source was published.</summary>
    private PhraseMatch<PlaceEntry>? Place(DocumentText doc, int start, int end, LocalDate? published)
    {
        var found = index.Places.FindAll(doc.Phrases, start, end).Where(m => m.Span.Start == start).ToList();
        return found.Count == 0 ? null : found.FirstOrDefault(m => InUse(m.Payload, published), found[0]);
    }

    /// <summary>Gets the place a whole span names, if the pack knows it.</summary>
    private PlaceValue? WholePlace(DocumentText doc, TextSpan span, LocalDate? published)
        => Place(doc, span.Start, span.End, published) is { } match && match.Span.End == span.End ? match.Payload.Place : null;

    /// <summary>Resolves a place given by the caller ("Nur-Sultan, Kazakhstan"): its first city the pack knows, or else its first country.</summary>
    private PlaceValue? Resolve(string place, LocalDate? published)
    {
        var found = index.Places.FindAll(TextFolding.Fold(place));
        var inUse = found.Where(m => InUse(m.Payload, published)).Select(m => m.Payload.Place).ToList();
        return inUse.FirstOrDefault(p => p.City is not null) ?? inUse.FirstOrDefault();
    }

    private static bool InUse(PlaceEntry entry, LocalDate? date)
        => date is not { } d || ((entry.From is null || entry.From <= d) && (entry.To is null || entry.To >= d));

    /// <summary>Gets the canonical name of the outlet whose name fills the span exactly (brackets' contents, a line).</summary>
    private string? OutletFilling(DocumentText doc, int start, int end)
    {
        start = TextScan.SkipSpaces(doc.Text, start, end);
        end = TrimEnd(doc.Text, start, end);
        return OutletAt(doc, start, end) is { } match && match.Span.End == end ? match.Payload : null;
    }

    private PhraseMatch<string>? OutletAt(DocumentText doc, int start, int end)
    {
        var found = index.Outlets.FindAll(doc.Phrases, start, Math.Min(end, start + LookAhead));
        return found.Count > 0 && found[0].Span.Start == start ? found[0] : null;
    }

    private TextSpan? RoleAt(DocumentText doc, int start, int end)
    {
        var found = index.BylineRoles.FindAll(doc.Phrases, start, Math.Min(end, start + LookAhead));
        return found.Count > 0 && found[0].Span.Start == start ? found[0].Span : null;
    }

    private bool StartsWithKicker(DocumentText doc, TextSpan place)
    {
        var found = index.Kickers.FindAll(doc.Phrases, place.Start, place.End);
        return found.Count > 0 && found[0].Span.Start == place.Start;
    }

    /// <summary>Gets where the part after a byline separator (comma, bar, slash, semicolon or spaced dash) starts, or -1 when there is none at <paramref name="at"/>.</summary>
    private static int Separator(DocumentText doc, int at, int end)
    {
        if (doc.Text[at] is ',' or '|' or '/' or ';' or '\u2022' or '\u00B7')
        {
            return TextScan.SkipSpaces(doc.Text, at + 1, end);
        }

        var stop = at;
        while (stop < end && doc.Folded[stop] == '-')
        {
            stop++;
        }

        return stop > at && (stop == end || char.IsWhiteSpace(doc.Text[stop])) ? TextScan.SkipSpaces(doc.Text, stop, end) : -1;
    }

    /// <summary>Gets the start of the next byline separator at or after <paramref name="at"/>, or the end.</summary>
    private static int NextSeparator(DocumentText doc, int at, int end)
    {
        for (var i = at; i < end; i++)
        {
            if (doc.Text[i] is ',' or '|' or ';' || (doc.Folded[i] == '-' && i > at && char.IsWhiteSpace(doc.Text[i - 1])))
            {
                return i;
            }
        }

        return end;
    }

    /// <summary>Gets the end of "in Tokyo" after a byline's names, where a location preposition and a place end the part, or <see langword="null"/>.</summary>
    private int? FiledFrom(DocumentText doc, int at, int end)
    {
        var word = TextScan.SkipSpaces(doc.Text, at, end);
        var prepositions = index.LocationPrepositions.FindAll(doc.Phrases, word, Math.Min(end, word + LookAhead));
        if (word == at || prepositions.Count == 0 || prepositions[0].Span.Start != word)
        {
            return null;
        }

        var place = TextScan.SkipSpaces(doc.Text, prepositions[0].Span.End, end);
        var placeEnd = CapitalisedWords(doc.Text, place, end, MaxPlaceWords);
        return placeEnd > place && EndsPart(doc.Text, placeEnd, end) ? placeEnd : null;
    }

    /// <summary>Gets the end of a part that credits other people ("Editing by John Roe", "additional reporting by Ann Poe"), or <see langword="null"/>.</summary>
    private int? CreditedNames(DocumentText doc, int part, int end)
    {
        var stop = NextSeparator(doc, part, end);
        var label = index.BylineLabels.FindAll(doc.Phrases, part, stop).FirstOrDefault();
        if (label.Span.End <= label.Span.Start || TextScan.SkipSpaces(doc.Text, label.Span.End, end) is var names && names == label.Span.End)
        {
            return null;
        }

        return Names(doc, names, end) is { } found && EndsPart(doc.Text, found.End, end) ? found.End : null;
    }

    /// <summary>Gets whether a byline's part ends at <paramref name="at"/>: only spaces stand before the end of the line or a separator.</summary>
    private static bool EndsPart(string text, int at, int end)
    {
        var next = TextScan.SkipSpaces(text, at, end);
        return next == end || text[next] is ',' or '|' or '/' or ';';
    }

    /// <summary>Gets where a role's part ends ("Staff writer", "Correspondent for Kyodo News") and the outlet it names; -1 when more words follow.</summary>
    private (int End, string? Outlet) RoleEnd(DocumentText doc, int at, int end)
    {
        if (EndsPart(doc.Text, at, end))
        {
            return (at, null);
        }

        var word = TextScan.SkipSpaces(doc.Text, at, end);
        var outlet = IsWord(doc, word, end, "at") ? OutletAt(doc, TextScan.SkipSpaces(doc.Text, word + 2, end), end)
            : IsWord(doc, word, end, "for") ? OutletAt(doc, TextScan.SkipSpaces(doc.Text, word + 3, end), end)
            : null;
        return outlet is { } found && EndsPart(doc.Text, found.Span.End, end) ? (found.Span.End, found.Payload) : (-1, null);
    }

    /// <summary>Gets the end of the capitalised words at <paramref name="start"/> ("NUR-SULTAN", "South Korea", "Calif."), or <paramref name="start"/> when there are none.</summary>
    private static int CapitalisedWords(string text, int start, int end, int maxWords)
    {
        var last = start;
        var at = start;
        for (var words = 0; words < maxWords && at < end && char.IsUpper(text[at]); words++)
        {
            last = WordEnd(text, at, end);
            if (last + 1 >= end || text[last] != ' ' || !char.IsUpper(text[last + 1]))
            {
                break;
            }

            at = last + 1;
        }

        return last;
    }

    /// <summary>Gets the end of a word of letters at <paramref name="start"/>, with inner hyphens and apostrophes and a final full stop ("O'Brien", "Nur-Sultan", "J.").</summary>
    private static int WordEnd(string text, int start, int end)
    {
        var at = start;
        while (at < end)
        {
            var c = text[at];
            if (char.IsLetter(c) || (c == '.' && at > start))
            {
                at++;
            }
            else if (c is '-' or '\'' or '\u2019' && at > start && at + 1 < end && char.IsLetter(text[at + 1]))
            {
                at++;
            }
            else
            {
                break;
            }
        }

        return at;
    }

    private static bool IsWord(DocumentText doc, int at, int end, string word)
        => at + word.Length <= end
           && string.CompareOrdinal(doc.Folded, at, word, 0, word.Length) == 0
           && (at + word.Length == end || !TextFolding.IsWordChar(doc.Folded[at + word.Length]));

    private static bool IsAllCapitals(string text, TextSpan span)
    {
        var letters = 0;
        for (var i = span.Start; i < span.End; i++)
        {
            if (char.IsLower(text[i]))
            {
                return false;
            }

            letters += char.IsLetter(text[i]) ? 1 : 0;
        }

        return letters >= 3;
    }

    /// <summary>Gets whether the text before an outlet's name ends with a dash set off by a space ("said the minister. -- Kyodo").</summary>
    private static bool EndsWithSpacedDash(DocumentText doc, int lineStart, int before)
    {
        var at = before;
        while (at > lineStart && doc.Folded[at - 1] == '-')
        {
            at--;
        }

        return at < before && at > lineStart && char.IsWhiteSpace(doc.Text[at - 1]);
    }

    /// <summary>Gets whether only a colon, a year or years, a copyright sign and spaces stand between a credit label and an outlet ("© 2024 ").</summary>
    private static bool IsCreditGap(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!(char.IsWhiteSpace(text[i]) || char.IsDigit(text[i]) || text[i] is ':' or ',' or '-' or '\u2013' or '\u00A9'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPunctuation(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>A place dateline read from a line: the place as written with its region, what the pack makes of it, the day it gives, and the outlet in its brackets.</summary>
    private sealed record PlaceDateline(TextSpan Place, PlaceValue? Location, LocalDate? Published, string? Outlet, int End);

    /// <summary>A byline read from a line: the names as written, or <see langword="null"/> when it credits an outlet only, and the outlet it names.</summary>
    private sealed record Byline(TextSpan? Names, string? Outlet);
}
