using NewsExtract.Blocks;
using NewsExtract.Classification;
using NewsExtract.Metadata;

namespace NewsExtract.Fields;

/// <summary>
/// Decides whether a page is one article: enough running text in one place, not a page of link lists and teasers
/// (home, section and list pages).
/// </summary>
internal static class ArticleJudge
{
    public static (bool IsArticle, string Reason) Judge(IReadOnlyList<Block> blocks, IReadOnlyList<Paragraph> paragraphs, ContentRange range, PageMetadata metadata)
    {
        if (paragraphs.Count == 0)
        {
            return (false, "no body text");
        }

        var bodyUnits = 0;
        var longest = 0;
        var bodyBlocks = 0;
        var teasers = 0;
        foreach (var block in blocks)
        {
            if (block.Role == BlockRole.Body)
            {
                bodyUnits += block.Metrics.Weight;
                longest = Math.Max(longest, block.Metrics.Weight);
                bodyBlocks++;
                teasers += block.IsTeaser ? 1 : 0;
            }
        }

        // A list page: most of what looks like body is headline-and-summary teasers.
        if (teasers >= 3 && teasers * 3 >= bodyBlocks)
        {
            return (false, $"{teasers} of {bodyBlocks} body blocks are teasers under linked headlines");
        }

        // Teaser lists: many short link items around a little text. Compare link text with body text over the page.
        long pageLinkChars = 0, pageChars = 0;
        foreach (var block in blocks)
        {
            pageLinkChars += block.LinkChars;
            pageChars += block.Metrics.Chars;
        }

        var pageLinkShare = pageChars == 0 ? 0 : (double)pageLinkChars / pageChars;
        var bodyShare = pageChars == 0 ? 0 : (double)bodyUnits / pageChars;
        if (bodyUnits >= 150 && longest >= 40)
        {
            return (true, $"body of {bodyUnits} units, longest paragraph {longest}");
        }

        if (metadata.DeclaresArticle && bodyUnits >= 60)
        {
            return (true, $"metadata declares an article; body of {bodyUnits} units");
        }

        return (false, $"too little running text ({bodyUnits} units, longest {longest}, page link share {pageLinkShare:F2}, body share {bodyShare:F2})");
    }
}
