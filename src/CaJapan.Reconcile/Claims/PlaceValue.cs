namespace CaJapan.Reconcile.Claims;

/// <summary>
/// A place: a city within a country, or a whole country. A city and the country that contains it are compatible,
/// so "Astana" and "Kazakhstan" corroborate rather than conflict. Immutable and thread-safe.
/// </summary>
public sealed record PlaceValue : ClaimValue
{
    /// <summary>Initializes a new instance of the <see cref="PlaceValue"/> class.</summary>
    /// <param name="city">The city's canonical name, or <see langword="null"/> for a whole country.</param>
    /// <param name="country">The ISO 3166-1 alpha-2 code of the country, such as <c>KZ</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="country"/> is not a two-letter code.</exception>
    public PlaceValue(string? city, string country)
    {
        ArgumentNullException.ThrowIfNull(country);
        if (country.Length != 2 || !country.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException($"'{country}' is not an ISO 3166-1 alpha-2 country code such as KZ.", nameof(country));
        }

        City = string.IsNullOrWhiteSpace(city) ? null : city;
        Country = country;
    }

    /// <summary>Gets the city's canonical name, or <see langword="null"/> when the value names only a country.</summary>
    public string? City { get; }

    /// <summary>Gets the ISO 3166-1 alpha-2 code of the country.</summary>
    public string Country { get; }

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Place;

    /// <inheritdoc />
    public override double Specificity => City is null ? 0.5 : 1.0;

    /// <inheritdoc />
    private protected override string BuildKey() => $"place:{Country}:{City}";

    /// <inheritdoc />
    private protected override ValueRelation CompareSameKind(ClaimValue other)
    {
        var that = (PlaceValue)other;
        if (Country != that.Country)
        {
            return ValueRelation.Conflicts;
        }

        return (City, that.City) switch
        {
            (null, null) => ValueRelation.Equal,
            (not null, null) => ValueRelation.Refines,
            (null, not null) => ValueRelation.Generalises,
            _ => string.Equals(City, that.City, StringComparison.OrdinalIgnoreCase) ? ValueRelation.Equal : ValueRelation.Conflicts,
        };
    }

    /// <inheritdoc />
    public override string Describe() => City is null ? Country : $"{City}, {Country}";
}
