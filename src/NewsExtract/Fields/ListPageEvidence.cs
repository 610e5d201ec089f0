using NewsExtract.Blocks;
using NewsExtract.Classification;

namespace NewsExtract.Fields;

/// <summary>
/// What tells a list page (a home, section or forum page) from an article when its teasers read like paragraphs: the
/// summaries it shows are cut off (<c>…</c>, <c>...</c>), and no run of whole paragraphs dominates the located text —
/// headlines break it every few lines. An article may quote a cut-off line or two, and its paragraphs run together.
/// </summary>
/// <param name="BodyBlocks">Body blocks in the located span.</param>
/// <param name="BodyUnits">Their length, in reading units.</param>
/// <param name="Truncated">Body blocks that end cut off, with an ellipsis.</param>
/// <param name="LongestRun">The longest run of whole paragraphs (running text ending a sentence, not cut off), in reading units.</param>
internal readonly record struct ListPageEvidence(int BodyBlocks, int BodyUnits, int Truncated, int LongestRun)
{
    /// <summary>From this many cut-off summaries on, a page may be a list.</summary>
    private const int MinTruncated = 5;

    /// <summary>At least one body block in this many is cut off on a list page.</summary>
    private const int TruncatedEvery = 4;

    /// <summary>A list page's longest run of whole paragraphs is less than this share of its body.</summary>
    private const double MaxRunShare = 0.15;

    /// <summary>Cut-off summaries throughout and no dominant run of paragraphs: the span lists other pages' teasers.</summary>
    public bool IsTeaserList =>
        Truncated >= MinTruncated && Truncated * TruncatedEvery >= BodyBlocks && LongestRun < BodyUnits * MaxRunShare;

    public double RunShare => BodyUnits == 0 ? 0 : (double)LongestRun / BodyUnits;

    public static ListPageEvidence Measure(IReadOnlyList<Block> blocks, ContentRange range)
    {
        if (range.IsEmpty)
        {
            return default;
        }

        int bodyBlocks = 0, bodyUnits = 0, truncated = 0, longest = 0, run = 0;
        for (var i = range.First; i <= range.Last && i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Role is BlockRole.Related or BlockRole.RelatedHeading)
            {
                run = 0;
                continue;
            }

            if (block.Role != BlockRole.Body)
            {
                continue;
            }

            var units = block.Metrics.ReadingLength;
            bodyBlocks++;
            bodyUnits += units;
            var cut = EndsCutOff(block.Text);
            truncated += cut ? 1 : 0;
            if (!cut && !block.IsTeaser && BlockClassifier.IsRunningText(block) && BlockClassifier.EndsSentence(block.Text.TrimEnd()))
            {
                run += units;
                longest = Math.Max(longest, run);
            }
            else
            {
                run = 0;
            }
        }

        return new ListPageEvidence(bodyBlocks, bodyUnits, truncated, longest);
    }

    /// <summary>A line cut off where a teaser ends: an ellipsis closing it.</summary>
    public static bool EndsCutOff(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        return trimmed.EndsWith("...", StringComparison.Ordinal) || trimmed.EndsWith("…", StringComparison.Ordinal);
    }
}
