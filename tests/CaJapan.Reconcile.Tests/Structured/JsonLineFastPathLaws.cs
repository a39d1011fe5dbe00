using CaJapan.Reconcile.Structured;
using CsCheck;

namespace CaJapan.Reconcile.Tests.Structured;

/// <summary>
/// The quick reading of a usual JSON line gives exactly the row the checked reading gives, on random lines: known
/// and unknown fields in any case, repeated fields, strings, numbers, nulls, booleans, nesting, bad JSON and trailing
/// content. The quick reading declines what it does not handle, so the checked reading's messages stay the same.
/// </summary>
public sealed class JsonLineFastPathLaws
{
    private static readonly StructuredClaimReader Reader = new();

    private static readonly Gen<string> Name = Gen.OneOf<string>("source", "Subject", "PROPERTY", "value", "weight", "observed", "type", "other", "valüe");

    private static readonly Gen<string> Value = Gen.OneOf<string>(
        "\"a\"", "\"s\\u00e9\"", "\"2024-08-09\"", "\"9 August 2024\"", "\"\"", "\" \"", "\"date\"", "\"money\"", "\"¥10bn\"", "\"tab\\there\"",
        "0.5", "1", "1.5", "-2", "1e-3", "null", "true", "{}", "{\"x\":[1,2]}", "[\"a\"]", "\"February 30, 2024\"", "\"2024-02-30\"");

    private static readonly Gen<string> Line = Gen.Select(Name, Value).Array[0, 9].SelectMany(fields => Gen.OneOf<string>("", "", "", " x", "}", ",", "\n{}")
        .Select(tail => "{" + string.Join(",", fields.Select(f => $"\"{f.Item1}\":{f.Item2}")) + "}" + tail));

    [Fact]
    public void The_quick_reading_of_a_line_gives_the_checked_readings_row()
    {
        Line.Sample(line => Reader.JsonRow(7, line).Should().Be(Reader.JsonRowChecked(7, line), because: line), iter: 3000);
    }
}
