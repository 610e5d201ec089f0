using NewsExtract.Blocks;
using NewsExtract.Classification;
using NewsExtract.Languages;

namespace NewsExtract.Related;

/// <summary>One teaser of another article: its headline line, its summary line, and where shown its image's caption and its time.</summary>
/// <param name="Caption">The caption line of the teaser's image above the headline, or -1.</param>
/// <param name="Headline">The headline line (the first of the pair when the headline is shown twice, as alt text and title).</param>
/// <param name="Summary">The summary line.</param>
/// <param name="Time">A short date line by the headline or the summary, or -1.</param>
internal readonly record struct Teaser(int Caption, int Headline, int Summary, int Time)
{
    /// <summary>The last line the teaser holds.</summary>
    public int End => Math.Max(Summary, Time);
}

/// <summary>
/// A run of teasers closing a text capture without a related heading over it ("more from the site"): headline lines each
/// with a summary under it — a headline shown twice (an image's alt text and the linked title) counts once, an image's
/// caption line may stand above it and a time beside it. Two teasers in a row after the article are a list of other
/// articles; a single headline-and-summary pair (an author's note, a box) is not. Only lines after the article are read,
/// so a quoted article or a box inside the body is never taken.
/// </summary>
internal static class TeaserRuns
{
    /// <summary>What <c>--explain</c> names the lines of a teaser run.</summary>
    public const string RuleName = "teaser-run";

    /// <summary>The fewest teasers that make a run.</summary>
    private const int MinTeasers = 2;

    /// <summary>How many lines (share bars, labels) may stand between the article and the run's first teaser.</summary>
    private const int Reach = 6;

    /// <summary>The longest line read as a teaser's time.</summary>
    private const int MaxTimeLine = 30;

    /// <summary>A headline line's length, in reading units.</summary>
    private const int MinHeadline = 6;
    private const int MaxHeadline = 60;

    /// <summary>The teasers of the run after the article, or none when fewer than <see cref="MinTeasers"/> follow one another.</summary>
    public static IReadOnlyList<Teaser> AfterText(IReadOnlyList<Block> blocks, ContentRange range, CompiledLexicon lexicon)
    {
        if (range.IsEmpty)
        {
            return [];
        }

        for (var start = range.Last + 1; start < blocks.Count && start <= range.Last + Reach; start++)
        {
            var run = ReadRun(blocks, start, lexicon);
            if (run.Count >= MinTeasers)
            {
                return run;
            }
        }

        return [];
    }

    /// <summary>
    /// Where a run of teasers that the located span took in begins, reading from line <paramref name="i"/>: at least two
    /// teasers in a row that reach the span's last line, most of them marked as another page's — a time, a headline shown
    /// twice, a summary opening with an outlet's sapo tag or cut off. An article's own subheadings, each over a
    /// paragraph (an interview's questions), carry none of these marks. Returns the run's end, or -1 when no such run
    /// starts at <paramref name="i"/> (with <paramref name="skipTo"/> the line to read on from).
    /// </summary>
    public static int TailRunAt(IReadOnlyList<Block> blocks, int i, int last, CompiledLexicon lexicon, out int skipTo)
    {
        skipTo = i + 1;
        if (!IsHeadline(blocks[i]) && !(i + 1 <= last && IsHeadline(blocks[i + 1])))
        {
            return -1;
        }

        var run = ReadRun(blocks, i, lexicon);
        if (run.Count == 0)
        {
            return -1;
        }

        // A run read from a later line of this one is a part of it: read on after it.
        skipTo = Math.Max(skipTo, run[^1].End + 1);
        var marked = run.Count(t => IsMarkedTeaser(blocks, t));
        return run.Count >= MinTeasers && run[^1].End >= last && marked * 2 > run.Count ? run[^1].End : -1;
    }

    private static bool IsMarkedTeaser(IReadOnlyList<Block> blocks, Teaser teaser)
    {
        var summary = blocks[teaser.Summary].Text;
        return teaser.Time >= 0 || teaser.Summary > teaser.Headline + 1
            || LineCues.SapoTag().IsMatch(summary) || Fields.ListPageEvidence.EndsCutOff(summary);
    }

    /// <summary>
    /// The teasers of an HTML page outside the located article (after it or beside it): a summary (running text that
    /// ends a sentence) under its linked headline (<see cref="Block.IsTeaser"/>), a short time between them where shown, in runs of at least two teasers
    /// close to one another. Blocks of the article are never read, so a box or a quoted article inside it stays body.
    /// </summary>
    public static IReadOnlyList<Teaser> InHtml(IReadOnlyList<Block> blocks, ContentRange range, CompiledLexicon lexicon)
    {
        var teasers = new List<Teaser>();
        var result = new List<Teaser>();
        for (var i = 1; i < blocks.Count; i++)
        {
            if (!blocks[i].IsTeaser || range.Contains(i) || LinkedHeadlineAbove(blocks, i) is not { } h || range.Contains(h) || !IsSummary(blocks[i], blocks[h]))
            {
                continue;
            }

            if (teasers.Count > 0 && h - teasers[^1].End > MaxHtmlGap)
            {
                Keep(result, teasers);
            }

            var time = -1;
            for (var j = h + 1; j < i; j++)
            {
                time = IsTime(blocks[j], lexicon) ? j : time;
            }

            teasers.Add(new Teaser(-1, h, i, time));
        }

        Keep(result, teasers);
        return result;
    }

    /// <summary>Blocks (an image, a section label) that may stand between two teasers of one run.</summary>
    private const int MaxHtmlGap = 4;

