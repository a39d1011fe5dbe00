namespace CaJapan.Reconcile;

/// <summary>
/// The settings of reconciliation. Validated when the engine is built: every invalid setting is reported at once.
/// </summary>
public sealed class ReconcileOptions
{
    /// <summary>The default of <see cref="MaxSourceBytes"/>: 16 MiB.</summary>
    public const long DefaultMaxSourceBytes = 16L * 1024 * 1024;

    /// <summary>The default of <see cref="MaxClaimLineBytes"/>: 1 MiB.</summary>
    public const int DefaultMaxClaimLineBytes = 1024 * 1024;

    /// <summary>Gets or sets the largest source file, in bytes, that is read; a larger one is reported as an error for that source.</summary>
    /// <value>16 MiB.</value>
    /// <remarks>
    /// In a JSON Lines corpus of articles it limits each article's text, and a line may take 6 times as much and 64 KiB
    /// (room for any escaping of such a text, and the other fields): a longer line is an error naming it, found without
    /// holding more of it.
    /// </remarks>
    public long MaxSourceBytes { get; set; } = DefaultMaxSourceBytes;

    /// <summary>
    /// Gets or sets the longest row of a file of structured claims that is read, in bytes of UTF-8: a line of JSON Lines,
    /// or a record of CSV without its final line break. A longer row is an error naming its line, found while reading,
    /// without holding more than this of it; the rows after it are still read.
    /// </summary>
    /// <value>1 MiB.</value>
    /// <remarks>
    /// A line of a JSON Lines corpus of articles has its own limit, 6 × <see cref="MaxSourceBytes"/> + 64 KiB, room for
    /// an article of <see cref="MaxSourceBytes"/> however its text is escaped.
    /// </remarks>
    public int MaxClaimLineBytes { get; set; } = DefaultMaxClaimLineBytes;

    /// <summary>Gets or sets the trust given to a source whose outlet has no prior of its own: the probability that what it reports is right.</summary>
    /// <value>0.7.</value>
    public double DefaultSourceTrust { get; set; } = 0.7;

    /// <summary>
    /// Gets the prior trust of particular outlets, by outlet name as it appears in the source's metadata, or by the
    /// domain of the source's URL (<c>reuters.com</c> also covers <c>www.reuters.com</c>); case-insensitive. Trust is
    /// then learned from agreement across the corpus, starting from these priors (see <see cref="LearnSourceTrust"/>).
    /// </summary>
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

    /// <summary>
    /// Gets or sets whether source trust is learned from agreement across the corpus, in the manner of the Accu model of
    /// truth discovery: a source whose values the other sources bear out gains trust, one they contradict loses it.
    /// When false, every source keeps its prior.
    /// </summary>
    /// <value><see langword="true"/>.</value>
    public bool LearnSourceTrust { get; set; } = true;

    /// <summary>
    /// Gets or sets how many contested facts a source's prior trust counts as when trust is learned: the larger, the
    /// more evidence it takes to move a source away from its prior.
    /// </summary>
    /// <value>3.</value>
    public double TrustPriorWeight { get; set; } = 3;

    /// <summary>Gets or sets the most rounds of learning trust and resolving facts; learning stops earlier once trust settles.</summary>
    /// <value>20.</value>
    public int MaxTrustIterations { get; set; } = 20;

    /// <summary>
    /// Gets or sets how much a value that only partly agrees counts for another ("Kazakhstan" for "Astana, Kazakhstan",
    /// when another source says "Almaty"): the share of its vote it gives to each value it is compatible with.
    /// </summary>
    /// <value>0.5.</value>
    public double PartialAgreementWeight { get; set; } = 0.5;

    /// <summary>
    /// Gets the properties that hold several values at once (the countries on a tour, a book's authors), besides those
    /// the domain pack declares so. Their values are resolved one by one and never conflict with each other.
    /// </summary>
    /// <value>Empty.</value>
    public ISet<string> MultiValuedProperties { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Gets or sets the day to reconcile the story as of: claims reported after it (their <c>Observed</c> day, a
    /// source's publication date) are left out, so the report shows what was known then. Undated claims are kept.
    /// </summary>
    /// <value><see langword="null"/>: every claim counts.</value>
    public NodaTime.LocalDate? AsOf { get; set; }

    /// <summary>
    /// Gets or sets how many sources are validated and extracted at once by <c>ReconcileAsync</c>,
    /// <c>ReconcileFolderAsync</c> and <c>ReconcileStreamAsync</c>, and how many threads copy detection and the bulk
    /// engine (<see cref="Bulk.BulkReconciler"/>) use: 1 keeps the work on the calling thread. The result is the same
    /// at every degree: claims are taken in input order, and bulk evidence is summed exactly.
    /// </summary>
    /// <value><see cref="Environment.ProcessorCount"/>.</value>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Gets or sets the path of a domain pack file to use instead of the embedded one, or <see langword="null"/> for the embedded pack.</summary>
    /// <value><see langword="null"/>.</value>
    public string? DomainPackPath { get; set; }
}
