using CaJapan.Reconcile.Claims;
using NodaTime;
using NodaTime.Text;

namespace CaJapan.Reconcile.Reconciliation.Knowledge;

/// <summary>
/// Rules out a title that the pack's records of office holders contradict: a claim that a person held an office on a
/// date when the records show someone else in it, within the period the records cover.
/// </summary>
internal sealed class OfficeHolderCheck : IKnowledgeCheck
{
    public string Name => "office-holder";

    public double Reliability => 0.95;

    public KnowledgeVerdict? Check(Claim claim, KnowledgeScope scope)
    {
        var index = scope.Index;
        if (claim.Value is not TitleValue title || scope.AsOf is not { } asOf
            || !index.Tenures.TryGetValue((title.Country, title.Office), out var tenures)
            || index.OfficeKnownFrom.GetValueOrDefault((title.Country, title.Office)) is not { } knownFrom
            || asOf.Start < knownFrom)
        {
            return null;
        }

        var during = tenures.Where(t => t.From <= asOf.End && (t.To is null || t.To >= asOf.Start)).ToList();
        if (during.Count == 0 || during.Any(t => t.Person == claim.Subject))
        {
            return null;
        }

        var person = scope.NameOf(claim.Subject);
        var holders = string.Join(" and ", during.Select(t => $"{scope.NameOf(t.Person)} ({Iso(t.From)} to {(t.To is { } to ? Iso(to) : "present")})"));
        var own = tenures.Where(t => t.Person == claim.Subject).Select(t => $"{Iso(t.From)} to {(t.To is { } to ? Iso(to) : "present")}").ToList();
        var held = own.Count == 0 ? string.Empty : $"; {person} held it {string.Join(" and ", own)}";
        return new KnowledgeVerdict(
            Name,
            "records of office holders",
            $"{person} was not {title.Office} of {title.Country} in {asOf.Describe()}: the office was held by {holders}{held}.",
            during[0].Note,
            Reliability);
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
