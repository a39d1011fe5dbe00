namespace CaJapan.Reconcile.Claims;

/// <summary>How two typed values relate to each other.</summary>
public enum ValueRelation
{
    /// <summary>The values are the same.</summary>
    Equal,

    /// <summary>The first value is more specific than the second and lies within it ("August 9, 2024" refines "August 2024").</summary>
    Refines,

    /// <summary>The first value is less specific than the second and contains it.</summary>
    Generalises,

    /// <summary>The values overlap without either containing the other; both can be true.</summary>
    Overlaps,

    /// <summary>The values cannot both be true of a single-valued fact.</summary>
    Conflicts,

    /// <summary>The values are of different kinds and cannot be compared.</summary>
    Incomparable,
}

/// <summary>Extension methods for <see cref="ValueRelation"/>.</summary>
public static class ValueRelationExtensions
{
    /// <summary>Gets whether two values in this relation can both be true of a single-valued fact.</summary>
    /// <param name="relation">The relation.</param>
    /// <returns><see langword="true"/> unless the relation is <see cref="ValueRelation.Conflicts"/> or <see cref="ValueRelation.Incomparable"/>.</returns>
    public static bool IsCompatible(this ValueRelation relation)
        => relation is ValueRelation.Equal or ValueRelation.Refines or ValueRelation.Generalises or ValueRelation.Overlaps;
}
