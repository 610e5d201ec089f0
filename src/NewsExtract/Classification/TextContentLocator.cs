using NewsExtract.Blocks;
using NewsExtract.Classification.Rules;
using NewsExtract.Languages;
using NewsExtract.Related;

namespace NewsExtract.Classification;

/// <summary>
/// Finds the article in a plain-text capture: the run of consecutive lines whose weights sum highest
/// (a maximum-subarray scan, linear in the number of lines), then cut where the page's own lists begin —
/// a related-articles heading, a comment run, or a second Vietnamese sapo (teasers repeat the outlet tag of the lead).
/// </summary>
internal static class TextContentLocator
{
    public static ContentRange Locate(IReadOnlyList<double> weights)
    {
        double best = 0, current = 0, second = 0;
        int bestFirst = 0, bestLast = -1, start = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            if (current <= 0)
            {
                current = 0;
                start = i;
            }

            current += weights[i];
            if (current > best)
            {
                if (start != bestFirst)
                {
                    second = Math.Max(second, best);
                }

                best = current;
                bestFirst = start;
                bestLast = i;
            }
        }

        if (bestLast < 0)
        {
            return ContentRange.Empty;
        }

        var margin = second <= 0 ? 1 : Math.Clamp(1 - (second / best), 0, 1);
        return new ContentRange(bestFirst, bestLast, best, margin);
    }

    /// <summary>
    /// Ends the span before a related list or a comment run that the maximum-subarray took in because its
    /// summaries or comments read like text. <paramref name="comments"/> holds the marks of <see cref="TextComments.Mark"/>.
    /// </summary>
    public static ContentRange CutLists(IReadOnlyList<Block> blocks, IReadOnlyList<double> weights, byte[] comments, ContentRange range, CompiledLexicon lexicon)
    {
        if (range.IsEmpty)
        {
            return range;
        }

        // What each line leaves after it, summed once so that testing every heading stays linear.
        var after = new double[range.Last + 2];
        for (var i = range.Last; i >= range.First; i--)
        {
            after[i] = after[i + 1] + Math.Max(0, weights[i]);
        }

        var before = 0.0;
        var seenLead = false;
        for (var i = range.First; i <= range.Last; i++)
        {
            var block = blocks[i];
            var isTeaser = LineCues.SapoTag().IsMatch(block.Text) && BlockClassifier.IsRunningText(block);
            var isComments = TextComments.StartsRun(comments, i);
            if (seenLead && before > 0 && (isTeaser || isComments || RelatedLists.EndsTextArticle(blocks, after, i, range.Last, before, lexicon) || IsArticleEnd(block, after, i, before, lexicon)))
            {
                var last = isTeaser || isComments ? LastSentenceBefore(blocks, i, range.First) : i - 1;

                // Labels and buttons between the article and what cut it are the page's too.
                while (last > range.First && weights[last] < 0)
                {
                    last--;
                }

                if (last >= range.First)
                {
                    return range with { Last = last, Score = before };
                }
            }

            seenLead |= BlockClassifier.IsRunningText(block);
            before += weights[i];
        }

        return range;
    }

    /// <summary>
    /// The lines that close an article — the editor's credit (<c>责任编辑：…</c>), a byline or source line, the site's contact line, the links to the previous and next
    /// article, the keyword tags — when what follows them weighs less than the article before: the rest is the page's.
    /// </summary>
    private static bool IsArticleEnd(Block block, double[] after, int i, double before, CompiledLexicon lexicon) =>
        block.Metrics.ReadingLength <= 40 && before >= after[i + 1]
        && (lexicon.LineShapes.ArticleFooter.IsMatch(block.Text) || lexicon.LineShapes.IsContactLine(block.Text)
            || CreditLineRule.IsCreditLine(block.Text, lexicon) || (BylineRule.IsBylineLine(block.Text, lexicon) && !BlockClassifier.EndsSentence(block.Text)) || SourceLineRule.IsSourceLine(block.Text, lexicon));

    /// <summary>A teaser opens with its headline and image caption: the article ends at the last line that ends a sentence.</summary>
    private static int LastSentenceBefore(IReadOnlyList<Block> blocks, int teaser, int first)
    {
        var i = teaser - 1;
        while (i >= first && !BlockClassifier.EndsSentence(blocks[i].Text))
        {
            i--;
        }

        return i;
    }
}
