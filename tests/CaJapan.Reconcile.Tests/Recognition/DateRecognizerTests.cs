using System.Diagnostics;
using System.Text;
using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Recognition;
using NodaTime;

namespace CaJapan.Reconcile.Tests.Recognition;

public class DateRecognizerTests
{
    /// <summary>The publication date used throughout: a Tuesday.</summary>
    private static readonly LocalDate Reference = new(2024, 8, 6);

    private readonly DateRecognizer recognizer = new();

    [Theory]
    [InlineData("The leaders met on Friday and Saturday.", "Friday and Saturday", 2024, 8, 2, 8, 3)]
    [InlineData("The summit is taking place today and tomorrow.", "today and tomorrow", 2024, 8, 6, 8, 7)]
    [InlineData("Talks ran on August 9 & August 10, 2024.", "August 9 & August 10, 2024", 2024, 8, 9, 8, 10)]
    public void TwoConsecutiveDaysJoinedByAndAreOneRange(string text, string quote, int year, int startMonth, int startDay, int endMonth, int endDay)
    {
        var mention = recognizer.Recognize(text, Reference).Should().ContainSingle().Subject;

        mention.Text.Should().Be(quote);
        mention.Kind.Should().Be(DateMentionKind.DateRange);
        mention.Value.Should().Be(new DateValue(new LocalDate(year, startMonth, startDay), new LocalDate(year, endMonth, endDay), DatePrecision.DayRange));
    }

    [Fact]
    public void TwoDaysApartJoinedByAndStayTwoDays()
    {
        var mentions = recognizer.Recognize("Talks were held on August 9 and August 12.", Reference);

        mentions.Select(m => m.Value).Should().Equal(DateValue.Day(new LocalDate(2024, 8, 9)), DateValue.Day(new LocalDate(2024, 8, 12)));
    }

    [Theory]
    [InlineData("August 9, 2023", 2023, 8, 9)]
    [InlineData("9 August 2024", 2024, 8, 9)]
    [InlineData("Aug. 9, 2024", 2024, 8, 9)]
    [InlineData("Aug 06, 2024", 2024, 8, 6)]
    [InlineData("Sept. 3, 2024", 2024, 9, 3)]
    [InlineData("the 9th of August 2024", 2024, 8, 9)]
    [InlineData("AUGUST 9TH, 2024", 2024, 8, 9)]
    [InlineData("2024-08-09", 2024, 8, 9)]
    [InlineData("2024/08/09", 2024, 8, 9)]
    [InlineData("2024/8/9", 2024, 8, 9)]
    [InlineData("2024.08.09", 2024, 8, 9)]
    [InlineData("09.08.2024", 2024, 8, 9)]
    [InlineData("9.8.2024", 2024, 8, 9)]
    [InlineData("13/9/2024", 2024, 9, 13)]
    [InlineData("9/13/2024", 2024, 9, 13)]
    [InlineData("12-31-2024", 2024, 12, 31)]
    [InlineData("5/5/2024", 2024, 5, 5)]
    public void AFullDateIsOneDay(string text, int year, int month, int day)
    {
        var mention = Single(text);

        mention.Kind.Should().Be(DateMentionKind.Date);
        mention.Value.Should().Be(DateValue.Day(new LocalDate(year, month, day)));
        mention.YearInferred.Should().BeFalse();
        mention.Problem.Should().BeNull();
    }

    [Theory]
    [InlineData("8/9/2024", "8 September 2024", "9 August 2024")]
    [InlineData("08-09-2024", "8 September 2024", "9 August 2024")]
    [InlineData("1/12/2025", "1 December 2025", "12 January 2025")]
    public void ASlashedDateWhoseDayAndMonthCouldBeSwappedHasAProblemAndNoValue(string text, string oneReading, string otherReading)
    {
        var mention = Single($"Signed on {text} in Astana.");

        mention.Text.Should().Be(text);
        mention.Kind.Should().Be(DateMentionKind.Date);
        mention.Value.Should().BeNull();
        mention.Problem.Should().Contain(oneReading).And.Contain(otherReading).And.Contain("not known");
    }

    [Fact]
    public void ADateInDigitsTakesAnIsoTimeAfterItOff()
        => Single("Updated 2024-08-09T10:15:00Z").Text.Should().Be("2024-08-09");

    [Fact]
    public void TwoDatesInDigitsMakeARange()
    {
        var mention = Single("The fair runs 09.08.2024–12.08.2024 in Almaty.");

        mention.Text.Should().Be("09.08.2024–12.08.2024");
        mention.Value.Should().Be(new DateValue(new LocalDate(2024, 8, 9), new LocalDate(2024, 8, 12), DatePrecision.DayRange));
    }

    [Fact]
    public void AWeekdayBesideADateInDigitsIsCheckedAgainstIt()
    {
        var mention = Single("Thursday, 09.08.2024");

        mention.Weekday.Should().Be(IsoDayOfWeek.Thursday);
        mention.WeekdayMismatch.Should().BeTrue();
        mention.Value.Should().Be(DateValue.Day(new LocalDate(2024, 8, 9)));
    }

