using FluentValidation;
using NodaTime.Text;

namespace CaJapan.Reconcile.Knowledge;

/// <summary>Checks that a domain pack is whole: identifiers unique, references resolved, dates ISO, types known.</summary>
internal sealed class DomainPackValidator : AbstractValidator<DomainPack>
{
    private static readonly string[] ValueTypes = ["date", "money", "place", "status", "title", "anniversary", "number", "text"];
    private static readonly string[] Statuses = ["planned", "held", "cancelled", "postponed"];

    public DomainPackValidator()
    {
        RuleFor(p => p.Id).NotEmpty().WithMessage("'id' is missing.");
        RuleFor(p => p.Events).Must(e => e.Any(x => x.Focus)).WithMessage("No event is marked \"focus\": true; mark the story's main event.");
        RuleFor(p => p).Custom((pack, context) =>
        {
            foreach (var error in Check(pack))
            {
                context.AddFailure(error);
            }
        });
    }

    private static IEnumerable<string> Check(DomainPack pack)
    {
        var properties = pack.Properties.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var events = pack.Events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var people = pack.People.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var actors = pack.Countries.Select(c => c.Code).Concat(people).Concat(pack.Organisations.Select(o => o.Id)).ToHashSet(StringComparer.Ordinal);
        var countries = pack.Countries.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);

        foreach (var duplicate in Duplicates(pack.Events.Select(e => e.Id).Concat(pack.People.Select(p => p.Id))))
        {
            yield return $"The identifier '{duplicate}' is used twice.";
        }

        foreach (var property in pack.Properties.Where(p => !ValueTypes.Contains(p.Type)))
        {
            yield return $"Property '{property.Id}' has type '{property.Type}'; use one of {string.Join(", ", ValueTypes)}.";
        }

        foreach (var e in pack.Events)
        {
            if (string.IsNullOrWhiteSpace(e.Id) || e.Heads.Count == 0)
            {
                yield return $"Event '{e.Id}' needs an 'id' and at least one head word.";
            }

            foreach (var p in e.EventProperties.Where(p => !properties.Contains(p)))
            {
                yield return $"Event '{e.Id}' names property '{p}', which is not declared under 'properties'.";
            }

            foreach (var p in e.Parts.Where(p => !events.Contains(p)))
            {
                yield return $"Event '{e.Id}' names part '{p}', which is not an event of the pack.";
            }

            foreach (var p in e.Participants.Where(p => !actors.Contains(p)))
            {
                yield return $"Event '{e.Id}' names participant '{p}', which is not a country code, person or organisation of the pack.";
            }

            if (e.Ordinal is <= 0)
            {
                yield return $"Event '{e.Id}' has ordinal {e.Ordinal}; ordinals count from 1 (the first summit).";
            }

            if (e.Launched is { } launched)
            {
                if (!IsDate(launched.Date))
                {
                    yield return $"Event '{e.Id}': 'launched' needs a 'date' like 2004-08-28, not '{launched.Date}'.";
                }

                if (string.IsNullOrWhiteSpace(launched.Note))
                {
                    yield return $"Event '{e.Id}': 'launched' needs a 'note' saying where its date comes from.";
                }
            }
        }

        foreach (var (word, value) in pack.Lexicon.Ordinals.Where(o => o.Value <= 0))
        {
            yield return $"The lexicon's ordinal '{word}' stands for {value}; ordinals count from 1.";
        }

        foreach (var office in pack.Offices)
        {
            if (!countries.Contains(office.Country))
            {
                yield return $"Office '{office.Id}' has country '{office.Country}', which is not a country of the pack.";
            }

            if (office.KnownFrom is not null && !IsDate(office.KnownFrom))
            {
                yield return $"Office '{office.Id}' has 'knownFrom' '{office.KnownFrom}', which is not a date like 2012-12-26.";
            }

            foreach (var tenure in office.Holders)
            {
                if (!people.Contains(tenure.Person))
                {
                    yield return $"Office '{office.Id}' names holder '{tenure.Person}', who is not under 'people'.";
                }

                if (!IsDate(tenure.From) || (tenure.To is not null && !IsDate(tenure.To)))
                {
                    yield return $"Office '{office.Id}': the tenure of '{tenure.Person}' needs ISO dates, not '{tenure.From}' to '{tenure.To}'.";
                }
                else if (tenure.To is not null && string.CompareOrdinal(tenure.To, tenure.From) < 0)
                {
                    yield return $"Office '{office.Id}': the tenure of '{tenure.Person}' ends ({tenure.To}) before it starts ({tenure.From}).";
                }
            }
        }

        foreach (var country in pack.Countries.Where(c => c.Code.Length != 2 || !c.Code.All(char.IsAsciiLetterUpper)))
        {
            yield return $"Country '{country.Code}' is not an ISO 3166-1 alpha-2 code of two capital letters, such as KZ.";
        }

        foreach (var city in pack.Cities.Where(c => !countries.Contains(c.Country)))
        {
            yield return $"City '{city.Name}' has country '{city.Country}', which is not a country of the pack.";
        }

