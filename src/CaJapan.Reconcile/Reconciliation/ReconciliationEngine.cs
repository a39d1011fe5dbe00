using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Recognition;
using CaJapan.Reconcile.Reconciliation.Knowledge;
using CaJapan.Reconcile.Sources;

namespace CaJapan.Reconcile.Reconciliation;

/// <summary>
/// Turns claims into resolutions, conflicts, updates and timelines. Facts that do not change over time are resolved
/// first; the story's time (the focus event's date) then fixes the time that titles and statuses are judged as of.
/// Source trust is learned by resolving every fact, re-estimating each source's trust from how probable its values
/// came out where other voices spoke too, and repeating until trust settles (see docs/confidence.md).
/// </summary>
internal sealed class ReconciliationEngine(PackIndex index, ReconcileOptions options, IEnumerable<IReconciliationRule> rules, IEnumerable<IKnowledgeCheck>? checks = null)
{
    /// <summary>The property that holds an event's date, which the times of its other facts are judged against.</summary>
    private const string DateProperty = "date";

    /// <summary>Trust has settled when no source's trust moves by this much or more in a round.</summary>
    internal const double TrustTolerance = 1e-4;

    private readonly IReconciliationRule[] rules = [.. rules];
    private readonly IKnowledgeCheck[] checks = [.. checks ?? BuiltInChecks()];
    private readonly TruthResolver resolver = new(options);
    private readonly ValueComparer comparer = new(index.Pack.ExchangeRates);

    /// <summary>The knowledge checks every claim goes through, in order; the first verdict counts.</summary>
    internal static IKnowledgeCheck[] BuiltInChecks() => [new OfficeHolderCheck(), new WeekdayCheck(), new AnniversaryCheck(), new PlaceNameCheck()];

