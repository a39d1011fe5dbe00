using CaJapan.Reconcile.Knowledge;
using CaJapan.Reconcile.Text;

namespace CaJapan.Reconcile.Extraction;

/// <summary>
/// A place in a sentence where an event is named ("the first summit", "his visit"), with the event it was judged to
/// be, how sure that judgement is, and whether it was rejected as another event.
/// </summary>
/// <param name="Span">The head word, widened over an "of the ..." phrase that qualifies it.</param>
/// <param name="Event">The event chosen, or <see langword="null"/> when every candidate was ruled out.</param>
/// <param name="Score">How sure the attachment is, in [0, 1].</param>
/// <param name="Strong">Whether the mention is sure on its own: a framework name or a participant named beside it.</param>
/// <param name="Reason">Why the mention was judged so, for diagnostics.</param>
internal sealed record EventMention(TextSpan Span, EventDefinition? Event, double Score, bool Strong, string Reason)
{
    /// <summary>Gets whether claims may attach to this mention: an event of the story, not a distractor.</summary>
    public bool IsStoryEvent => Event is { Distractor: false };
}
