using CaJapan.Reconcile.Knowledge;
using CaJapan.Reconcile.Recognition;
using CaJapan.Reconcile.Text;

namespace CaJapan.Reconcile.Extraction;

/// <summary>
/// Decides which event each head word of a sentence names, from evidence in the pack: the framework's name in the
/// sentence, an ordinal beside the head ("first", "16th"), a word that makes it another instance ("previous"), and
/// the nearest actor (a country, person or organisation that is, or is not, a participant).
/// </summary>
internal sealed class EventMentionResolver(PackIndex index)
{
    private const int QualifierWords = 3;
    private const int ActorWords = 8;
    private const int FollowingActorWords = 2;
    private const int AgentActorWords = 4;
    private const int OfPhraseWords = 6;

    public List<EventMention> Resolve(DocumentText doc, TextSpan sentence)
    {
        var heads = index.EventHeads.FindAll(doc.Phrases, sentence.Start, sentence.End);
        if (heads.Count == 0)
        {
            return [];
        }

        var frameworks = index.Frameworks.FindAll(doc.Phrases, sentence.Start, sentence.End, allowOverlaps: true);
        var actors = index.Actors.FindAll(doc.Phrases, sentence.Start, sentence.End);
        actors.RemoveAll(a => Overlaps(frameworks, a.Span) || Overlaps(heads, a.Span));

        // The heads come in order of position, the events of one head word (one span) together: judge each span once.
        var mentions = new List<EventMention>();
        for (var first = 0; first < heads.Count;)
        {
            var next = first + 1;
            while (next < heads.Count && heads[next].Span == heads[first].Span)
            {
                next++;
            }

            var candidates = new List<EventDefinition>(next - first);
            for (var k = first; k < next; k++)
            {
                candidates.Add(heads[k].Payload);
            }

            mentions.Add(Judge(doc, heads[first].Span, candidates, frameworks, actors));
            first = next;
        }

        return AbsorbOfPhrases(doc, SharpenCoreferent(mentions));
    }

