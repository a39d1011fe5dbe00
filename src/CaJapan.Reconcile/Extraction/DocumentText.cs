using CaJapan.Reconcile.Text;

namespace CaJapan.Reconcile.Extraction;

/// <summary>A source's text with its folded copy and its sentences, computed once.</summary>
internal sealed class DocumentText
{
    public DocumentText(string text)
    {
        Text = text;
        Folded = TextFolding.Fold(text);
        Sentences = SentenceSplitter.Split(text);
    }

    public string Text { get; }

    public string Folded { get; }

    public IReadOnlyList<TextSpan> Sentences { get; }
}
