using System.Text;
using BenchmarkDotNet.Attributes;
using CaJapan.Reconcile.Sources;

namespace CaJapan.Reconcile.Benchmarks;

/// <summary>
/// Extraction end to end, as <see cref="ExtractionBenchmarks"/> runs it, on generated hostile inputs at two sizes, so
/// that linearity can be read off: time per megabyte should not grow with the size. GlobalSetup prints each input's
/// UTF-8 size; seconds per MB is the mean divided by it. The HTML input goes through <see cref="HtmlText"/> first.
/// </summary>
[MemoryDiagnoser]
public class PathologicalBenchmarks
{
    private readonly ExtractionInputs inputs = new();
    private Source[] source = [];
    private string html = string.Empty;

    /// <summary>Gets or sets the kind of input.</summary>
    [ParamsAllValues]
    public PathologicalInput Kind { get; set; }

    /// <summary>Gets or sets the size of the input in UTF-8 bytes, roughly.</summary>
    [Params(256 * 1024, 1024 * 1024)]
    public int Bytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        if (Kind == PathologicalInput.NestedHtml)
        {
            html = PathologicalInputs.NestedHtml(Bytes);
            Console.WriteLine($"// {Kind}: {Encoding.UTF8.GetByteCount(html)} UTF-8 bytes of HTML, {html.Length} characters");
        }
        else
        {
            source = [new Source($"{Kind}.txt", PathologicalInputs.Text(Kind, Bytes))];
            Console.WriteLine($"// {Kind}: {ExtractionInputs.Utf8Bytes(source)} UTF-8 bytes, {ExtractionInputs.Characters(source)} characters");
        }
    }

    /// <summary>Reads the input (HTML through <see cref="HtmlText"/>) and extracts its claims.</summary>
    /// <returns>The number of claims.</returns>
    [Benchmark]
    public int Extract()
        => Kind == PathologicalInput.NestedHtml
            ? inputs.Extract([new Source("nested.html", HtmlText.ToText(html))])
            : inputs.Extract(source);
}

/// <summary>The kinds of hostile input.</summary>
public enum PathologicalInput
{
    /// <summary>Digits and nothing else, one line.</summary>
    Digits,

    /// <summary>"August August August ...".</summary>
    RepeatedMonth,

    /// <summary>Currency signs and amounts: "$$$ ¥¥ 1,000,000,000 US$ ...".</summary>
    CurrencySigns,

    /// <summary>Words of a story sentence repeated on one line, with no sentence break.</summary>
    LongLine,

    /// <summary>10,000 nested &lt;div&gt;s with text, repeated to the size.</summary>
    NestedHtml,

    /// <summary>Many sentences, each with many dates.</summary>
    ManyDates,
}

/// <summary>Generates the hostile inputs.</summary>
public static class PathologicalInputs
{
    /// <summary>Generates a text input of about <paramref name="bytes"/> UTF-8 bytes.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="bytes">The size.</param>
    /// <returns>The text.</returns>
    public static string Text(PathologicalInput kind, int bytes) => kind switch
    {
        PathologicalInput.Digits => Repeat("1234567890", bytes),
        PathologicalInput.RepeatedMonth => Repeat("August ", bytes),
        PathologicalInput.CurrencySigns => Repeat("$$$ ¥¥ 1,000,000,000 US$ ", bytes),
        PathologicalInput.LongLine => Repeat("the first Central Asia plus Japan summit will be held in Astana on August 9, 2024 with $50 million in aid and ", bytes),
        PathologicalInput.ManyDates => Repeat("The Central Asia plus Japan summit was planned for August 9, 2024, then August 10, 2024, 9 August, Aug. 11, on Friday, in August 2024 and on 2024-08-12. ", bytes),
        PathologicalInput.NestedHtml => HtmlText.ToText(NestedHtml(bytes)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Generates 10,000 nested &lt;div&gt;s with text inside each, repeated to about <paramref name="bytes"/> bytes.</summary>
    /// <param name="bytes">The size.</param>
    /// <returns>The markup.</returns>
    public static string NestedHtml(int bytes)
    {
        var block = new StringBuilder();
        block.Append("<html><body>");
        for (var i = 0; i < 10_000; i++)
        {
            block.Append("<div class=\"x\">summit ");
        }

        for (var i = 0; i < 10_000; i++)
        {
            block.Append("</div>");
        }

        block.Append("</body></html>");
        return Repeat(block.ToString(), bytes);
    }

    private static string Repeat(string unit, int bytes)
    {
        var unitBytes = Encoding.UTF8.GetByteCount(unit);
        var builder = new StringBuilder(bytes);
        for (var size = 0; size < bytes; size += unitBytes)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }
}
