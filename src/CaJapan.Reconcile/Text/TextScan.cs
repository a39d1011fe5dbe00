namespace CaJapan.Reconcile.Text;

/// <summary>Small forward scans over a text shared by the readers of sentences and headers.</summary>
internal static class TextScan
{
    /// <summary>Skips white space.</summary>
    /// <param name="text">The text.</param>
    /// <param name="at">The offset to start at.</param>
    /// <param name="end">The offset not to pass.</param>
    /// <returns>The offset of the first character that is not white space, or <paramref name="end"/>.</returns>
    public static int SkipSpaces(string text, int at, int end)
    {
        while (at < end && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }
}
