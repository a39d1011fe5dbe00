namespace CaJapan.Reconcile.Reconciliation;

/// <summary>The kinds of conflict the rules report.</summary>
public enum ConflictKind
{
    /// <summary>Sources give incompatible values for a single-valued fact as of the same time.</summary>
    ValueConflict,

    /// <summary>One source gives incompatible values for the same fact.</summary>
    SelfContradiction,

    /// <summary>Sources report statuses of an event that no sequence of updates explains, such as held and cancelled.</summary>
    StatusContradiction,

    /// <summary>Knowledge rules a claim out, such as an office its holder did not hold on that date.</summary>
    KnowledgeConflict,
}
