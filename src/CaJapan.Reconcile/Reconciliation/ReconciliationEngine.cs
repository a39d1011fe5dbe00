using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Knowledge;
using CaJapan.Reconcile.Reconciliation.Knowledge;
using CaJapan.Reconcile.Recognition;
using CaJapan.Reconcile.Sources;

namespace CaJapan.Reconcile.Reconciliation;

/// <summary>
/// Turns claims into resolutions, conflicts and updates. Facts that do not change over time are resolved first;
/// the story's time (the focus event's date) then fixes the time that titles and statuses are judged as of.
/// </summary>
internal sealed class ReconciliationEngine(PackIndex index, ReconcileOptions options, IEnumerable<IReconciliationRule> rules, IEnumerable<IKnowledgeCheck>? checks = null)
{
    private readonly IReconciliationRule[] rules = [.. rules];
    private readonly IKnowledgeCheck[] checks = [.. checks ?? BuiltInChecks()];
    private readonly TruthResolver resolver = new(options);

    public ReconciliationResult Reconcile(IReadOnlyList<Source> sources, IReadOnlyList<SourceError> errors, IReadOnlyList<Claim> claims, CancellationToken cancellationToken)
    {
        var trust = sources.ToDictionary(s => s.Id, Trust, StringComparer.Ordinal);
        foreach (var id in claims.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Where(id => !trust.ContainsKey(id)))
        {
            trust[id] = options.DefaultSourceTrust;
        }

        var facts = claims
            .GroupBy(c => (c.Subject, c.Property))
            .OrderBy(g => g.Key.Subject, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Property, StringComparer.Ordinal)
            .Select(g => (g.Key.Subject, g.Key.Property, Claims: g.OrderBy(c => c.Id, StringComparer.Ordinal).ToList()))
            .ToList();

        var bySource = claims
            .GroupBy(c => c.SourceId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Claim>)[.. g.OrderBy(c => c.Id, StringComparer.Ordinal)], StringComparer.Ordinal);
        var resolutions = new Dictionary<(string, string), Resolution>();
        var contexts = new List<FactContext>();
        foreach (var timeDependent in new[] { false, true })
        {
            foreach (var (subject, property, factClaims) in facts.Where(f => IsTimeDependent(f.Property) == timeDependent))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var storyTime = StoryTime(resolutions);
                var asOf = factClaims.ToDictionary(c => c.Id, c => AsOf(c, resolutions, InStory(subject) ? storyTime : null), StringComparer.Ordinal);
                var current = factClaims.Where(c => !timeDependent || storyTime is null || asOf[c.Id] is null || asOf[c.Id]!.Overlaps(storyTime)).ToList();
                var context = Context(subject, property, current, asOf, trust, bySource);
                contexts.Add(context);
                var voting = VotingClusters(context);
                resolutions[(subject, property)] = resolver.Resolve(context, voting, c => Accuracy(context, c, trust), s => trust[s], timeDependent && InStory(subject) ? storyTime : null);
            }
        }

        var conflicts = contexts
            .SelectMany(c => rules.SelectMany(r => r.Evaluate(c)))
            .OrderBy(c => c.Subject, StringComparer.Ordinal)
            .ThenBy(c => c.Property, StringComparer.Ordinal)
            .ThenBy(c => c.Kind)
            .ThenBy(c => string.Join(",", c.ClaimIds), StringComparer.Ordinal)
            .Select((c, i) => c with { Id = $"C{i + 1}" })
            .ToList();
        var updates = contexts
            .Where(c => c.Clusters is [{ Value: StatusValue }, ..])
            .SelectMany(StatusTransitions.Updates)
            .ToList();

        return new ReconciliationResult
        {
            Sources = sources,
            SourceErrors = errors,
            Claims = claims,
            Conflicts = conflicts,
            Updates = updates,
            Resolutions = [.. resolutions.Values.OrderBy(r => r.Subject, StringComparer.Ordinal).ThenBy(r => r.Property, StringComparer.Ordinal)],
            SourceTrust = trust,
        };
    }

    /// <summary>The knowledge checks every claim goes through, in order; the first verdict counts.</summary>
    internal static IKnowledgeCheck[] BuiltInChecks() => [new OfficeHolderCheck(), new WeekdayCheck(), new AnniversaryCheck(), new PlaceNameCheck()];

    private double Trust(Source source)
        => source.Outlet is not null && options.OutletTrust.TryGetValue(source.Outlet, out var prior) ? prior : options.DefaultSourceTrust;

    private bool IsTimeDependent(string property) => index.Property(property)?.TimeDependent ?? false;

    /// <summary>Gets whether a subject belongs to the story's time: an event of the story, or a participant of its focus event.</summary>
    private bool InStory(string subject)
        => (index.Events.TryGetValue(subject, out var e) && !e.Distractor) || index.FocusEvent.Participants.Contains(subject, StringComparer.Ordinal);

    private DateValue? StoryTime(Dictionary<(string, string), Resolution> resolutions)
        => resolutions.GetValueOrDefault((index.FocusEvent.Id, "date"))?.Value as DateValue;

    private static DateValue? AsOf(Claim claim, Dictionary<(string, string), Resolution> resolutions, DateValue? storyTime)
        => claim.AsOf
           ?? (claim.AsOfSubject is { } subject ? resolutions.GetValueOrDefault((subject, "date"))?.Value as DateValue : null)
           ?? storyTime;

    private FactContext Context(string subject, string property, List<Claim> claims, Dictionary<string, DateValue?> asOf, Dictionary<string, double> trust, Dictionary<string, IReadOnlyList<Claim>> bySource)
    {
        var verdicts = new Dictionary<string, KnowledgeVerdict?>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            var scope = new KnowledgeScope(index, asOf[claim.Id], bySource.GetValueOrDefault(claim.SourceId, []));
            verdicts[claim.Id] = checks.Select(check => check.Check(claim, scope)).FirstOrDefault(v => v is not null);
        }

        var positive = claims.Where(c => c.Mode != AssertionMode.Negated).ToList();
        var clusters = ValueClustering.Cluster(positive, c => trust[c.SourceId] * c.Confidence * (verdicts.GetValueOrDefault(c.Id) is { RulesOutValue: true } ? options.KnowledgePenalty : 1));
        return new FactContext(subject, property, index.Property(property), claims, clusters, asOf, SubjectName(subject), index.Pack, c => verdicts.GetValueOrDefault(c.Id));
    }

    /// <summary>The clusters that vote: statuses that later reports superseded ("planned", once "cancelled" is reported) do not.</summary>
    private static List<ValueCluster> VotingClusters(FactContext context)
    {
        if (context.Clusters is not [{ Value: StatusValue }, ..])
        {
            return [.. context.Clusters];
        }

        var superseded = StatusTransitions.Updates(context).Select(u => u.From).ToHashSet(StringComparer.Ordinal);
        var current = context.Clusters.Where(c => !superseded.Contains(((StatusValue)c.Value).Name)).ToList();
        return current.Count > 0 ? current : [.. context.Clusters];
    }

    /// <summary>The probability that a claim is right: the source's trust × the extraction's confidence × the knowledge factor.</summary>
    private double Accuracy(FactContext context, Claim claim, Dictionary<string, double> trust)
        => trust[claim.SourceId] * claim.Confidence * (context.Knowledge(claim) is { RulesOutValue: true } ? options.KnowledgePenalty : 1);

    private string SubjectName(string subject)
        => index.Events.TryGetValue(subject, out var e) ? e.Name
            : index.PeopleById.TryGetValue(subject, out var p) ? p.Name
            : subject;

}
