using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Recognition;

namespace CaJapan.Reconcile.Reconciliation.Knowledge;

/// <summary>
/// A check of one claim against what the domain pack knows: who held which office when, which weekday a date falls
/// on, when a dialogue was launched, which name a place went by. A claim that knowledge rules out loses most of its
/// vote and is reported as a knowledge conflict. Implementations are stateless and thread-safe.
/// </summary>
internal interface IKnowledgeCheck
{
    /// <summary>Gets the check's name, shown as the conflict's rule, such as <c>office-holder</c>.</summary>
    string Name { get; }

    /// <summary>Gets how far the knowledge is trusted: the probability that a claim it rules out is really wrong.</summary>
    double Reliability { get; }

    /// <summary>Says whether knowledge rules the claim out.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="scope">What the check may look at besides the claim.</param>
    /// <returns>The verdict, or <see langword="null"/> when knowledge does not rule the claim out.</returns>
    KnowledgeVerdict? Check(Claim claim, KnowledgeScope scope);
}

/// <summary>What a knowledge check may look at besides the claim itself.</summary>
/// <param name="Index">The domain pack, indexed.</param>
/// <param name="AsOf">The time the claim holds as of (its own, its event's, or the story's), when known.</param>
/// <param name="SourceClaims">Every claim the same source makes about the same subject, ordered by identifier: "the 20th anniversary" said in one sentence constrains the date given in another.</param>
internal sealed record KnowledgeScope(PackIndex Index, DateValue? AsOf, IReadOnlyList<Claim> SourceClaims)
{
    /// <summary>Gets a subject's name in plain language: an event's or person's name, else the identifier.</summary>
    public string NameOf(string subject)
        => Index.Events.TryGetValue(subject, out var e) ? e.Name
            : Index.PeopleById.TryGetValue(subject, out var p) ? p.Name
            : subject;
}

/// <summary>What knowledge says of a claim that it rules out.</summary>
/// <param name="Check">The name of the check that ruled it out.</param>
/// <param name="Basis">What knowledge the check used, in plain language, such as "records of office holders".</param>
/// <param name="Explanation">Why the claim cannot be right, in plain language.</param>
/// <param name="Note">Where the knowledge comes from (the pack entry's source note), or <see langword="null"/>.</param>
/// <param name="Reliability">How far the knowledge is trusted.</param>
/// <param name="RulesOutValue">
/// Whether knowledge rules out the claim's value, which then loses most of its vote (<see cref="ReconcileOptions.KnowledgePenalty"/>);
/// or only the way the source put it (an old name of the right place), which is reported but keeps its vote.
/// </param>
internal sealed record KnowledgeVerdict(string Check, string Basis, string Explanation, string? Note, double Reliability, bool RulesOutValue = true);