        foreach (var name in pack.Cities.SelectMany(c => c.Names.Select(n => (c, n))))
        {
            if ((name.n.From is not null && !IsDate(name.n.From)) || (name.n.To is not null && !IsDate(name.n.To)))
            {
                yield return $"City '{name.c.Name}': the name '{name.n.Name}' needs ISO dates.";
            }
            else if (name.n.From is not null && name.n.To is not null && string.CompareOrdinal(name.n.To, name.n.From) < 0)
            {
                yield return $"City '{name.c.Name}': the name '{name.n.Name}' goes out of use ({name.n.To}) before it comes into use ({name.n.From}).";
            }

            if ((name.n.From is not null || name.n.To is not null) && string.IsNullOrWhiteSpace(name.n.Note) && string.IsNullOrWhiteSpace(name.c.Note))
            {
                yield return $"City '{name.c.Name}': the name '{name.n.Name}' has dates but no source note; give a 'note' on the name or the city.";
            }
        }

        foreach (var key in pack.Lexicon.Status.Keys.Where(k => !Statuses.Contains(k)))
        {
            yield return $"The lexicon's status '{key}' is not one of {string.Join(", ", Statuses)}.";
        }

        foreach (var error in CheckHeaderWords(pack.Lexicon).Concat(CheckOutlets(pack.Outlets)).Concat(CheckExchangeRates(pack.ExchangeRates)))
        {
            yield return error;
        }
    }

    /// <summary>Checks the lexicon's lists that read an article's header or an anniversary: no list missing, no blank phrase.</summary>
    private static IEnumerable<string> CheckHeaderWords(Lexicon lexicon)
    {
        (string Key, IReadOnlyList<string>? Words)[] lists =
        [
            ("bylineLabels", lexicon.BylineLabels), ("bylineRoles", lexicon.BylineRoles), ("creditLabels", lexicon.CreditLabels), ("kickers", lexicon.Kickers),
            ("anniversaries", lexicon.Anniversaries), ("anniversaryLinks", lexicon.AnniversaryLinks),
        ];
        foreach (var (key, words) in lists)
        {
            if (words is null)
            {
                yield return $"The lexicon's '{key}' is null; give a list, which may be empty.";
            }
            else if (words.Any(string.IsNullOrWhiteSpace))
            {
                yield return $"The lexicon's '{key}' holds a blank phrase; remove it.";
            }
        }
    }

    /// <summary>Checks the exchange rates: a three-letter currency, a positive rate, an ISO day and a note on where it comes from.</summary>
    private static IEnumerable<string> CheckExchangeRates(IReadOnlyList<ExchangeRate>? rates)
    {
        if (rates is null)
        {
            yield return "'exchangeRates' is null; give a list, which may be empty.";
            yield break;
        }

        foreach (var rate in rates)
        {
            var name = rate?.Currency ?? "(none)";
            if (rate is null || rate.Currency is not { Length: 3 } currency || !currency.All(char.IsAsciiLetterUpper))
            {
                yield return $"Exchange rate '{name}': give the ISO 4217 code in capitals, such as \"JPY\".";
            }
            else if (rate.PerUsd <= 0)
            {
                yield return $"Exchange rate '{name}' on {rate.Date}: 'perUsd' must be above 0, not {rate.PerUsd}.";
            }
            else if (!IsDate(rate.Date))
            {
                yield return $"Exchange rate '{name}': 'date' must be an ISO date, not '{rate.Date}'.";
            }
            else if (string.IsNullOrWhiteSpace(rate.Note))
            {
                yield return $"Exchange rate '{name}' on {rate.Date}: give a 'note' saying where the rate comes from.";
            }
        }
    }

    /// <summary>Checks the outlets: each has a name, no blank alias, and no name credits two outlets.</summary>
    private static IEnumerable<string> CheckOutlets(IReadOnlyList<OutletDefinition>? outlets)
    {
        if (outlets is null)
        {
            yield return "'outlets' is null; give a list, which may be empty.";
            yield break;
        }

        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var outlet in outlets)
        {
            if (outlet is null || string.IsNullOrWhiteSpace(outlet.Name))
            {
                yield return "An outlet has no 'name'; give the name it is known by, such as \"Kyodo News\".";
                continue;
            }

            if (outlet.Aliases is null || outlet.Aliases.Any(string.IsNullOrWhiteSpace))
            {
                yield return $"Outlet '{outlet.Name}' has a null or blank alias; give a list of names, which may be empty.";
                continue;
            }

            foreach (var name in outlet.Aliases.Prepend(outlet.Name).Select(n => n.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!owners.TryAdd(name, outlet.Name))
                {
                    yield return $"The outlet name '{name}' is given for both '{owners[name]}' and '{outlet.Name}'; a name must credit one outlet.";
                }
            }
        }
    }

    private static bool IsDate(string text) => LocalDatePattern.Iso.Parse(text).Success;

    private static IEnumerable<string> Duplicates(IEnumerable<string> ids)
        => ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
}
