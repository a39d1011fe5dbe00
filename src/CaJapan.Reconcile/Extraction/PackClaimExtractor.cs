using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Knowledge;
using CaJapan.Reconcile.Recognition;
using CaJapan.Reconcile.Sources;
using CaJapan.Reconcile.Text;

namespace CaJapan.Reconcile.Extraction;

/// <summary>
/// The extractor driven by a domain pack. Sentence by sentence it finds the events named, then attaches each date,
/// place, amount and status trigger to the nearest anchor: an event of the story, a distractor event, or a
/// reporting phrase ("as told by ... on February 23"). Only values whose nearest anchor is an event of the story
/// become claims about it. Titles attach to the people they stand beside. Thread-safe.
/// </summary>
internal sealed class PackClaimExtractor : IClaimExtractor
{
    private const int NegationWords = 3;
    private const int HedgeWords = 6;
    private const int PurposeWordsAfter = 6;
    private const int PurposeWordsBefore = 3;
    private const double DerivedFactor = 0.8;
    private const double FarthestCloseness = 0.8;

    /// <summary>How many words may stand between "anniversary" and the head of the event it is of: "of the “Central Asia plus Japan” Dialogue".</summary>
    private const int AnniversaryOfWords = 8;

    /// <summary>The words a subject may carry before its apposition: "the summit in Astana, planned for ..., is off".</summary>
    private const int SubjectTailWords = 3;

    /// <summary>Sentences with more anchors than this look only at those near each value.</summary>
    private const int WindowedAnchors = 16;

    private readonly PackIndex index;
    private readonly EventMentionResolver resolver;
    private readonly SourceMetadataReader metadata;

    public PackClaimExtractor(PackIndex index)
    {
        this.index = index;
        resolver = new EventMentionResolver(index);
        metadata = new SourceMetadataReader(index);
    }

    public IReadOnlyList<Claim> Extract(Source source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var doc = DocumentText.For(source.Text, index);
        var reference = source.Published;
        var dateline = metadata.FindDateline(doc, reference);
        var tokens = RecognitionPatterns.Tokenize(source.Text, 0, source.Text.Length, cancellationToken);
        var recognized = index.Dates.Recognize(source.Text, tokens, reference, cancellationToken);
        var dates = recognized
            .Where(d => d.Value is not null && !(dateline is { } line && line.Contains(new TextSpan(d.Start, d.End))))
            .ToList();
        var money = index.Money.Recognize(source.Text, tokens, cancellationToken);
        // A sentence longer than a bound is read in pieces: every step below compares the values of a sentence with
        // its anchors, so this keeps extraction linear in the text; a claim from a piece has the piece as its sentence.
        var pieces = SentencePieces.For(doc, recognized, money);
        var sentences = new List<SentenceFacts>(pieces.Count);
        foreach (var sentence in pieces)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sentences.Add(new SentenceFacts(sentence, resolver.Resolve(doc, sentence)));
        }

        var aboutStory = sentences.Any(s => s.Mentions.Any(m => m.IsStoryEvent && m.Strong));
        var claims = new List<Claim>();
        var derived = new HashSet<Claim>(ReferenceEqualityComparer.Instance);
        foreach (var s in sentences)
        {
            // Checked per sentence and, inside each, per value: one source may be a megabyte with no sentence break.
            cancellationToken.ThrowIfCancellationRequested();
            var sentenceDates = Within(dates, s.Span, static d => (d.Start, d.End));
            if (aboutStory)
            {
                var anchors = Anchors(doc, s, cancellationToken);
                AddStatusClaims(doc, source, s, claims, derived, cancellationToken);
                AddDateClaims(doc, source, s, anchors, sentenceDates, claims, cancellationToken);
                AddPlaceClaims(doc, source, s, anchors, claims, cancellationToken);
                AddMoneyClaims(doc, source, s, anchors, Within(money, s.Span, static m => (m.Start, m.End)), claims, cancellationToken);
                AddAnniversaryClaims(doc, source, s, anchors, claims, cancellationToken);
            }

            AddTitleClaims(doc, source, s, sentenceDates, claims, cancellationToken);
        }

