using System.Text;
using CaJapan.Reconcile.Sources;

namespace CaJapan.Reconcile.Tests.SourceFiles; // Not .Sources: that would hide the library's Sources.Source in other tests.

/// <summary>Reading the text of an HTML page: what a reader sees, one paragraph per block, in one pass.</summary>
public sealed class HtmlTextTests
{
    [Fact]
    public void EntitiesAreDecodedNamedAndNumeric()
    {
        HtmlText.ToText("<p>Tom &amp; Jerry &mdash; &#8220;caf&eacute;&#x201D; &lt;b&gt;&nbsp;ok</p>")
            .Should().Be("Tom & Jerry — “café” <b> ok\n");
    }

    [Fact]
    public void ScriptsStylesAndPageFurnitureAreDropped()
    {
        const string page = """
            <html><head><title>Site | Story</title><style>p { color: red; }</style>
            <script>var s = "</p><p>not text"; if (a < b) {}</script></head>
            <body><header><nav><a href="/">Home</a><nav>Inner</nav> Still nav</nav>Masthead</header>
            <p>The summit opens on 9 August 2024.</p>
            <aside>Related: other story</aside><noscript>Enable JavaScript</noscript>
            <template><p>Hidden</p></template><footer>Copyright</footer></body></html>
            """;

        HtmlText.ToText(page).Should().Be("The summit opens on 9 August 2024.\n");
    }

    [Fact]
    public void BlocksBecomeParagraphsAndLineBreaksAndInlineTagsVanish()
    {
        HtmlText.ToText("<div><h1>Title</h1><p>One <b>bold</b>\n  <i>word</i>.</p><p>Two<br>lines</p><ul><li>a</li><li>b</li></ul></div>")
            .Should().Be("Title\n\nOne bold word.\n\nTwo\nlines\n\na\nb\n");
    }

    [Fact]
    public void NestedTagsAndAttributesWithQuotedAngleBracketsAreRead()
    {
        HtmlText.ToText("<article><div class=\"a\" data-x='1 > 0'><p title=\"x>y\">Deep <span><em>inside</em></span></p></div></article>")
            .Should().Be("Deep inside\n");
    }

    [Theory]
    [InlineData("a < b and c", "a < b and c\n")]
    [InlineData("<p>unclosed <b>bold", "unclosed bold\n")]
    [InlineData("text <!-- a comment that never ends", "text\n")]
    [InlineData("<p>x</p><p", "x\n")]
    [InlineData("<script>never closed", "")]
    [InlineData("</div>stray</span> end tags", "stray end tags\n")]
    [InlineData("<!DOCTYPE html><?xml version=\"1.0\"?>body", "body\n")]
    [InlineData("&bogus; AT&T &amp;co", "&bogus; AT&T &co\n")]
    public void MalformedMarkupDegradesToText(string html, string expected)
    {
        HtmlText.ToText(html).Should().Be(expected);
    }

    [Fact]
    public void ALargePageIsReadWhole()
    {
        // Linear in the page's length: a pathological run of '<' and unclosed quotes is read in one pass.
        var page = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            page.Append("<div class=\"c\"><p>Paragraph ").Append(i).Append(" &amp; more.</p><script>x<y</script></div>");
        }

        page.Append(new string('<', 200_000)).Append("<a href=\"").Append('x', 200_000);

        var text = HtmlText.ToText(page.ToString());

        text.Should().StartWith("Paragraph 0 & more.\n\nParagraph 1 & more.");
        text.Should().Contain("Paragraph 19999 & more.");
    }
}
