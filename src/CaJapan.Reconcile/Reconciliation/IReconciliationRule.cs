namespace CaJapan.Reconcile.Reconciliation;

/// <summary>
/// A rule that looks at the claims about one fact and reports the conflicts it finds. Register more with
/// <c>AddReconcile</c>, or remove a built-in one from the service collection to replace it. Implementations must
/// be thread-safe and must not depend on the order of the claims.
/// </summary>
public interface IReconciliationRule
{
    /// <summary>Gets the rule's name, as shown in reports.</summary>
    string Name { get; }

    /// <summary>Finds the conflicts among the claims about one fact.</summary>
    /// <param name="fact">The fact, its claims and what the engine knows about them.</param>
    /// <returns>The conflicts; their <see cref="Conflict.Id"/> is assigned by the engine and may be left empty.</returns>
    IEnumerable<Conflict> Evaluate(FactContext fact);
}
