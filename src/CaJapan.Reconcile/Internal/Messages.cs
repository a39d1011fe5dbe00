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
        => F($"The folder '{folder}' holds no article files (.txt, .md, .markdown, .text).");

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

    public static string ManifestUnreadable(string detail)
        => F($"The manifest could not be read as JSON ({detail}); the articles are read without its metadata.");

    public static string ManifestEntry(int index, string detail)
        => F($"Entry {index} of the manifest: {detail}");

    public static string ManifestFileMissing(string file)
        => F($"The manifest names '{file}', which is not in the folder.");
}
