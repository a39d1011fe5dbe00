using System.Text.Json.Serialization;

namespace CaJapan.Reconcile.Knowledge;

/// <summary>
/// The domain knowledge of one story, as data: its events and their names, the people and the offices they held
/// over time, the places, and the trigger words of the language. A new story is a new pack, not new code.
/// </summary>
/// <remarks>
/// Packs are read from JSON by <see cref="DomainPackLoader"/>; the library embeds the pack of the first
/// "Central Asia plus Japan" summit. Immutable once loaded.
/// </remarks>
public sealed record DomainPack
{
    /// <summary>Gets the pack's identifier.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets a description of the story the pack covers.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets the events of the story and its neighbours.</summary>
    [JsonPropertyName("events")]
    public IReadOnlyList<EventDefinition> Events { get; init; } = [];

    /// <summary>Gets the properties facts may have, with their value types.</summary>
    [JsonPropertyName("properties")]
    public IReadOnlyList<PropertyDefinition> Properties { get; init; } = [];

    /// <summary>Gets the people the pack knows.</summary>
    [JsonPropertyName("people")]
    public IReadOnlyList<PersonDefinition> People { get; init; } = [];

    /// <summary>Gets the offices and who held them when.</summary>
    [JsonPropertyName("offices")]
    public IReadOnlyList<OfficeDefinition> Offices { get; init; } = [];

    /// <summary>Gets the countries, with their names, demonyms and capitals used as metonyms.</summary>
    [JsonPropertyName("countries")]
    public IReadOnlyList<CountryDefinition> Countries { get; init; } = [];

    /// <summary>Gets the cities, with their names over time.</summary>
    [JsonPropertyName("cities")]
    public IReadOnlyList<CityDefinition> Cities { get; init; } = [];

    /// <summary>Gets organisations that act in the story (the European Union), by identifier and names.</summary>
    [JsonPropertyName("organisations")]
    public IReadOnlyList<OrganisationDefinition> Organisations { get; init; } = [];

    /// <summary>Gets the trigger words and phrases.</summary>
    [JsonPropertyName("lexicon")]
    public Lexicon Lexicon { get; init; } = new();

    /// <summary>Gets the news outlets the pack knows, each with the names it is credited by in text ("Kyodo" for Kyodo News).</summary>
    [JsonPropertyName("outlets")]
    public IReadOnlyList<OutletDefinition> Outlets { get; init; } = [];

    /// <summary>
    /// Gets exchange rates against the US dollar, each for a day and with its source, so that amounts given in
    /// different currencies can be compared: "$2 billion" and "300 billion yen" agree when they are near at the rate.
    /// </summary>
    [JsonPropertyName("exchangeRates")]
    public IReadOnlyList<ExchangeRate> ExchangeRates { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Events.Count} events, {People.Count} people, {Offices.Count} offices";
}

/// <summary>An event of the story, or a neighbouring event that looks alike.</summary>
public sealed record EventDefinition
{
    /// <summary>Gets the event's identifier, used as the subject of its claims.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets whether the event only looks like the story's events (another country's summit, an earlier meeting): mentions of it produce no claims and block attachment.</summary>
    [JsonPropertyName("distractor")]
    public bool Distractor { get; init; }

    /// <summary>Gets the event's name in plain language.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets whether the event is the story's focus: the one that unqualified mentions such as "the summit" refer to.</summary>
    [JsonPropertyName("focus")]
    public bool Focus { get; init; }

    /// <summary>Gets the head words that can name the event in text ("summit", "summit meeting", "visit").</summary>
    [JsonPropertyName("heads")]
    public IReadOnlyList<string> Heads { get; init; } = [];

    /// <summary>Gets the names of the framework or series the event belongs to ("Central Asia plus Japan"); one in the sentence makes a mention sure.</summary>
    [JsonPropertyName("frameworks")]
    public IReadOnlyList<string> Frameworks { get; init; } = [];

    /// <summary>Gets the event's number in its series (1 for the first summit), or <see langword="null"/>. A mention with another ordinal is another event.</summary>
    [JsonPropertyName("ordinal")]
    public int? Ordinal { get; init; }

    /// <summary>Gets the participants: country codes, person and organisation identifiers. A mention whose nearest actor is not one is another event.</summary>
    [JsonPropertyName("participants")]
    public IReadOnlyList<string> Participants { get; init; } = [];

    /// <summary>Gets the properties claims about this event may have (<c>date</c>, <c>location</c>, <c>aidAmount</c>, <c>status</c>).</summary>
    [JsonPropertyName("properties")]
    public IReadOnlyList<string> EventProperties { get; init; } = [];

