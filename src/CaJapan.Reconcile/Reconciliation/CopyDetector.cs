using System.Globalization;
using System.Runtime.InteropServices;
using CaJapan.Reconcile.Sources;
using CaJapan.Reconcile.Text;

namespace CaJapan.Reconcile.Reconciliation;

/// <summary>
/// Finds sources that are not independent voices: those that carry the same wire agency's copy, and those whose
/// texts share runs of words (word shingles) beyond what two reports of one event share by quoting the same
/// statement. Dependence on wording is the shingle containment |A ∩ B| / min(|A|, |B|), scaled linearly from 0 at
/// <see cref="IndependentBelow"/> to 1 at <see cref="CopyFrom"/>. Pairs are found through an index of shingles, so
/// the work grows with the text, not with the square of the number of sources.
/// </summary>
internal static class CopyDetector
{
    /// <summary>The number of words in a shingle.</summary>
    public const int ShingleWords = 6;

    /// <summary>The containment at and below which two texts are independent.</summary>
    public const double IndependentBelow = 0.15;

    /// <summary>The containment at and above which one text is taken to copy the other.</summary>
    public const double CopyFrom = 0.6;

    /// <summary>A shingle found in more sources than this is boilerplate (a standard sign-off), not evidence of copying.</summary>
    private const int MaxSourcesPerShingle = 64;

    /// <summary>Finds the pairs of dependent sources, in order of their identifiers.</summary>
    /// <param name="sources">The sources.</param>
    /// <param name="degree">How many threads may share the work; the result is the same for any.</param>
    /// <param name="cancellationToken">A token that cancels the work.</param>
    public static IReadOnlyList<SourceDependence> Detect(IReadOnlyList<Source> sources, int degree, CancellationToken cancellationToken)
    {
        var ordered = sources.Where(s => !string.IsNullOrEmpty(s.Id)).DistinctBy(s => s.Id).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        var found = new Dictionary<(int, int), SourceDependence>();
        foreach (var group in ordered.Select((s, i) => (Source: s, Index: i)).Where(x => !string.IsNullOrWhiteSpace(x.Source.WireOrigin))
                     .GroupBy(x => x.Source.WireOrigin!.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            var members = group.ToList();
            for (var a = 0; a < members.Count; a++)
            {
                for (var b = a + 1; b < members.Count; b++)
                {
                    found[(members[a].Index, members[b].Index)] = new SourceDependence(
                        [members[a].Source.Id, members[b].Source.Id],
                        DependenceReason.SharedWireOrigin,
                        1.0,
                        $"{members[a].Source.Id} and {members[b].Source.Id} both carry {group.Key} copy: one voice.");
                }
            }
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, degree), CancellationToken = cancellationToken };
        var shingles = new HashSet<ulong>[ordered.Count];
        Parallel.For(0, ordered.Count, parallel, i => shingles[i] = Shingles(ordered[i].Text));
        var shared = SharedShingles(shingles, parallel);
        for (var a = 0; a < shared.Length; a++)
        {
            foreach (var (b, containment, strength) in shared[a] ?? [])
            {
                if (found.TryGetValue((a, b), out var existing) && existing.Strength >= strength)
                {
                    continue;
                }

                found[(a, b)] = new SourceDependence(
                    [ordered[a].Id, ordered[b].Id],
                    DependenceReason.SharedWording,
                    strength,
                    string.Create(CultureInfo.InvariantCulture, $"{ordered[a].Id} and {ordered[b].Id} share {containment:P0} of their {ShingleWords}-word runs: {(strength >= 1 ? "one copies the other" : "partly the same words")}."));
            }
        }

        return [.. found.OrderBy(x => x.Key).Select(x => x.Value)];
    }