    private static void Keep(List<Teaser> result, List<Teaser> run)
    {
        if (run.Count >= MinTeasers)
        {
            result.AddRange(run);
        }

        run.Clear();
    }

    /// <summary>The linked headline a teaser's summary stands under (a short line such as its time may sit between).</summary>
    private static int? LinkedHeadlineAbove(IReadOnlyList<Block> blocks, int i)
    {
        for (var j = i - 1; j >= 0 && j >= i - 2; j--)
        {
            var block = blocks[j];
            if (block.Href is not null && block.LinkDensity >= 0.8 && block.Metrics.ReadingLength is >= MinHeadline and <= MaxHeadline)
            {
                return j;
            }
        }

        return null;
    }

    /// <summary>Gives the run's lines their roles: headline and summary related, the image's caption a caption, the time related.</summary>
    public static void Mark(IReadOnlyList<Block> blocks, IReadOnlyList<Teaser> run)
    {
        foreach (var teaser in run)
        {
            if (teaser.Caption >= 0)
            {
                blocks[teaser.Caption].SetRole(BlockRole.Caption, RuleName);
            }

            for (var i = teaser.Headline; i <= teaser.End; i++)
            {
                blocks[i].SetRole(BlockRole.Related, RuleName);
            }
        }
    }

    /// <summary>The run's items: the headline's text (and in HTML its link, resolved against <paramref name="baseUrl"/>), the summary's and the time's as shown.</summary>
    public static List<RelatedLink> Items(IReadOnlyList<Block> blocks, IReadOnlyList<Teaser> run, Uri? baseUrl = null) =>
        [.. run.Select(t => new RelatedLink(blocks[t.Headline].Text.Trim(), blocks[t.Headline].Href is { } href ? Fields.UrlResolver.Resolve(href, baseUrl) : null)
        {
            Summary = blocks[t.Summary].Text.Trim(),
            DateText = t.Time >= 0 ? blocks[t.Time].Text.Trim() : null,
        })];

    private static List<Teaser> ReadRun(IReadOnlyList<Block> blocks, int start, CompiledLexicon lexicon)
    {
        var run = new List<Teaser>();
        var i = start;
        while (i < blocks.Count)
        {
            // A teaser opens with its headline, or with its image's caption over the headline.
            var teaser = TeaserAt(blocks, i, -1, lexicon);
            // The first teaser's caption is not a paragraph (the article's last one stands there); between teasers any one line is.
            if (teaser is null && i + 1 < blocks.Count && MayBeTeaserLine(blocks[i]) && (run.Count > 0 || !BlockClassifier.IsRunningText(blocks[i])))
            {
                teaser = TeaserAt(blocks, i + 1, i, lexicon);
            }

            if (teaser is not { } found)
            {
                break;
            }

            run.Add(found);
            i = found.End + 1;
        }

        return run;
    }

    /// <summary>The teaser whose headline is line <paramref name="h"/>, if it is one.</summary>
    private static Teaser? TeaserAt(IReadOnlyList<Block> blocks, int h, int caption, CompiledLexicon lexicon)
    {
        var headline = blocks[h];
        if (!MayBeTeaserLine(headline) || !IsHeadline(headline) || RelatedLists.IsHeading(headline.Text, lexicon))
        {
            return null;
        }

        // The headline shown twice (alt text and title) is one headline.
        var next = h + 1;
        if (next < blocks.Count && blocks[next].Key == headline.Key)
        {
            next++;
        }

        var time = -1;
        if (next < blocks.Count && IsTime(blocks[next], lexicon))
        {
            time = next++;
        }

        if (next >= blocks.Count || !MayBeTeaserLine(blocks[next]) || !IsSummary(blocks[next], headline))
        {
            return null;
        }

        var summary = next;
        if (time < 0 && summary + 1 < blocks.Count && IsTime(blocks[summary + 1], lexicon))
        {
            time = summary + 1;
        }

        return new Teaser(caption, h, summary, time);
    }

    /// <summary>A line no rule claimed for the article's own trailer (its credits, byline, source, copyright).</summary>
    private static bool MayBeTeaserLine(Block block) =>
        block.Role is BlockRole.Boilerplate or BlockRole.Caption or BlockRole.Related or BlockRole.Body;

    /// <summary>A headline: a short line that ends no sentence, or ends in a question, an exclamation or a closing quote.</summary>
    public static bool IsHeadline(Block block)
    {
        // A line ending in a comma or a colon runs on: a comment's first line, a label.
        var text = block.Text.AsSpan().TrimEnd();
        return block.Metrics.ReadingLength is >= MinHeadline and <= MaxHeadline && text.Length > 0 && block.Href is null
            && text[^1] is not (',' or '，' or '、' or ';' or '；' or ':' or '：')
            && (!BlockClassifier.EndsSentence(block.Text.TrimEnd()) || text[^1] is '?' or '？' or '!' or '！' or '”' or '"' or '」' or '』');
    }

    /// <summary>A summary under a headline: running text longer than the headline that ends a sentence (or is cut off with an ellipsis).</summary>
    private static bool IsSummary(Block block, Block headline) =>
        BlockClassifier.IsRunningText(block) && block.Metrics.ReadingLength > headline.Metrics.ReadingLength && block.Key != headline.Key
        && BlockClassifier.EndsSentence(block.Text.TrimEnd());

    private static bool IsTime(Block block, CompiledLexicon lexicon) =>
        block.Metrics.ReadingLength <= MaxTimeLine && lexicon.DateLike.IsMatch(block.Text) && !BlockClassifier.IsRunningText(block);
}
