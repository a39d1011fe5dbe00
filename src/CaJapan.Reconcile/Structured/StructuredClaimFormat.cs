namespace CaJapan.Reconcile.Structured;

/// <summary>The formats a file of structured claims can be in.</summary>
public enum StructuredClaimFormat
{
    /// <summary>Comma-separated values (RFC 4180) with a header row: files ending <c>.csv</c>.</summary>
    Csv,

    /// <summary>One JSON object per line: files ending <c>.jsonl</c> or <c>.ndjson</c>.</summary>
    JsonLines,
}
