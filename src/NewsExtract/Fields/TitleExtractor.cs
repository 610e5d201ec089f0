using System.Buffers;
using System.Text.RegularExpressions;
using NewsExtract.Blocks;
using NewsExtract.Classification;
using NewsExtract.Languages;
using NewsExtract.Metadata;
using NewsExtract.Text;

namespace NewsExtract.Fields;

/// <summary>
/// Chooses the headline: a visible heading that the document title or og:title confirms, else the document title
/// with its site suffix (<c>_网易新闻</c>, <c>| Báo Dân trí</c>, <c>-新华网</c>) removed.
/// </summary>
internal static partial class TitleExtractor
{
    /// <summary>How far before the located text the article's date, source or byline line may sit.</summary>
    private const int InfoLineReach = 4;

    /// <summary>The longest line read as the article's date, source or byline line under its headline.</summary>
    private const int MaxInfoLine = 40;

    /// <summary>Blocks between a confirmed heading and the located text beyond which it is no longer the article's.</summary>
    private const int HeadingReach = 8;

    public static (string Title, string Reason) Choose(IReadOnlyList<Block> blocks, PageMetadata metadata, ContentRange range, CompiledLexicon lexicon)
    {
        // The headline as the page lays it out: the heading-like line right above the article's date, source or
        // byline line, which opens the located text. It settles pages whose title metadata names only the site.
        var placed = AboveInfoLine(blocks, range, lexicon);
        var raw = new[] { metadata.Headline, metadata.DocumentTitle }.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!).ToArray();
        var references = raw.Select(TextKey.Of).ToArray();
        var headlineLengths = references.Select(r => StripSuffix(r).Length).ToArray();

        // A visible heading (h1 first) confirmed by the metadata.
        Block? confirmed = null;
        foreach (var block in blocks)
        {
            if (block.Tag is not (BlockTag.Heading1 or BlockTag.Heading or BlockTag.Paragraph) || block.Metrics.ReadingLength is < 4 or > 80 || block.LinkDensity > 0.9 && block.Tag != BlockTag.Heading1)
            {
                continue;
            }

            if (IsConfirmed(block, references, headlineLengths) || OpensTitle(block, raw))
            {
                if (confirmed is null || (block.Tag == BlockTag.Heading1 && confirmed.Tag != BlockTag.Heading1) || (block.Tag == confirmed.Tag && block.KeyLength > confirmed.KeyLength))
                {
                    confirmed = block;
                }
            }
        }

        if (confirmed is not null && placed is { Tag: BlockTag.Heading1 or BlockTag.Heading } && placed != confirmed
            && (confirmed.Index < range.First - HeadingReach || confirmed.Index > range.Last))
        {
            return (placed.Text, $"visible {placed.Tag} over the article's date or source line (the confirmed {confirmed.Tag} stands away from the article)");
        }

        if (confirmed is not null)
        {
            return (confirmed.Text, $"visible {confirmed.Tag} confirmed by the document title");
        }

        if (placed is not null)
        {
            return (placed.Text, $"visible {placed.Tag} over the article's date or source line");
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
    /// Whether a title opens with the block's text and runs on after a dash or a bar with a subtitle or a URL slug
    /// (<c>X——Y</c>, <c>X-x-slug</c>). Spaces do not count.
    /// </summary>
    private static bool OpensTitle(Block block, string[] titles)
    {
        var head = Squashed(block.Text);
        foreach (var title in titles)
        {
            var whole = Squashed(title);
            if (head.Length < 4 || head.Length >= whole.Length || !whole.StartsWith(head, StringComparison.Ordinal) || !IsTitleSeparator(whole[head.Length]))
            {
                continue;
            }

            // What follows up to the next separator (the subtitle, the slug) is no longer than the head: a site name
            // heading a title ("新华网 - X") is short beside the headline.
            var rest = whole.AsSpan(head.Length);
            var start = rest.IndexOfAnyExcept(TitleSeparators);
            rest = start < 0 ? [] : rest[start..];
            var next = rest.IndexOfAny(TitleSeparators);
            if ((next < 0 ? rest.Length : next) <= head.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly SearchValues<char> TitleSeparators = SearchValues.Create("-–—|｜_");

    private static bool IsTitleSeparator(char c) => TitleSeparators.Contains(c);

    private static string Squashed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>
    /// The heading-like block right above the article's info lines (a date, source or byline line among the few blocks
    /// before the located text or at its start); null when there is no such line, or when a headline-like h1 stands
    /// just above the block (then the block is a deck or a kicker, not the headline).
    /// </summary>
    private static Block? AboveInfoLine(IReadOnlyList<Block> blocks, ContentRange range, CompiledLexicon lexicon)
    {
        if (range.IsEmpty)
        {
            return null;
        }

        for (var i = Math.Max(1, range.First - InfoLineReach); i <= range.First + 3 && i < blocks.Count; i++)
        {
            if (!IsInfoLine(blocks[i], lexicon))
            {
                continue;
            }

            var j = i - 1;
            while (j > 0 && i - j < 3 && IsInfoLine(blocks[j], lexicon))
            {
                j--;
            }

            var candidate = blocks[j];
            if (!IsHeadlineLike(candidate, lexicon))
            {
                return null;
            }

            for (var k = j - 1; k >= 0 && k >= j - 2; k--)
            {
                if (blocks[k].Tag == BlockTag.Heading1 && candidate.Tag != BlockTag.Heading1 && IsHeadlineLike(blocks[k], lexicon))
                {
                    return null;
                }
            }

            return candidate;
        }

        return null;
    }

    /// <summary>
    /// A short line that dates the article or names its source (2019-05-18 来源：X, 来源：X, 15:20 PM | 21/12/2012): a
    /// source label, or a date with few words beside it (a headline that names a year is no date line).
    /// </summary>
    private static bool IsInfoLine(Block block, CompiledLexicon lexicon)
    {
        var text = block.Text;
        return block.Metrics.ReadingLength <= MaxInfoLine
            && (lexicon.SourceLabelAnywhere.IsMatch(text) || (lexicon.DateLike.IsMatch(text) && Words(lexicon.DateLike.Replace(text, " ")) <= MaxWordsBesideDate));
    }

    /// <summary>The most words (a Han character or a Latin word each) beside the date on a date line.</summary>
    private const int MaxWordsBesideDate = 10;

    private static int Words(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var latin = char.IsAsciiLetter(c) || CharClass.IsLatinLetter(c);
            words += CharClass.IsHan(c) || (latin && !inWord) ? 1 : 0;
            inWord = latin;
        }

        return words;
    }

    /// <summary>
    /// A line that can be a headline: a few words to a long sentence, not a link, more than a date, not a related-list
    /// heading, not closing a sentence with a full stop.
    /// </summary>
    private static bool IsHeadlineLike(Block block, CompiledLexicon lexicon)
    {
        var text = block.Text.Trim();
        return block.Metrics.ReadingLength is >= 6 and <= 60 && block.LinkDensity < 0.5 && text.Length > 0
            && text[^1] is not ('。' or '.' or '，' or ',' or '：' or ':' or '；' or ';')
            && lexicon.DateLike.Replace(text, string.Empty).Trim().Length >= 6
            && !lexicon.OpensRelatedHeading(text);
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
