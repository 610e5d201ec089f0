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
    /// <summary>In a text capture, the share of the located span's text that must be body for an article.</summary>
    private const double MinSpanBodyShare = 0.5;

    /// <param name="blocks">The page's blocks, with their roles.</param>
    /// <param name="paragraphs">The body paragraphs.</param>
    /// <param name="range">The located article span.</param>
    /// <param name="metadata">The page's metadata (empty for a text capture).</param>
    /// <param name="textCapture">
    /// A text capture's span is a run of lines, so it can be measured: an article's span is mostly its body, while the
    /// best span of a home page is mostly headlines with a few summaries among them. (An HTML span is an element,
    /// which holds captions, lists and boxes of the article's own.)
    /// </param>
    public static (bool IsArticle, string Reason) Judge(IReadOnlyList<Block> blocks, IReadOnlyList<Paragraph> paragraphs, ContentRange range, PageMetadata metadata, bool textCapture)
    {
        if (paragraphs.Count == 0)
        {
            return (false, "no body text");
        }

        if (textCapture && SpanBodyShare(blocks, range) is var share && share < MinSpanBodyShare)
        {
            return (false, $"only {share:P0} of the located span is body: headlines and lists");
        }

        var bodyUnits = 0;
        var longest = 0;
        var bodyBlocks = 0;
        var teasers = 0;
        foreach (var block in blocks)
        {
            if (block.Role == BlockRole.Body)
            {
                bodyUnits += block.Metrics.ReadingLength;
                longest = Math.Max(longest, block.Metrics.ReadingLength);
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

    private static double SpanBodyShare(IReadOnlyList<Block> blocks, ContentRange range)
    {
        if (range.IsEmpty)
        {
            return 0;
        }

        long body = 0, all = 0;
        for (var i = range.First; i <= range.Last; i++)
        {
            var units = blocks[i].Metrics.ReadingLength;
            all += units;
            body += blocks[i].Role == BlockRole.Body ? units : 0;
        }

        return all == 0 ? 0 : (double)body / all;
    }
}
