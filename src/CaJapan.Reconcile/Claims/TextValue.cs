using CaJapan.Reconcile.Text;

namespace CaJapan.Reconcile.Claims;

/// <summary>A value compared as a normalised string: equal or conflicting. Immutable and thread-safe.</summary>
/// <remarks>
/// Two texts are equal when they differ only in case, white space, punctuation or Unicode compatibility forms:
/// "J. K. Rowling", "j.k.  rowling" and "Ｊ．Ｋ．Ｒｏｗｌｉｎｇ" are one value; "JK Rowling" is another, since a dot
/// between letters reads as a space. Apostrophes are dropped ("O'Brien" and "OBrien" are equal), other punctuation
/// reads as a space ("Jean-Paul" and "Jean Paul" are equal), accents are kept ("Zürich" and "Zurich" differ), and a
/// text of punctuation only is compared as written. See docs/structured-claims.md.
/// </remarks>
public sealed record TextValue : ClaimValue
{
    /// <summary>Initializes a new instance of the <see cref="TextValue"/> class.</summary>
    /// <param name="text">The value as given; it is compared by its <see cref="Normalised"/> form.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public TextValue(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>Gets the value as given.</summary>
    public string Text { get; }

    /// <summary>
    /// Gets the normalised form the value is compared by: compatibility forms decomposed, upper case, apostrophes
    /// dropped, other punctuation read as a space, white space collapsed and trimmed, such as <c>J K ROWLING</c>.
    /// </summary>
    /// <remarks>
    /// Kept only inside <see cref="ClaimValue.Key"/>, not beside it: a table of millions of distinct values then holds
    /// one normalised string per value, not two.
    /// </remarks>
    public string Normalised => Key[KeyPrefix.Length..];

    private const string KeyPrefix = "text:";

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Text;

    /// <inheritdoc />
    public override double Specificity => 1.0;

    /// <inheritdoc />
    private protected override string BuildKey() => KeyPrefix + TextNormalizer.Key(Text);

    /// <inheritdoc />
    private protected override ValueRelation CompareSameKind(ClaimValue other)
        => string.Equals(other.Key, Key, StringComparison.Ordinal) ? ValueRelation.Equal : ValueRelation.Conflicts;

    /// <inheritdoc />
    public override string Describe() => Text;
}
