using NewsExtract.Blocks;
using NewsExtract.Classification;
using NewsExtract.Text;

namespace NewsExtract.Fields;

/// <summary>
/// Chooses the headline of a plain-text capture: a headline-shaped line before the article (no sentence-final
/// punctuation, neither a label nor a run of short words), preferring one the page repeats further down (its own
/// related list), and the one nearest the article otherwise.
/// </summary>
internal static class TextTitleExtractor
{
    public static (string Title, string Reason) Choose(IReadOnlyList<Block> blocks, ContentRange range)
    {
        if (range.IsEmpty)
        {
            return ("", "no article located");
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            var key = TextKey.Of(block.Text);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        Block? nearest = null;
        for (var i = Math.Min(range.First, blocks.Count - 1); i >= 0 && i >= range.First - 12; i--)
        {
            var block = blocks[i];
            if (!IsHeadlineShaped(block))
            {
                continue;
            }

            if (counts[TextKey.Of(block.Text)] > 1)
            {
                return (block.Text, "headline line repeated further down the page");
            }

            nearest ??= block;
        }

        return nearest is null ? ("", "no headline-shaped line before the article") : (nearest.Text, "headline-shaped line nearest the article");
    }

    private static bool IsHeadlineShaped(Block block)
    {
        var units = block.Metrics.Weight;
        if (units is < 6 or > 60 || block.IsListItem || BlockClassifier.EndsSentence(block.Text) && !block.Text.EndsWith('”') && !block.Text.EndsWith('?') && !block.Text.EndsWith('？'))
        {
            return false;
        }

        // A tag cloud or a menu: many short words separated by spaces.
        var words = block.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var cjkHeavy = block.Metrics.Cjk > block.Metrics.Latin;
        if (cjkHeavy && words.Length >= 4 && words.Average(w => w.Length) <= 3)
        {
            return false;
        }

        return !LineCues.PlayerReadout().IsMatch(block.Text) && !LineCues.DateLike().IsMatch(block.Text);
    }
}