    /// <summary>
    /// Finds, for every source a, the sources b after it whose wording it depends on: those with which it shares
    /// enough shingles found in at most <see cref="MaxSourcesPerShingle"/> sources, in order of b, with the
    /// containment and the strength. Each source's shared shingles are counted in an array indexed by the other
    /// source, one step per shared shingle and pair, so no table of pairs is built; sources are counted in parallel.
    /// </summary>
    private static (int B, double Containment, double Strength)[]?[] SharedShingles(HashSet<ulong>[] shingles, ParallelOptions parallel)
    {
        // How many sources have each shingle; those in 2..MaxSourcesPerShingle sources are numbered.
        var sources = new Dictionary<ulong, int>();
        foreach (var set in shingles)
        {
            foreach (var shingle in set)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(sources, shingle, out _)++;
            }
        }

        var numbers = new Dictionary<ulong, int>();
        var offsets = new List<int> { 0 };
        foreach (var (shingle, count) in sources)
        {
            if (count is > 1 and <= MaxSourcesPerShingle)
            {
                numbers[shingle] = offsets.Count - 1;
                offsets.Add(offsets[^1] + count);
            }
        }

        // The sources of each numbered shingle, ascending, and the numbered shingles of each source.
        var members = new int[offsets[^1]];
        var filled = new int[offsets.Count - 1];
        var ofSource = new int[shingles.Length][];
        var own = new List<int>();
        for (var i = 0; i < shingles.Length; i++)
        {
            own.Clear();
            foreach (var shingle in shingles[i])
            {
                if (numbers.TryGetValue(shingle, out var number))
                {
                    members[offsets[number] + filled[number]++] = i;
                    own.Add(number);
                }
            }

            ofSource[i] = [.. own];
        }

        var result = new (int, double, double)[]?[shingles.Length];
        Parallel.For(
            0,
            shingles.Length,
            parallel,
            () => (Counts: new int[shingles.Length], Touched: new List<int>()),
            (a, _, local) =>
            {
                var (counts, touched) = local;
                foreach (var number in ofSource[a])
                {
                    for (var m = offsets[number]; m < offsets[number + 1]; m++)
                    {
                        var b = members[m];
                        if (b > a && counts[b]++ == 0)
                        {
                            touched.Add(b);
                        }
                    }
                }

                touched.Sort();
                List<(int, double, double)>? dependent = null;
                foreach (var b in touched)
                {
                    var containment = (double)counts[b] / Math.Min(shingles[a].Count, shingles[b].Count);
                    var strength = Math.Clamp((containment - IndependentBelow) / (CopyFrom - IndependentBelow), 0, 1);
                    if (strength > 0)
                    {
                        (dependent ??= []).Add((b, containment, strength));
                    }

                    counts[b] = 0;
                }

                touched.Clear();
                result[a] = dependent?.ToArray();
                return local;
            },
            _ => { });
        return result;
    }

    /// <summary>Hashes every run of <see cref="ShingleWords"/> consecutive words of a text, folded to lower case.</summary>
    internal static HashSet<ulong> Shingles(string text)
    {
        // The last ShingleWords word hashes, in a ring; each word from the sixth on closes a shingle.
        Span<ulong> words = stackalloc ulong[ShingleWords];
        var result = new HashSet<ulong>(text.Length / 7);
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !TextFolding.IsWordChar(text[i]))
            {
                i++;
            }

            var hash = 14695981039346656037UL;
            var any = false;
            while (i < text.Length && TextFolding.IsWordChar(text[i]))
            {
                hash = (hash ^ char.ToLowerInvariant(text[i])) * 1099511628211UL;
                any = true;
                i++;
            }

            if (!any)
            {
                continue;
            }

            words[count % ShingleWords] = hash;
            count++;
            if (count >= ShingleWords)
            {
                var shingle = 0UL;
                for (var k = 0; k < ShingleWords; k++)
                {
                    shingle = (shingle * 31) + words[(count - ShingleWords + k) % ShingleWords];
                }

                result.Add(shingle);
            }
        }

        return result;
    }
}
