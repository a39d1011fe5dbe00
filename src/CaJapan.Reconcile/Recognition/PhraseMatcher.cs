using System.Buffers;
using CaJapan.Reconcile.Text;

namespace CaJapan.Reconcile.Recognition;

/// <summary>A phrase found in a text, with the payload the phrase was registered with.</summary>
internal readonly record struct PhraseMatch<T>(TextSpan Span, T Payload);

/// <summary>
/// The part of a phrase matcher that does not depend on its payloads: its folded phrases, and the slot it was given
/// in the <see cref="PhraseScanner"/> that compiled it with the other matchers of a pack.
/// </summary>
internal abstract class PhraseMatcher
{
    /// <summary>Gets the distinct folded phrases, each at the index the matcher's occurrences name it by.</summary>
    public abstract IReadOnlyList<string> Phrases { get; }

    /// <summary>Gets or sets the scanner that compiled this matcher with others, and its slot there.</summary>
    internal (PhraseScanner Scanner, int Slot)? Compiled { get; set; }
}

/// <summary>
/// Finds whole-word occurrences of many phrases in folded text (see <see cref="TextFolding"/>). Phrases are compiled
/// into a trie, so each position of the text is walked only as far as some phrase still fits. Where matches overlap,
/// the longest wins. Immutable and thread-safe after construction.
/// </summary>
/// <remarks>
/// A document read by many queries is scanned once for the phrases of every matcher of its pack
/// (<see cref="PhraseScanner.Scan"/>); a query over a part of it then replays the occurrences in that part, with the
/// same result as scanning the part itself.
/// </remarks>
internal sealed class PhraseMatcher<T> : PhraseMatcher
{
    private readonly string[] phrases;
    private readonly T[][] payloads;
    private readonly PhraseScanner own;

    public PhraseMatcher(IEnumerable<(string Phrase, T Payload)> phrases)
    {
        var grouped = phrases
            .Select(p => (Phrase: TextFolding.Fold(p.Phrase.Trim()), p.Payload))
            .Where(p => p.Phrase.Length > 0)
            .GroupBy(p => p.Phrase, StringComparer.Ordinal)
            .Select(g => (Phrase: g.Key, Payloads: g.Select(p => p.Payload).Distinct().ToArray()))
            .ToArray();
        this.phrases = [.. grouped.Select(g => g.Phrase)];
        payloads = [.. grouped.Select(g => g.Payloads)];
        own = new PhraseScanner([this], assignSlots: false);
    }

    public bool IsEmpty => phrases.Length == 0;

    public override IReadOnlyList<string> Phrases => phrases;

    /// <summary>Finds every match in <paramref name="folded"/> between <paramref name="start"/> and <paramref name="end"/>, longest first where they overlap.</summary>
    public List<PhraseMatch<T>> FindAll(string folded, int start = 0, int end = -1, bool allowOverlaps = false)
    {
        end = end < 0 ? folded.Length : end;
        var found = new List<PhraseMatch<T>>();
        if (start < end)
        {
            var occurrences = own.Scan(folded, start, end);
            Replay(occurrences.Of(0), start, end, allowOverlaps, found);
        }

        return found;
    }

    /// <summary>
    /// Finds every match in a part of a document that was scanned with <see cref="PhraseScanner.Scan"/> by the scanner
    /// this matcher was compiled into: the same matches as <see cref="FindAll(string, int, int, bool)"/> on the folded
    /// text, without reading the text again.
    /// </summary>
    public List<PhraseMatch<T>> FindAll(PhraseOccurrences document, int start, int end, bool allowOverlaps = false)
    {
        var found = new List<PhraseMatch<T>>();
        if (start < end)
        {
            Replay(document.Of(this), start, end, allowOverlaps, found);
        }

        return found;
    }

    /// <summary>
    /// Enumerates the matches in a part of a scanned document without collecting them: the same matches, in the same
    /// order, as <see cref="FindAll(PhraseOccurrences, int, int, bool)"/>.
    /// </summary>
    public MatchEnumerable Matches(PhraseOccurrences document, int start, int end, bool allowOverlaps = false)
        => new(document.Of(this), payloads, start, end, allowOverlaps);

