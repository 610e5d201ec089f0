using NewsExtract.Blocks;
using NewsExtract.Text;

namespace NewsExtract.Classification;

/// <summary>
/// Asks SmartReader (Mozilla Readability's C# port) where the article is, for the pages where NewsExtract's own
/// locator found no article text at all (badly broken markup, one giant unclosed paragraph). Readability's
/// tolerant heuristics sometimes recover those. It costs several parses, so it never runs on a normal page.
/// </summary>
internal static class ReadabilitySecondOpinion
{
    /// <summary>Pages larger than this are never handed to SmartReader: its cost grows much faster than ours.</summary>
    private const int MaxHtmlLength = 1 << 20;

    /// <summary>
    /// The own locator's result is too weak to trust (nothing located, or only a sliver) while the page does hold
    /// enough running text for an article, and is small enough for Readability's cost to stay bounded.
    /// </summary>
    public static bool IsNeeded(ContentRange range, IReadOnlyList<Block> blocks, int htmlLength)
    {
        if (range.IsPinned || (!range.IsEmpty && range.Score >= 30) || htmlLength > MaxHtmlLength)
        {
            return false;
        }

        var textUnits = 0;
        foreach (var block in blocks)
        {
            textUnits += block.Metrics.Punctuation > 0 ? block.Metrics.ReadingLength : 0;
        }

        return textUnits >= 150;
    }

    /// <summary>The span of blocks whose text Readability kept, or null when it kept nothing usable.</summary>
    public static ContentRange? Locate(string html, Uri? url, IReadOnlyList<Block> blocks)
    {
        SmartReader.Article article;
        try
        {
            var reader = new SmartReader.Reader((url ?? new Uri("https://localhost/")).ToString(), html);
            article = reader.GetArticle();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A peer's failure on a broken page leaves our own (empty) answer standing.
            return null;
        }

        // IsReadable counts words by spaces, so Chinese articles often come back "not readable" with their text
        // found all the same: judge by the text itself.
        if (string.IsNullOrWhiteSpace(article.TextContent) || article.TextContent.Length < 200)
        {
            return null;
        }

        var kept = TextKey.Of(article.TextContent);
        int first = -1, last = -1;
        double score = 0;
        foreach (var block in blocks)
        {
            if (block.Metrics.ReadingLength >= 10 && kept.Contains(TextKey.Of(block.Text), StringComparison.Ordinal))
            {
                first = first < 0 ? block.Index : first;
                last = block.Index;
                score += block.Metrics.ReadingLength;
            }
        }

        return first < 0 ? null : new ContentRange(first, last, score, 0);
    }
}
