namespace CaJapan.Reconcile.Claims;

/// <summary>The kinds of typed value a claim can carry.</summary>
public enum ValueKind
{
    /// <summary>A calendar date or interval of dates with a precision.</summary>
    Date,

    /// <summary>An amount or range of money in one currency.</summary>
    Money,

    /// <summary>A place: a city within a country, or a country.</summary>
    Place,

    /// <summary>The status of an event: planned, held, cancelled or postponed.</summary>
    Status,

    /// <summary>An office held by a person, such as a country's prime minister.</summary>
    Title,

    /// <summary>A plain number.</summary>
    Number,

    /// <summary>A normalised string, compared for equality only.</summary>
    Text,

    /// <summary>An anniversary an event marks: the Nth anniversary of another event, such as the launch of a dialogue.</summary>
    Anniversary,
}
