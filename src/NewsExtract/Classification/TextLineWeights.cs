using NewsExtract.Blocks;
using NewsExtract.Classification.Rules;
using NewsExtract.Languages;

namespace NewsExtract.Classification;

/// <summary>
/// Text captures carry no links or containers, so the shared weights see a related headline or a menu item as
/// text. These cues stand in for the markup: a line shown twice (an image's alt text and caption, a linked teaser
/// and its title), a player readout, a run of short words, a ticker of headlines with their times, a short line that ends no sentence (headlines,
/// labels, menu entries), copyright and disclaimer lines, the short user and button lines of a comment run, and teasers — summaries right under
/// a headline-shaped line, several such pairs in a row — all count against the article.
/// </summary>
internal static class TextLineWeights
{
    /// <summary>Pairs closer than this (in lines) belong to one run of teasers.</summary>
    private const int TeaserGap = 12;

    /// <returns>The comment marks of <see cref="TextComments.Mark"/>, for the locator to cut the article at a comment run.</returns>
    public static byte[] Adjust(TextCapture capture, double[] weights, CompiledLexicon lexicon)
    {
        var blocks = capture.Blocks;
        var keys = blocks.Select(b => b.Key).ToArray();
        var comments = TextComments.Mark(blocks, lexicon.Comments);

        // The cue lists are asked as the classifier will ask them: one scan of a line serves both.
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var units = block.Metrics.ReadingLength;
            if (capture.Lines[i].Doubled || IsEcho(keys, i))
            {
                weights[i] = Math.Min(weights[i], -3);
            }
            else if (comments[i] > 0 || IsTicker(block, lexicon) || (block.Cues(lexicon.Cues, RoleRules.CuesAsked(units)) & CueList.BoilerplatePhrases) != 0)
            {
                weights[i] = Math.Min(weights[i], -3);
            }
            else if (Player.IsReadout(block.Text) || TextLineShapes.IsWordRun(block))
            {
                weights[i] = Math.Min(weights[i], -2);
            }
            else if (units < 40 && !BlockClassifier.EndsSentence(block.Text))
            {
                weights[i] = Math.Min(weights[i], -1 - (units * 0.05));
            }
        }

        MarkTeasers(blocks, weights);
        return comments;
    }

    /// <summary>
    /// Headlines run together each with its time (<c>… - 11:51 | 27/12/2012 …</c>): a news ticker, not a paragraph. A
    /// paragraph about a timetable has as many dates but reads in sentences.
    /// </summary>
    private static bool IsTicker(Block block, CompiledLexicon lexicon)
    {
        if (block.Metrics.ReadingLength < 20 || !lexicon.DateLike.MayMatch(block.Text))
        {
            return false;
        }

        var dates = lexicon.DateLike.Regex.Count(block.Text);
        return dates >= 4 && SentenceBreaks(block.Text) * 2 < dates;
    }

    /// <summary>Full stops that close a sentence inside a line: <c>。</c>, or <c>.</c> <c>;</c> before a space (not an ellipsis).</summary>
    private static int SentenceBreaks(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '。' or '；' || (c is '.' or ';' && i + 1 < text.Length && text[i + 1] == ' ' && (i == 0 || text[i - 1] != '.')))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The line repeats its neighbour: one of a caption pair, never a paragraph.</summary>
    public static bool IsEcho(IReadOnlyList<string> keys, int i) =>
        keys[i].Length >= 4 && ((i > 0 && keys[i - 1] == keys[i]) || (i + 1 < keys.Count && keys[i + 1] == keys[i]));

    /// <summary>
    /// Home and section pages list headlines each with a one-paragraph summary. A summary counts as a teaser when
    /// at least three such pairs follow one another closely; an article's subheadings are followed by several
    /// paragraphs, or by long ones, and rarely three times in a row by a single short one.
    /// </summary>
    private static void MarkTeasers(IReadOnlyList<Block> blocks, double[] weights)
    {
        var run = new List<int>();
        Block? previousHeadline = null;
        for (var i = 1; i < blocks.Count; i++)
        {
            if (HeadlineAbove(blocks, weights, i) is not { } headline)
            {
                continue;
            }

            // A gallery repeats one headline over every photo ("… Noel 9", "… Noel 10"): those are captions.
            var sameHeadline = previousHeadline is not null && SharePrefix(previousHeadline.Text, headline.Text, 10);
            previousHeadline = headline;
            if (sameHeadline)
            {
                continue;
            }

            if (run.Count > 0 && i - run[^1] > TeaserGap)
            {
                Discount(blocks, weights, run);
                run.Clear();
            }

            run.Add(i);
        }

        Discount(blocks, weights, run);
    }

    /// <summary>
    /// Discounts the summaries of a run of at least three pairs; the headline lines among them (of the pairs and of
    /// the plain headline lists between) are other articles' teasers too, which is what tells a list page.
    /// </summary>
    private static void Discount(IReadOnlyList<Block> blocks, double[] weights, List<int> run)
    {
        if (run.Count < 3)
        {
            return;
        }

        foreach (var i in run)
        {
            blocks[i].IsTeaser = true;
            weights[i] = (weights[i] * 0.2) - 3;
        }

        for (var i = Math.Max(0, run[0] - 3); i < run[^1]; i++)
        {
            if (IsHeadlineShaped(blocks[i]))
            {
                blocks[i].IsTeaser = true;
            }
        }
    }

    /// <summary>The headline whose summary line <paramref name="i"/> is, if it is one: a one-paragraph summary longer than the headline over it.</summary>
    private static Block? HeadlineAbove(IReadOnlyList<Block> blocks, double[] weights, int i)
    {
        var block = blocks[i];
        if (weights[i] <= 0 || block.Metrics.ReadingLength > 100 || (i + 1 < blocks.Count && BlockClassifier.IsRunningText(blocks[i + 1])))
        {
            return null;
        }

        // The headline may be separated from its summary by a short label (its section, its time).
        for (var j = i - 1; j >= 0 && j >= i - 3; j--)
        {
            var above = blocks[j];
            if (IsHeadlineShaped(above))
            {
                return block.Metrics.ReadingLength * 10 >= above.Metrics.ReadingLength * 13 ? above : null;
            }

            if (above.Metrics.ReadingLength > 12)
            {
                return null;
            }
        }

        return null;
    }

    private static bool SharePrefix(string a, string b, int length) =>
        a.Length >= length && b.Length >= length && a.AsSpan(0, length).SequenceEqual(b.AsSpan(0, length));

    private static bool IsHeadlineShaped(Block block)
    {
        var text = block.Text;
        return block.Metrics.ReadingLength is >= 6 and <= 60 && text.Length > 0
            && (!BlockClassifier.EndsSentence(text) || text[^1] is '?' or '？' or '!' or '！' or '”' or '"');
    }
}
