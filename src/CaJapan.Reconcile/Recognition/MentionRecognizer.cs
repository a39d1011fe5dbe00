using CaJapan.Reconcile.Claims;
using CaJapan.Reconcile.Knowledge;
using NodaTime;

namespace CaJapan.Reconcile.Recognition;

/// <summary>
/// The built-in <see cref="IMentionRecognizer"/>: the date and money recognisers that the extractor uses, with the
/// future cues of a domain pack ("will", "begins") that decide whether a bare weekday is the next or the last one.
/// Linear in the length of the text; never throws on text content. Thread-safe.
/// </summary>
public sealed class MentionRecognizer : IMentionRecognizer
{
    private readonly DateRecognizer dates;
    private readonly MoneyRecognizer money;

    /// <summary>Initializes a new instance of the <see cref="MentionRecognizer"/> class with the embedded domain pack's cues.</summary>
    public MentionRecognizer()
        : this(DomainPackLoader.LoadEmbedded())
    {
    }

    /// <summary>Initializes a new instance of the <see cref="MentionRecognizer"/> class with a domain pack's cues.</summary>
    /// <param name="pack">The domain pack.</param>
    /// <exception cref="ArgumentNullException"><paramref name="pack"/> is <see langword="null"/>.</exception>
    public MentionRecognizer(DomainPack pack)
        : this(new PackIndex(pack ?? throw new ArgumentNullException(nameof(pack))))
    {
    }

    internal MentionRecognizer(PackIndex index)
    {
        dates = index.Dates;
        money = index.Money;
    }

    /// <inheritdoc />
    public IReadOnlyList<RecognizedMention> Recognize(string text, LocalDate? reference = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var amounts = money.Recognize(text);
        var found = new List<RecognizedMention>(amounts.Count);
        foreach (var amount in amounts)
        {
            found.Add(new RecognizedMention(amount.Start, amount.End, amount.Text, amount.Value.IsExact ? MentionKind.Money : MentionKind.MoneyRange, amount.Value)
            {
                Approximate = amount.Approximate,
                Conversion = amount.Conversion?.Value,
            });
        }

        // An amount wins over a date that overlaps it or its conversion: "$2,024" is money, not the year 2024. Both lists
        // are in order and without overlaps, so one forward pass finds the overlaps.
        var taken = amounts.SelectMany(a => a.Conversion is { } c ? new[] { (a.Start, a.End), (c.Start, c.End) } : [(a.Start, a.End)]).ToArray();
        var next = 0;
        foreach (var date in dates.Recognize(text, reference))
        {
            while (next < taken.Length && taken[next].End <= date.Start)
            {
                next++;
            }

            if (next < taken.Length && taken[next].Start < date.End)
            {
                continue;
            }

            found.Add(new RecognizedMention(date.Start, date.End, date.Text, Kind(date.Kind), date.Value)
            {
                Problem = date.Problem,
                YearInferred = date.YearInferred,
                Weekday = date.Weekday,
                WeekdayMismatch = date.WeekdayMismatch,
            });
        }

        found.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static MentionKind Kind(DateMentionKind kind) => kind switch
    {
        DateMentionKind.DateRange => MentionKind.DateRange,
        DateMentionKind.Month => MentionKind.Month,
        DateMentionKind.Year => MentionKind.Year,
        _ => MentionKind.Date,
    };
}
