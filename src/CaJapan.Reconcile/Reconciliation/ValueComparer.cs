using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Knowledge;
using NodaTime;
using NodaTime.Text;

namespace CaJapan.Reconcile.Reconciliation;

/// <summary>
/// Compares values as reconciliation needs: as <see cref="ClaimValue.Compare"/> does, and amounts of money in
/// different currencies at the pack's exchange rate for the day nearest to the reports, where amounts within
/// <see cref="MoneyTolerance"/> of each other overlap ("$2 billion" and "300 billion yen" agree at 147 yen to the
/// dollar). Symmetric: comparing b with a gives the mirror of comparing a with b.
/// </summary>
internal sealed class ValueComparer
{
    /// <summary>How far apart two converted amounts may be and still be "nearby": 10% of the larger.</summary>
    public const decimal MoneyTolerance = 0.10m;

    private readonly Dictionary<string, List<(LocalDate Day, decimal PerUsd)>> rates;

    public ValueComparer(IEnumerable<ExchangeRate> rates)
    {
        this.rates = rates
            .Where(r => r.PerUsd > 0 && LocalDatePattern.Iso.Parse(r.Date).Success)
            .GroupBy(r => r.Currency, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(r => (LocalDatePattern.Iso.Parse(r.Date).Value, r.PerUsd)).OrderBy(r => r.Item1).ToList(),
                StringComparer.Ordinal);
    }

    /// <summary>Compares two values, converting money at the rate nearest to <paramref name="day"/> (the latest rate when unknown).</summary>
    public ValueRelation Compare(ClaimValue a, ClaimValue b, LocalDate? day)
    {
        if (a is MoneyValue x && b is MoneyValue y && x.Currency != y.Currency
            && ToUsd(x, day) is { } ux && ToUsd(y, day) is { } uy)
        {
            var slack = MoneyTolerance * Math.Max(ux.Max, uy.Max);
            return ux.Min - slack <= uy.Max && uy.Min - slack <= ux.Max ? ValueRelation.Overlaps : ValueRelation.Conflicts;
        }

        return a.Compare(b);
    }

    /// <summary>Gets an amount's range in US dollars, or <see langword="null"/> when no rate for its currency is known.</summary>
    public (decimal Min, decimal Max)? ToUsd(MoneyValue money, LocalDate? day)
    {
        if (money.Currency == "USD")
        {
            return (money.Min, money.Max);
        }

        if (!rates.TryGetValue(money.Currency, out var list) || list.Count == 0)
        {
            return null;
        }

        var rate = list[^1].PerUsd;
        if (day is { } d)
        {
            // The rates are in order of day: the first nearest wins a tie, so the earlier day.
            var nearest = int.MaxValue;
            foreach (var (rateDay, perUsd) in list)
            {
                var distance = Math.Abs(Period.DaysBetween(rateDay, d));
                if (distance < nearest)
                {
                    (nearest, rate) = (distance, perUsd);
                }
            }
        }

        return (money.Min / rate, money.Max / rate);
    }
}
