using NewsExtract.Blocks;
using NewsExtract.Languages;
using NewsExtract.Related;

namespace NewsExtract.Classification;

/// <summary>
/// Reads a bulleted list of a text capture: each bulleted line opens an item (its headline), and up to two
/// unbulleted lines under it give its summary and its time, in that order.
/// </summary>
internal static class TextLists
{
    /// <summary>The items from <paramref name="start"/> on, and the index of the first block after the list.</summary>
    public static (List<RelatedLink> Items, int End) Read(IReadOnlyList<Block> blocks, int start, CompiledLexicon lexicon)
    {
        var items = new List<RelatedLink>();
        RelatedLink? current = null;
        var i = start;
        for (; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.IsListItem)
            {
                Add(items, current);
                current = new RelatedLink(block.Text);
            }
            else if (current is null || RelatedLists.IsHeading(block.Text, lexicon))
            {
                break;
            }
            else if (current.DateText is null && block.Metrics.Weight <= 30 && lexicon.DateLike.IsMatch(block.Text))
            {
                current = current with { DateText = block.Text };
            }
            else if (current.Summary is null && current.DateText is null && BlockClassifier.IsRunningText(block))
            {
                current = current with { Summary = block.Text };
            }
            else
            {
                break;
            }
        }

        Add(items, current);
        return (items, i);
    }

    private static void Add(List<RelatedLink> items, RelatedLink? item)
    {
        if (item is not null && item.Title.Length >= 4)
        {
            items.Add(item);
        }
    }
}
