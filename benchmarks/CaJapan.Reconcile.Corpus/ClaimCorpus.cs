using System.Globalization;
using System.Text;
using CaJapan.Reconcile.Bulk;
using CaJapan.Reconcile.Claims;

namespace CaJapan.Reconcile.Corpus;

/// <summary>
/// A seeded generator of structured claims in the shape of the public truth-discovery data sets: sources × items ×
/// values. Each source speaks to a share of the items and gives the true value with its own accuracy, else one of a
/// few wrong values; copiers repeat another source's value instead of finding their own. The same settings give the
/// same claims, in the same order, on every machine.
/// </summary>
public sealed class ClaimCorpus
{
    /// <summary>Gets the number of sources; at least 2.</summary>
    public int Sources { get; init; } = 30;

    /// <summary>Gets the number of items (subjects), each with one single-valued property, <c>value</c>.</summary>
    public int Items { get; init; } = 1000;

    /// <summary>Gets the share of items each source speaks to, in (0, 1].</summary>
    public double Coverage { get; init; } = 2.0 / 3;

    /// <summary>
    /// Gets the mean share of wrong values over the sources, in [0, 1): source <c>s</c> errs with a rate spread
    /// around it from a quarter of it (the first source) to one and three quarters of it (the last).
    /// </summary>
    public double ErrorRate { get; init; } = 0.35;

    /// <summary>Gets the number of distinct wrong values an item can be given.</summary>
    public int WrongValues { get; init; } = 3;

    /// <summary>Gets the number of sources, the last ones, that copy the first source's value where it gave one.</summary>
    public int Copiers { get; init; }

    /// <summary>Gets the share of a copier's claims copied rather than found, in [0, 1].</summary>
    public double CopyRate { get; init; } = 0.8;

    /// <summary>Gets the seed.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Gets the expected number of claims: items × sources × coverage.</summary>
    public long ExpectedClaims => (long)Math.Round(Items * (double)Sources * Coverage);

    /// <summary>Makes a corpus of about <paramref name="claims"/> claims from 30 sources.</summary>
    /// <param name="claims">The number of claims wanted.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The corpus settings.</returns>
    public static ClaimCorpus OfSize(long claims, int seed = 42)
        => new() { Items = (int)Math.Max(1, claims / 20), Seed = seed };

    /// <summary>Gets the name of source <paramref name="s"/>.</summary>
    /// <param name="s">The source's number.</param>
    /// <returns>The name, such as <c>s07</c>.</returns>
    public static string SourceName(int s) => string.Create(CultureInfo.InvariantCulture, $"s{s:00}");

    /// <summary>Gets the subject of item <paramref name="item"/>.</summary>
    /// <param name="item">The item's number.</param>
    /// <returns>The subject, such as <c>item-42</c>.</returns>
    public static string Subject(int item) => string.Create(CultureInfo.InvariantCulture, $"item-{item}");

    /// <summary>Gets the true value of item <paramref name="item"/>.</summary>
    /// <param name="item">The item's number.</param>
    /// <returns>The value as text.</returns>
    public static string TrueValue(int item) => string.Create(CultureInfo.InvariantCulture, $"v{item}-true");

    /// <summary>Gets the error rate of source <paramref name="s"/>.</summary>
    /// <param name="s">The source's number.</param>
    /// <returns>The share of its own claims that are wrong.</returns>
    public double ErrorRateOf(int s)
        => Math.Clamp(ErrorRate * (0.25 + (1.5 * s / Math.Max(1, Sources - 1))), 0, 0.98);

    /// <summary>Generates the claims, item by item.</summary>
    /// <returns>Each claim as (source number, item number, value number), where value 0 is the true value and 1.. the wrong ones.</returns>
    public IEnumerable<(int Source, int Item, int Value)> Generate()
    {
        if (Sources < 2 || Items < 1 || Coverage <= 0 || Coverage > 1 || WrongValues < 1 || Copiers >= Sources)
        {
            throw new InvalidOperationException($"Not a corpus: {Sources} sources, {Items} items, coverage {Coverage}, {WrongValues} wrong values, {Copiers} copiers.");
        }

        var random = new Random(Seed);
        var given = new int[Sources];
        for (var item = 0; item < Items; item++)
        {
            for (var s = 0; s < Sources; s++)
            {
                given[s] = -1;
                if (random.NextDouble() >= Coverage)
                {
                    continue;
                }

                var own = random.NextDouble() < ErrorRateOf(s) ? 1 + random.Next(WrongValues) : 0;
                var copies = s >= Sources - Copiers && given[0] >= 0 && random.NextDouble() < CopyRate;
                given[s] = copies ? given[0] : own;
                yield return (s, item, given[s]);
            }
        }
    }

    /// <summary>Gets a value's text.</summary>
    /// <param name="item">The item's number.</param>
    /// <param name="value">The value's number: 0 for the true value.</param>
    /// <returns>The text.</returns>
    public static string ValueText(int item, int value)
        => value == 0 ? TrueValue(item) : string.Create(CultureInfo.InvariantCulture, $"v{item}-wrong{value}");

    /// <summary>Builds a table of the claims.</summary>
    /// <returns>The table.</returns>
    public ClaimTable ToTable()
    {
        var table = new ClaimTable();
        var sources = Enumerable.Range(0, Sources).Select(SourceName).ToArray();
        var values = new TextValue[WrongValues + 1];
        string? subject = null;
        var current = -1;
        foreach (var (s, item, value) in Generate())
        {
            if (item != current)
            {
                current = item;
                subject = Subject(item);
                Array.Clear(values);
            }

            table.Add(sources[s], subject!, "value", values[value] ??= new TextValue(ValueText(item, value)));
        }

        return table;
    }

    /// <summary>Writes the claims as JSON Lines in the structured-claims format (docs/structured-claims.md).</summary>
    /// <param name="writer">Where to write.</param>
    /// <returns>The number of claims written.</returns>
    public long WriteJsonLines(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var line = new StringBuilder();
        long count = 0;
        foreach (var (s, item, value) in Generate())
        {
            line.Clear()
                .Append("{\"source\":\"").Append(SourceName(s))
                .Append("\",\"subject\":\"").Append(Subject(item))
                .Append("\",\"property\":\"value\",\"value\":\"").Append(ValueText(item, value))
                .Append("\"}");
            writer.Write(line);
            writer.Write('\n');
            count++;
        }

        return count;
    }
}