    /// <summary>Gets events that take place within this one; a cancelled or postponed visit cancels or postpones its parts.</summary>
    [JsonPropertyName("parts")]
    public IReadOnlyList<string> Parts { get; init; } = [];

    /// <summary>Gets a note on where the knowledge comes from.</summary>
    [JsonPropertyName("note")]
    public string? Note { get; init; }

    /// <summary>
    /// Gets when the event, or the series or framework it names, was launched (the Central Asia plus Japan Dialogue:
    /// 28 August 2004), with a source note; or <see langword="null"/>. Anniversaries count from it: "the 20th
    /// anniversary" of a dialogue launched in 2004 falls in 2024.
    /// </summary>
    [JsonPropertyName("launched")]
    public LaunchDefinition? Launched { get; init; }
}

/// <summary>The day an event, series or framework was launched, and where that knowledge comes from.</summary>
public sealed record LaunchDefinition
{
    /// <summary>Gets the day of the launch, as an ISO date.</summary>
    [JsonPropertyName("date")]
    public string Date { get; init; } = string.Empty;

    /// <summary>Gets a note on where the date comes from, such as the organiser's press release; required.</summary>
    [JsonPropertyName("note")]
    public string? Note { get; init; }
}

/// <summary>A property a fact may have.</summary>
public sealed record PropertyDefinition
{
    /// <summary>Gets the property's name, such as <c>date</c>.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the type of its values: <c>date</c>, <c>money</c>, <c>place</c>, <c>status</c>, <c>title</c>, <c>anniversary</c>, <c>number</c> or <c>text</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = string.Empty;

    /// <summary>Gets whether a subject has one value of the property at a time (a date) or several (the countries of a tour).</summary>
    [JsonPropertyName("singleValued")]
    public bool SingleValued { get; init; } = true;

    /// <summary>Gets whether the property's value changes over time, so that claims are compared as of a date (a title, a status).</summary>
    [JsonPropertyName("timeDependent")]
    public bool TimeDependent { get; init; }

    /// <summary>Gets, for a money property, the purpose an amount must be stated for ("aid"); amounts for other purposes are not taken.</summary>
    [JsonPropertyName("purpose")]
    public string? Purpose { get; init; }

    /// <summary>Gets how many words may stand between a value and the event mention it attaches to.</summary>
    [JsonPropertyName("window")]
    public int Window { get; init; } = 12;
}

/// <summary>A person the pack knows.</summary>
public sealed record PersonDefinition
{
    /// <summary>Gets the person's identifier, used as the subject of claims about them.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the person's full name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets other names the person is mentioned by ("Kishida").</summary>
    [JsonPropertyName("aliases")]
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Gets the ISO code of the person's country, whose offices an unqualified title refers to.</summary>
    [JsonPropertyName("country")]
    public string Country { get; init; } = string.Empty;
}

/// <summary>An office and who held it when.</summary>
public sealed record OfficeDefinition
{
    /// <summary>Gets the office's identifier, such as <c>prime-minister</c>.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the ISO code of the country whose office it is.</summary>
    [JsonPropertyName("country")]
    public string Country { get; init; } = string.Empty;

    /// <summary>Gets the titles that name the office in text ("Prime Minister", "PM", "premier").</summary>
    [JsonPropertyName("titles")]
    public IReadOnlyList<string> Titles { get; init; } = [];

    /// <summary>Gets the holders of the office over time.</summary>
    [JsonPropertyName("holders")]
    public IReadOnlyList<Tenure> Holders { get; init; } = [];

    /// <summary>Gets the first date from which the holders are complete; before it, a claim is not ruled out.</summary>
    [JsonPropertyName("knownFrom")]
    public string? KnownFrom { get; init; }
}

/// <summary>One person's time in an office.</summary>
public sealed record Tenure
{
    /// <summary>Gets the person's identifier.</summary>
    [JsonPropertyName("person")]
    public string Person { get; init; } = string.Empty;

    /// <summary>Gets the first day in office, as an ISO date.</summary>
    [JsonPropertyName("from")]
    public string From { get; init; } = string.Empty;

    /// <summary>Gets the last day in office, as an ISO date, or <see langword="null"/> while in office.</summary>
    [JsonPropertyName("to")]
    public string? To { get; init; }

    /// <summary>Gets a note on where the knowledge comes from.</summary>
    [JsonPropertyName("note")]
    public string? Note { get; init; }
}