    private static bool Overlaps<T>(List<PhraseMatch<T>> matches, TextSpan span)
    {
        foreach (var match in matches)
        {
            if (match.Span.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Lets a generic mention ("the visit") take the score of a surer mention of the same event in the same sentence
    /// ("Kishida was scheduled to visit the region, but the visit was cancelled").
    /// </summary>
    private static List<EventMention> SharpenCoreferent(List<EventMention> mentions)
        => [.. mentions.Select(m => m.Event is null ? m : Sharpen(m, mentions.Where(o => o.Event == m.Event).Max(o => o.Score), mentions.Any(o => o.Event == m.Event && o.Strong)))];

    /// <summary>A mention with a score and strength, itself when it already has them (a record equal either way).</summary>
    private static EventMention Sharpen(EventMention mention, double score, bool strong)
        => mention.Score.Equals(score) && mention.Strong == strong ? mention : mention with { Score = score, Strong = strong };

    private EventMention Judge(
        DocumentText doc,
        TextSpan head,
        List<EventDefinition> candidates,
        List<PhraseMatch<EventDefinition>> frameworks,
        List<PhraseMatch<string>> actors)
    {
        var ordinal = PrecedingOrdinal(doc, head);
        var otherInstance = false;
        foreach (var w in index.OtherInstance.Matches(doc.Phrases, Math.Max(0, head.Start - 40), head.Start))
        {
            otherInstance |= doc.Words.Between(w.Span, head) < QualifierWords;
        }

        var actor = NearestActor(doc, head, actors);
        var agent = NearestPersonBefore(doc, head, actors);

        // Another power named anywhere in the sentence that takes part in a look-alike event with this head ("The
        // European Union and the five Central Asian states held their first-ever summit") makes the sentence about
        // that event unless the story's framework is named.
        var rivals = candidates.Where(c => c.Distractor && c.Participants.Count > 0 && actors.Any(a => c.Participants.Contains(a.Payload, StringComparer.Ordinal))).ToList();

        EventMention? best = null;
        foreach (var candidate in candidates)
        {
            var framework = frameworks.Any(f => f.Payload == candidate);
            var rivalled = !candidate.Distractor && !framework
                && rivals.Any(r => actors.Any(a => r.Participants.Contains(a.Payload, StringComparer.Ordinal) && !candidate.Participants.Contains(a.Payload, StringComparer.Ordinal)));
            if (rivalled)
            {
                continue;
            }

            var judged = JudgeOne(candidate, head, ordinal, otherInstance, candidate.Distractor && rivals.Contains(candidate) ? RivalActor(candidate, actors) : actor, framework);
            if (judged is { Strong: false } && !candidate.Distractor && agent is not null && candidate.Participants.Contains(agent, StringComparer.Ordinal))
            {
                // "Prime Minister Fumio Kishida will visit Kazakhstan": a participant in person, just before the head.
                judged = judged with { Strong = true };
            }
            if (judged is not null && (best is null || judged.Score > best.Score))
            {
                best = judged;
            }
        }

        return best ?? new EventMention(head, null, 0, false, Rejection(ordinal, otherInstance, actor));
    }

    private EventMention? JudgeOne(EventDefinition candidate, TextSpan head, int? ordinal, bool otherInstance, string? actor, bool framework)
    {
        var participant = actor is not null && candidate.Participants.Contains(actor, StringComparer.Ordinal);
        var foreignActor = actor is not null && !participant && candidate.Participants.Count > 0;
        var ordinalMismatch = ordinal is not null && candidate.Ordinal is not null && ordinal != candidate.Ordinal;
        if (candidate.Distractor)
        {
            var evidence = (framework ? 0.35 : 0) + (participant ? 0.3 : 0);
            return evidence > 0 ? new EventMention(head, candidate, 0.3 + evidence, true, "distractor evidence") : null;
        }

        if (ordinalMismatch || otherInstance || foreignActor)
        {
            return null;
        }

        var score = (candidate.Focus ? 0.55 : 0.5)
            + (framework ? 0.3 : 0)
            + (ordinal is not null && ordinal == candidate.Ordinal ? 0.1 : 0)
            + (participant ? 0.05 : 0);
        // Sure without the framework's name when a participant and the right ordinal stand beside the head: "the first
        // summit between Japan and the five Central Asian countries".
        var ordinalMatch = ordinal is not null && ordinal == candidate.Ordinal;
        var strong = framework || (participant && (index.PeopleById.ContainsKey(actor!) || ordinalMatch));
        return new EventMention(head, candidate, Math.Min(score, 0.98), strong, framework ? "framework named" : participant ? "participant named" : "generic");
    }

    private static string RivalActor(EventDefinition rival, List<PhraseMatch<string>> actors)
        => actors.First(a => rival.Participants.Contains(a.Payload, StringComparer.Ordinal)).Payload;

    private static string Rejection(int? ordinal, bool otherInstance, string? actor)
        => otherInstance ? "another instance" : ordinal is not null ? $"ordinal {ordinal}" : actor is not null ? $"actor {actor}" : "no candidate";

    /// <summary>The person named nearest before a head, within a few words; the first of two as near.</summary>
    private string? NearestPersonBefore(DocumentText doc, TextSpan head, List<PhraseMatch<string>> actors)
    {
        string? nearest = null;
        var nearestDistance = 0;
        foreach (var a in actors)
        {
            if (a.Span.End > head.Start || !index.PeopleById.ContainsKey(a.Payload))
            {
                continue;
            }

            var distance = doc.Words.Between(a.Span, head);
            if (distance <= FollowingActorWords + 1 && (nearest is null || distance < nearestDistance))
            {
                (nearest, nearestDistance) = (a.Payload, distance);
            }
        }

        return nearest;
    }

    private string? NearestActor(DocumentText doc, TextSpan head, List<PhraseMatch<string>> actors)
    {
        string? before = null;
        var beforeDistance = 0;
        string? after = null;
        var afterDistance = 0;
        foreach (var a in actors)
        {
            if (a.Span.End <= head.Start)
            {
                var distance = doc.Words.Between(a.Span, head);
                if (distance <= ActorWords && (before is null || distance < beforeDistance))
                {
                    (before, beforeDistance) = (a.Payload, distance);
                }
            }

            // An actor right after the head ("the summit of Central Asian leaders"), or as the agent of a passive a few
            // words on ("a high-level meeting hosted by the European Union").
            if (a.Span.Start >= head.End)
            {
                var distance = doc.Words.Between(head, a.Span);
                var near = distance <= FollowingActorWords || (distance <= AgentActorWords && IsAgent(doc, head, a.Span));
                if (near && (after is null || distance < afterDistance))
                {
                    (after, afterDistance) = (a.Payload, distance);
                }
            }
        }

        return after ?? before;
    }

    private bool IsAgent(DocumentText doc, TextSpan head, TextSpan actor)
        => index.AgentMarkers.Any(doc.Phrases, head.End, actor.Start);

    private int? PrecedingOrdinal(DocumentText doc, TextSpan head)
    {
        var words = index.Ordinals.FindAll(doc.Phrases, Math.Max(0, head.Start - 40), head.Start);
        foreach (var word in Enumerable.Reverse(words))
        {
            if (doc.Words.Between(word.Span, head) < QualifierWords)
            {
                return word.Payload;
            }
        }

        return TextScan.NumericOrdinalBefore(doc.Folded, head.Start)?.Value;
    }

    private static List<EventMention> AbsorbOfPhrases(DocumentText doc, List<EventMention> mentions)
    {
        var result = new List<EventMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (result.Count > 0 && IsOfPhrase(doc, result[^1].Span, mention.Span))
            {
                var head = result[^1];
                result[^1] = head with { Span = TextSpan.Union(head.Span, mention.Span) };
                continue;
            }

            result.Add(mention);
        }

        return result;
    }

    private static bool IsOfPhrase(DocumentText doc, TextSpan head, TextSpan next)
    {
        var between = doc.Folded.AsSpan(head.End, Math.Max(0, next.Start - head.End));
        return between.StartsWith(" of ", StringComparison.Ordinal) && doc.Words.Between(head, next) <= OfPhraseWords;
    }
}