    [Theory]
    [InlineData("The final score was 3-2 after extra time.")]
    [InlineData("Call 555-2024 or 2024-555 for details.")]
    [InlineData("Growth was 1.5 points, up from 1.25.")]
    [InlineData("Version 1.2.2024 replaced v2.1.2024 and release 2.10.3.")]
    [InlineData("The server at 192.168.1.2024 answered at 10:30.")]
    [InlineData("Items 1.2.09.08.2024 and 2024-08-09-1.5 are codes.")]
    [InlineData("A ratio of 3/4 and 8/9 of the votes.")]
    public void NumbersJoinedBySeparatorsThatAreNotDatesAreNotTaken(string text)
        => recognizer.Recognize(text, Reference).Should().BeEmpty();

    [Fact]
    public void OffsetsCoverTheDateButNotATimeAfterIt()
    {
        const string text = "Published Aug 06, 2024 11:44 PM in Astana.";

        var mention = Single(text);

        mention.Start.Should().Be(10);
        mention.End.Should().Be(22);
        mention.Text.Should().Be("Aug 06, 2024");
        text[mention.Start..mention.End].Should().Be(mention.Text);
    }

    [Fact]
    public void AWeekdayBesideAFullDateIsRecorded()
    {
        var mention = Single("The leaders met on Friday, August 9, 2024.");

        mention.Text.Should().Be("Friday, August 9, 2024");
        mention.Weekday.Should().Be(IsoDayOfWeek.Friday);
        mention.WeekdayMismatch.Should().BeFalse();
        mention.Value.Should().Be(DateValue.Day(new LocalDate(2024, 8, 9)));
    }

    [Fact]
    public void AWeekdayThatDoesNotFallOnTheStatedDateIsAMismatchButTheDateIsKept()
    {
        var mention = Single("Thursday, August 9, 2024");

        mention.WeekdayMismatch.Should().BeTrue();
        mention.Value.Should().Be(DateValue.Day(new LocalDate(2024, 8, 9)));
    }

    [Fact]
    public void AMonthAndDayWithoutAYearTakeTheYearFromTheReference()
    {
        var mention = Single("on Aug 9");

        mention.Value.Should().Be(DateValue.Day(new LocalDate(2024, 8, 9)));
        mention.YearInferred.Should().BeTrue();
    }

    [Theory]
    [InlineData("December 30", 2024, 1, 5, 2023)]
    [InlineData("January 3", 2024, 12, 28, 2025)]
    [InlineData("June 30", 2024, 8, 6, 2024)]
    public void AMissingYearIsTheOneThatPutsTheDateClosestToTheReference(string text, int refYear, int refMonth, int refDay, int expectedYear)
    {
        var mention = Single(text, new LocalDate(refYear, refMonth, refDay));

        mention.Value!.Start.Year.Should().Be(expectedYear);
        mention.YearInferred.Should().BeTrue();
    }

    [Fact]
    public void AWeekdayBesideAMonthAndDayChoosesTheYearInWhichItMatches()
    {
        // 9 August 2023 was a Wednesday; 9 August 2024, closer to the reference, is a Friday.
        var mention = Single("Wednesday, August 9");

        mention.Value.Should().Be(DateValue.Day(new LocalDate(2023, 8, 9)));
        mention.Weekday.Should().Be(IsoDayOfWeek.Wednesday);
        mention.WeekdayMismatch.Should().BeFalse();
    }

    [Fact]
    public void AWeekdayThatMatchesNoCandidateYearIsAMismatchOnTheClosestYear()
    {
        // 9 August was a Friday in 2024 and a Wednesday in 2023 and will be a Saturday in 2025.
        var mention = Single("Monday, August 9");

        mention.Value.Should().Be(DateValue.Day(new LocalDate(2024, 8, 9)));
        mention.WeekdayMismatch.Should().BeTrue();
    }

    [Theory]
    [InlineData("August 9 (Friday)", IsoDayOfWeek.Friday, false, 2024)]
    [InlineData("9 August 2024 (Fri)", IsoDayOfWeek.Friday, false, 2024)]
    [InlineData("Friday (August 9)", IsoDayOfWeek.Friday, false, 2024)]
    [InlineData("August 9 (Thu.)", IsoDayOfWeek.Thursday, true, 2024)]
    [InlineData("Thursday (August 9, 2024)", IsoDayOfWeek.Thursday, true, 2024)]
    [InlineData("Aug. 9, 2023 (Wed)", IsoDayOfWeek.Wednesday, false, 2023)]
    public void AWeekdayInParenthesesBesideADateIsCheckedAgainstIt(string text, IsoDayOfWeek weekday, bool mismatch, int year)
    {
        var mention = Single(text);

        mention.Text.Should().Be(text);
        mention.Weekday.Should().Be(weekday);
        mention.WeekdayMismatch.Should().Be(mismatch);
        mention.Value.Should().Be(DateValue.Day(new LocalDate(year, 8, 9)));
    }

