using NewsExtract.Blocks;
using NewsExtract.Classification;
using NewsExtract.Fields;
using NewsExtract.Languages;

namespace NewsExtract.Related;

/// <summary>
/// The items of the page's related-article lists: in HTML, the blocks classified as related after a related heading,
/// with their links; in a text capture, the bulleted list under a related heading shortly after the article, each item
/// with its headline, summary and time as shown (text captures have no addresses).
/// </summary>
internal static class RelatedItems
{
    /// <summary>How far after the article a text capture's related heading may stand (share bars and credits come first).</summary>
    private const int TextReach = 12;

    /// <summary>The shortest item headline, in reading units (HTML) or characters (text).</summary>
    private const int MinTitle = 4;

    /// <summary>The longest line read as an item's time.</summary>
    private const int MaxTimeLine = 30;

    /// <summary>The related links of an HTML page, each once, resolved against <paramref name="baseUrl"/>; and for the diagnostics, under which headings.</summary>
    public static (IReadOnlyList<RelatedLink> Items, string Reason) FromHtml(IReadOnlyList<Block> blocks, Uri? baseUrl)
    {
        var result = new List<RelatedLink>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var headings = new List<string>();
        var afterHeading = false;
        foreach (var block in blocks)
        {
            if (block.Role == BlockRole.RelatedHeading)
            {
                afterHeading = true;
                headings.Add(block.Text);
                continue;
            }

            if (block.Role != BlockRole.Related || !afterHeading)
            {
                if (block.Role == BlockRole.Body)
                {
                    afterHeading = false;
                }

                continue;
            }

            if (block.Href is null || block.Metrics.ReadingLength < MinTitle)
            {
                continue;
            }

            // A repeated title is dropped before its link is resolved.
            if (seen.Add(block.Text))
            {
                result.Add(new RelatedLink(block.Text, UrlResolver.Resolve(block.Href, baseUrl)));
            }
        }

        var reason = headings.Count == 0 ? "no related heading"
            : $"{result.Count} linked items under {string.Join(", ", headings.Distinct(StringComparer.Ordinal).Select(h => $"\"{h}\""))}";
        return (result, reason);
    }

    /// <summary>The items of a text capture's related list after the article, or none; and for the diagnostics, where they were read.</summary>
    public static (IReadOnlyList<RelatedLink> Items, string Reason) FromText(IReadOnlyList<Block> blocks, ContentRange range, CompiledLexicon lexicon)
    {
        if (range.IsEmpty)
        {
            return ([], "no article located");
        }

        for (var i = range.Last + 1; i < blocks.Count && i <= range.Last + TextReach; i++)
        {
            if (RelatedLists.IsHeading(blocks[i].Text, lexicon))
            {
                if (i + 1 >= blocks.Count || !blocks[i + 1].IsListItem)
                {
                    return ([], $"the related heading \"{blocks[i].Text}\" has no bulleted list under it");
                }

                var items = ReadTextList(blocks, i + 1, lexicon).Items;
                return (items, $"{items.Count} items of the bulleted list under \"{blocks[i].Text}\"");
            }
        }

        return ([], $"no related heading within {TextReach} lines after the article");
    }

    /// <summary>
    /// A bulleted list of a text capture from <paramref name="start"/> on: each bulleted line opens an item (its headline),
    /// and up to two unbulleted lines under it give its summary and its time, in that order. Returns the items and the
    /// index of the first block after the list.
    /// </summary>
    public static (List<RelatedLink> Items, int End) ReadTextList(IReadOnlyList<Block> blocks, int start, CompiledLexicon lexicon)
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
            else if (current.DateText is null && block.Metrics.ReadingLength <= MaxTimeLine && lexicon.DateLike.IsMatch(block.Text))
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
        if (item is not null && item.Title.Length >= MinTitle)
        {
            items.Add(item);
        }
    }
}
