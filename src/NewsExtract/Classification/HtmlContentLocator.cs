using AngleSharp.Dom;
using NewsExtract.Blocks;

namespace NewsExtract.Classification;

/// <summary>
/// Finds the element that holds the article: the DOM subtree whose blocks' weights sum highest. Boilerplate blocks
/// weigh negative, so a container that takes in a related list or a footer scores lower than one that stops before it.
/// Cost: one pass over the blocks, each adding its weight to its ancestors.
/// </summary>
internal static class HtmlContentLocator
{
    public static ContentRange Locate(IReadOnlyList<Block> blocks, IReadOnlyList<double> weights)
    {
        var scores = new Dictionary<IElement, Tally>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < blocks.Count; i++)
        {
            var weight = weights[i];
            for (var element = blocks[i].Element; element is not null; element = element.ParentElement)
            {
                if (scores.TryGetValue(element, out var tally))
                {
                    tally.Score += weight;
                    tally.Last = i;
                }
                else
                {
                    scores[element] = new Tally { Score = weight, First = i, Last = i, Depth = -1 };
                }
            }
        }

        IElement? best = null;
        Tally? bestTally = null;
        double runnerUp = 0;
        foreach (var (element, tally) in scores)
        {
            if (bestTally is null || tally.Score > bestTally.Score + 1e-9
                || (Math.Abs(tally.Score - bestTally.Score) < 1e-9 && Depth(element, tally) > Depth(best!, bestTally)))
            {
                if (bestTally is not null && !Nested(best!, element))
                {
                    runnerUp = Math.Max(runnerUp, bestTally.Score);
                }

                best = element;
                bestTally = tally;
            }
            else if (!Nested(best!, element))
            {
                runnerUp = Math.Max(runnerUp, tally.Score);
            }
        }

        if (bestTally is null || bestTally.Score <= 0)
        {
            return ContentRange.Empty;
        }

        var margin = runnerUp <= 0 ? 1 : Math.Clamp(1 - (runnerUp / bestTally.Score), 0, 1);
        return new ContentRange(bestTally.First, bestTally.Last, bestTally.Score, margin);
    }

    private static int Depth(IElement element, Tally tally)
    {
        if (tally.Depth < 0)
        {
            var depth = 0;
            for (var e = element.ParentElement; e is not null; e = e.ParentElement)
            {
                depth++;
            }

            tally.Depth = depth;
        }

        return tally.Depth;
    }

    private static bool Nested(IElement a, IElement b) => a.Contains(b) || b.Contains(a);

    private sealed class Tally
    {
        public double Score { get; set; }
        public int First { get; set; }
        public int Last { get; set; }
        public int Depth { get; set; }
    }
}
