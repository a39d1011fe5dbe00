namespace CaJapan.Reconcile;

/// <summary>
/// The settings of reconciliation. Validated when the engine is built: every invalid setting is reported at once.
/// </summary>
public sealed class ReconcileOptions
{
    /// <summary>The default of <see cref="MaxSourceBytes"/>: 16 MiB.</summary>
    public const long DefaultMaxSourceBytes = 16L * 1024 * 1024;

    /// <summary>Gets or sets the largest source file, in bytes, that is read; a larger one is reported as an error for that source.</summary>
    /// <value>16 MiB.</value>
    public long MaxSourceBytes { get; set; } = DefaultMaxSourceBytes;

    /// <summary>Gets or sets the trust given to a source whose outlet has no prior of its own: the probability that what it reports is right.</summary>
    /// <value>0.7.</value>
    public double DefaultSourceTrust { get; set; } = 0.7;

    /// <summary>Gets the trust given to particular outlets, by outlet name as it appears in the source's metadata (case-insensitive).</summary>
    /// <value>Empty.</value>
    public IDictionary<string, double> OutletTrust { get; } = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets the factor a claim's weight is multiplied by when knowledge rules it out (an office its holder did not hold then).</summary>
    /// <value>0.1.</value>
    public double KnowledgePenalty { get; set; } = 0.1;

    /// <summary>Gets or sets the number of plausible wrong values assumed for a fact whose domain is open, such as a date or an amount.</summary>
    /// <value>10.</value>
    /// <remarks>The more wrong values there are, the less likely two sources agree by chance, so agreement counts for more.</remarks>
    public int FalseValueCount { get; set; } = 10;

    /// <summary>Gets or sets the confidence below which a contested fact is reported as unresolved rather than guessed.</summary>
    /// <value>0.5.</value>
    public double MinimumResolutionConfidence { get; set; } = 0.5;

    /// <summary>Gets or sets the path of a domain pack file to use instead of the embedded one, or <see langword="null"/> for the embedded pack.</summary>
    /// <value><see langword="null"/>.</value>
    public string? DomainPackPath { get; set; }
}
