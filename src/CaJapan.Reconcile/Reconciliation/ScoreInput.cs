using System.Globalization;

namespace CaJapan.Reconcile.Reconciliation;

/// <summary>One input that went into a <see cref="Score"/>, so that a reader can see why a score is what it is. Immutable.</summary>
/// <param name="Name">A short machine-readable name, such as <c>trust</c> or <c>corroboration</c>.</param>
/// <param name="Value">The input's value.</param>
/// <param name="Description">What the input is, in plain language.</param>
public sealed record ScoreInput(string Name, double Value, string Description)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name}={Value:0.###} ({Description})");
}
