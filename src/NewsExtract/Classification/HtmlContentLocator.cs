using System.Runtime.InteropServices;
using NewsExtract.Blocks;
using NewsExtract.Html;
using NewsExtract.Text;

namespace NewsExtract.Classification;

/// <summary>
/// Finds the element that holds the article: the DOM subtree whose blocks' weights sum highest. Boilerplate blocks
/// weigh negative, so a container that takes in a related list or a footer scores lower than one that stops before it.
/// Cost: one pass over the blocks, each adding its weight to its ancestors (looking up only those it does not share with
/// the block before).
/// </summary>
internal static class HtmlContentLocator
{
    // Above this many elements a page's scratch is not kept for the next page.
    private const int KeepScratchUpTo = 1 << 16;

    // Per thread, reused page after page and emptied after each: the bookkeeping was a dictionary and lists grown anew
    // for every page (600 KB of garbage on a 500 KB page).
    public static ContentRange Locate(IReadOnlyList<Block> blocks, IReadOnlyList<double> weights)
    {
        using var scratch = ThreadScratch<Scratch>.Rent();
        return Locate(blocks, weights, scratch.Value);
    }

    private static ContentRange Locate(IReadOnlyList<Block> blocks, IReadOnlyList<double> weights, Scratch scratch)
    {
        // Tallies in first-seen order (each block's element, then its ancestors upward), as a dictionary would enumerate
        // them. Each element's score adds its blocks' weights in block order, so the sums are bit-for-bit the same
        // whatever the bookkeeping. Consecutive blocks share most of their ancestors: a block's chain is walked up only
        // to the first ancestor on the previous block's chain.
        var tallies = scratch.Tallies;
        var chain = scratch.Chain;           // the current block's element and its ancestors, root first
        var chainTally = scratch.ChainTally; // their tally indices
        var fresh = scratch.Fresh;           // the elements of the chain below the part shared with the previous block, deepest first
        for (var i = 0; i < blocks.Count; i++)
        {
            var weight = weights[i];
            fresh.Clear();
            var shared = 0;
            for (var element = blocks[i].Element; element is not null; element = element.Parent)
            {
                var known = TallyOf(tallies, element);
                if (known >= 0 && tallies[known].Depth < chain.Count && ReferenceEquals(chain[tallies[known].Depth], element))
                {
                    shared = tallies[known].Depth + 1;
                    break;
                }

                fresh.Add(element);
            }

            chain.RemoveRange(shared, chain.Count - shared);
            chainTally.RemoveRange(shared, chainTally.Count - shared);

            // Deepest first, as the dictionary saw them: new elements are numbered in that order.
            var depth = shared + fresh.Count - 1;
            foreach (var element in fresh)
            {
                var t = TallyOf(tallies, element);
                if (t < 0)
                {
                    element.ScratchIndex = tallies.Count;
                    tallies.Add(new Tally { Element = element, Score = weight, First = i, Last = i, Depth = depth, Parent = -1 });
                }
                else
                {
                    ref var tally = ref CollectionsMarshal.AsSpan(tallies)[t];
                    tally.Score += weight;
                    tally.Last = i;
                }

                depth--;
            }

            var all = CollectionsMarshal.AsSpan(tallies);
            for (var k = shared - 1; k >= 0; k--)
            {
                ref var tally = ref all[chainTally[k]];
                tally.Score += weight;
                tally.Last = i;
            }

            for (var j = fresh.Count - 1; j >= 0; j--)
            {
                chain.Add(fresh[j]);
                chainTally.Add(fresh[j].ScratchIndex);
            }

            for (var k = Math.Max(1, shared); k < chain.Count; k++)
            {
                ref var tally = ref all[chainTally[k]];
                if (tally.Parent < 0)
                {
                    tally.Parent = chainTally[k - 1];
                }
            }
        }

        var best = -1;
        double runnerUp = 0;
        for (var t = 0; t < tallies.Count; t++)
        {
            var tally = tallies[t];
            if (best < 0 || tally.Score > tallies[best].Score + 1e-9
                || (Math.Abs(tally.Score - tallies[best].Score) < 1e-9 && tally.Depth > tallies[best].Depth))
            {
                if (best >= 0 && !Nested(tallies, best, t))
                {
                    runnerUp = Math.Max(runnerUp, tallies[best].Score);
                }

                best = t;
            }
            else if (!Nested(tallies, best, t))
            {
                runnerUp = Math.Max(runnerUp, tally.Score);
            }
        }

        if (best < 0 || tallies[best].Score <= 0)
        {
            return ContentRange.Empty;
        }

        var bestTally = tallies[best];
        var margin = runnerUp <= 0 ? 1 : Math.Clamp(1 - (runnerUp / bestTally.Score), 0, 1);
        return new ContentRange(bestTally.First, bestTally.Last, bestTally.Score, margin);
    }

    // The element's tally, or -1 when it has none (its scratch index may be another pass's).
    private static int TallyOf(List<Tally> tallies, HtmlElement element)
    {
        var t = element.ScratchIndex;
        return t >= 0 && t < tallies.Count && ReferenceEquals(tallies[t].Element, element) ? t : -1;
    }

    // One element contains the other (or they are the same): walk the deeper one up to the other's depth.
    private static bool Nested(List<Tally> tallies, int a, int b)
    {
        if (tallies[a].Depth < tallies[b].Depth)
        {
            (a, b) = (b, a);
        }

        var depth = tallies[b].Depth;
        while (tallies[a].Depth > depth)
        {
            a = tallies[a].Parent;
        }

        return a == b;
    }

    /// <summary>The locator's working collections, kept per thread between pages.</summary>
    private sealed class Scratch : IScratch
    {
        public List<Tally> Tallies { get; } = [];
        public List<HtmlElement> Chain { get; } = [];
        public List<int> ChainTally { get; } = [];
        public List<HtmlElement> Fresh { get; } = [];

        /// <summary>Empties every collection (letting go of the page's elements); false when the page had too many to keep.</summary>
        public bool Reset()
        {
            var count = Tallies.Count;
            Tallies.Clear();
            Chain.Clear();
            ChainTally.Clear();
            Fresh.Clear();
            return count <= KeepScratchUpTo;
        }
    }

    private struct Tally
    {
        public HtmlElement Element;
        public double Score;
        public int First;
        public int Last;
        public int Depth;  // ancestors above the element
        public int Parent; // the parent element's tally, -1 for the root
    }
}