    [Theory]
    [InlineData("Kishida arrived on Friday. The summit opened August 9.")]
    [InlineData("The summit opened August 9. Kishida had arrived on Friday.")]
    [InlineData("On Friday the summit, which had opened August 9, closed.")]
    public void AWeekdayInANeighbouringSentenceChoosesTheYearTheReferenceLeavesOpen(string text)
    {
        // Published 1 February 2024: 9 August 2023 (a Wednesday) is 176 days back and 9 August 2024 (a Friday) 190 days
        // ahead, so the reference alone barely prefers 2023; "on Friday" settles it.
        var reference = new LocalDate(2024, 2, 1);

        var mention = recognizer.Recognize(text, reference).Single(m => m.Text == "August 9");

        mention.Value.Should().Be(DateValue.Day(new LocalDate(2024, 8, 9)));
        mention.YearInferred.Should().BeTrue();
        mention.Weekday.Should().BeNull();
        mention.WeekdayMismatch.Should().BeFalse();
    }

    [Theory]
    [InlineData("Kishida arrived on Friday.\nThe summit opened August 9.")]
    [InlineData("Kishida arrived on Friday. Talks followed. Then the summit opened August 9.")]
    [InlineData("Kishida arrived on Friday. The summit opened August 9. It closed on Sunday.")]
    [InlineData("The forum opened August 2. Kishida arrived on Friday. The summit opened August 9.")]
    [InlineData("He said last Friday that the summit opened August 9.")]
    [InlineData("Kishida arrived on Monday. The summit opened August 9.")]
    public void AWeekdayThatMayNameAnotherDayOrFitsNoYearIsNoEvidence(string text)
    {
        var reference = new LocalDate(2024, 2, 1);

        var mention = recognizer.Recognize(text, reference).Single(m => m.Text == "August 9");

        mention.Value.Should().Be(DateValue.Day(new LocalDate(2023, 8, 9)));
        mention.WeekdayMismatch.Should().BeFalse();
    }

    [Fact]
    public void AWeekdayInANeighbouringSentenceDoesNotOverruleAReferenceThatSettlesTheYear()
    {
        // 9 August 2023 was a Wednesday, but 9 August 2024 is three days after the reference.
        var mention = recognizer.Recognize("The leaders met on Wednesday. The summit began August 9.", Reference).Single(m => m.Text == "August 9");

        mention.Value.Should().Be(DateValue.Day(new LocalDate(2024, 8, 9)));
        mention.WeekdayMismatch.Should().BeFalse();
    }

    [Fact]
    public void AWeekdayInANeighbouringSentenceLeavesARangeOfDaysAlone()
    {
        var mention = recognizer.Recognize("Kishida arrived on Friday. The summit ran August 9 to 12.", new LocalDate(2024, 2, 1))
            .Single(m => m.Kind == DateMentionKind.DateRange);

        mention.Value.Should().Be(new DateValue(new LocalDate(2023, 8, 9), new LocalDate(2023, 8, 12), DatePrecision.DayRange));
    }

    [Fact]
    public void AWeekdayInANeighbouringSentenceWithoutAReferenceLeavesTheDateWithoutAValue()
    {
        var mentions = recognizer.Recognize("Kishida arrived on Friday. The summit opened August 9.", null);

        mentions.Should().HaveCount(2).And.OnlyContain(m => m.Value == null && m.Problem != null);
    }

    [Fact]
    public void WithoutAReferenceAMonthAndDayHaveNoValueButKeepTheirWeekday()
    {
        var mention = Single("Friday, August 9", reference: null);

        mention.Value.Should().BeNull();
        mention.Weekday.Should().Be(IsoDayOfWeek.Friday);
        mention.YearInferred.Should().BeFalse();
        mention.Problem.Should().NotBeNullOrEmpty();
    }

    [Theory]
    [InlineData("August 2024", 2024, 8)]
    [InlineData("December 2022", 2022, 12)]
    [InlineData("in May 2023", 2023, 5)]
    public void AMonthAndYearIsAMonthInterval(string text, int year, int month)
    {
        var mention = Single(text);

        mention.Kind.Should().Be(DateMentionKind.Month);
        mention.Value.Should().Be(DateValue.Month(year, month));
    }

    [Fact]
    public void AMonthAloneTakesTheClosestYear()
    {
        var mention = Single("The forum was held in May.");

        mention.Text.Should().Be("May");
        mention.Kind.Should().Be(DateMentionKind.Month);
        mention.Value.Should().Be(DateValue.Month(2024, 5));
        mention.YearInferred.Should().BeTrue();
    }

    [Theory]
    [InlineData("Japan may find it difficult to compete.")]
    [InlineData("It May be too late, officials said.")]
    [InlineData("Students march in Tokyo every year.")]
    [InlineData("Thousands March through the capital.")]
    [InlineData("Kishida will march on.")]
    public void MayAndMarchAsVerbsAreNotDates(string text)
        => recognizer.Recognize(text, Reference).Should().BeEmpty();

    [Theory]
    [InlineData("on May 14", 2024, 5, 14)]
    [InlineData("May 14", 2024, 5, 14)]
    [InlineData("since March 3, 2022", 2022, 3, 3)]
    public void MayAndMarchWithADayAreDates(string text, int year, int month, int day)
        => Single(text).Value.Should().Be(DateValue.Day(new LocalDate(year, month, day)));

