namespace CaJapan.Reconcile.Claims;

/// <summary>A value compared as a normalised string: equal or conflicting. Immutable and thread-safe.</summary>
public sealed record TextValue : ClaimValue
{
    /// <summary>Initializes a new instance of the <see cref="TextValue"/> class.</summary>
    /// <param name="text">The value as given; it is compared after trimming, folding white space and case.</param>
    public TextValue(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Normalised = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
    }

    /// <summary>Gets the value as given.</summary>
    public string Text { get; }

    /// <summary>Gets the normalised form the value is compared by.</summary>
    public string Normalised { get; }

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Text;

    /// <inheritdoc />
    public override double Specificity => 1.0;

    /// <inheritdoc />
    public override string Key => $"text:{Normalised}";

    /// <inheritdoc />
    private protected override ValueRelation CompareSameKind(ClaimValue other)
        => ((TextValue)other).Normalised == Normalised ? ValueRelation.Equal : ValueRelation.Conflicts;

    /// <inheritdoc />
    public override string Describe() => Text;
}
