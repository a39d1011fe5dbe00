using System.Globalization;

namespace CaJapan.Reconcile.Reconciliation;

/// <summary>A probability in [0, 1] with the inputs that produced it. Immutable and thread-safe.</summary>
/// <param name="Value">The probability.</param>
/// <param name="Inputs">The inputs that produced it, in the order they were applied.</param>
public sealed record Score(double Value, IReadOnlyList<ScoreInput> Inputs)
{
    /// <inheritdoc />
    public override string ToString() => Value.ToString("0.00", CultureInfo.InvariantCulture);
}