/// <summary>A country: its code, names, demonyms and capital.</summary>
public sealed record CountryDefinition
{
    /// <summary>Gets the ISO 3166-1 alpha-2 code.</summary>
    [JsonPropertyName("code")]
    public string Code { get; init; } = string.Empty;

    /// <summary>Gets the names of the country as a place ("Kazakhstan").</summary>
    [JsonPropertyName("names")]
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>Gets the words that name the country as an actor but not as a place ("Japanese", "Tokyo" for its government).</summary>
    [JsonPropertyName("actorNames")]
    public IReadOnlyList<string> ActorNames { get; init; } = [];
}

/// <summary>A city and its names over time.</summary>
public sealed record CityDefinition
{
    /// <summary>Gets the city's canonical name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets the ISO code of the city's country.</summary>
    [JsonPropertyName("country")]
    public string Country { get; init; } = string.Empty;

    /// <summary>Gets the city's names, each with the period it was in use, if limited.</summary>
    [JsonPropertyName("names")]
    public IReadOnlyList<PlaceName> Names { get; init; } = [];

    /// <summary>Gets a note on where the periods of the city's names come from; required when a name has dates and no note of its own.</summary>
    [JsonPropertyName("note")]
    public string? Note { get; init; }
}

/// <summary>A name of a place, with the period it was in use.</summary>
public sealed record PlaceName
{
    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets the first day the name was official, as an ISO date, or <see langword="null"/>.</summary>
    [JsonPropertyName("from")]
    public string? From { get; init; }

    /// <summary>Gets the last day the name was official, as an ISO date, or <see langword="null"/>.</summary>
    [JsonPropertyName("to")]
    public string? To { get; init; }

    /// <summary>Gets a note on where this name's period comes from, or <see langword="null"/> to use the city's note.</summary>
    [JsonPropertyName("note")]
    public string? Note { get; init; }
}

/// <summary>An organisation that acts in the story.</summary>
public sealed record OrganisationDefinition
{
    /// <summary>Gets the organisation's identifier.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the names it is mentioned by.</summary>
    [JsonPropertyName("names")]
    public IReadOnlyList<string> Names { get; init; } = [];
}

/// <summary>A news outlet: the name it is known by, used as the source's outlet, and the other names that credit it.</summary>
public sealed record OutletDefinition
{
    /// <summary>Gets the outlet's canonical name ("Kyodo News"); an outlet read from a text is recorded under it, so that <see cref="ReconcileOptions.OutletTrust"/> is keyed by it.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets the other names the outlet is credited by in text ("Kyodo").</summary>
    [JsonPropertyName("aliases")]
    public IReadOnlyList<string> Aliases { get; init; } = [];
}