    public ReconciliationResult Reconcile(IReadOnlyList<Source> sources, IReadOnlyList<SourceError> errors, IReadOnlyList<Claim> claims, CancellationToken cancellationToken)
    {
        if (options.AsOf is { } day)
        {
            claims = [.. claims.Where(c => c.Observed is null || c.Observed <= day)];
        }

        var priors = sources.DistinctBy(s => s.Id).ToDictionary(s => s.Id, Prior, StringComparer.Ordinal);
        foreach (var id in claims.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Where(id => !priors.ContainsKey(id)))
        {
            // A source known only by its claims (a structured claim's source column) is named like an outlet.
            priors[id] = options.OutletTrust.TryGetValue(id, out var prior) ? (prior, $"outlet:{id}") : (options.DefaultSourceTrust, "default");
        }

        var dependencies = CopyDetector.Detect(sources, options.MaxDegreeOfParallelism, cancellationToken);
        var dependence = new Dictionary<(string, string), double>();
        foreach (var d in dependencies)
        {
            dependence[(d.SourceIds[0], d.SourceIds[1])] = Math.Max(d.Strength, dependence.GetValueOrDefault((d.SourceIds[0], d.SourceIds[1])));
            dependence[(d.SourceIds[1], d.SourceIds[0])] = dependence[(d.SourceIds[0], d.SourceIds[1])];
        }

        var dependents = new Dictionary<string, List<(string Source, double Strength)>>(StringComparer.Ordinal);
        foreach (var ((a, b), strength) in dependence)
        {
            if (!dependents.TryGetValue(a, out var list))
            {
                dependents[a] = list = [];
            }

            list.Add((b, strength));
        }

        // Every subject's date is resolved before its other facts: whether a place or an amount was reported while the
        // event was still ahead depends on when the event took place.
        var facts = claims
            .GroupBy(c => (c.Subject, c.Property))
            .OrderBy(g => g.Key.Property == DateProperty ? 0 : 1)
            .ThenBy(g => g.Key.Subject, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Property, StringComparer.Ordinal)
            .Select(g => (g.Key.Subject, g.Key.Property, Claims: g.OrderBy(c => c.Id, StringComparer.Ordinal).ToList()))
            .ToList();
        var bySource = claims
            .GroupBy(c => (c.SourceId, c.Subject))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Claim>)[.. g.OrderBy(c => c.Id, StringComparer.Ordinal)]);

        var trust = priors.ToDictionary(p => p.Key, p => p.Value.Prior, StringComparer.Ordinal);
        // A fact's grouping of values and its knowledge verdicts are kept from round to round, to the final round, as
        // long as its claims, the times they are judged as of and its event's date stay the same: they depend on
        // nothing else, not on trust. Learning rounds skip what only the report needs (the inputs listed on each score).
        var cache = new Dictionary<(string, string), FactContext>();
        var pass = Pass(facts, trust, priors, dependents, bySource, cache, !options.LearnSourceTrust, cancellationToken);
        Dictionary<string, (int Facts, double Agreement)> evidence = [];
        for (var round = 0; options.LearnSourceTrust && round < options.MaxTrustIterations; round++)
        {
            evidence = pass.Outcomes
                .GroupBy(o => o.Source, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (g.Count(), g.Sum(o => o.Probability)), StringComparer.Ordinal);
            var learned = priors.ToDictionary(
                p => p.Key,
                p => evidence.TryGetValue(p.Key, out var e)
                    ? ((options.TrustPriorWeight * p.Value.Prior) + e.Agreement) / (options.TrustPriorWeight + e.Facts)
                    : p.Value.Prior,
                StringComparer.Ordinal);
            var moved = learned.Count == 0 ? 0 : learned.Max(t => Math.Abs(t.Value - trust[t.Key]));
            trust = learned;
            if (moved < TrustTolerance)
            {
                break;
            }

            pass = Pass(facts, trust, priors, dependents, bySource, cache, false, cancellationToken);
        }

        if (options.LearnSourceTrust)
        {
            pass = Pass(facts, trust, priors, dependents, bySource, cache, true, cancellationToken);
        }

        var conflicts = pass.Contexts
            .SelectMany(c => rules.SelectMany(r => r.Evaluate(c)))
            .OrderBy(c => c.Subject, StringComparer.Ordinal)
            .ThenBy(c => c.Property, StringComparer.Ordinal)
            .ThenBy(c => c.Kind)
            .ThenBy(c => string.Join(",", c.ClaimIds), StringComparer.Ordinal)
            .Select((c, i) => c with { Id = $"C{i + 1}" })
            .ToList();
        var updates = pass.Contexts
            .SelectMany(c => c.Clusters is [{ Value: StatusValue }, ..] ? StatusTransitions.Updates(c) : ValueUpdates(c, pass.Resolutions[(c.Subject, c.Property)]))
            .OrderBy(u => u.Subject, StringComparer.Ordinal)
            .ThenBy(u => u.Property, StringComparer.Ordinal)
            .ThenBy(u => u.Kind)
            .ThenBy(u => string.Join(",", u.FromClaimIds), StringComparer.Ordinal)
            .ToList();
        var timelines = pass.Contexts
            .OrderBy(c => c.Subject, StringComparer.Ordinal)
            .ThenBy(c => c.Property, StringComparer.Ordinal)
            .Select(c => Timelines.For(c, pass.Resolutions[(c.Subject, c.Property)], comparer))
            .OfType<FactTimeline>()
            .ToList();

        return new ReconciliationResult
        {
            Sources = sources,
            SourceErrors = errors,
            Claims = claims,
            Conflicts = conflicts,
            Updates = updates,
            Resolutions = [.. pass.Resolutions.Values.OrderBy(r => r.Subject, StringComparer.Ordinal).ThenBy(r => r.Property, StringComparer.Ordinal)],
            SourceTrust = trust,
            TrustEstimates = [.. priors.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new SourceTrustEstimate(
                p.Key,
                p.Value.Prior,
                p.Value.From,
                trust[p.Key],
                evidence.TryGetValue(p.Key, out var e) ? e.Facts : 0,
                evidence.TryGetValue(p.Key, out var a) && a.Facts > 0 ? a.Agreement / a.Facts : null))],
            Dependencies = dependencies,
            Timelines = timelines,
        };
    }

    /// <summary>Resolves every fact once with the given trust.</summary>
    private PassResult Pass(
        List<(string Subject, string Property, List<Claim> Claims)> facts,
        Dictionary<string, double> trust,
        Dictionary<string, (double Prior, string From)> priors,
        Dictionary<string, List<(string Source, double Strength)>> dependents,
        Dictionary<(string Source, string Subject), IReadOnlyList<Claim>> bySource,
        Dictionary<(string, string), FactContext>? cache,
        bool explain,
        CancellationToken cancellationToken)
    {
        var resolutions = new Dictionary<(string, string), Resolution>();
        var contexts = new List<FactContext>();
        var outcomes = new List<(string Source, double Probability)>();
        foreach (var timeDependent in new[] { false, true })
        {
            foreach (var (subject, property, factClaims) in facts.Where(f => IsTimeDependent(f.Property) == timeDependent))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var storyTime = StoryTime(resolutions);
                var asOf = factClaims.ToDictionary(c => c.Id, c => AsOf(c, resolutions, InStory(subject) ? storyTime : null), StringComparer.Ordinal);
                // A title holds as of a time, and only titles as of the story's time count; a status's time is when it
                // was reported, and every report of it counts, in its order.
                var current = factClaims.Where(c => !timeDependent || c.Value is StatusValue || storyTime is null || asOf[c.Id] is null || asOf[c.Id]!.Overlaps(storyTime)).ToList();
                var eventDate = resolutions.GetValueOrDefault((subject, DateProperty))?.Value;
                FactContext context;
                if (cache is not null && cache.TryGetValue((subject, property), out var cached) && Equals(cached.EventDate, eventDate)
                    && cached.Claims.Count == current.Count
                    && current.Select((c, i) => ReferenceEquals(c, cached.Claims[i]) && Equals(cached.AsOf(c), asOf[c.Id])).All(same => same))
                {
                    context = cached;
                }
                else
                {
                    context = Context(subject, property, current, asOf, bySource, resolutions);
                    if (cache is not null)
                    {
                        cache[(subject, property)] = context;
                    }
                }

                contexts.Add(context);
                var voting = VotingClusters(context);
                var votingContext = new VotingContext(
                    c => Accuracy(context, c, trust),
                    s => trust[s],
                    s => priors[s].Prior,
                    s => dependents.TryGetValue(s, out var list) ? list : [],
                    (a, b) => comparer.Compare(a, b, context.Day),
                    explain);
                var outcome = resolver.Resolve(context, voting, votingContext, timeDependent && InStory(subject) ? storyTime : null);
                resolutions[(subject, property)] = outcome.Resolution;
                outcomes.AddRange(outcome.Outcomes);
            }
        }

        return new PassResult(resolutions, contexts, outcomes);
    }

    private (double Prior, string From) Prior(Source source)
    {
        if (source.Outlet is { } outlet && options.OutletTrust.TryGetValue(outlet, out var prior))
        {
            return (prior, $"outlet:{outlet}");
        }

        if (source.Url is { IsAbsoluteUri: true } url)
        {
            for (var host = url.Host; host.Contains('.', StringComparison.Ordinal); host = host[(host.IndexOf('.', StringComparison.Ordinal) + 1)..])
            {
                if (options.OutletTrust.TryGetValue(host, out var byDomain))
                {
                    return (byDomain, $"domain:{host}");
                }
            }
        }

        return (options.DefaultSourceTrust, "default");
    }

    private bool IsTimeDependent(string property) => index.Property(property)?.TimeDependent ?? false;

    private bool IsSingleValued(string property)
        => !options.MultiValuedProperties.Contains(property) && (index.Property(property)?.SingleValued ?? true);

    /// <summary>Gets whether a subject belongs to the story's time: an event of the story, or a participant of its focus event.</summary>
    private bool InStory(string subject)
        => (index.Events.TryGetValue(subject, out var e) && !e.Distractor) || index.FocusEvent.Participants.Contains(subject, StringComparer.Ordinal);

    private DateValue? StoryTime(Dictionary<(string, string), Resolution> resolutions)
        => resolutions.GetValueOrDefault((index.FocusEvent.Id, DateProperty))?.Value as DateValue;

    private static DateValue? AsOf(Claim claim, Dictionary<(string, string), Resolution> resolutions, DateValue? storyTime)
        => claim.AsOf
           ?? (claim.AsOfSubject is { } subject ? resolutions.GetValueOrDefault((subject, DateProperty))?.Value as DateValue : null)
           ?? storyTime;

    private FactContext Context(
        string subject,
        string property,
        List<Claim> claims,
        Dictionary<string, DateValue?> asOf,
        Dictionary<(string Source, string Subject), IReadOnlyList<Claim>> bySource,
        Dictionary<(string, string), Resolution> resolutions)
    {
        var verdicts = new Dictionary<string, KnowledgeVerdict?>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            var scope = new KnowledgeScope(index, asOf[claim.Id], bySource.GetValueOrDefault((claim.SourceId, claim.Subject), []));
            verdicts[claim.Id] = checks.Select(check => check.Check(claim, scope)).FirstOrDefault(v => v is not null);
        }

        var day = claims.Max(c => c.Observed);
        var positive = claims.Where(c => c.Mode != AssertionMode.Negated).ToList();
        // Values are grouped by how surely they were read, not by trust: the grouping then stays the same while
        // trust is learned, and trust acts through the votes alone.
        var clusters = ValueClustering.Cluster(
            positive,
            c => c.Confidence * (verdicts.GetValueOrDefault(c.Id) is { RulesOutValue: true } ? options.KnowledgePenalty : 1),
            (a, b) => comparer.Compare(a, b, day));
        var singleValued = IsSingleValued(property);
        var changes = singleValued && clusters is not [{ Value: StatusValue }, ..] && index.Events.ContainsKey(subject)
            ? PlanChanges.Find(clusters, c => EventDay(c, subject, property, bySource, resolutions))
            : [];
        var context = Build([.. changes.Select(p => p.Old).Distinct()]);
        if (clusters is not [{ Value: StatusValue }, ..])
        {
            return context;
        }

        // A status that a later status superseded ("planned", once "cancelled" is reported) is an update's start.
        var earlier = StatusTransitions.Updates(context).Select(u => u.From).ToHashSet(StringComparer.Ordinal);
        var old = clusters.Where(c => earlier.Contains(((StatusValue)c.Value).Name)).ToList();
        return old.Count == 0 || old.Count == clusters.Count ? context : Build(old);

        FactContext Build(IReadOnlyList<ValueCluster> replaced)
            => new(subject, property, index.Property(property), claims, clusters, asOf, SubjectName(subject), index.Pack, c => verdicts.GetValueOrDefault(c.Id), singleValued, replaced)
            {
                Day = day,
                EventDate = resolutions.GetValueOrDefault((subject, DateProperty))?.Value,
                PlanChanges = changes,
            };
    }

    /// <summary>When a claim's source understood the event to take place: its own date for a date; else the date the same source gives the event; else the engine's.</summary>
    private static DateValue? EventDay(Claim claim, string subject, string property, Dictionary<(string Source, string Subject), IReadOnlyList<Claim>> bySource, Dictionary<(string, string), Resolution> resolutions)
    {
        if (property == DateProperty && claim.Value is DateValue own)
        {
            return own;
        }

        return bySource.GetValueOrDefault((claim.SourceId, claim.Subject), [])
                   .Where(c => c.Subject == subject && c.Property == DateProperty && c.Value is DateValue && c.Mode != AssertionMode.Negated)
                   .Select(c => (DateValue)c.Value)
                   .OrderByDescending(d => d.Specificity)
                   .FirstOrDefault()
               ?? resolutions.GetValueOrDefault((subject, DateProperty))?.Value as DateValue;
    }

    /// <summary>The clusters that vote: neither values nor statuses that later reports superseded ("planned", once "cancelled" is reported).</summary>
    private static List<ValueCluster> VotingClusters(FactContext context)
        => [.. context.CurrentClusters];

    /// <summary>Changed plans and refinements among a fact's values: news, not contradictions.</summary>
    private static IEnumerable<FactUpdate> ValueUpdates(FactContext context, Resolution resolution)
    {
        foreach (var (old, next) in context.PlanChanges)
        {
            yield return new FactUpdate(
                context.Subject,
                old.Value.Describe(),
                next.Value.Describe(),
                [.. old.Claims.Select(c => c.Id)],
                [.. next.Claims.Select(c => c.Id)],
                $"The {context.Property} of {context.SubjectName}: reported as {old.Value.Describe()} ({Reports(old.Claims)}) while it was still ahead, then as {next.Value.Describe()} ({Reports(next.Claims)}); a changed plan, not a contradiction.")
            {
                Property = context.Property,
            };
        }

        if (resolution.Value is not { } chosen || context.CurrentClusters.FirstOrDefault(c => c.Value.Key == chosen.Key) is not { } winner)
        {
            yield break;
        }

        foreach (var general in winner.Claims
                     .Where(c => c.Value.Compare(chosen) == ValueRelation.Generalises)
                     .GroupBy(c => c.Value.Key, StringComparer.Ordinal)
                     .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var precise = winner.Claims.Where(c => c.Value.Compare(chosen) == ValueRelation.Equal).ToList();
            var value = general.First().Value;
            yield return new FactUpdate(
                context.Subject,
                value.Describe(),
                chosen.Describe(),
                [.. general.Select(c => c.Id)],
                [.. precise.Select(c => c.Id)],
                $"The {context.Property} of {context.SubjectName}: {value.Describe()} ({Reports(general)}) is given more precisely as {chosen.Describe()} ({Reports(precise)}); a refinement, not a contradiction.")
            {
                Property = context.Property,
                Kind = UpdateKind.Refinement,
            };
        }
    }

    private static string Reports(IEnumerable<Claim> claims)
        => string.Join(", ", claims
            .GroupBy(c => c.SourceId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Min(c => c.Observed) is { } day ? $"{g.Key}, {PlanChanges.Day(day)}" : g.Key));

    /// <summary>The probability that a claim is right: the source's trust × the extraction's confidence × the knowledge factor.</summary>
    private double Accuracy(FactContext context, Claim claim, Dictionary<string, double> trust)
        => trust[claim.SourceId] * claim.Confidence * (context.Knowledge(claim) is { RulesOutValue: true } ? options.KnowledgePenalty : 1);

    private string SubjectName(string subject)
        => index.Events.TryGetValue(subject, out var e) ? e.Name
            : index.PeopleById.TryGetValue(subject, out var p) ? p.Name
            : subject;

    private sealed record PassResult(
        Dictionary<(string, string), Resolution> Resolutions,
        List<FactContext> Contexts,
        List<(string Source, double Probability)> Outcomes);
}
