namespace CaJapan.Reconcile.Reporting;

/// <summary>A claim value as reports show it: its type name and its normalised fields, in a fixed order.</summary>
/// <param name="Type">The type name, such as <c>date</c> or <c>money</c>.</param>
/// <param name="Fields">The normalised fields, in the order they are written.</param>
internal sealed record ReportValue(string Type, IReadOnlyList<ReportField> Fields);

/// <summary>One field of a <see cref="ReportValue"/>: a string, a number, or null when both are absent.</summary>
/// <param name="Name">The field's name, such as <c>start</c>.</param>
/// <param name="Text">The field's text, when it is a string.</param>
/// <param name="Number">The field's number, when it is a number.</param>
internal readonly record struct ReportField(string Name, string? Text, decimal? Number)
{
    public static ReportField String(string name, string? text) => new(name, text, null);

    public static ReportField Numeric(string name, decimal number) => new(name, null, ReportFormat.Round(number));
}
