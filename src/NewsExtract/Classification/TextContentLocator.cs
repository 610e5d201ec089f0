using NewsExtract.Blocks;

namespace NewsExtract.Classification;

/// <summary>
/// Finds the article in a plain-text capture: the run of consecutive lines whose weights sum highest
/// (a maximum-subarray scan, linear in the number of lines).
/// </summary>
internal static class TextContentLocator
{
    public static ContentRange Locate(IReadOnlyList<double> weights)
    {
        double best = 0, current = 0, second = 0;
        int bestFirst = 0, bestLast = -1, start = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            if (current <= 0)
            {
                current = 0;
                start = i;
            }

            current += weights[i];
            if (current > best)
            {
                if (start != bestFirst)
                {
                    second = Math.Max(second, best);
                }

                best = current;
                bestFirst = start;
                bestLast = i;
            }
        }

        if (bestLast < 0)
        {
            return ContentRange.Empty;
        }

        var margin = second <= 0 ? 1 : Math.Clamp(1 - (second / best), 0, 1);
        return new ContentRange(bestFirst, bestLast, best, margin);
    }
}
