using System.Text.Json;
using CaJapan.Reconcile.Knowledge;

namespace CaJapan.Reconcile.Tests.Knowledge;

/// <summary>The knowledge a pack holds for its checks (launch dates, names of places over time, ordinals) is validated when it is loaded, each error naming its entry.</summary>
public sealed class DomainPackKnowledgeValidationTests
{
    private static readonly DomainPack Embedded = DomainPackLoader.LoadEmbedded();

    private static IReadOnlyList<string> ErrorsOf(DomainPack pack)
    {
        using var json = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(pack));
        try
        {
            DomainPackLoader.Load(json, "test-pack.json");
            return [];
        }
        catch (DomainPackException e)
        {
            return e.Errors;
        }
    }

    private static DomainPack WithEvent(string id, Func<EventDefinition, EventDefinition> change)
        => Embedded with { Events = [.. Embedded.Events.Select(e => e.Id == id ? change(e) : e)] };

    private static DomainPack WithCity(string name, Func<CityDefinition, CityDefinition> change)
        => Embedded with { Cities = [.. Embedded.Cities.Select(c => c.Name == name ? change(c) : c)] };

    [Fact]
    public void TheEmbeddedPackRoundTripsWithoutErrors()
        => ErrorsOf(Embedded).Should().BeEmpty();

    [Theory]
    [InlineData("kz")]
    [InlineData("KAZ")]
    [InlineData("GАugustB")]
    public void ACountryCodeMustBeTwoCapitalLetters(string code)
    {
        var pack = Embedded with { Countries = [.. Embedded.Countries, new CountryDefinition { Code = code, Names = ["Somewhere"] }] };

        ErrorsOf(pack).Should().Contain($"Country '{code}' is not an ISO 3166-1 alpha-2 code of two capital letters, such as KZ.");
    }

    [Fact]
    public void TheDialoguesLaunchIsDatedAndSourced()
    {
        var launched = Embedded.Events.Single(e => e.Id == "ca-japan-dialogue").Launched!;

        launched.Date.Should().Be("2004-08-28");
        launched.Note.Should().Contain("Ministry of Foreign Affairs of Japan");
    }

    [Fact]
    public void ALaunchDateMustBeAnIsoDate()
        => ErrorsOf(WithEvent("ca-japan-dialogue", e => e with { Launched = new LaunchDefinition { Date = "August 2004", Note = "MOFA" } }))
            .Should().ContainSingle().Which.Should().Be("Event 'ca-japan-dialogue': 'launched' needs a 'date' like 2004-08-28, not 'August 2004'.");

    [Fact]
    public void ALaunchDateNeedsASourceNote()
        => ErrorsOf(WithEvent("ca-japan-dialogue", e => e with { Launched = new LaunchDefinition { Date = "2004-08-28", Note = " " } }))
            .Should().ContainSingle().Which.Should().Be("Event 'ca-japan-dialogue': 'launched' needs a 'note' saying where its date comes from.");

    [Fact]
    public void AnEventsOrdinalMustBePositive()
        => ErrorsOf(WithEvent("ca-japan-summit", e => e with { Ordinal = 0 }))
            .Should().ContainSingle().Which.Should().Be("Event 'ca-japan-summit' has ordinal 0; ordinals count from 1 (the first summit).");

    [Fact]
    public void ALexiconOrdinalMustBePositive()
    {
        var ordinals = new Dictionary<string, int>(Embedded.Lexicon.Ordinals) { ["zeroth"] = 0 };

        ErrorsOf(Embedded with { Lexicon = Embedded.Lexicon with { Ordinals = ordinals } })
            .Should().ContainSingle().Which.Should().Be("The lexicon's ordinal 'zeroth' stands for 0; ordinals count from 1.");
    }

    [Fact]
    public void ADatedPlaceNameNeedsANoteOnItselfOrItsCity()
    {
        var errors = ErrorsOf(WithCity("Astana", c => c with { Note = null }));

        errors.Should().Contain("City 'Astana': the name 'Nur-Sultan' has dates but no source note; give a 'note' on the name or the city.");
        errors.Should().OnlyContain(e => e.StartsWith("City 'Astana'", StringComparison.Ordinal));
    }

    [Fact]
    public void ANoteOnTheNameIsEnough()
        => ErrorsOf(WithCity("Almaty", c => c with
        {
            Note = null,
            Names = [.. c.Names.Select(n => n.To is null ? n : n with { Note = "Constitution of 1993." })],
        })).Should().BeEmpty();

    [Fact]
    public void APlaceNameMustNotGoOutOfUseBeforeItComesIntoUse()
        => ErrorsOf(WithCity("Astana", c => c with { Names = [.. c.Names.Select(n => n.Name == "Nur-Sultan" ? n with { From = "2022-09-16", To = "2019-03-23" } : n)] }))
            .Should().ContainSingle().Which.Should().Be("City 'Astana': the name 'Nur-Sultan' goes out of use (2019-03-23) before it comes into use (2022-09-16).");

    [Fact]
    public void AnniversaryWordsMustNotBeBlank()
        => ErrorsOf(Embedded with { Lexicon = Embedded.Lexicon with { AnniversaryLinks = ["marks", " "] } })
            .Should().ContainSingle().Which.Should().Be("The lexicon's 'anniversaryLinks' holds a blank phrase; remove it.");

    [Fact]
    public void AnAnniversaryPropertyTypeIsKnown()
        => Embedded.Properties.Should().ContainSingle(p => p.Id == "anniversary").Which.Type.Should().Be("anniversary");
}
