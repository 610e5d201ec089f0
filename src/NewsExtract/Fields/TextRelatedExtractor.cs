using NewsExtract.Blocks;
using NewsExtract.Classification;
using NewsExtract.Languages;
using NewsExtract.Related;

namespace NewsExtract.Fields;

/// <summary>
/// Reads a text capture's related-articles list: the bulleted list under a related heading shortly after the
/// article, each item with its headline, summary and time as shown. Text captures have no addresses.
/// </summary>
internal static class TextRelatedExtractor
{
    /// <summary>How far after the article the heading may stand (share bars and credits come first).</summary>
    private const int Reach = 12;

    public static IReadOnlyList<RelatedLink> Extract(IReadOnlyList<Block> blocks, ContentRange range, CompiledLexicon lexicon)
    {
        if (range.IsEmpty)
        {
            return [];
        }

        for (var i = range.Last + 1; i < blocks.Count && i <= range.Last + Reach; i++)
        {
            if (RelatedLists.IsHeading(blocks[i].Text, lexicon))
            {
                return i + 1 < blocks.Count && blocks[i + 1].IsListItem ? TextLists.Read(blocks, i + 1, lexicon).Items : [];
            }
        }

        return [];
    }
}
