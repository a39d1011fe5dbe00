using CaJapan.Reconcile.Claims;

namespace CaJapan.Reconcile.Reconciliation.Knowledge;

/// <summary>
/// Rules out a date that the same source's anniversary contradicts: a source that calls the summit "the 20th
/// anniversary of the Central Asia plus Japan Dialogue", launched on 28 August 2004, cannot date the summit 2023. The
/// anniversary falls in the launch year plus its ordinal; any day of that year fits, since anniversaries are
/// celebrated all year. Only the pack's launch dates are used, each with its source note.
/// </summary>
/// <remarks>
/// The source contradicts itself, and knowledge decides which half is wrong only so far as the launch date is sure and
/// the anniversary was read right: the verdict falls on the date, with a reliability below the office records'.
/// </remarks>
internal sealed class AnniversaryCheck : IKnowledgeCheck
{
    public string Name => "anniversary";

    public double Reliability => 0.8;

    public KnowledgeVerdict? Check(Claim claim, KnowledgeScope scope)
    {
        if (claim.Value is not DateValue date || claim.Mode == AssertionMode.Negated)
        {
            return null;
        }

        var misfit = scope.SourceClaims
            .Where(c => c.Subject == claim.Subject && c.Mode != AssertionMode.Negated)
            .Select(c => c.Value)
            .OfType<AnniversaryValue>()
            .Select(a => (Anniversary: a, Launch: scope.Index.Launches.GetValueOrDefault(a.EventId)))
            .Where(x => x.Launch is not null)
            .Select(x => (x.Anniversary, Launch: x.Launch!, Year: x.Launch!.Date.Year + x.Anniversary.Ordinal))
            .Where(x => date.End.Year < x.Year || date.Start.Year > x.Year)
            .OrderBy(x => x.Anniversary.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        if (misfit.Anniversary is null)
        {
            return null;
        }

        var (anniversary, launch, year) = misfit;
        var described = scope.Index.Events.TryGetValue(anniversary.EventId, out var e) ? new AnniversaryValue(e.Id, anniversary.Ordinal, e.Name) : anniversary;
        return new KnowledgeVerdict(
            Name,
            "launch dates of events",
            $"{claim.SourceId} dates {AnniversaryValue.WithArticle(scope.NameOf(claim.Subject))} {date.Describe()}, but calls it the {described.Describe()}, launched on {DateValue.Day(launch.Date).Describe()}: that anniversary falls in {year}.",
            launch.Note,
            Reliability);
    }
}
