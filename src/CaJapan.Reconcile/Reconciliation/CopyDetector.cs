using System.Globalization;
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

    public static IReadOnlyList<SourceDependence> Detect(IReadOnlyList<Source> sources, CancellationToken cancellationToken)
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

        var shingles = ordered.Select(s => Shingles(s.Text)).ToList();
        var postings = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < shingles.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var shingle in shingles[i])
            {
                if (!postings.TryGetValue(shingle, out var list))
                {
                    postings[shingle] = list = [];
                }

                list.Add(i);
            }
        }

        var shared = new Dictionary<(int, int), int>();
        foreach (var list in postings.Values.Where(l => l.Count is > 1 and <= MaxSourcesPerShingle))
        {
            for (var a = 0; a < list.Count; a++)
            {
                for (var b = a + 1; b < list.Count; b++)
                {
                    var key = (list[a], list[b]);
                    shared[key] = shared.GetValueOrDefault(key) + 1;
                }
            }
        }

        foreach (var ((a, b), count) in shared.OrderBy(x => x.Key))
        {
            var containment = (double)count / Math.Min(shingles[a].Count, shingles[b].Count);
            var strength = Math.Clamp((containment - IndependentBelow) / (CopyFrom - IndependentBelow), 0, 1);
            if (strength <= 0 || (found.TryGetValue((a, b), out var existing) && existing.Strength >= strength))
            {
                continue;
            }

            found[(a, b)] = new SourceDependence(
                [ordered[a].Id, ordered[b].Id],
                DependenceReason.SharedWording,
                strength,
                string.Create(CultureInfo.InvariantCulture, $"{ordered[a].Id} and {ordered[b].Id} share {containment:P0} of their {ShingleWords}-word runs: {(strength >= 1 ? "one copies the other" : "partly the same words")}."));
        }

        return [.. found.OrderBy(x => x.Key).Select(x => x.Value)];
    }

    /// <summary>Hashes every run of <see cref="ShingleWords"/> consecutive words of a text, folded to lower case.</summary>
    internal static HashSet<ulong> Shingles(string text)
    {
        var words = new List<ulong>();
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

            if (any)
            {
                words.Add(hash);
            }
        }

        var result = new HashSet<ulong>();
        for (var w = 0; w + ShingleWords <= words.Count; w++)
        {
            var hash = 0UL;
            for (var k = 0; k < ShingleWords; k++)
            {
                hash = (hash * 31) + words[w + k];
            }

            result.Add(hash);
        }

        return result;
    }
}
