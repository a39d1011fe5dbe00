using CaJapan.Reconcile.Claims;

namespace CaJapan.Reconcile.Tests.Claims;

/// <summary>How plain-text values are normalised: what counts as the same string and what does not.</summary>
public sealed class TextValueTests
{
    [Theory]
    [InlineData("J. K. Rowling", "j.k.  rowling")]
    [InlineData("  Harry Potter  ", "harry\tpotter")]
    [InlineData("O'Brien", "OBrien")]
    [InlineData("O’Brien", "O'Brien")]
    [InlineData("Jean-Paul Sartre", "Jean Paul Sartre")]
    [InlineData("Jean\u2013Paul", "jean-paul")]
    [InlineData("ＡＢＣ　１２３", "abc 123")]
    [InlineData("\uFB01nal", "final")]
    [InlineData("Caf\u00E9", "Cafe\u0301")]
    [InlineData("\u1EC7", "e\u0302\u0323")]
    [InlineData("\uD55C\uAE00", "\u1112\u1161\u11AB\u1100\u1173\u11AF")]
    [InlineData("AA 1234 (on time)", "aa 1234 on time")]
    [InlineData("zero\u200Bwidth", "zerowidth")]
    public void TextsThatDifferOnlyInCaseSpacePunctuationOrCompatibilityFormsAreEqual(string a, string b)
    {
        new TextValue(a).Compare(new TextValue(b)).Should().Be(ValueRelation.Equal);
        new TextValue(a).Key.Should().Be(new TextValue(b).Key);
    }

    [Theory]
    [InlineData("J.K. Rowling", "JK Rowling")]
    [InlineData("Zürich", "Zurich")]
    [InlineData("1.5", "15")]
    [InlineData("Rowling", "Rowlings")]
    [InlineData("-", "?")]
    public void TextsThatDifferInLettersDigitsOrAccentsConflict(string a, string b)
        => new TextValue(a).Compare(new TextValue(b)).Should().Be(ValueRelation.Conflicts);

    [Fact]
    public void TheNormalisedFormIsUpperCaseWithPunctuationReadAsSpace()
        => new TextValue(" J. K.  Rowling ").Normalised.Should().Be("J K ROWLING");

    [Fact]
    public void ATextOfPunctuationOnlyKeepsItsPunctuation()
        => new TextValue(" -- ").Normalised.Should().Be("--");

    [Fact]
    public void TheValueIsDescribedAsGiven()
        => new TextValue("j.k.  rowling").Describe().Should().Be("j.k.  rowling");

    [Fact]
    public void ATextIsIncomparableWithAnotherKindOfValue()
        => new TextValue("12").Compare(new NumberValue(12)).Should().Be(ValueRelation.Incomparable);
}
