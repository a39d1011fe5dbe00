namespace CaJapan.Reconcile.Knowledge;

/// <summary>The exception thrown when a domain pack cannot be read or is not valid; it lists every problem at once.</summary>
public sealed class DomainPackException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="DomainPackException"/> class.</summary>
    /// <param name="packName">The pack's file name or identifier.</param>
    /// <param name="errors">Every problem found.</param>
    public DomainPackException(string packName, IReadOnlyList<string> errors)
        : base($"The domain pack '{packName}' is not valid: {string.Join(" ", errors)}")
    {
        PackName = packName;
        Errors = errors;
    }

    /// <summary>Initializes a new instance of the <see cref="DomainPackException"/> class.</summary>
    public DomainPackException()
        : this("unknown", [])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DomainPackException"/> class.</summary>
    /// <param name="message">The message.</param>
    public DomainPackException(string message)
        : this("unknown", [message])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DomainPackException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public DomainPackException(string message, Exception innerException)
        : base(message, innerException)
    {
        PackName = "unknown";
        Errors = [message];
    }

    /// <summary>Gets the pack's file name or identifier.</summary>
    public string PackName { get; } = "unknown";

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<string> Errors { get; } = [];
}
