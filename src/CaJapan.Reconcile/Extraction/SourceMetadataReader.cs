using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Recognition;
using CaJapan.Reconcile.Sources;
using CaJapan.Reconcile.Text;
using NodaTime;

namespace CaJapan.Reconcile.Extraction;

/// <summary>
/// Reads metadata that an article carries in its own text: a dateline such as "Published: Aug 06, 2024" in its first
/// lines. Metadata from a manifest or the caller wins.
/// </summary>
internal sealed class SourceMetadataReader(PackIndex index)
{
    private const int HeaderLines = 6;

    public Source Complete(Source source)
    {
        if (source.Published is not null)
        {
            return source;
        }

        var published = ReadDateline(source.Text);
        return published is null ? source : source with { Published = published, PublishedOrigin = PublishedOrigin.Text };
    }

    private LocalDate? ReadDateline(string text)
    {
        var folded = TextFolding.Fold(text);
        foreach (var line in SentenceSplitter.Split(text).Take(HeaderLines))
        {
            var labels = index.DatelineLabels.FindAll(folded, line.Start, line.End);
            if (labels.Count == 0 || labels[0].Span.Start - line.Start > 2)
            {
                continue;
            }

            var date = index.Dates.Recognize(text, null, labels[0].Span.End, line.End - labels[0].Span.End)
                .FirstOrDefault(d => d.Value is { Precision: DatePrecision.Day } && !d.YearInferred);
            if (date?.Value is { } value)
            {
                return value.Start;
            }
        }

        return null;
    }
}
