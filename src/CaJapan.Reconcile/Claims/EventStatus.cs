namespace CaJapan.Reconcile.Claims;

/// <summary>The status of an event as a source reports it.</summary>
public enum EventStatus
{
    /// <summary>The event is planned, scheduled or expected.</summary>
    Planned,

    /// <summary>The event took place or is taking place.</summary>
    Held,

    /// <summary>The event was cancelled or called off.</summary>
    Cancelled,

    /// <summary>The event was postponed or put on hold.</summary>
    Postponed,
}
