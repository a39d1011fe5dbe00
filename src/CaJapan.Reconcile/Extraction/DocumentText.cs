using CaJapan.Reconcile.Recognition;
using CaJapan.Reconcile.Text;

namespace CaJapan.Reconcile.Extraction;

/// <summary>
/// A source's text with its folded copy, its sentences and the occurrences of its pack's phrases, each computed once:
/// the phrases in one pass over the whole text on first use, so that every query over a sentence or a window reads
/// only the occurrences in it.
/// </summary>
internal sealed class DocumentText
{
    /// <summary>
    /// The last document made on this thread. The engine reads a source's header and then extracts its claims, one
    /// after the other on one thread and from the same text, so the second finds the document the first made; one
    /// document per thread bounds what the cache holds.
    /// </summary>
    [ThreadStatic]
    private static DocumentText? last;

    private readonly PackIndex index;
    private PhraseOccurrences? phrases;
    private List<TextSpan>? lines;
    private WordIndex? words;

    public DocumentText(string text, PackIndex index)
    {
        Text = text;
        this.index = index;
        Folded = TextFolding.Fold(text);
        Sentences = SentenceSplitter.Split(text);
    }

    public string Text { get; }

    /// <summary>Gets the document of a text, reusing the one last made on this thread for the same text and pack.</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">The pack.</param>
    /// <returns>The document.</returns>
    public static DocumentText For(string text, PackIndex index)
    {
        if (last is { } document && ReferenceEquals(document.Text, text) && ReferenceEquals(document.index, index))
        {
            return document;
        }

        return last = new DocumentText(text, index);
    }

    public string Folded { get; }

    public IReadOnlyList<TextSpan> Sentences { get; }

    /// <summary>Gets the non-blank lines of the text, each trimmed, found on first use.</summary>
    public IReadOnlyList<TextSpan> Lines => lines ??= TextScan.Lines(Text);

    /// <summary>Gets the word distances of the text in constant time, counted on first use.</summary>
    public WordIndex Words => words ??= new WordIndex(Text);

    /// <summary>Gets the occurrences of every phrase of the pack in the text, found on first use.</summary>
    public PhraseOccurrences Phrases => phrases ??= index.Scanner.Scan(Folded);
}
