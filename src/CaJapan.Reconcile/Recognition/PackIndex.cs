using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Knowledge;
using NodaTime;
using NodaTime.Text;

namespace CaJapan.Reconcile.Recognition;

/// <summary>A name of a place, resolved to a city and country, with the period the name was in use and the source note of that period.</summary>
internal sealed record PlaceEntry(PlaceValue Place, LocalDate? From, LocalDate? To, string? Name = null, string? Note = null)
{
    /// <summary>Gets whether the name was in use at some time within an interval of days.</summary>
    public bool InUseDuring(LocalDate start, LocalDate end) => (From is null || From <= end) && (To is null || To >= start);
}

/// <summary>The day an event or framework was launched, with the source note of that date.</summary>
internal sealed record LaunchEntry(LocalDate Date, string? Note);

/// <summary>One person's time in one office, with dates parsed.</summary>
internal sealed record TenureEntry(string Person, LocalDate From, LocalDate? To, string? Note);

/// <summary>
/// A domain pack compiled for recognition: a phrase matcher for every kind of name and trigger, and the knowledge
/// in typed form. Built once per pack; immutable and thread-safe.
/// </summary>
internal sealed class PackIndex
{
    public PackIndex(DomainPack pack)
    {
        Pack = pack;
        var lexicon = pack.Lexicon;
        EventHeads = new(pack.Events.SelectMany(e => e.Heads.Select(h => (h, e))));
        Frameworks = new(pack.Events.SelectMany(e => e.Frameworks.Select(f => (f, e))));
        People = new(pack.People.SelectMany(p => p.Aliases.Prepend(p.Name).Select(n => (n, p))));
        Actors = new(
            pack.Countries.SelectMany(c => c.Names.Concat(c.ActorNames).Select(n => (n, c.Code)))
                .Concat(pack.People.SelectMany(p => p.Aliases.Prepend(p.Name).Select(n => (n, p.Id))))
                .Concat(pack.Organisations.SelectMany(o => o.Names.Select(n => (n, o.Id)))));
        Titles = new(pack.Offices.SelectMany(o => o.Titles.Select(t => (t, o))));
        Places = new(
            pack.Countries.SelectMany(c => c.Names.Select(n => (n, new PlaceEntry(new PlaceValue(null, c.Code), null, null))))
                .Concat(pack.Cities.SelectMany(c => c.Names.Select(n => (n.Name, new PlaceEntry(new PlaceValue(c.Name, c.Country), ParseDate(n.From), ParseDate(n.To), n.Name, n.Note ?? c.Note))))));
        StatusTriggers = new(lexicon.Status.SelectMany(kv => kv.Value.Select(p => (p, Enum.Parse<EventStatus>(kv.Key, ignoreCase: true)))));
        Negations = Words(lexicon.Negation);
        Hedges = Words(lexicon.Hedges);
        Reporting = Words(lexicon.Reporting);
        ProbableHedges = Words(lexicon.ProbableHedges);
        Denials = Words(lexicon.Denials);
        OtherActions = Words(lexicon.OtherActions);
        AgentMarkers = Words(lexicon.AgentMarkers);
        NewDateLinks = Words(lexicon.NewDateLinks);
        HostVerbs = Words(lexicon.HostVerbs);
        OtherInstance = Words(lexicon.OtherInstance);
        TitleModifiers = Words(lexicon.TitleModifiers);
        TitleTime = new(lexicon.TitleTime.SelectMany(kv => kv.Value.Select(w => (w, kv.Key))));
        LocationPrepositions = Words(lexicon.LocationPrepositions);
        MoneyPurposes = new(lexicon.MoneyPurposes.SelectMany(kv => kv.Value.Select(w => (w, kv.Key))));
        DatelineLabels = Words(lexicon.DatelineLabels);
        Ordinals = new(lexicon.Ordinals.Select(kv => (kv.Key, kv.Value)));
        BylineLabels = Words(lexicon.BylineLabels);
        BylineRoles = Words(lexicon.BylineRoles);
        CreditLabels = Words(lexicon.CreditLabels);
        Kickers = Words(lexicon.Kickers);
        Anniversaries = Words(lexicon.Anniversaries);
        AnniversaryLinks = Words(lexicon.AnniversaryLinks);
        Outlets = new(pack.Outlets.SelectMany(o => o.Aliases.Prepend(o.Name).Select(n => (n, o.Name))));
        Properties = pack.Properties.ToDictionary(p => p.Id, StringComparer.Ordinal);
        Events = pack.Events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        PeopleById = pack.People.ToDictionary(p => p.Id, StringComparer.Ordinal);
        Tenures = pack.Offices.ToDictionary(
            o => (o.Country, o.Id),
            o => (IReadOnlyList<TenureEntry>)[.. o.Holders.Select(h => new TenureEntry(h.Person, ParseDate(h.From)!.Value, ParseDate(h.To), h.Note))]);
        OfficeKnownFrom = pack.Offices.ToDictionary(o => (o.Country, o.Id), o => ParseDate(o.KnownFrom));
        Launches = pack.Events
            .Where(e => e.Launched is not null)
            .ToDictionary(e => e.Id, e => new LaunchEntry(ParseDate(e.Launched!.Date)!.Value, e.Launched.Note), StringComparer.Ordinal);
        FocusEvent = pack.Events.First(e => e.Focus);
        Dates = new DateRecognizer(lexicon.FutureCues.Count > 0 ? lexicon.FutureCues : null);
        Scanner = new PhraseScanner(
        [
            EventHeads, Frameworks, People, Actors, Titles, Places, StatusTriggers, Negations, Hedges, Reporting, ProbableHedges,
            Denials, OtherActions, AgentMarkers, NewDateLinks, HostVerbs, OtherInstance, TitleModifiers, TitleTime,
            LocationPrepositions, MoneyPurposes, DatelineLabels, Ordinals, BylineLabels, BylineRoles, CreditLabels, Kickers,
            Anniversaries, AnniversaryLinks, Outlets,
        ]);
    }

