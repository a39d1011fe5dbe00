using System.Globalization;

namespace CaJapan.Reconcile.Internal;

/// <summary>The templates of every message the library gives about bad input, kept together so they read alike.</summary>
internal static class Messages
{
    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    public static string FolderNotFound(string folder)
        => F($"The folder '{folder}' does not exist. Give the path of a folder of article files (.txt, .md).");

    public static string FileNotFound(string file)
        => F($"The file '{file}' does not exist.");

    public static string FolderEmpty(string folder)
        => F($"The folder '{folder}' holds no article files (.txt, .md, .markdown, .text, .html, .htm).");

    public static string HtmlWithoutText()
        => "The page has no text outside its markup, scripts and page furniture; save the article's own page, or its text as .txt.";

    public static string ArticleLineNotJson(string detail)
        => F($"The line is not a JSON object ({detail}); give one article per line, such as {{\"id\": \"a1\", \"text\": \"...\", \"outlet\": \"VOA\"}}.");

    public static string ArticleFieldMissing(string field)
        => F($"The field '{field}' is missing or empty; every article line needs \"id\" (or \"file\") and \"text\".");

    public static string ArticleField(string field, string value, string expected)
        => F($"The field '{field}' is '{value}'; give {expected}.");

    public static string EmptyText()
        => "The source is empty; an article needs some text.";

    public static string TooLarge(long length, long limit)
        => F($"The source is {length:N0} bytes long, over the limit of {limit:N0}; raise ReconcileOptions.MaxSourceBytes to read it.");

    public static string Binary(long offset)
        => F($"The source looks binary (a NUL character at offset {offset}); give it as text.");

    public static string NotUtf8(string detail)
        => F($"The source is not valid UTF-8 or UTF-16 text ({detail}); save it as UTF-8.");

    public static string Unreadable(string detail)
        => F($"The source could not be read: {detail}");

    public static string ManifestTooLarge(long length, long limit)
        => F($"The manifest is {length:N0} bytes long, over the limit of {limit:N0} (ReconcileOptions.MaxSourceBytes); the articles are read without its metadata.");

    public static string ManifestUnreadable(string detail)
        => F($"The manifest could not be read as JSON ({detail}); the articles are read without its metadata.");

    public static string ManifestEntry(int index, string detail)
        => F($"Entry {index} of the manifest: {detail}");

    public static string ManifestFileMissing(string file)
        => F($"The manifest names '{file}', which is not in the folder.");

    public static string LinkOutsideFolder(string file)
        => F($"'{file}' is a link to a file outside the folder; it is not read. Copy the file into the folder to reconcile it.");

    private const string Columns = "source, subject, property and value (weight, observed and type are optional)";

    public static string ClaimFileExtension(string path)
        => F($"The file '{path}' is not a file of structured claims; give a .csv file, or a .jsonl or .ndjson file of JSON lines.");

    public static string CsvEmpty()
        => F($"The file is empty; its first row must be a header naming the columns {Columns}.");

    public static string CsvMissingColumns(IReadOnlyList<string> missing)
        => F($"The header row has no {Plural(missing, "column")} {Quoted(missing)}; name the columns {Columns}, in any order.");

    public static string CsvDuplicateColumn(string column)
        => F($"The header row names the column '{column}' twice; name each column once.");

    public static string CsvUnclosedQuote(int line)
        => F($"A quoted field that opens on line {line} is not closed; end it with a double quote, and double any quote inside it.");

    public static string CsvTextAfterQuote()
        => "Text follows the closing quote of a field; put a comma after it, or double a quote that belongs inside the field.";

    public static string CsvFieldTooLong(int limit)
        => F($"A field is longer than {limit:N0} characters, so the rest of its line was skipped; is a quote not closed?");

    public static string CsvRecordTooLong(int limit, bool inQuotes)
        => F($"The row is longer than {limit:N0} bytes, so it was not read and the rest of its line was skipped; {(inQuotes ? "is a quote not closed? If not, " : "")}raise ReconcileOptions.MaxClaimLineBytes to read it.");

    public static string ClaimLineTooLong(int limit)
        => F($"The line is longer than {limit:N0} bytes, so it was not read; raise ReconcileOptions.MaxClaimLineBytes to read it.");

    public static string ClaimLineNotUtf8(int line)
        => F($"Line {line} is not valid UTF-8 or UTF-16 text (an invalid byte sequence), so its row was not read; save the file as UTF-8.");

    public static string ClaimNul()
        => "The row holds a NUL character, so it was not read; give the file as text.";

    public static string CorpusLineTooLong(long limit)
        => F($"The line is longer than {limit:N0} bytes (6 for each of ReconcileOptions.MaxSourceBytes and 64 KiB, room for an article of that size however its text is escaped), so it was not read; raise ReconcileOptions.MaxSourceBytes to read it.");

    public static string FieldMissing(string field)
        => F($"The field '{field}' is missing or empty; every claim needs {Columns}.");

    public static string JsonNotValid(string detail)
        => F($"The line is not valid JSON ({detail}); give one JSON object per line, such as {{\"source\": \"a\", \"subject\": \"s\", \"property\": \"p\", \"value\": \"v\"}}.");

    public static string JsonNotObject(string kind)
        => F($"The line is a JSON {kind}, not an object; give one JSON object per line, such as {{\"source\": \"a\", \"subject\": \"s\", \"property\": \"p\", \"value\": \"v\"}}.");

    public static string JsonFieldKind(string field, string expected, string raw)
        => F($"The field '{field}' is {raw}; give {expected}.");

    public static string WeightNotNumber(string text)
        => F($"The weight '{text}' is not a number; give a number from 0 to 1, such as 0.8, or leave it out for 1.");

    public static string WeightOutOfRange(string text)
        => F($"The weight {text} is outside [0, 1]; give a number from 0 to 1, such as 0.8, or leave it out for 1.");

    public static string ObservedNotIsoDate(string text)
        => F($"The observed date '{text}' is not an ISO date; give the day the source reported the claim, such as 2024-08-09.");

    public static string UnknownType(string text)
        => F($"The type '{text}' is not known; give date, money, place, number or string, or leave it out to compare the value as a string.");

    public static string ValueEmpty()
        => "The value is empty; give the value the source states.";

    public static string NotADate(string text, string? detail)
        => F($"The value '{text}' is not a date{Detail(detail)}; give an ISO date such as 2024-08-09, a month such as 2024-08, a year such as 2024, or a written date such as 9 August 2024.");

    public static string NotMoney(string text, string? detail)
        => F($"The value '{text}' is not an amount of money{Detail(detail)}; give an amount with its currency, such as USD 2 billion, $2bn or 300 billion yen.");

    public static string NotANumber(string text)
        => F($"The value '{text}' is not a number; give digits with an optional sign, decimal point and exponent, such as 1250.5, -3 or 1.2e6 (commas only between groups of three digits).");

    private static string Detail(string? detail) => detail is null ? string.Empty : F($" ({detail.TrimEnd('.')})");

    private static string Plural(IReadOnlyList<string> items, string noun) => items.Count == 1 ? noun : noun + "s";

    private static string Quoted(IReadOnlyList<string> items)
        => items.Count == 1 ? F($"'{items[0]}'") : string.Join(", ", items.Take(items.Count - 1).Select(i => F($"'{i}'"))) + F($" or '{items[^1]}'");
}