    /// <summary>Gets whether any phrase occurs in a part of a scanned document.</summary>
    public bool Any(PhraseOccurrences document, int start, int end)
    {
        if (start >= end)
        {
            return false;
        }

        var occurrences = document.Of(this);
        for (var k = PhraseOccurrences.FirstAtOrAfter(occurrences, start); k < occurrences.Length && occurrences[k].Start < end; k++)
        {
            if (occurrences[k].Stop <= end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The matches in a part of a scanned document, for <see langword="foreach"/>.</summary>
    internal readonly ref struct MatchEnumerable(ReadOnlySpan<PhraseOccurrence> occurrences, T[][] payloads, int start, int end, bool allowOverlaps)
    {
        private readonly ReadOnlySpan<PhraseOccurrence> occurrences = occurrences;

        public MatchEnumerator GetEnumerator() => new(occurrences, payloads, start, end, allowOverlaps);
    }

    /// <summary>Replays the occurrences in a part as <see cref="Replay"/> does, one match at a time.</summary>
    internal ref struct MatchEnumerator
    {
        private readonly ReadOnlySpan<PhraseOccurrence> occurrences;
        private readonly T[][] payloads;
        private readonly int end;
        private readonly bool allowOverlaps;
        private int next;
        private int blockedUntil;
        private int position;
        private bool positionDone;
        private T[] current;
        private int payload;
        private TextSpan span;

        public MatchEnumerator(ReadOnlySpan<PhraseOccurrence> occurrences, T[][] payloads, int start, int end, bool allowOverlaps)
        {
            this.occurrences = occurrences;
            this.payloads = payloads;
            this.end = end;
            this.allowOverlaps = allowOverlaps;
            next = start < end ? PhraseOccurrences.FirstAtOrAfter(occurrences, start) : occurrences.Length;
            blockedUntil = start;
            position = -1;
            current = [];
            payload = 0;
        }

        public readonly PhraseMatch<T> Current => new(span, current[payload - 1]);

        public bool MoveNext()
        {
            if (payload < current.Length)
            {
                payload++;
                return true;
            }

            for (; next < occurrences.Length; next++)
            {
                var occurrence = occurrences[next];
                if (occurrence.Start >= end)
                {
                    break;
                }

                if (occurrence.Start != position)
                {
                    position = occurrence.Start;
                    positionDone = false;
                }

                if (positionDone || occurrence.Stop > end)
                {
                    continue;
                }

                if (!allowOverlaps && occurrence.Start < blockedUntil)
                {
                    positionDone = true;
                    continue;
                }

                span = new TextSpan(occurrence.Start, occurrence.Stop);
                current = payloads[occurrence.Phrase];
                payload = 1;
                blockedUntil = Math.Max(blockedUntil, occurrence.Stop);
                positionDone = !allowOverlaps;
                next++;
                return true;
            }

            current = [];
            payload = 0;
            return false;
        }
    }

    /// <summary>
    /// Replays the occurrences that start in [<paramref name="start"/>, <paramref name="end"/>) as a scan of that part
    /// would take them: at each position the longest phrase that ends within the part, unless an earlier match still
    /// covers the position (when overlaps are not allowed).
    /// </summary>
    private void Replay(ReadOnlySpan<PhraseOccurrence> occurrences, int start, int end, bool allowOverlaps, List<PhraseMatch<T>> found)
    {
        foreach (var match in new MatchEnumerable(occurrences, payloads, start, end, allowOverlaps))
        {
            found.Add(match);
        }
    }
}

/// <summary>One whole-word occurrence of a phrase: where it starts and stops, and the phrase's index in its matcher.</summary>
/// <param name="Start">The offset of the first character.</param>
/// <param name="Stop">The offset after the last character.</param>
/// <param name="Phrase">The index of the phrase in <see cref="PhraseMatcher.Phrases"/>.</param>
internal readonly record struct PhraseOccurrence(int Start, int Stop, int Phrase);

/// <summary>
/// Every occurrence of the phrases of a scanner's matchers in one text, per matcher, in order of position and, at one
/// position, longest first. Immutable.
/// </summary>
internal sealed class PhraseOccurrences
{
    private readonly PhraseScanner scanner;
    private readonly PhraseOccurrence[] occurrences;
    private readonly int[] offsets;

    internal PhraseOccurrences(PhraseScanner scanner, PhraseOccurrence[] occurrences, int[] offsets)
    {
        this.scanner = scanner;
        this.occurrences = occurrences;
        this.offsets = offsets;
    }

    /// <summary>Gets the occurrences of one matcher, which must have been compiled into the scanner that made these.</summary>
    /// <param name="matcher">The matcher.</param>
    /// <returns>Its occurrences.</returns>
    public ReadOnlySpan<PhraseOccurrence> Of(PhraseMatcher matcher)
    {
        if (matcher.Compiled is not { } compiled || compiled.Scanner != scanner)
        {
            throw new InvalidOperationException("The matcher was not compiled into the scanner that scanned this text.");
        }

        return Of(compiled.Slot);
    }

    internal ReadOnlySpan<PhraseOccurrence> Of(int slot) => occurrences.AsSpan(offsets[slot], offsets[slot + 1] - offsets[slot]);

    /// <summary>Gets the index of the first occurrence that starts at or after an offset (binary search).</summary>
    /// <param name="occurrences">Occurrences in order of start.</param>
    /// <param name="start">The offset.</param>
    /// <returns>The index, or the length when there is none.</returns>
    public static int FirstAtOrAfter(ReadOnlySpan<PhraseOccurrence> occurrences, int start)
    {
        var (lo, hi) = (0, occurrences.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (occurrences[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}

/// <summary>
/// Several phrase matchers compiled into one trie of folded characters, so that one pass over a text finds the
/// whole-word occurrences of every phrase of every matcher. Immutable and thread-safe after construction.
/// </summary>
internal sealed class PhraseScanner
{
    private const int NoNode = -1;

    /// <summary>ASCII letters and digits: the word characters a scan passes over in bulk inside a word.</summary>
    private static readonly SearchValues<char> AsciiWordChars = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private readonly int matcherCount;

    /// <summary>The node each ASCII character leads to from the root, or <see cref="NoNode"/>.</summary>
    private readonly int[] asciiRoot = new int[128];

    /// <summary>The node each other character leads to from the root.</summary>
    private readonly Dictionary<char, int> otherRoot = [];

    /// <summary>
    /// The pairs of ASCII characters some phrase starts with, one bit per pair (first * 128 + second), so that a
    /// position whose next character cannot continue any phrase is passed without walking the trie.
    /// </summary>
    private readonly ulong[] asciiPairs = new ulong[128 * 128 / 64];

    /// <summary>The ASCII characters that start a phrase of one character or one whose second character is not ASCII: always walked.</summary>
    private readonly bool[] walkAlways = new bool[128];

    // Per node, its edges: edgeChars[firstEdge[n] .. firstEdge[n + 1]) in ascending order, each to edgeTargets; and
    // the phrases that end there: terminalSlots/terminalPhrases[firstTerminal[n] .. firstTerminal[n + 1]).
    private readonly int[] firstEdge;
    private readonly char[] edgeChars;
    private readonly int[] edgeTargets;
    private readonly int[] firstTerminal;
    private readonly int[] terminalSlots;
    private readonly int[] terminalPhrases;

    /// <summary>Initializes a new instance of the <see cref="PhraseScanner"/> class.</summary>
    /// <param name="matchers">The matchers; each is given its slot here when <paramref name="assignSlots"/>.</param>
    /// <param name="assignSlots">Whether the matchers' occurrences in documents scanned by this scanner are read through it.</param>
    public PhraseScanner(IReadOnlyList<PhraseMatcher> matchers, bool assignSlots = true)
    {
        matcherCount = matchers.Count;
        Array.Fill(asciiRoot, NoNode);
        var children = new List<SortedDictionary<char, int>>();
        var ends = new List<List<(int Slot, int Phrase)>>();
        int NewNode()
        {
            children.Add([]);
            ends.Add([]);
            return children.Count - 1;
        }

        for (var slot = 0; slot < matchers.Count; slot++)
        {
            var phrases = matchers[slot].Phrases;
            for (var p = 0; p < phrases.Count; p++)
            {
                var phrase = phrases[p];
                var c = phrase[0];
                if (c < 128 && (phrase.Length == 1 || phrase[1] >= 128))
                {
                    walkAlways[c] = true;
                }
                else if (c < 128)
                {
                    var pair = (c * 128) + phrase[1];
                    asciiPairs[pair >> 6] |= 1UL << (pair & 63);
                }

                int node;
                if (c < 128)
                {
                    node = asciiRoot[c] == NoNode ? asciiRoot[c] = NewNode() : asciiRoot[c];
                }
                else if (!otherRoot.TryGetValue(c, out node))
                {
                    node = otherRoot[c] = NewNode();
                }

                for (var k = 1; k < phrase.Length; k++)
                {
                    if (!children[node].TryGetValue(phrase[k], out var child))
                    {
                        child = NewNode();
                        children[node][phrase[k]] = child;
                    }

                    node = child;
                }

                ends[node].Add((slot, p));
            }

            if (assignSlots)
            {
                if (matchers[slot].Compiled is not null)
                {
                    throw new InvalidOperationException("A phrase matcher can be compiled into one scanner only.");
                }

                matchers[slot].Compiled = (this, slot);
            }
        }

        firstEdge = new int[children.Count + 1];
        firstTerminal = new int[children.Count + 1];
        for (var n = 0; n < children.Count; n++)
        {
            firstEdge[n + 1] = firstEdge[n] + children[n].Count;
            firstTerminal[n + 1] = firstTerminal[n] + ends[n].Count;
        }

        edgeChars = [.. children.SelectMany(c => c.Keys)];
        edgeTargets = [.. children.SelectMany(c => c.Values)];
        terminalSlots = [.. ends.SelectMany(e => e.Select(t => t.Slot))];
        terminalPhrases = [.. ends.SelectMany(e => e.Select(t => t.Phrase))];
    }

    /// <summary>Finds every occurrence of every phrase that starts in [<paramref name="start"/>, <paramref name="end"/>) and stops by <paramref name="end"/>.</summary>
    /// <param name="folded">The folded text.</param>
    /// <param name="start">The offset to start at.</param>
    /// <param name="end">The offset no occurrence may pass; -1 for the end of the text.</param>
    /// <returns>The occurrences, per matcher in order of position and, at one position, longest first.</returns>
    public PhraseOccurrences Scan(string folded, int start = 0, int end = -1)
    {
        end = end < 0 ? folded.Length : end;
        var text = folded.AsSpan();
        var found = new List<(int Slot, PhraseOccurrence Occurrence)>(Math.Max(4, (end - start) / 16));
        var counts = new int[matcherCount + 1];
        var i = start;
        var previousIsWord = i > 0 && TextFolding.IsWordChar(text[i - 1]);
        while (i < end)
        {
            var c = text[i];
            var isWord = TextFolding.IsWordChar(c);
            if (previousIsWord && isWord)
            {
                // Inside a word no phrase starts: pass its ASCII letters and digits at once.
                var rest = text.Slice(i + 1, end - i - 1).IndexOfAnyExcept(AsciiWordChars);
                i = rest < 0 ? end : i + 1 + rest;
                continue;
            }

            var node = c < 128 ? asciiRoot[c] : otherRoot.GetValueOrDefault(c, NoNode);
            if (node != NoNode && c < 128 && !walkAlways[c])
            {
                // Every phrase that starts here has at least two characters, the second ASCII.
                var next = i + 1 < end ? text[i + 1] : '\uFFFF';
                var pair = (c * 128) + next;
                if (next >= 128 ? i + 1 >= end : (asciiPairs[pair >> 6] & (1UL << (pair & 63))) == 0)
                {
                    node = NoNode;
                }
            }

            var firstAtPosition = found.Count;
            var j = i;
            while (node != NoNode)
            {
                var stop = j + 1;
                if (firstTerminal[node] < firstTerminal[node + 1]
                    && !(stop < text.Length && TextFolding.IsWordChar(text[stop]) && TextFolding.IsWordChar(text[j])))
                {
                    for (var t = firstTerminal[node]; t < firstTerminal[node + 1]; t++)
                    {
                        found.Add((terminalSlots[t], new PhraseOccurrence(i, stop, terminalPhrases[t])));
                        counts[terminalSlots[t] + 1]++;
                    }
                }

                if (stop >= end)
                {
                    break;
                }

                node = Child(node, text[stop]);
                j = stop;
            }

            // Longest first at each position, as a scan that tries the longest phrase first takes them.
            if (found.Count - firstAtPosition > 1)
            {
                found.Reverse(firstAtPosition, found.Count - firstAtPosition);
            }

            previousIsWord = isWord;
            i++;
        }

        for (var slot = 0; slot < matcherCount; slot++)
        {
            counts[slot + 1] += counts[slot];
        }

        var offsets = (int[])counts.Clone();
        var sorted = new PhraseOccurrence[found.Count];
        foreach (var (slot, occurrence) in found)
        {
            sorted[counts[slot]++] = occurrence;
        }

        return new PhraseOccurrences(this, sorted, offsets);
    }

    private int Child(int node, char c)
    {
        var (lo, hi) = (firstEdge[node], firstEdge[node + 1]);
        if (hi - lo <= 8)
        {
            for (var e = lo; e < hi; e++)
            {
                if (edgeChars[e] == c)
                {
                    return edgeTargets[e];
                }
            }

            return NoNode;
        }

        var at = Array.BinarySearch(edgeChars, lo, hi - lo, c);
        return at >= 0 ? edgeTargets[at] : NoNode;
    }
}
