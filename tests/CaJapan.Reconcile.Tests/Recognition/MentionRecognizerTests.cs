using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Recognition;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace CaJapan.Reconcile.Tests.Recognition;

/// <summary>The public recogniser: dates and amounts in one ordered list, read the way the extractor reads them.</summary>
public sealed class MentionRecognizerTests
{
    private static readonly MentionRecognizer Recognizer = new();

    [Fact]
    public void Dates_and_amounts_come_back_in_text_order_with_typed_values()
    {
        var found = Recognizer.Recognize("Japan pledged $2 billion on August 9, 2024, after ¥300 billion in 2023.");

        found.Select(m => (m.Text, m.Kind)).Should().Equal(
            ("$2 billion", MentionKind.Money),
            ("August 9, 2024", MentionKind.Date),
            ("¥300 billion", MentionKind.Money),
            ("2023", MentionKind.Year));
        found[0].Value.Should().Be(MoneyValue.Exact(2_000_000_000m, "USD"));
        found[1].Value.Should().Be(DateValue.Day(new LocalDate(2024, 8, 9)));
    }

    [Fact]
    public void A_number_inside_an_amount_or_its_conversion_is_never_also_a_date()
    {
        var found = Recognizer.Recognize("A target of 2024 billion yen (about $2025 million) was set.");

        found.Should().ContainSingle().Which.Kind.Should().Be(MentionKind.Money);
        found[0].Conversion.Should().Be(MoneyValue.Exact(2_025_000_000m, "USD"));
    }

    [Fact]
    public void A_range_of_amounts_is_a_money_range_and_an_approximation_is_marked()
    {
        var found = Recognizer.Recognize("Between $60 billion and $70 billion, or about $19 billion.");

        found.Select(m => m.Kind).Should().Equal(MentionKind.MoneyRange, MentionKind.Money);
        found[1].Approximate.Should().BeTrue();
    }

    [Fact]
    public void A_year_left_out_needs_the_reference_and_is_marked_as_inferred()
    {
        var found = Recognizer.Recognize("The summit opens on Friday, August 9.", new LocalDate(2024, 8, 6));

        var date = found.Should().ContainSingle().Subject;
        date.Value.Should().Be(DateValue.Day(new LocalDate(2024, 8, 9)));
        date.YearInferred.Should().BeTrue();
        date.Weekday.Should().Be(IsoDayOfWeek.Friday);
        date.WeekdayMismatch.Should().BeFalse();
        date.ToString().Should().Be("Date [20..36) \"Friday, August 9\" = 9 August 2024");
    }

    [Fact]
    public void A_day_that_does_not_exist_has_a_problem_instead_of_a_value()
    {
        var date = Recognizer.Recognize("Set for February 30, 2024.").Should().ContainSingle().Subject;

        date.Value.Should().BeNull();
        date.Problem.Should().Contain("February 30");
    }

    [Fact]
    public void Text_with_no_dates_or_amounts_gives_nothing_and_null_text_is_refused()
    {
        Recognizer.Recognize("Саммит состоялся в Астане. 中央アジア＋日本").Should().BeEmpty();
        FluentActions.Invoking(() => Recognizer.Recognize(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Dependency_injection_provides_the_recogniser_with_the_registered_pack()
    {
        using var services = new ServiceCollection().AddReconcile().BuildServiceProvider();

        var recognizer = services.GetRequiredService<IMentionRecognizer>();

        recognizer.Should().BeOfType<MentionRecognizer>();
        recognizer.Recognize("in August 2024").Should().ContainSingle().Which.Kind.Should().Be(MentionKind.Month);
    }
}
