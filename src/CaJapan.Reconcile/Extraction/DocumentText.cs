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
    private readonly PackIndex index;
    private PhraseOccurrences? phrases;

    public DocumentText(string text, PackIndex index)
    {
        Text = text;
        this.index = index;
        Folded = TextFolding.Fold(text);
        Sentences = SentenceSplitter.Split(text);
    }

    public string Text { get; }

    public string Folded { get; }

    public IReadOnlyList<TextSpan> Sentences { get; }

    /// <summary>Gets the occurrences of every phrase of the pack in the text, found on first use.</summary>
    public PhraseOccurrences Phrases => phrases ??= index.Scanner.Scan(Folded);
}
