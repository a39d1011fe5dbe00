namespace CaJapan.Reconcile.Claims;

/// <summary>
/// A typed, normalised value of a claim. Values are immutable and thread-safe.
/// </summary>
/// <remarks>
/// Each kind of value knows how it relates to another value of its kind (<see cref="Compare"/>), so that
/// reconciliation can tell agreement, refinement and conflict apart without knowing the kinds.
/// </remarks>
public abstract record ClaimValue
{
    private readonly KeyCache keyCache = new();

    private protected ClaimValue()
    {
    }

    /// <summary>Initializes a copy of a value, as a <c>with</c> expression does; the copy computes its own key.</summary>
    /// <param name="original">The value copied.</param>
    protected ClaimValue(ClaimValue original)
    {
        ArgumentNullException.ThrowIfNull(original);
        keyCache = new KeyCache();
    }

    /// <summary>Gets the kind of this value.</summary>
    public abstract ValueKind Kind { get; }

    /// <summary>Gets how specific the value is: larger is more specific. Used to break ties between compatible values.</summary>
    public abstract double Specificity { get; }

    /// <summary>Compares this value with another.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>How this value relates to <paramref name="other"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public ValueRelation Compare(ClaimValue other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Kind != Kind ? ValueRelation.Incomparable : CompareSameKind(other);
    }

    /// <summary>Compares this value with another value of the same kind.</summary>
    /// <param name="other">A value of the same <see cref="Kind"/>.</param>
    /// <returns>How this value relates to <paramref name="other"/>.</returns>
    private protected abstract ValueRelation CompareSameKind(ClaimValue other);

    /// <summary>Gets a short plain-language description of the value, such as "9 August 2024".</summary>
    /// <returns>The description.</returns>
    public abstract string Describe();

    /// <summary>Gets a stable key of the normalised value, used for ordering and de-duplication. Computed once.</summary>
    public string Key => keyCache.Value ??= BuildKey();

    /// <summary>Builds the value's <see cref="Key"/>.</summary>
    /// <returns>The key.</returns>
    private protected abstract string BuildKey();

    /// <inheritdoc />
    public sealed override string ToString() => Describe();
}

/// <summary>Holds a value's key once computed. Every cache equals every other, so it never takes part in a value's equality.</summary>
internal sealed class KeyCache
{
    public string? Value { get; set; }

    public override bool Equals(object? obj) => obj is KeyCache;

    public override int GetHashCode() => 0;
}
