using CaJapan.Reconcile.Text;

namespace CaJapan.Reconcile.Recognition;

/// <summary>A phrase found in a text, with the payload the phrase was registered with.</summary>
internal readonly record struct PhraseMatch<T>(TextSpan Span, T Payload);

/// <summary>
/// Finds whole-word occurrences of many phrases in folded text (see <see cref="TextFolding"/>). Phrases are indexed
/// by their first character, so each position of the text is compared only with the phrases that can start there.
/// Where matches overlap, the longest wins. Immutable and thread-safe after construction.
/// </summary>
internal sealed class PhraseMatcher<T>
{
    private readonly Dictionary<char, (string Phrase, T[] Payloads)[]> byFirstChar;

    public PhraseMatcher(IEnumerable<(string Phrase, T Payload)> phrases)
    {
        byFirstChar = phrases
            .Select(p => (Phrase: TextFolding.Fold(p.Phrase.Trim()), p.Payload))
            .Where(p => p.Phrase.Length > 0)
            .GroupBy(p => p.Phrase, StringComparer.Ordinal)
            .Select(g => (Phrase: g.Key, Payloads: g.Select(p => p.Payload).Distinct().ToArray()))
            .GroupBy(p => p.Phrase[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Phrase.Length).ToArray());
    }

    public bool IsEmpty => byFirstChar.Count == 0;

    /// <summary>Finds every match in <paramref name="folded"/> between <paramref name="start"/> and <paramref name="end"/>, longest first where they overlap.</summary>
    public List<PhraseMatch<T>> FindAll(string folded, int start = 0, int end = -1, bool allowOverlaps = false)
    {
        end = end < 0 ? folded.Length : end;
        var found = new List<PhraseMatch<T>>();
        var blockedUntil = start;
        for (var i = start; i < end; i++)
        {
            if (!byFirstChar.TryGetValue(folded[i], out var candidates) || (i > 0 && IsWord(folded[i - 1]) && IsWord(folded[i])))
            {
                continue;
            }

            foreach (var (phrase, payloads) in candidates)
            {
                var stop = i + phrase.Length;
                if (stop > end || string.CompareOrdinal(folded, i, phrase, 0, phrase.Length) != 0)
                {
                    continue;
                }

                if (stop < folded.Length && IsWord(folded[stop]) && IsWord(phrase[^1]))
                {
                    continue;
                }

                if (!allowOverlaps && i < blockedUntil)
                {
                    break;
                }

                foreach (var payload in payloads)
                {
                    found.Add(new PhraseMatch<T>(new TextSpan(i, stop), payload));
                }

                blockedUntil = Math.Max(blockedUntil, stop);
                if (!allowOverlaps)
                {
                    break;
                }
            }
        }

        return found;
    }

    private static bool IsWord(char c) => TextFolding.IsWordChar(c);
}