    public DomainPack Pack { get; }

    /// <summary>Gets every phrase matcher of the pack compiled into one trie: one pass over a document finds them all (<see cref="PhraseScanner.Scan"/>).</summary>
    public PhraseScanner Scanner { get; }

    public EventDefinition FocusEvent { get; }

    public PhraseMatcher<EventDefinition> EventHeads { get; }

    public PhraseMatcher<EventDefinition> Frameworks { get; }

    public PhraseMatcher<PersonDefinition> People { get; }

    public PhraseMatcher<string> Actors { get; }

    public PhraseMatcher<OfficeDefinition> Titles { get; }

    public PhraseMatcher<PlaceEntry> Places { get; }

    public PhraseMatcher<EventStatus> StatusTriggers { get; }

    public PhraseMatcher<bool> Negations { get; }

    public PhraseMatcher<bool> Hedges { get; }

    public PhraseMatcher<bool> Reporting { get; }

    public PhraseMatcher<bool> ProbableHedges { get; }

    public PhraseMatcher<bool> Denials { get; }

    public PhraseMatcher<bool> OtherActions { get; }

    public PhraseMatcher<bool> AgentMarkers { get; }

    public PhraseMatcher<bool> NewDateLinks { get; }

    public PhraseMatcher<bool> HostVerbs { get; }

    public PhraseMatcher<bool> OtherInstance { get; }

    public PhraseMatcher<bool> TitleModifiers { get; }

    public PhraseMatcher<string> TitleTime { get; }

    public PhraseMatcher<bool> LocationPrepositions { get; }

    public PhraseMatcher<string> MoneyPurposes { get; }

    public PhraseMatcher<bool> DatelineLabels { get; }

    public PhraseMatcher<int> Ordinals { get; }

    public PhraseMatcher<bool> BylineLabels { get; }

    public PhraseMatcher<bool> BylineRoles { get; }

    public PhraseMatcher<bool> CreditLabels { get; }

    public PhraseMatcher<bool> Kickers { get; }

    /// <summary>Gets the words that name an anniversary after its ordinal ("anniversary").</summary>
    public PhraseMatcher<bool> Anniversaries { get; }

    /// <summary>Gets the phrases that make an event the occasion of the anniversary right after them ("marks", "coincides with").</summary>
    public PhraseMatcher<bool> AnniversaryLinks { get; }

    /// <summary>Gets the names and aliases of the known outlets, each with the outlet's canonical name.</summary>
    public PhraseMatcher<string> Outlets { get; }

    public IReadOnlyDictionary<string, PropertyDefinition> Properties { get; }

    public IReadOnlyDictionary<string, EventDefinition> Events { get; }

    public IReadOnlyDictionary<string, PersonDefinition> PeopleById { get; }

    public IReadOnlyDictionary<(string Country, string Office), IReadOnlyList<TenureEntry>> Tenures { get; }

    public IReadOnlyDictionary<(string Country, string Office), LocalDate?> OfficeKnownFrom { get; }

    /// <summary>Gets the day each event that has one was launched, by event identifier.</summary>
    public IReadOnlyDictionary<string, LaunchEntry> Launches { get; }

    public DateRecognizer Dates { get; }

    public MoneyRecognizer Money { get; } = new();

    public PropertyDefinition? Property(string id) => Properties.GetValueOrDefault(id);

    private static PhraseMatcher<bool> Words(IEnumerable<string> words) => new(words.Select(w => (w, true)));

    private static LocalDate? ParseDate(string? text)
        => text is null ? null : LocalDatePattern.Iso.Parse(text).GetValueOrThrow();
}