/// <summary>The trigger words and phrases of the language, grouped by what they signal.</summary>
public sealed record Lexicon
{
    /// <summary>Gets the phrases that report each status, keyed by <c>planned</c>, <c>held</c>, <c>cancelled</c>, <c>postponed</c>.</summary>
    [JsonPropertyName("status")]
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Status { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Gets the words that negate a nearby trigger ("not", "never").</summary>
    [JsonPropertyName("negation")]
    public IReadOnlyList<string> Negation { get; init; } = [];

    /// <summary>Gets the words that make a claim only possible ("may", "could"): FactBank's PS.</summary>
    [JsonPropertyName("hedges")]
    public IReadOnlyList<string> Hedges { get; init; } = [];

    /// <summary>Gets the words that make a claim probable rather than certain ("likely", "reportedly"): FactBank's PR.</summary>
    [JsonPropertyName("probableHedges")]
    public IReadOnlyList<string> ProbableHedges { get; init; } = [];

    /// <summary>Gets the words that introduce the agent of a passive after an event ("a meeting hosted by the EU").</summary>
    [JsonPropertyName("agentMarkers")]
    public IReadOnlyList<string> AgentMarkers { get; init; } = [];

    /// <summary>Gets the verbs of other acts whose time a date beside them gives, not the event's ("arrived", "took office").</summary>
    [JsonPropertyName("otherActions")]
    public IReadOnlyList<string> OtherActions { get; init; } = [];

    /// <summary>Gets the words that, right after a postponement, introduce the new date ("postponed to December").</summary>
    [JsonPropertyName("newDateLinks")]
    public IReadOnlyList<string> NewDateLinks { get; init; } = [];

    /// <summary>Gets the verbs that, right after a place, make it the event's host ("Astana will host").</summary>
    [JsonPropertyName("hostVerbs")]
    public IReadOnlyList<string> HostVerbs { get; init; } = [];

    /// <summary>Gets the phrases that deny what follows them in the sentence ("denied reports that", "dismissed claims").</summary>
    [JsonPropertyName("denials")]
    public IReadOnlyList<string> Denials { get; init; } = [];

    /// <summary>Gets the phrases that attribute a statement to someone else ("said", "according to").</summary>
    [JsonPropertyName("reporting")]
    public IReadOnlyList<string> Reporting { get; init; } = [];

    /// <summary>Gets the words before an event's head that make it another instance ("previous", "next").</summary>
    [JsonPropertyName("otherInstance")]
    public IReadOnlyList<string> OtherInstance { get; init; } = [];

    /// <summary>Gets the words before a title that make it as of an earlier time ("then") or no longer current ("former").</summary>
    [JsonPropertyName("titleTime")]
    public IReadOnlyDictionary<string, IReadOnlyList<string>> TitleTime { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Gets the words before a title that make it another office ("deputy", "vice").</summary>
    [JsonPropertyName("titleModifiers")]
    public IReadOnlyList<string> TitleModifiers { get; init; } = [];

    /// <summary>Gets the prepositions that introduce an event's place ("in", "at").</summary>
    [JsonPropertyName("locationPrepositions")]
    public IReadOnlyList<string> LocationPrepositions { get; init; } = [];

    /// <summary>Gets the phrases that say what an amount of money is for, keyed by purpose (<c>aid</c>, <c>budget</c>, <c>funding</c>).</summary>
    [JsonPropertyName("moneyPurposes")]
    public IReadOnlyDictionary<string, IReadOnlyList<string>> MoneyPurposes { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Gets the ordinal words and the numbers they stand for ("first": 1, "inaugural": 1).</summary>
    [JsonPropertyName("ordinals")]
    public IReadOnlyDictionary<string, int> Ordinals { get; init; } = new Dictionary<string, int>();

    /// <summary>Gets the words that name an anniversary after its ordinal ("the 20th anniversary of the Dialogue").</summary>
    [JsonPropertyName("anniversaries")]
    public IReadOnlyList<string> Anniversaries { get; init; } = [];

    /// <summary>
    /// Gets the phrases that make an event the occasion of an anniversary when they stand right before it, perhaps
    /// with an article: "the summit marks the 20th anniversary of ...", "coincides with", "celebrating".
    /// </summary>
    [JsonPropertyName("anniversaryLinks")]
    public IReadOnlyList<string> AnniversaryLinks { get; init; } = [];

    /// <summary>Gets the labels that introduce a publication date near the top of an article ("Published:", "Posted").</summary>
    [JsonPropertyName("datelineLabels")]
    public IReadOnlyList<string> DatelineLabels { get; init; } = [];

    /// <summary>Gets the words that, before a bare weekday, make it the next such day rather than the last ("will", "begins").</summary>
    [JsonPropertyName("futureCues")]
    public IReadOnlyList<string> FutureCues { get; init; } = [];

    /// <summary>Gets the labels that introduce an article's authors in its first lines ("by", "written by", "author").</summary>
    [JsonPropertyName("bylineLabels")]
    public IReadOnlyList<string> BylineLabels { get; init; } = [];

    /// <summary>Gets the roles that may follow an author's name in a byline ("Jane Doe | Staff writer").</summary>
    [JsonPropertyName("bylineRoles")]
    public IReadOnlyList<string> BylineRoles { get; init; } = [];

    /// <summary>Gets the labels that credit an outlet in an article's first or last lines ("Source:", "©", "copyright").</summary>
    [JsonPropertyName("creditLabels")]
    public IReadOnlyList<string> CreditLabels { get; init; } = [];

    /// <summary>Gets the words that can head a line like a dateline's place but label the story instead ("EXCLUSIVE —", "ANALYSIS —").</summary>
    [JsonPropertyName("kickers")]
    public IReadOnlyList<string> Kickers { get; init; } = [];
}

/// <summary>What one US dollar bought in a currency on a day.</summary>
public sealed record ExchangeRate
{
    /// <summary>Gets the ISO 4217 currency code, such as <c>JPY</c>.</summary>
    [JsonPropertyName("currency")]
    public string Currency { get; init; } = string.Empty;

    /// <summary>Gets the units of the currency that one US dollar bought.</summary>
    [JsonPropertyName("perUsd")]
    public decimal PerUsd { get; init; }

    /// <summary>Gets the day of the rate, as an ISO date.</summary>
    [JsonPropertyName("date")]
    public string Date { get; init; } = string.Empty;

    /// <summary>Gets where the rate comes from.</summary>
    [JsonPropertyName("note")]
    public string? Note { get; init; }
}