        // A part's status derived from its whole ("the trip was cancelled", so the summit on it was) gives way to
        // anything the source says about the part itself: in a report that the summit was later held in Tokyo, the
        // cancelled trip says nothing about the summit.
        var statedStatus = claims.Where(c => c.Property == "status" && !derived.Contains(c)).Select(c => c.Subject).ToHashSet(StringComparer.Ordinal);
        claims.RemoveAll(c => derived.Contains(c) && statedStatus.Contains(c.Subject));

        return [.. claims
            .DistinctBy(c => (c.Subject, c.Property, c.Value.Key, c.Evidence?.Start, c.Evidence?.End))
            .OrderBy(c => c.Evidence?.Start ?? 0)
            .ThenBy(c => c.Subject, StringComparer.Ordinal)
            .ThenBy(c => c.Property, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Gets the mentions that lie wholly within a sentence, in order: a binary search for the first that starts in it,
    /// then those that start before its end. The mentions must be in order of their start and must not overlap.
    /// </summary>
    private static List<T> Within<T>(IReadOnlyList<T> mentions, TextSpan sentence, Func<T, (int Start, int End)> span)
    {
        var (lo, hi) = (0, mentions.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (span(mentions[mid]).Start < sentence.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var found = new List<T>();
        for (var i = lo; i < mentions.Count && span(mentions[i]) is var (start, end) && start < sentence.End; i++)
        {
            if (end <= sentence.End)
            {
                found.Add(mentions[i]);
            }
        }

        return found;
    }

    private sealed record SentenceFacts(TextSpan Span, List<EventMention> Mentions);

    /// <summary>
    /// A place values may attach to: an event mention, a status trigger that leans on one, or a phrase that blocks
    /// (a reporting phrase, a denial, another action such as "arrived": a date beside it is that act's time).
    /// </summary>
    private sealed record Anchor(TextSpan Span, EventMention? Mention, EventStatus? Trigger = null);

    private List<Anchor> Anchors(DocumentText doc, SentenceFacts s, CancellationToken cancellationToken)
    {
        var anchors = new List<Anchor>(s.Mentions.Count + 4);
        foreach (var m in s.Mentions)
        {
            anchors.Add(new Anchor(m.Span, m));
        }

        foreach (var r in index.Reporting.Matches(doc.Phrases, s.Span.Start, s.Span.End))
        {
            anchors.Add(new Anchor(r.Span, null));
        }

        foreach (var r in index.Denials.Matches(doc.Phrases, s.Span.Start, s.Span.End))
        {
            anchors.Add(new Anchor(r.Span, null));
        }

        foreach (var r in index.OtherActions.Matches(doc.Phrases, s.Span.Start, s.Span.End))
        {
            anchors.Add(new Anchor(r.Span, null));
        }

        foreach (var trigger in index.StatusTriggers.Matches(doc.Phrases, s.Span.Start, s.Span.End))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var mention = NearestMention(doc, s, trigger.Span, index.Property("status")?.Window ?? 8);
            if (mention is not null)
            {
                anchors.Add(new Anchor(trigger.Span, mention, trigger.Payload));
            }
        }

        // In order of their start (a stable sort, so anchors that start together keep their order), for Attach to
        // look only at those that can be near a value: the nearest wins, the earlier of two as near, whatever the order.
        var sorted = new AnchorList(anchors.Count);
        sorted.AddRange(anchors.OrderBy(a => a.Span.Start));
        sorted.Longest = anchors.Count == 0 ? 0 : anchors.Max(a => a.Span.End - a.Span.Start);
        return sorted;
    }

    /// <summary>A sentence's anchors in order of their start, with the length of the longest.</summary>
    private sealed class AnchorList(int capacity) : List<Anchor>(capacity)
    {
        public int Longest { get; set; }
    }

    /// <summary>Finds the mention nearest to a span within a window of words, the earlier of two as near; one pass over the sentence's mentions.</summary>
    private static EventMention? NearestMention(DocumentText doc, SentenceFacts s, TextSpan span, int window)
    {
        EventMention? best = null;
        var bestDistance = 0;
        foreach (var m in s.Mentions)
        {
            if (m.Span.Overlaps(span) && !span.Contains(m.Span))
            {
                continue;
            }

            var d = span.Contains(m.Span) ? 0 : Math.Min(doc.Words.Between(m.Span, span), AcrossApposition(doc, m.Span, span));
            if (d <= window && (best is null || d < bestDistance || (d == bestDistance && m.Span.Start < best.Span.Start)))
            {
                (best, bestDistance) = (m, d);
            }
        }

        return best;
    }

    /// <summary>
    /// The distance from a subject to its verb across an apposition set off by commas ("the summit, planned for
    /// August 9 in Astana, did not take place"; "the summit in Astana, planned for this afternoon, is off"): the words
    /// after the apposition only; otherwise no shortcut.
    /// </summary>
    private static int AcrossApposition(DocumentText doc, TextSpan subject, TextSpan verb)
    {
        if (verb.Start < subject.End)
        {
            return int.MaxValue;
        }

        var between = doc.Text.AsSpan(subject.End, verb.Start - subject.End);
        var first = between.IndexOf(',');
        var last = between.LastIndexOf(',');
        if (first < 0 || first == last || doc.Words.Words(subject.End, subject.End + first) > SubjectTailWords || between.IndexOfAny(".;:") >= 0)
        {
            return int.MaxValue;
        }

        return doc.Words.Between(new TextSpan(subject.End + last, subject.End + last + 1), verb) + 1;
    }

    /// <summary>Finds the event a value attaches to (a trigger that contains its event's head, "will visit", leans on it): the nearest anchor must lean on an event of the story that has the property.</summary>
    private Attachment? Attach(DocumentText doc, List<Anchor> anchors, TextSpan value, string property)
    {
        var window = index.Property(property)?.Window ?? 12;
        (Anchor? a, int d) nearest = (null, 0);
        var (first, last) = (0, anchors.Count);
        if (anchors is AnchorList { Count: > WindowedAnchors } sorted)
        {
            // Only an anchor within the window can be the answer (a nearest one farther off gives none), and the words
            // between two spans are at least the words that start between them: so only anchors that meet the
            // characters from 'window' words before the value to 'window' words after it can count. A long sentence
            // then costs its values times the few anchors near each, not times all of its anchors.
            var from = doc.Words.StartOfWordsBefore(value.Start, window);
            var to = doc.Words.EndOfWordsAfter(value.End, window);
            first = FirstStartingAt(sorted, from - sorted.Longest);
            last = FirstStartingAt(sorted, to + 1);
        }

        for (var i = first; i < last; i++)
        {
            var a = anchors[i];
            // A reporting phrase does not claim a value across a clause boundary ("from Aug. 9 to 12, the government said").
            if (a.Span.Overlaps(value) || (a.Mention is null && doc.Words.CrossesClause(a.Span, value)))
            {
                continue;
            }

            var d = doc.Words.Between(a.Span, value);
            if (nearest.a is null || d < nearest.d || (d == nearest.d && a.Span.Start < nearest.a.Span.Start))
            {
                nearest = (a, d);
            }
        }

        if (nearest.a?.Mention is not { IsStoryEvent: true } mention || nearest.d > window)
        {
            return null;
        }

        // "cancelled on Friday", "postponed in August 2024": the date of the decision, not of the event; unless it
        // names the new date ("postponed to December").
        if (property == "date" && nearest.a.Trigger is EventStatus.Cancelled or EventStatus.Postponed && !NamesNewDate(doc, nearest.a.Span, value))
        {
            return null;
        }

        var target = mention.Event!;
        return target.EventProperties.Contains(property, StringComparer.Ordinal)
            ? new Attachment(target, mention, mention.Score * Closeness(nearest.d, window))
            : null;
    }

    /// <summary>Gets the index of the first anchor that starts at or after an offset, by binary search.</summary>
    private static int FirstStartingAt(AnchorList anchors, int offset)
    {
        var (lo, hi) = (0, anchors.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (anchors[mid].Span.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Gets whether a date right after a postponement names the new date: "postponed to December", "rescheduled for May".</summary>
    private bool NamesNewDate(DocumentText doc, TextSpan trigger, TextSpan date)
        => date.Start >= trigger.End
           && index.NewDateLinks.FindAll(doc.Phrases, trigger.End, date.Start)
               .Any(l => doc.Folded.AsSpan(trigger.End, l.Span.Start - trigger.End).Trim().Length == 0
                         && doc.Folded.AsSpan(l.Span.End, date.Start - l.Span.End).Trim().Length == 0);

    /// <summary>A value attached to an event mention, with how sure the attachment is.</summary>
    /// <param name="Event">The event.</param>
    /// <param name="Mention">The mention the value attached to.</param>
    /// <param name="Confidence">The mention's own certainty times the closeness of the value to it.</param>
    private sealed record Attachment(EventDefinition Event, EventMention Mention, double Confidence);

    /// <summary>
    /// How sure an attachment is from the distance between a value and its anchor: 1 when adjacent, falling linearly
    /// to <see cref="FarthestCloseness"/> at the edge of the property's window, so a value at the far end of a long
    /// sentence counts for less than one beside the event's name.
    /// </summary>
    private static double Closeness(int distance, int window)
        => window <= 0 ? 1.0 : 1.0 - ((1.0 - FarthestCloseness) * Math.Clamp(distance, 0, window) / window);

    private void AddStatusClaims(DocumentText doc, Source source, SentenceFacts s, List<Claim> claims, HashSet<Claim> derived, CancellationToken cancellationToken)
    {
        foreach (var trigger in index.StatusTriggers.Matches(doc.Phrases, s.Span.Start, s.Span.End))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var mention = NearestMention(doc, s, trigger.Span, index.Property("status")?.Window ?? 8);
            if (mention is not { IsStoryEvent: true } || !mention.Event!.EventProperties.Contains("status", StringComparer.Ordinal))
            {
                continue;
            }

            var factuality = Read(doc, s, trigger.Span, trigger.Payload == EventStatus.Planned ? AssertionMode.Expected : AssertionMode.Stated);
            var span = TextSpan.Union(trigger.Span, mention.Span);
            var confidence = mention.Score * Closeness(doc.Words.Between(trigger.Span, mention.Span), index.Property("status")?.Window ?? 8);
            var asOf = source.Published is { } published ? DateValue.Day(published) : null;
            var claim = NewClaim(source, mention.Event.Id, "status", new StatusValue(trigger.Payload), span, factuality, confidence) with { AsOf = asOf };
            claims.Add(claim);
            if (trigger.Payload is EventStatus.Cancelled or EventStatus.Postponed)
            {
                foreach (var part in mention.Event.Parts)
                {
                    var partClaim = claim with { Subject = part, Confidence = claim.Confidence * DerivedFactor };
                    claims.Add(partClaim);
                    derived.Add(partClaim);
                }
            }
        }
    }

    private void AddDateClaims(DocumentText doc, Source source, SentenceFacts s, List<Anchor> anchors, List<DateMention> dates, List<Claim> claims, CancellationToken cancellationToken)
    {
        foreach (var date in dates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var span = new TextSpan(date.Start, date.End);
            if (Attach(doc, anchors, span, "date") is not { } target)
            {
                continue;
            }

            var certainty = date.YearInferred ? 0.85 : date.Value!.Precision == DatePrecision.PartOfMonth ? 0.85 : 0.95;
            var factuality = Read(doc, s, span, AssertionMode.Stated);
            var claim = NewClaim(source, target.Event.Id, "date", date.Value!, TextSpan.Union(span, target.Mention.Span), factuality, target.Confidence * certainty);
            claims.Add(claim with { StatedWeekday = date.Weekday });
        }
    }

    private void AddPlaceClaims(DocumentText doc, Source source, SentenceFacts s, List<Anchor> anchors, List<Claim> claims, CancellationToken cancellationToken)
    {
        var found = index.Places.FindAll(doc.Phrases, s.Span.Start, s.Span.End);
        if (found.Count == 0)
        {
            return;
        }

        // One place per name: of the entries a name has (a run of matches of one span), the first in use then.
        var places = new List<PhraseMatch<PlaceEntry>>(found.Count);
        for (var first = 0; first < found.Count;)
        {
            var next = first + 1;
            while (next < found.Count && found[next].Span == found[first].Span)
            {
                next++;
            }

            var chosen = first;
            while (chosen < next && !InUse(found[chosen].Payload, source.Published))
            {
                chosen++;
            }

            places.Add(found[chosen < next ? chosen : first]);
            first = next;
        }

        for (var i = 0; i < places.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var place = places[i];
            var span = place.Span;
            var value = place.Payload.Place;
            if (!FollowsPreposition(doc, span) && !(value.City is not null && HostsNext(doc, span, s.Span.End)))
            {
                continue;
            }

            if (i + 1 < places.Count && IsCityCountryPair(doc, place, places[i + 1]))
            {
                span = TextSpan.Union(span, places[i + 1].Span);
                i++;
            }

            if (Attach(doc, anchors, span, "location") is not { } target)
            {
                continue;
            }

            var factuality = Read(doc, s, span, AssertionMode.Stated);
            claims.Add(NewClaim(source, target.Event.Id, "location", value, TextSpan.Union(span, target.Mention.Span), factuality, target.Confidence * 0.95));
        }
    }

    /// <summary>Gets whether a place name was in use on a date (Astana was Nur-Sultan from 2019 to 2022); true when the date is unknown.</summary>
    private static bool InUse(PlaceEntry entry, NodaTime.LocalDate? date)
        => date is not { } d || ((entry.From is null || entry.From <= d) && (entry.To is null || entry.To >= d));

    private static bool IsCityCountryPair(DocumentText doc, PhraseMatch<PlaceEntry> city, PhraseMatch<PlaceEntry> country)
        => city.Payload.Place.City is not null
           && country.Payload.Place.City is null
           && country.Payload.Place.Country == city.Payload.Place.Country
           && doc.Folded.AsSpan(city.Span.End, country.Span.Start - city.Span.End).Trim().SequenceEqual(",");

    /// <summary>Gets whether a place follows a location preposition, perhaps with an article: "in Astana", "in the Kazakh capital".</summary>
    private bool FollowsPreposition(DocumentText doc, TextSpan place)
    {
        var start = Math.Max(0, place.Start - 16);
        foreach (var p in index.LocationPrepositions.Matches(doc.Phrases, start, place.Start))
        {
            if (doc.Folded.AsSpan(p.Span.End, place.Start - p.Span.End).Trim() is { Length: 0 } or "the")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets whether a place is the host of what follows: "Astana will host the summit", "Tokyo hosted".</summary>
    private bool HostsNext(DocumentText doc, TextSpan place, int sentenceEnd)
    {
        foreach (var v in index.HostVerbs.Matches(doc.Phrases, place.End, Math.Min(sentenceEnd, place.End + 24)))
        {
            if (doc.Folded.AsSpan(place.End, v.Span.Start - place.End).Trim().Length == 0)
            {
                return true;
            }
        }

        return false;
    }

    private void AddMoneyClaims(DocumentText doc, Source source, SentenceFacts s, List<Anchor> anchors, IReadOnlyList<MoneyMention> money, List<Claim> claims, CancellationToken cancellationToken)
    {
        foreach (var amount in money)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var span = new TextSpan(amount.Start, amount.End);
            var purpose = Purpose(doc, s, span);
            var property = index.Pack.Properties.FirstOrDefault(p => p.Type == "money" && p.Purpose == purpose);
            if (property is null || Attach(doc, anchors, span, property.Id) is not { } target)
            {
                continue;
            }

            var factuality = Read(doc, s, span, AssertionMode.Stated);
            var certainty = amount.Approximate ? 0.8 : 0.95;
            claims.Add(NewClaim(source, target.Event.Id, property.Id, amount.Value, TextSpan.Union(span, target.Mention.Span), factuality, target.Confidence * certainty));
        }
    }

    /// <summary>
    /// Finds what an amount is for: the purpose phrase nearest to it, after it ("$2 billion aid package") or just before
    /// it ("allocated $4 billion"); the earlier of two as near. One pass over the sentence's purpose phrases, without
    /// collecting them.
    /// </summary>
    private string? Purpose(DocumentText doc, SentenceFacts s, TextSpan amount)
    {
        string? purpose = null;
        var nearest = int.MaxValue;
        foreach (var p in index.MoneyPurposes.Matches(doc.Phrases, s.Span.Start, s.Span.End))
        {
            var d = doc.Words.Between(amount, p.Span);
            if (d <= (p.Span.Start >= amount.End ? PurposeWordsAfter : PurposeWordsBefore) && d < nearest)
            {
                (purpose, nearest) = (p.Payload, d);
            }
        }

        return purpose;
    }

    /// <summary>
    /// Reads "the summit marks the 20th anniversary of the Central Asia plus Japan Dialogue": a link phrase of the
    /// lexicon ("marks", "coincides with", "celebrating"), perhaps "the", an ordinal (a word of the lexicon, or digits:
    /// "20th"), an anniversary word, "of" and an event of the pack. The anniversary becomes a claim about the story
    /// event the phrase attaches to, as any value does; the event whose anniversary it is may be a distractor, as the
    /// Dialogue is, and other mentions of it do not count as anchors.
    /// </summary>
    private void AddAnniversaryClaims(DocumentText doc, Source source, SentenceFacts s, List<Anchor> anchors, List<Claim> claims, CancellationToken cancellationToken)
    {
        var property = index.Pack.Properties.FirstOrDefault(p => p.Type == "anniversary");
        if (property is null)
        {
            return;
        }

        foreach (var word in index.Anniversaries.FindAll(doc.Phrases, s.Span.Start, s.Span.End))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (OrdinalBefore(doc, s, word.Span) is not { } ordinal || AnniversaryOf(doc, s, word.Span) is not { Event: { } of } target)
            {
                continue;
            }

            var link = index.AnniversaryLinks.FindAll(doc.Phrases, s.Span.Start, ordinal.Start)
                .Where(l => doc.Folded.AsSpan(l.Span.End, ordinal.Start - l.Span.End).Trim() is { Length: 0 } or "the")
                .Select(l => (TextSpan?)l.Span)
                .LastOrDefault();
            if (link is not { } linkSpan)
            {
                continue;
            }

            var span = TextSpan.Union(linkSpan, target.Span);
            var others = anchors.Where(a => a.Mention?.Event != of).ToList();
            if (Attach(doc, others, span, property.Id) is not { } subject || subject.Event == of)
            {
                continue;
            }

            var factuality = Read(doc, s, span, AssertionMode.Stated);
            var value = new AnniversaryValue(of.Id, ordinal.Value, of.Name);
            claims.Add(NewClaim(source, subject.Event.Id, property.Id, value, TextSpan.Union(span, subject.Mention.Span), factuality, subject.Confidence * 0.9));
        }
    }

    /// <summary>Reads the ordinal right before an anniversary word, perhaps after spaces: "twentieth", "20th".</summary>
    private (int Value, int Start)? OrdinalBefore(DocumentText doc, SentenceFacts s, TextSpan word)
    {
        var from = Math.Max(s.Span.Start, word.Start - 24);
        var spelled = index.Ordinals.FindAll(doc.Phrases, from, word.Start)
            .Where(o => doc.Folded.AsSpan(o.Span.End, word.Start - o.Span.End).Trim().Length == 0)
            .Select(o => ((int Value, int Start)?)(o.Payload, o.Span.Start))
            .LastOrDefault();
        return spelled ?? (TextScan.NumericOrdinalBefore(doc.Folded, word.Start) is { } digits && digits.Start >= s.Span.Start ? digits : null);
    }

    /// <summary>Finds the event an anniversary is of: "of", then the first event mention within a few words, in the same clause.</summary>
    private static EventMention? AnniversaryOf(DocumentText doc, SentenceFacts s, TextSpan word)
    {
        var of = TextScan.SkipSpaces(doc.Folded, word.End, s.Span.End);
        if (!doc.Folded.AsSpan(of, s.Span.End - of).StartsWith("of ", StringComparison.Ordinal))
        {
            return null;
        }

        return s.Mentions
            .Where(m => m.Span.Start > of && !doc.Words.CrossesClause(word, m.Span) && doc.Words.Between(word, m.Span) <= AnniversaryOfWords)
            .OrderBy(m => m.Span.Start)
            .FirstOrDefault();
    }

    private void AddTitleClaims(DocumentText doc, Source source, SentenceFacts s, List<DateMention> dates, List<Claim> claims, CancellationToken cancellationToken)
    {
        foreach (var person in index.People.FindAll(doc.Phrases, s.Span.Start, s.Span.End))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var title = TitleBefore(doc, person.Span, person.Payload) ?? TitleInApposition(doc, person.Span, person.Payload, s.Span.End);
            if (title is null || title.Value.Former)
            {
                continue;
            }

            var (office, span, then, confidence, _) = title.Value;
            var asOf = dates.Where(d => d.Value is not null)
                .OrderBy(d => doc.Words.Between(new TextSpan(d.Start, d.End), span))
                .Select(d => d.Value)
                .FirstOrDefault();
            var asOfEvent = asOf is null ? s.Mentions.FirstOrDefault(m => m.IsStoryEvent)?.Event?.Id : null;
            if (asOf is null && asOfEvent is null && source.Published is { } published)
            {
                asOf = DateValue.Day(published);
            }

            var factuality = Read(doc, s, span, AssertionMode.Stated);
            if (then)
            {
                // "then prime minister" is the writer's own statement about the past, whatever the sentence reports.
                factuality = factuality with { Mode = factuality.Polarity == Polarity.Negative ? AssertionMode.Negated : AssertionMode.Stated, Attributed = false };
            }

            var claim = NewClaim(source, person.Payload.Id, "title", new TitleValue(office.Id, office.Country), TextSpan.Union(span, person.Span), factuality, confidence);
            claims.Add(claim with { AsOf = asOf, AsOfSubject = asOfEvent });
        }
    }

    private readonly record struct TitleMatch(OfficeDefinition Office, TextSpan Span, bool Then, double Confidence, bool Former = false);

    /// <summary>Reads "Prime Minister Fumio Kishida", "Japan's Prime Minister Fumio Kishida", "then Prime Minister Kishida".</summary>
    private TitleMatch? TitleBefore(DocumentText doc, TextSpan person, PersonDefinition who)
    {
        var start = Math.Max(0, person.Start - 48);
        var title = index.Titles.FindAll(doc.Phrases, start, person.Start, allowOverlaps: true)
            .Where(t => doc.Folded.AsSpan(t.Span.End, person.Start - t.Span.End).Trim().Length == 0)
            .OrderByDescending(t => t.Span.Length)
            .Select(t => (PhraseMatch<OfficeDefinition>?)t)
            .FirstOrDefault();
        if (title is { } t)
        {
            return Qualify(doc, t, who, 0.9);
        }

        // "the Prime Minister of Japan, Fumio Kishida": a title, "of" and its country, then the name.
        start = Math.Max(0, person.Start - 72);
        foreach (var candidate in index.Titles.FindAll(doc.Phrases, start, person.Start, allowOverlaps: true).OrderByDescending(c => c.Span.End))
        {
            var of = TextScan.SkipSpaces(doc.Folded, candidate.Span.End, person.Start);
            if (!doc.Folded.AsSpan(of, person.Start - of).StartsWith("of ", StringComparison.Ordinal))
            {
                continue;
            }

            var countryStart = TextScan.SkipSpaces(doc.Folded, of + 2, person.Start);
            var country = index.Actors.FindAll(doc.Phrases, countryStart, person.Start)
                .FirstOrDefault(a => a.Payload.Length == 2 && a.Span.Start == countryStart
                    && doc.Folded.AsSpan(a.Span.End, person.Start - a.Span.End).Trim().TrimStart(',').Trim().Length == 0);
            if (country.Payload is null)
            {
                continue;
            }

            var office = index.Pack.Offices.FirstOrDefault(o => o.Country == country.Payload
                && o.Titles.Any(x => TextFolding.Fold(x) == doc.Folded[candidate.Span.Start..candidate.Span.End]));
            return office is null ? null : new TitleMatch(office, candidate.Span, Then: false, 0.85);
        }

        return null;
    }

    /// <summary>Reads "Kishida, then prime minister," and "Kishida, Japan's prime minister,".</summary>
    private TitleMatch? TitleInApposition(DocumentText doc, TextSpan person, PersonDefinition who, int sentenceEnd)
    {
        var rest = doc.Folded.AsSpan(person.End, Math.Min(sentenceEnd, person.End + 48) - person.End);
        if (!rest.StartsWith(", ", StringComparison.Ordinal))
        {
            return null;
        }

        var title = index.Titles.FindAll(doc.Phrases, person.End, person.End + rest.Length, allowOverlaps: true)
            .Where(t => doc.Words.Between(person, t.Span) <= WordDistance.ClauseCost + 2)
            .Select(t => (PhraseMatch<OfficeDefinition>?)t)
            .FirstOrDefault();
        return title is { } t ? Qualify(doc, t, who, 0.8) : null;
    }

    private TitleMatch? Qualify(DocumentText doc, PhraseMatch<OfficeDefinition> title, PersonDefinition who, double confidence)
    {
        var before = Math.Max(0, title.Span.Start - 24);
        var close = (TextSpan s) => doc.Folded.AsSpan(s.End, title.Span.Start - s.End).Trim().Length == 0;
        if (index.TitleModifiers.FindAll(doc.Phrases, before, title.Span.Start).Any(m => close(m.Span)))
        {
            return null;
        }

        var time = index.TitleTime.FindAll(doc.Phrases, before, title.Span.Start).LastOrDefault(m => close(m.Span));
        var country = index.Actors.FindAll(doc.Phrases, before, title.Span.Start)
            .Where(a => a.Payload.Length == 2 && IsQualifier(doc, a.Span, title.Span))
            .Select(a => a.Payload)
            .LastOrDefault() ?? who.Country;
        var office = title.Payload;
        if (office.Country != country)
        {
            office = index.Pack.Offices.FirstOrDefault(o => o.Country == country && o.Titles.Any(t => TextFolding.Fold(t) == doc.Folded[title.Span.Start..title.Span.End]));
            if (office is null)
            {
                return null;
            }
        }

        var span = time.Payload is null ? title.Span : TextSpan.Union(time.Span, title.Span);
        return new TitleMatch(office, span, time.Payload == "then", confidence, time.Payload == "former");
    }

    private static bool IsQualifier(DocumentText doc, TextSpan actor, TextSpan title)
    {
        var between = doc.Folded.AsSpan(actor.End, title.Start - actor.End).Trim();
        return between.Length == 0 || between.SequenceEqual("'s");
    }

    /// <summary>
    /// Reads how the sentence asserts a value at a span, on FactBank's axes: polarity (a negation just before it, or a
    /// denial earlier in the sentence), certainty (a hedge before it), and attribution (a reporting phrase in the sentence).
    /// </summary>
    private Factuality Read(DocumentText doc, SentenceFacts s, TextSpan span, AssertionMode stated)
    {
        var negated = AnyWithin(doc, index.Negations, s.Span.Start, span, NegationWords - 1)
            || index.Denials.Any(doc.Phrases, s.Span.Start, span.Start);
        var certainty = AnyWithin(doc, index.Hedges, s.Span.Start, span, HedgeWords)
            ? Certainty.Possible
            : AnyWithin(doc, index.ProbableHedges, s.Span.Start, span, HedgeWords)
                ? Certainty.Probable
                : Certainty.Certain;
        var attributed = index.Reporting.Any(doc.Phrases, s.Span.Start, s.Span.End);
        var mode = negated ? AssertionMode.Negated
            : certainty != Certainty.Certain ? AssertionMode.Hedged
            : attributed && stated == AssertionMode.Stated ? AssertionMode.Reported
            : stated;
        return new Factuality(mode, certainty, negated ? Polarity.Negative : Polarity.Positive, attributed);
    }

    /// <summary>Gets whether a phrase between <paramref name="from"/> and a span stands at most <paramref name="words"/> words before it.</summary>
    private static bool AnyWithin(DocumentText doc, PhraseMatcher<bool> phrases, int from, TextSpan span, int words)
    {
        foreach (var match in phrases.Matches(doc.Phrases, from, span.Start))
        {
            if (doc.Words.Between(match.Span, span) <= words)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How a sentence asserts one value.</summary>
    private readonly record struct Factuality(AssertionMode Mode, Certainty Certainty, Polarity Polarity, bool Attributed)
    {
        /// <summary>Gets how much the assertion's manner lowers the extraction's confidence that the source claims it as fact.</summary>
        public double Factor => (Certainty switch
        {
            Certainty.Possible => 0.6,
            Certainty.Probable => 0.8,
            _ => 1.0,
        }) * (Attributed ? 0.9 : 1.0);
    }

    private static Claim NewClaim(Source source, string subject, string property, ClaimValue value, TextSpan span, Factuality factuality, double confidence)
        => new Claim(
            $"{source.Id}#pending",
            source.Id,
            subject,
            property,
            value,
            Evidence.FromSpan(source.Id, source.Text, span.Start, span.End),
            factuality.Mode,
            Math.Clamp(confidence * factuality.Factor, 0, 1))
        {
            Certainty = factuality.Certainty,
            Polarity = factuality.Polarity,
            Attributed = factuality.Attributed,
        };
}
