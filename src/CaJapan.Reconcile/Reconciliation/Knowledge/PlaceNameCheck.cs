using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Recognition;
using CaJapan.Reconcile.Text;
using NodaTime;

namespace CaJapan.Reconcile.Reconciliation.Knowledge;

/// <summary>
/// Reports a place named by a name that was not in use when the source reported it: "Nur-Sultan" in an article of 2024
/// (Astana was Nur-Sultan from 23 March 2019 to 16 September 2022). The day is the claim's
/// <see cref="Claim.Observed"/> (the publication date), else the time the claim holds as of. Every name of the city
/// that the quote uses must be out of use for a verdict, so "Astana (then Nur-Sultan)" passes. The periods and their
/// source notes are the pack's <c>cities</c>.
/// </summary>
/// <remarks>
/// An outdated name still names the right place: Nur-Sultan is Astana. The verdict is reported as a knowledge
/// conflict, as evidence that the text is older than it says or was written carelessly, but it does not rule out the
/// place, which keeps its vote (<see cref="KnowledgeVerdict.RulesOutValue"/> is false). Names live on in usage after
/// a renaming, and a writer may use an old name on purpose, so the reliability is lower than the office records'.
/// </remarks>
internal sealed class PlaceNameCheck : IKnowledgeCheck
{
    public string Name => "place-name";

    public double Reliability => 0.7;

    public KnowledgeVerdict? Check(Claim claim, KnowledgeScope scope)
    {
        if (claim.Value is not PlaceValue { City: { } city } place || claim.Evidence is not { } evidence || claim.Mode == AssertionMode.Negated)
        {
            return null;
        }

        var (start, end, when) = claim.Observed is { } day ? (day, day, $"the article is dated {Describe(day)}")
            : scope.AsOf is { } asOf ? (asOf.Start, asOf.End, $"the article gives no date, and the claim holds as of {asOf.Describe()}")
            : (default(LocalDate), default(LocalDate), string.Empty);
        if (when.Length == 0)
        {
            return null;
        }

        var names = scope.Index.Places.FindAll(TextFolding.Fold(evidence.Quote))
            .Where(m => m.Payload.Place.City == city && m.Payload.Place.Country == place.Country && m.Payload.Name is not null)
            .GroupBy(m => m.Span)
            .Select(g => g.Select(m => m.Payload).ToList())
            .ToList();
        if (names.Count == 0 || names.Any(entries => entries.Any(e => e.InUseDuring(start, end))))
        {
            return null;
        }

        var entries = names[0].OrderBy(e => e.From ?? LocalDate.MinIsoValue).ToList();
        var name = entries[0].Name!;
        var periods = string.Join(" and ", entries.Select(Period));
        var subject = string.Equals(name, city, StringComparison.OrdinalIgnoreCase) ? $"The name {name} was in use" : $"{name} was the name of {city}";
        return new KnowledgeVerdict(
            Name,
            "names of places over time",
            $"{subject} {periods}; {when}. The place is still {city}; only its name is out of date.",
            entries.Select(e => e.Note).FirstOrDefault(n => n is not null),
            Reliability,
            RulesOutValue: false);
    }

    private static string Period(PlaceEntry entry) => (entry.From, entry.To) switch
    {
        ({ } from, { } to) => $"from {Describe(from)} to {Describe(to)}",
        ({ } from, null) => $"from {Describe(from)} on",
        (null, { } to) => $"until {Describe(to)}",
        _ => "at all times",
    };

    private static string Describe(LocalDate day) => DateValue.Day(day).Describe();
}
