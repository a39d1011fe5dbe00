using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CaJapan.Reconcile.Claims;

namespace CaJapan.Reconcile.Structured;

/// <summary>
/// One row of a file of structured claims as read: the claim and its typed value, or why the row could not be read.
/// A bad row does not stop the reading; the rows after it are still read. Immutable and thread-safe.
/// </summary>
public sealed record StructuredClaimRow
{
    private StructuredClaimRow(int line, StructuredClaim? claim, ClaimValue? value, string? error)
    {
        Line = line;
        Claim = claim;
        Value = value;
        Error = error;
    }

    /// <summary>Gets the number of the line the row starts on, counting from 1 (the header of a CSV file is line 1).</summary>
    public int Line { get; }

    /// <summary>Gets the claim, or <see langword="null"/> when the row could not be read.</summary>
    public StructuredClaim? Claim { get; }

    /// <summary>Gets the claim's value read as its declared type, or <see langword="null"/> when the row could not be read.</summary>
    public ClaimValue? Value { get; }

    /// <summary>Gets what was wrong with the row and what would be right, or <see langword="null"/> when it was read.</summary>
    public string? Error { get; }

    /// <summary>Gets whether the row was read: <see cref="Claim"/> and <see cref="Value"/> are set, <see cref="Error"/> is not.</summary>
    [MemberNotNullWhen(true, nameof(Claim), nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsValid => Error is null;

    /// <inheritdoc />
    public override string ToString()
        => IsValid
            ? string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Claim}")
            : string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Error}");

    internal static StructuredClaimRow Read(int line, StructuredClaim claim, ClaimValue value) => new(line, claim, value, null);

    internal static StructuredClaimRow Bad(int line, string error) => new(line, null, null, error);
}
