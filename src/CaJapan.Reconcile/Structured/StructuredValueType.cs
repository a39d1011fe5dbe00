namespace CaJapan.Reconcile.Structured;

/// <summary>The type a structured claim declares for its value, which decides how the value is read and compared.</summary>
public enum StructuredValueType
{
    /// <summary>A date, month, year or range of days: ISO <c>2024-08-09</c>, <c>2024-08</c>, <c>2024</c>, or written, such as "9 August 2024".</summary>
    Date,

    /// <summary>An amount of money with its currency, such as "USD 2 billion", "$2bn" or "300 billion yen".</summary>
    Money,

    /// <summary>A city or country the domain pack knows, such as "Astana" or "Kazakhstan"; any other place is compared as a string.</summary>
    Place,

    /// <summary>A plain number, such as <c>1250.5</c>, compared by value.</summary>
    Number,

    /// <summary>A string compared by its normalised form: written <c>string</c> (or <c>text</c>) in a file; the same as declaring no type.</summary>
    Text,
}
