using NewsExtract.Blocks;
using NewsExtract.Classification;
using NewsExtract.Languages;

namespace NewsExtract.Fields;

/// <summary>
/// Reads a text capture's related-articles list after the article: each bulleted line opens an item (its headline),
/// and the unbulleted lines under it give its summary and its time. Text captures have no addresses.
/// </summary>
internal static class TextRelatedExtractor
{
    /// <summary>How far after the article the list may begin (share bars, credits and the heading come first).</summary>
    private const int Reach = 12;

    public static IReadOnlyList<RelatedLink> Extract(IReadOnlyList<Block> blocks, ContentRange range, CompiledLexicon lexicon)
    {
        if (range.IsEmpty)
        {
            return [];
        }

        var start = ListStart(blocks, range.Last + 1, lexicon);
        if (start < 0)
        {
            return [];
        }

        var items = new List<RelatedLink>();
        RelatedLink? current = null;
        for (var i = start; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.IsListItem)
            {
                Add(items, current);
                current = block.Metrics.Weight >= 4 ? new RelatedLink(block.Text) : null;
            }
            else if (current is null || BlockClassifier.IsRelatedHeading(block.Text, lexicon))
            {
                break;
            }
            else if (current.DateText is null && block.Metrics.Weight <= 30 && LineCues.DateLike().IsMatch(block.Text))
            {
                current = current with { DateText = block.Text };
            }
            else if (current.Summary is null && current.DateText is null)
            {
                current = current with { Summary = block.Text };
            }
            else
            {
                break;
            }
        }

        Add(items, current);
        return items;
    }

    private static void Add(List<RelatedLink> items, RelatedLink? item)
    {
        if (item is not null)
        {
            items.Add(item);
        }
    }

    /// <summary>The first bulleted line after a related heading near the article's end, or -1.</summary>
    private static int ListStart(IReadOnlyList<Block> blocks, int from, CompiledLexicon lexicon)
    {
        for (var i = from; i < blocks.Count && i < from + Reach; i++)
        {
            if (BlockClassifier.IsRelatedHeading(blocks[i].Text, lexicon))
            {
                return i + 1 < blocks.Count && blocks[i + 1].IsListItem ? i + 1 : -1;
            }
        }

        return -1;
    }
}