    [Fact]
    public void MarchAfterInIsAMonth()
        => Single("Talks resumed in March.").Value.Should().Be(DateValue.Month(2024, 3));

    [Theory]
    [InlineData("in 2004", "2004", 2004)]
    [InlineData("relations established in 1966 remain", "1966", 1966)]
    [InlineData("the budget for fiscal 1997", "fiscal 1997", 1997)]
    [InlineData("in fiscal year 2023", "fiscal year 2023", 2023)]
    [InlineData("the FY2025 plan", "FY2025", 2025)]
    public void AFourDigitYearIsAYear(string text, string expectedText, int year)
    {
        var mention = Single(text);

        mention.Text.Should().Be(expectedText);
        mention.Kind.Should().Be(DateMentionKind.Year);
        mention.Value.Should().Be(DateValue.Year(year));
    }

    [Theory]
    [InlineData("50 Japanese business leaders attended.")]
    [InlineData("It was the 16th meeting of the group.")]
    [InlineData("Japan pledged $2 billion in aid.")]
    [InlineData("Some 2,004 delegates took part.")]
    [InlineData("They marked the 20th anniversary of the forum.")]
    [InlineData("Trade rose 2024 percent.")]
    [InlineData("Costs were 2024 yen and $2024 million.")]
    [InlineData("A yield of 2024.5 points, room 1800-2100x.")]
    [InlineData("The number 12345678 and 1850 are outside the range of years.")]
    public void NumbersThatAreNotDatesAreNotTaken(string text)
        => recognizer.Recognize(text, Reference).Should().BeEmpty();

    [Theory]
    [InlineData("2000 people")]
    [InlineData("2024 delegates attended the forum.")]
    [InlineData("The forum drew 2024 participants.")]
    [InlineData("Some 2000 Japanese tourists visited Samarkand.")]
    [InlineData("The plant created 1950 new jobs.")]
    [InlineData("Deploying 2000 troops took weeks.")]
    [InlineData("a crowd of 2000 people")]
    [InlineData("It was attacked by 2000 troops.")]
    [InlineData("the 2000 people who attended")]
    [InlineData("The pipeline runs 1950 km to the coast.")]
    [InlineData("The city was founded 2000 years ago.")]
    [InlineData("Nearly 2024 spectators watched.")]
    [InlineData("The company employs 1990 staff.")]
    public void AYearLikeNumberThatCountsThingsIsNotAYear(string text)
        => recognizer.Recognize(text, Reference).Should().BeEmpty();

    [Theory]
    [InlineData("In 2024 the summit moved to Astana.")]
    [InlineData("in 2024 people voted")]
    [InlineData("The 2024 summit was the first.")]
    [InlineData("2024 saw record trade.")]
    [InlineData("Japan's 2024 budget grew.")]
    [InlineData("Trade is still below 2019 levels.")]
    [InlineData("With 2024 elections looming, he left.")]
    [InlineData("For Japan, 2024 marks the 30th anniversary.")]
    [InlineData("They expect Expo 2025 visitors from Tashkent.")]
    [InlineData("ahead of 2024 elections")]
    [InlineData("By 2030 the plan will be done.")]
    [InlineData("The summit drew 2024.")]
    [InlineData("since 1992 diplomatic relations have grown")]
    public void AYearLikeNumberThatNamesAYearStaysAYear(string text)
    {
        var mention = Single(text);

        mention.Kind.Should().Be(DateMentionKind.Year);
        mention.Text.Should().MatchRegex("^[0-9]{4}$");
    }

    [Fact]
    public void ADecadeIsARangeOfYears()
    {
        var mention = Single("since the 1990s");

        mention.Text.Should().Be("1990s");
        mention.Kind.Should().Be(DateMentionKind.DateRange);
        mention.Value.Should().Be(new DateValue(new LocalDate(1990, 1, 1), new LocalDate(1999, 12, 31), DatePrecision.Year));
    }

