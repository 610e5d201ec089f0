using NewsExtract.Blocks;

namespace NewsExtract.Fields;

/// <summary>Reads the items of the page's related-article lists: the blocks classified as related after a related heading.</summary>
internal static class RelatedExtractor
{
    public static IReadOnlyList<RelatedLink> Extract(IReadOnlyList<Block> blocks, Uri? baseUrl)
    {
        var result = new List<RelatedLink>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var afterHeading = false;
        foreach (var block in blocks)
        {
            if (block.Role == BlockRole.RelatedHeading)
            {
                afterHeading = true;
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

            if (block.Href is null || block.Metrics.Weight < 4)
            {
                continue;
            }

            // A repeated title is dropped before its link is resolved.
            if (seen.Add(block.Text))
            {
                result.Add(new RelatedLink(block.Text, UrlResolver.Resolve(block.Href, baseUrl)));
            }
        }

        return result;
    }
}
