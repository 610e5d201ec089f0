using System.Text.RegularExpressions;
using NewsExtract.Blocks;
using NewsExtract.Metadata;
using NewsExtract.Text;

namespace NewsExtract.Fields;

/// <summary>
/// Chooses the headline: a visible heading that the document title or og:title confirms, else the document title
/// with its site suffix (<c>_网易新闻</c>, <c>| Báo Dân trí</c>, <c>-新华网</c>) removed.
/// </summary>
internal static partial class TitleExtractor
{
    public static (string Title, string Reason) Choose(IReadOnlyList<Block> blocks, PageMetadata metadata)
    {
        var references = new[] { metadata.Headline, metadata.DocumentTitle }
            .Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => TextKey.Of(t!)).ToArray();
        var headlineLengths = references.Select(r => StripSuffix(r).Length).ToArray();

        // A visible heading (h1 first) confirmed by the metadata.
        Block? confirmed = null;
        foreach (var block in blocks)
        {
            if (block.Tag is not (BlockTag.Heading1 or BlockTag.Heading or BlockTag.Paragraph) || block.Metrics.ReadingLength is < 4 or > 80 || block.LinkDensity > 0.9 && block.Tag != BlockTag.Heading1)
            {
                continue;
            }

            if (IsConfirmed(block, references, headlineLengths))
            {
                if (confirmed is null || (block.Tag == BlockTag.Heading1 && confirmed.Tag != BlockTag.Heading1) || (block.Tag == confirmed.Tag && block.KeyLength > confirmed.KeyLength))
                {
                    confirmed = block;
                }
            }
        }

        if (confirmed is not null)
        {
            return (confirmed.Text, $"visible {confirmed.Tag} confirmed by the document title");
        }

        var h1s = blocks.Where(b => b.Tag == BlockTag.Heading1 && b.Metrics.ReadingLength is >= 4 and <= 80).ToList();
        if (h1s.Count == 1 && metadata.Headline is null)
        {
            return (h1s[0].Text, "the only h1");
        }

        if (!string.IsNullOrWhiteSpace(metadata.Headline))
        {
            return (StripSuffix(metadata.Headline.Trim()), "og:title");
        }

        if (!string.IsNullOrWhiteSpace(metadata.DocumentTitle))
        {
            return (StripSuffix(metadata.DocumentTitle.Trim()), "document title without site suffix");
        }

        return h1s.Count > 0 ? (h1s[0].Text, "first h1") : ("", "none found");
    }

    /// <summary>
    /// Whether a reference (a title key) contains the block's key, and the key makes at least two thirds of the reference's
    /// headline (<paramref name="headlineLengths"/>: each reference without its site suffix). The lengths decide most blocks
    /// before their key is built.
    /// </summary>
    private static bool IsConfirmed(Block block, string[] references, int[] headlineLengths)
    {
        var length = block.KeyLength;
        for (var r = 0; r < references.Length; r++)
        {
            if (length <= references[r].Length && length * 3 >= headlineLengths[r] * 2 && references[r].Contains(block.Key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Removes a trailing (or, when the rest is short, leading) site-name part of a document title.</summary>
    public static string StripSuffix(string title)
    {
        var parts = SiteSeparator().Split(title);
        if (parts.Length == 1)
        {
            return title.Trim();
        }

        // The headline is the longest part; site names, channels and sections are short.
        var longest = parts.OrderByDescending(p => p.Trim().Length).First().Trim();
        return longest.Length == 0 ? title.Trim() : longest;
    }

    [GeneratedRegex(@"\s+[-–—|｜·•:]\s+|\s*[_｜|]\s*|\s*[-–—]{1,2}\s*(?=[^-–—]{1,20}$)", RegexOptions.CultureInvariant)]
    private static partial Regex SiteSeparator();
}