    [Theory]
    [InlineData("August 9 to 12", "August 9 to 12", 2024, 8, 9, 2024, 8, 12)]
    [InlineData("August 9-12, 2024", "August 9-12, 2024", 2024, 8, 9, 2024, 8, 12)]
    [InlineData("Dec. 19-20, 2025", "Dec. 19-20, 2025", 2025, 12, 19, 2025, 12, 20)]
    [InlineData("9-12 August 2024", "9-12 August 2024", 2024, 8, 9, 2024, 8, 12)]
    [InlineData("from August 24 to August 28", "August 24 to August 28", 2024, 8, 24, 2024, 8, 28)]
    [InlineData("August 24 until August 28", "August 24 until August 28", 2024, 8, 24, 2024, 8, 28)]
    [InlineData("between May 1 and May 3", "May 1 and May 3", 2024, 5, 1, 2024, 5, 3)]
    [InlineData("August 30 to September 2, 2024", "August 30 to September 2, 2024", 2024, 8, 30, 2024, 9, 2)]
    [InlineData("December 30, 2024 – January 2, 2025", "December 30, 2024 – January 2, 2025", 2024, 12, 30, 2025, 1, 2)]
    [InlineData("December 30 to January 2, 2025", "December 30 to January 2, 2025", 2024, 12, 30, 2025, 1, 2)]
    public void ARangeOfDaysIsADayRange(string text, string expectedText, int y1, int m1, int d1, int y2, int m2, int d2)
    {
        var mention = Single(text);

        mention.Text.Should().Be(expectedText);
        mention.Kind.Should().Be(DateMentionKind.DateRange);
        mention.Value.Should().Be(new DateValue(new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2), DatePrecision.DayRange));
    }

    [Theory]
    [InlineData("from 2005 to 2022")]
    [InlineData("between 2005 and 2022")]
    [InlineData("in 2005-2022")]
    public void ARangeOfYearsHasYearPrecision(string text)
    {
        var mention = Single(text);

        mention.Kind.Should().Be(DateMentionKind.DateRange);
        mention.Value.Should().Be(new DateValue(new LocalDate(2005, 1, 1), new LocalDate(2022, 12, 31), DatePrecision.Year));
    }

    [Fact]
    public void AWeekdayAtTheStartOfARangeIsResolvedAgainstTheReference()
    {
        var mention = Single("The exhibition runs from Friday through August 12.");

        mention.Text.Should().Be("Friday through August 12");
        mention.Weekday.Should().Be(IsoDayOfWeek.Friday);
        mention.Value.Should().Be(new DateValue(new LocalDate(2024, 8, 9), new LocalDate(2024, 8, 12), DatePrecision.DayRange));
    }

    [Fact]
    public void ARangeOfWeekdaysBeforeADateDoesNotSwallowTheDate()
    {
        var mentions = recognizer.Recognize("Talks ran Monday through Wednesday, Sept. 4, 2024.", Reference);

        mentions.Select(m => m.Text).Should().Equal("Monday", "Wednesday, Sept. 4, 2024");
        mentions[1].Value.Should().Be(DateValue.Day(new LocalDate(2024, 9, 4)));
        mentions[1].WeekdayMismatch.Should().BeFalse();
    }

    [Fact]
    public void ARangeThatRunsBackwardsHasAProblem()
    {
        var mention = Single("from August 28, 2024 to August 2, 2024");

        mention.Value.Should().BeNull();
        mention.Problem.Should().Contain("before it starts");
    }

    [Theory]
    [InlineData("early August 2024", 2024, 8, 1, 10)]
    [InlineData("mid-August", 2024, 8, 11, 20)]
    [InlineData("mid August", 2024, 8, 11, 20)]
    [InlineData("late August", 2024, 8, 21, 31)]
    [InlineData("late February 2024", 2024, 2, 21, 29)]
    [InlineData("the second half of December", 2024, 12, 16, 31)]
    [InlineData("the first half of September", 2024, 9, 1, 15)]
    [InlineData("by the end of October 2024", 2024, 10, 21, 31)]
    public void APartOfAMonthIsAPartOfMonthInterval(string text, int year, int month, int first, int last)
    {
        var mention = Single(text);

        mention.Kind.Should().Be(DateMentionKind.DateRange);
        mention.Value.Should().Be(new DateValue(new LocalDate(year, month, first), new LocalDate(year, month, last), DatePrecision.PartOfMonth));
    }

    [Theory]
    [InlineData("early 2025", "early 2025", 2025, 1, 1, 2025, 4, 30)]
    [InlineData("by mid-2024", "mid-2024", 2024, 5, 1, 2024, 8, 31)]
    [InlineData("late 2023", "late 2023", 2023, 9, 1, 2023, 12, 31)]
    [InlineData("the beginning of 2025", "the beginning of 2025", 2025, 1, 1, 2025, 4, 30)]
    [InlineData("the middle of 2024", "the middle of 2024", 2024, 5, 1, 2024, 8, 31)]
    [InlineData("by the end of 2024", "the end of 2024", 2024, 9, 1, 2024, 12, 31)]
    [InlineData("in the first half of 2025", "the first half of 2025", 2025, 1, 1, 2025, 6, 30)]
    [InlineData("the second half of 2025", "the second half of 2025", 2025, 7, 1, 2025, 12, 31)]
    public void APartOfAYearIsItsFirstMiddleOrLastFourMonthsOrAHalf(string text, string expectedText, int y1, int m1, int d1, int y2, int m2, int d2)
    {
        // As "early August" is days 1-10 of 31, "early 2025" is the first third of the year, in whole months.
        var mention = Single(text);

        mention.Text.Should().Be(expectedText);
        mention.Kind.Should().Be(DateMentionKind.DateRange);
        mention.YearInferred.Should().BeFalse();
        mention.Value.Should().Be(new DateValue(new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2), DatePrecision.Month));
    }

    [Theory]
    [InlineData("in the late 1990s", "late 1990s", 1997, 1999)]
    [InlineData("the early 2000s", "early 2000s", 2000, 2003)]
    [InlineData("since the mid-1990s", "mid-1990s", 1994, 1996)]
    public void APartOfADecadeIsARangeOfYears(string text, string expectedText, int first, int last)
    {
        var mention = Single(text);

        mention.Text.Should().Be(expectedText);
        mention.Value.Should().Be(new DateValue(new LocalDate(first, 1, 1), new LocalDate(last, 12, 31), DatePrecision.Year));
    }

    [Theory]
    [InlineData("early next year", 2025, 1, 1, 2025, 4, 30, DatePrecision.Month)]
    [InlineData("late last year", 2023, 9, 1, 2023, 12, 31, DatePrecision.Month)]
    [InlineData("the end of the year", 2024, 9, 1, 2024, 12, 31, DatePrecision.Month)]
    [InlineData("the end of this year", 2024, 9, 1, 2024, 12, 31, DatePrecision.Month)]
    [InlineData("the second half of next year", 2025, 7, 1, 2025, 12, 31, DatePrecision.Month)]
    [InlineData("later this year", 2024, 8, 7, 2024, 12, 31, DatePrecision.DayRange)]
    [InlineData("earlier this year", 2024, 1, 1, 2024, 8, 5, DatePrecision.DayRange)]
    [InlineData("the end of the month", 2024, 8, 21, 2024, 8, 31, DatePrecision.PartOfMonth)]
    public void APartOfAYearRelativeToTheReferenceIsResolved(string text, int y1, int m1, int d1, int y2, int m2, int d2, DatePrecision precision)
    {
        var mention = Single(text);

        mention.Text.Should().Be(text);
        mention.Kind.Should().Be(DateMentionKind.DateRange);
        mention.YearInferred.Should().BeTrue();
        mention.Value.Should().Be(new DateValue(new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2), precision));
    }

    [Fact]
    public void LaterThisYearOnItsLastDayHasAProblem()
    {
        var mention = Single("later this year", new LocalDate(2024, 12, 31));

        mention.Value.Should().BeNull();
        mention.Problem.Should().Be(DateResolution.NoSuchDays);
    }

    [Fact]
    public void ThePartOfAMonthPhraseIsTheMentionText()
        => Single("in the second half of December").Text.Should().Be("the second half of December");

    [Theory]
    [InlineData("later this month", 2024, 8, 7, 2024, 8, 31)]
    [InlineData("earlier this month", 2024, 8, 1, 2024, 8, 5)]
    [InlineData("early next month", 2024, 9, 1, 2024, 9, 10)]
    [InlineData("late last month", 2024, 7, 21, 2024, 7, 31)]
    public void APartOfAMonthRelativeToTheReferenceIsResolved(string text, int y1, int m1, int d1, int y2, int m2, int d2)
    {
        var mention = Single(text);

        mention.Text.Should().Be(text);
        mention.Value.Should().Be(new DateValue(new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2), DatePrecision.PartOfMonth));
    }

    [Fact]
    public void LaterThisMonthOnTheLastDayOfTheMonthHasAProblem()
    {
        var mention = Single("later this month", new LocalDate(2024, 8, 31));

        mention.Value.Should().BeNull();
        mention.Problem.Should().NotBeNullOrEmpty();
    }

    [Theory]
    [InlineData("this month", 2024, 8)]
    [InlineData("next month", 2024, 9)]
    [InlineData("last month", 2024, 7)]
    [InlineData("last August", 2023, 8)]
    [InlineData("next March", 2025, 3)]
    [InlineData("this December", 2024, 12)]
    public void AMonthRelativeToTheReferenceIsAMonth(string text, int year, int month)
    {
        var mention = Single(text);

        mention.Kind.Should().Be(DateMentionKind.Month);
        mention.Value.Should().Be(DateValue.Month(year, month));
    }

    [Theory]
    [InlineData("last year", 2023)]
    [InlineData("next year", 2025)]
    [InlineData("this year", 2024)]
    [InlineData("two decades ago", 2004)]
    [InlineData("20 years ago", 2004)]
    [InlineData("a decade ago", 2014)]
    [InlineData("twenty-five years ago", 1999)]
    public void AYearRelativeToTheReferenceIsAYear(string text, int year)
    {
        var mention = Single(text);

        mention.Text.Should().Be(text);
        mention.Kind.Should().Be(DateMentionKind.Year);
        mention.Value.Should().Be(DateValue.Year(year));
    }

    [Theory]
    [InlineData("today", 2024, 8, 6)]
    [InlineData("Today the leaders met.", 2024, 8, 6)]
    [InlineData("tonight", 2024, 8, 6)]
    [InlineData("this morning", 2024, 8, 6)]
    [InlineData("yesterday", 2024, 8, 5)]
    [InlineData("last night", 2024, 8, 5)]
    [InlineData("tomorrow", 2024, 8, 7)]
    public void ADayRelativeToTheReferenceIsADay(string text, int year, int month, int day)
    {
        var mention = Single(text);

        mention.Kind.Should().Be(DateMentionKind.Date);
        mention.YearInferred.Should().BeTrue();
        mention.Value.Should().Be(DateValue.Day(new LocalDate(year, month, day)));
    }

    [Theory]
    [InlineData("according to Kazakhstan Today, the talks ended")]
    [InlineData("Japan Today reported the talks.")]
    public void TodayInTheNameOfAPublicationIsNotADate(string text)
        => recognizer.Recognize(text, Reference).Should().BeEmpty();

    [Theory]
    [InlineData("this week", 2024, 8, 5, 2024, 8, 11)]
    [InlineData("next week", 2024, 8, 12, 2024, 8, 18)]
    [InlineData("last week", 2024, 7, 29, 2024, 8, 4)]
    [InlineData("this weekend", 2024, 8, 10, 2024, 8, 11)]
    [InlineData("later this week", 2024, 8, 7, 2024, 8, 11)]
    [InlineData("early next week", 2024, 8, 12, 2024, 8, 14)]
    [InlineData("late last week", 2024, 8, 1, 2024, 8, 4)]
    [InlineData("the end of the week", 2024, 8, 8, 2024, 8, 11)]
    public void AWeekRelativeToTheReferenceIsAnIsoWeekOrAPartOfIt(string text, int y1, int m1, int d1, int y2, int m2, int d2)
    {
        var mention = Single(text);

        mention.Text.Should().Be(text);
        mention.Kind.Should().Be(DateMentionKind.DateRange);
        mention.Value.Should().Be(new DateValue(new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2), DatePrecision.DayRange));
    }

    [Fact]
    public void AWeekIsMondayToSundayWhicheverDayTheReferenceIs()
    {
        var onMonday = Single("this week", new LocalDate(2024, 8, 5));
        var onSunday = Single("this week", new LocalDate(2024, 8, 11));
        var acrossNewYear = Single("next week", new LocalDate(2024, 12, 27));

        onMonday.Value.Should().Be(onSunday.Value);
        acrossNewYear.Value.Should().Be(new DateValue(new LocalDate(2024, 12, 30), new LocalDate(2025, 1, 5), DatePrecision.DayRange));
    }

    [Fact]
    public void EarlierThisWeekOnItsMondayHasAProblem()
    {
        var mention = Single("earlier this week", new LocalDate(2024, 8, 5));

        mention.Value.Should().BeNull();
        mention.Problem.Should().Be(DateResolution.NoSuchDays);
    }

    [Theory]
    [InlineData("today")]
    [InlineData("yesterday")]
    [InlineData("next week")]
    [InlineData("later this year")]
    [InlineData("early next month")]
    public void WithoutAReferenceARelativeDayOrWeekHasNoValueAndAProblem(string text)
    {
        var mention = Single(text, reference: null);

        mention.Value.Should().BeNull();
        mention.Problem.Should().Be(DateResolution.NoReferenceForRelative);
    }

    [Fact]
    public void APossessiveAfterARelativeYearIsNotPartOfTheMention()
    {
        var mention = Single("Unlike last year's summit, this one was long.");

        mention.Text.Should().Be("last year");
        mention.Value.Should().Be(DateValue.Year(2023));
    }

    [Fact]
    public void WithoutAReferenceARelativeDateHasNoValue()
    {
        var mention = Single("last year", reference: null);

        mention.Value.Should().BeNull();
        mention.Problem.Should().NotBeNullOrEmpty();
    }

    [Theory]
    [InlineData("Kishida arrived in Astana on Friday.", 2024, 8, 2)]
    [InlineData("The ministers spoke on Tuesday.", 2024, 8, 6)]
    [InlineData("The summit will open on Friday.", 2024, 8, 9)]
    [InlineData("The summit is scheduled to open on Tuesday.", 2024, 8, 13)]
    [InlineData("The summit was set to open on Sunday.", 2024, 8, 11)]
    [InlineData("Talks will follow. The leaders met on Friday.", 2024, 8, 2)]
    [InlineData("He said they met last Friday.", 2024, 8, 2)]
    [InlineData("They meet next Tuesday.", 2024, 8, 13)]
    public void ABareWeekdayIsTheLastOneBeforeTheReferenceUnlessTheSentenceLooksAhead(string text, int year, int month, int day)
    {
        var mention = Single(text);

        mention.Kind.Should().Be(DateMentionKind.Date);
        mention.Weekday.Should().NotBeNull();
        mention.Value.Should().Be(DateValue.Day(new LocalDate(year, month, day)));
    }

    [Fact]
    public void ABareWeekdayWithoutAReferenceHasOnlyItsWeekday()
    {
        var mention = Single("on Sunday", reference: null);

        mention.Text.Should().Be("Sunday");
        mention.Weekday.Should().Be(IsoDayOfWeek.Sunday);
        mention.Value.Should().BeNull();
    }

    [Fact]
    public void FutureCuesCanBeReplaced()
    {
        var custom = new DateRecognizer(["slated", "is expected to"]);

        var slated = custom.Recognize("The summit is slated for Friday.", Reference).Should().ContainSingle().Subject;
        var expected = custom.Recognize("Leaders are expected to sign on Friday.", Reference).Should().ContainSingle().Subject;
        var willIsNoLongerACue = custom.Recognize("The summit will open on Friday.", Reference).Should().ContainSingle().Subject;

        slated.Value.Should().Be(DateValue.Day(new LocalDate(2024, 8, 9)));
        expected.Value.Should().Be(DateValue.Day(new LocalDate(2024, 8, 2)));
        willIsNoLongerACue.Value.Should().Be(DateValue.Day(new LocalDate(2024, 8, 2)));
    }

    [Theory]
    [InlineData("February 30, 2024", "February 30 is not a day of 2024.")]
    [InlineData("February 29, 2023", "February 29 is not a day of 2023.")]
    [InlineData("on August 32", "August 32 is not a day of any year.")]
    [InlineData("2024-13-01", "There is no month 13.")]
    public void AnInvalidCalendarDateHasAProblemAndNoValue(string text, string problem)
    {
        var mention = Single(text);

        mention.Value.Should().BeNull();
        mention.Problem.Should().Be(problem);
    }

    [Fact]
    public void SeveralDatesComeInOrderWithoutOverlaps()
    {
        const string text = "The first summit, held on August 9, 2024 in Astana, followed talks in December 2022 and a 2004 dialogue.";

        var mentions = recognizer.Recognize(text, Reference);

        mentions.Select(m => m.Text).Should().Equal("August 9, 2024", "December 2022", "2004");
        mentions.Should().AllSatisfy(m => text[m.Start..m.End].Should().Be(m.Text));
    }

    [Fact]
    public void OnlyThePartAskedForIsReadAndOffsetsStayAbsolute()
    {
        const string text = "In 2019 they met. On August 9, 2024 they met again. In 2025 they will meet.";
        var start = text.IndexOf("On", StringComparison.Ordinal);
        var length = text.IndexOf("In 2025", StringComparison.Ordinal) - start;

        var mention = recognizer.Recognize(text, Reference, start, length).Should().ContainSingle().Subject;

        mention.Text.Should().Be("August 9, 2024");
        mention.Start.Should().Be(text.IndexOf("August", StringComparison.Ordinal));
    }

    [Fact]
    public void AWindowOutsideTheTextIsRejected()
    {
        var act = () => recognizer.Recognize("August 2024", Reference, 5, 10);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void ReferencesAtTheEndsOfTheCalendarDoNotThrow(int year, int month, int day)
    {
        const string text = "Friday, August 9; later this month; next year; last month; December 30 to January 2; on Friday; 20 years ago; "
            + "today; tomorrow; yesterday; next week; later this year; earlier this week; the end of next year; late last week. "
            + "Kishida arrived on Friday. The summit opened August 9 (Fri).";

        var act = () => recognizer.Recognize(text, new LocalDate(year, month, day));

        act.Should().NotThrow().Which.Should().NotBeEmpty();
    }

    [Fact]
    public void ArbitraryTextNeverThrowsAndKeepsOffsetsConsistent()
    {
        string[] words =
        [
            "August", "Aug", ".", ",", "9", "31", "32", "0", "2024", "1999", "-", "–", "to", "and", "between", "from", "Friday",
            "Fri", "early", "mid", "late", "later", "this", "next", "last", "month", "year", "years", "ago", "the", "second",
            "half", "of", "May", "may", "in", "s", "fiscal", "$", "billion", "(", ")", "99999", "February", "30", "th", "a",
            "/", "12", "13", "0", "v", "version", ":", "today", "Today", "week", "weekend", "end", "first", "1990", "people",
        ];
        var random = new Random(20240806);
        for (var round = 0; round < 300; round++)
        {
            var builder = new StringBuilder();
            for (var i = 0; i < 40; i++)
            {
                builder.Append(words[random.Next(words.Length)]).Append(random.Next(3) == 0 ? string.Empty : " ");
            }

            var text = builder.ToString();
            var mentions = recognizer.Recognize(text, Reference);

            for (var i = 0; i < mentions.Count; i++)
            {
                text[mentions[i].Start..mentions[i].End].Should().Be(mentions[i].Text);
                mentions[i].Start.Should().BeGreaterThanOrEqualTo(i == 0 ? 0 : mentions[i - 1].End);
            }
        }
    }

    [Theory]
    [InlineData("1")]
    [InlineData("August ")]
    [InlineData("9 August ")]
    [InlineData("1,111")]
    [InlineData("Friday will ")]
    [InlineData("1/")]
    [InlineData("09.08.")]
    [InlineData("On Friday. August 9. ")]
    [InlineData("Friday (")]
    public void AMegabyteOfRepetitionIsReadInLinearTime(string unit)
    {
        var text = new StringBuilder().Insert(0, unit, (1 << 20) / unit.Length).ToString();
        var watch = Stopwatch.StartNew();

        recognizer.Recognize(text, Reference);

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    private DateMention Single(string text) => Single(text, Reference);

    private DateMention Single(string text, LocalDate? reference)
    {
        var mention = recognizer.Recognize(text, reference).Should().ContainSingle().Subject;
        text[mention.Start..mention.End].Should().Be(mention.Text);
        return mention;
    }
}
