using NewsExtract.Blocks;
using NewsExtract.Classification;
using NewsExtract.Classification.Rules;
using NewsExtract.Languages;
using NewsExtract.Text;

namespace NewsExtract.Fields;

/// <summary>
/// Chooses the headline of a plain-text capture among the headline-shaped lines (no sentence-final punctuation;
/// not a label, a date, a menu, a run of short words, a byline, a button bar, a caption or a section label in another
/// script) from a little before the article to its first paragraph. Evidence, strongest first: its date line right by
/// it (the nearer, the stronger), the page repeats the line (its related list, a breadcrumb ending in it, the window
/// title with the site's name after it), the line stands flush where paragraphs are indented (how text browsers set
/// headings), it stands alone between blank lines; ties go to the line nearest the first paragraph.
/// </summary>
internal static class TextTitleExtractor
{
    private const int LookBack = 20;
    private const int LookAhead = 12;

    /// <summary>How many lines under a headline its date (or byline and date) line may stand.</summary>
    private const int DateReach = 3;

    /// <summary>How much longer than the headline a line repeating it may be (a site name, a breadcrumb).</summary>
    private const int MaxAffix = 40;

    /// <summary>What an outlet byline (<c>半月谈记者史卫燕</c>) may carry after its label: a name.</summary>
    private const int MaxNameLength = 8;

    /// <summary>Menu entries (<c>专委会工作</c>) repeat too: only a line longer than a menu entry counts as a repeated headline.</summary>
    private const int MinRepeatedLength = 8;

    public static (string Title, string Reason) Choose(TextCapture capture, ContentRange range, CompiledLexicon lexicon)
    {
        var blocks = capture.Blocks;
        if (range.IsEmpty)
        {
            return ("", "no article located");
        }

        var firstText = range.First;
        while (firstText < range.Last && !BlockClassifier.IsRunningText(blocks[firstText]))
        {
            firstText++;
        }

        var windowTitle = blocks.Count > 0 ? blocks[0].Key : "";
        var paragraphIndent = capture.Lines[firstText].Indent;
        string? best = null;
        var bestScore = double.MinValue;
        var reason = "";
        // The span may open on a run-on menu line: past the first paragraph, a headline needs its date line under it.
        var end = Math.Min(blocks.Count, Math.Max(firstText, range.First + LookAhead));
        for (var i = Math.Max(0, range.First - LookBack); i < end; i++)
        {
            var block = blocks[i];
            var text = HeadlineCell(block.Text);
            var metrics = ReferenceEquals(text, block.Text) ? block.Metrics : TextMetrics.Of(text);
            if (!IsHeadlineShaped(block, text, metrics, lexicon) || capture.Lines[i].Doubled || IsPageFurniture(text, metrics, lexicon) || IsAltOfCaption(blocks, i, lexicon))
            {
                continue;
            }

            var dateDistance = DateLineDistance(blocks, i, lexicon);
            var dated = dateDistance > 0;
            if ((i >= firstText && !dated) || (block.IsListItem && !(dated && IsLastItem(blocks, i))))
            {
                continue;
            }

            var key = ReferenceEquals(text, block.Text) ? block.Key : TextKey.Of(text);
            var repeated = (key.Length >= MinRepeatedLength && IsRepeated(blocks, i, key)) || (i > 0 && windowTitle.Length > key.Length && windowTitle.StartsWith(key, StringComparison.Ordinal));
            var flush = paragraphIndent > 0 && capture.Lines[i].Indent == 0;
            var alone = capture.Lines[i].BlankBefore && (i + 1 >= blocks.Count || capture.Lines[i + 1].BlankBefore);
            var score = (repeated ? 3 : 0) + (dated ? 3 - (0.5 * (dateDistance - 1)) : 0) + (flush ? 1.5 : 0) + (alone ? 1 : 0) - (Math.Abs(firstText - i) * 0.05);
            if (score > bestScore)
            {
                bestScore = score;
                best = text;
                reason = repeated ? "headline line repeated elsewhere on the page" : dated ? "headline-shaped line over the date line" : flush ? "headline set flush above indented paragraphs" : "headline-shaped line nearest the article";
            }
        }

        return best is null ? ("", "no headline-shaped line before the article") : (best, reason);
    }

    /// <summary>
    /// An old table layout prints the headline's cell and a sidebar cell on one line: the headline is the first cell
    /// when what follows the gap is a short label.
    /// </summary>
    private static string HeadlineCell(string text)
    {
        var gap = text.IndexOf(TextUnwrapper.CellGap, StringComparison.Ordinal);
        if (gap <= 0)
        {
            return text;
        }

        var rest = text.AsSpan(gap).Trim();
        return TextMetrics.Of(rest).ReadingLength <= 10 ? text[..gap] : text;
    }

    /// <summary>
    /// The page shows the line again: in its related list, its breadcrumb (<c>首页 > 频道 > 标题</c>) or a window
    /// title with the site's name after it (<c>标题-新华网</c>). The same line just above or below is an image's alt text
    /// and caption, not a repetition.
    /// </summary>
    private static bool IsRepeated(IReadOnlyList<Block> blocks, int i, string key)
    {
        // One pass per candidate (a page has a handful): equal lines counted, a line extending this one ends the search.
        var equal = 0;
        for (var j = 0; j < blocks.Count; j++)
        {
            var other = blocks[j].Key;
            if (other.Length == key.Length)
            {
                equal += string.Equals(other, key, StringComparison.Ordinal) ? 1 : 0;
            }
            else if (j != i && other.Length > key.Length && other.Length <= key.Length + MaxAffix
                && ((other.StartsWith(key, StringComparison.Ordinal) && IsSiteSuffix(other.AsSpan(key.Length)))
                    || (other.EndsWith(key, StringComparison.Ordinal) && IsBreadcrumbPrefix(other.AsSpan(0, other.Length - key.Length)))))
            {
                return true;
            }
        }

        var echoes = (i > 0 && blocks[i - 1].Key == key ? 1 : 0) + (i + 1 < blocks.Count && blocks[i + 1].Key == key ? 1 : 0);
        return equal - echoes > 1;
    }

    private static bool IsSiteSuffix(ReadOnlySpan<char> rest) => rest[0] is '-' or '_' or '|' or '–' or '—' or '｜';

    private static bool IsBreadcrumbPrefix(ReadOnlySpan<char> rest) => rest.EndsWith(">") || rest.EndsWith("»") || rest.EndsWith("›");

    /// <summary>An image's alt text over its caption (<c>无性婚姻能走多远？</c> / <c>资料图：无性婚姻能走多远？</c>).</summary>
    private static bool IsAltOfCaption(IReadOnlyList<Block> blocks, int i, CompiledLexicon lexicon)
    {
        if (i + 1 >= blocks.Count)
        {
            return false;
        }

        var next = blocks[i + 1];
        return next.Key.Length > blocks[i].Key.Length && next.Key.EndsWith(blocks[i].Key, StringComparison.Ordinal) && lexicon.Captions.Opening.IsMatch(next.Text);
    }

    /// <summary>A headline set as a list item is the last of its list, its date line under it.</summary>
    private static bool IsLastItem(IReadOnlyList<Block> blocks, int i) => i + 1 >= blocks.Count || !blocks[i + 1].IsListItem;

    private static bool IsHeadlineShaped(Block block, string text, TextMetrics metrics, CompiledLexicon lexicon)
    {
        var units = metrics.ReadingLength;
        if (units is < 5 or > 60 || (BlockClassifier.EndsSentence(text) && !text.EndsWith('”') && !text.EndsWith('?') && !text.EndsWith('？') && !text.EndsWith('!') && !text.EndsWith('！') && !text.EndsWith(')') && !text.EndsWith('）')))
        {
            return false;
        }

        if (TextLineShapes.IsWordRun(block) || text.Contains(" > ", StringComparison.Ordinal) || text.Contains(" | ", StringComparison.Ordinal) || text.Contains('›') || text.Contains('»'))
        {
            return false;
        }

        return text[^1] is not (':' or '：') && !Player.IsReadout(text) && !lexicon.DateLike.IsMatch(text) && !IsLabel(text, lexicon);
    }

    /// <summary>
    /// How many lines from the headline its date line stands, under it or over it with no paragraph between
    /// (0: none within reach). The nearer, the likelier the line is the headline rather than a deck or a byline.
    /// </summary>
    private static int DateLineDistance(IReadOnlyList<Block> blocks, int i, CompiledLexicon lexicon)
    {
        var below = DateLineDistance(blocks, i, 1, lexicon);
        var above = DateLineDistance(blocks, i, -1, lexicon);
        return below == 0 ? above : above == 0 ? below : Math.Min(above, below);
    }

    private static int DateLineDistance(IReadOnlyList<Block> blocks, int i, int step, CompiledLexicon lexicon)
    {
        for (var j = i + step; j >= 0 && j < blocks.Count && Math.Abs(j - i) <= DateReach; j += step)
        {
            var block = blocks[j];
            if (BlockClassifier.IsRunningText(block))
            {
                return 0;
            }

            if (block.Metrics.ReadingLength <= 40 && lexicon.DateLike.IsMatch(block.Text))
            {
                return Math.Abs(j - i);
            }
        }

        return 0;
    }

    /// <summary>
    /// Share bars, copyright and contact lines, menus, bylines, button bars, captions: lines the page has around every
    /// article.
    /// </summary>
    private static bool IsPageFurniture(string text, TextMetrics metrics, CompiledLexicon lexicon) =>
        CompiledLexicon.ContainsAny(text, lexicon.Lexicon.BoilerplatePhrases) || CompiledLexicon.ContainsAny(text, lexicon.Lexicon.NavigationCues)
        || lexicon.AuthorLabel.Match(text) is { Success: true, Index: <= 4 } || text.Contains('@') || text.Contains("  ", StringComparison.Ordinal)
        || text.StartsWith(">>", StringComparison.Ordinal) || text.StartsWith('»')
        || IsBoilerplateLabel(text, metrics, lexicon.Lexicon.BoilerplateLabels)
        || BylineRule.IsBylineLine(text, lexicon) || IsOutletByline(text, lexicon) || IsButtonBar(text)
        || lexicon.Captions.Opening.IsMatch(text) || IsForeignLabel(metrics, lexicon);

    /// <summary>A Chinese page's headline holds Chinese; a line without any (<c>ASSOCIATION NEWS</c>) is a section label.</summary>
    private static bool IsForeignLabel(TextMetrics metrics, CompiledLexicon lexicon) =>
        lexicon.Language is ContentLanguage.ChineseSimplified or ContentLanguage.ChineseTraditional && metrics.Cjk == 0;

    /// <summary><c>半月谈记者史卫燕</c>: an outlet, a reporter label and little more than a name.</summary>
    private static bool IsOutletByline(string text, CompiledLexicon lexicon) =>
        lexicon.OutletAuthorLabel.Match(text) is { Success: true, Index: 0 } match && text.Length - match.Length <= MaxNameLength;

    /// <summary>A row of bracketed buttons (<c>【打印】【关闭】</c>, <c>[Print] [Close]</c>).</summary>
    private static bool IsButtonBar(string text) => text.Count(c => c is '【' or '[') >= 2;

    /// <summary>
    /// A field label (<c>来源：新华社</c>, <c>Tác giả:</c>, <c>字号：大 中 小</c>) rather than a headline: one of the
    /// language's labels before a colon, and little after it. A place before a colon opens many headlines (<c>益阳：“数字”是优长</c>).
    /// </summary>
    private static bool IsLabel(string text, CompiledLexicon lexicon)
    {
        var colon = text.IndexOfAny([':', '：']);
        if (colon < 0 || colon > 6 || text.Length - colon > 16)
        {
            return false;
        }

        var label = text.AsSpan(0, colon).Trim();
        var lists = lexicon.Lexicon;
        return IsOneOf(label, lists.SourceLabels) || IsOneOf(label, lists.AuthorLabels) || IsOneOf(label, lists.CreditRoles) || IsOneOf(label, lists.BoilerplateLabels);
    }

    /// <summary>
    /// A button or counter (<c>分享到</c>, <c>1234人参与评论</c>): a label anywhere in a line of a few words, or opening a
    /// short line; the same word inside a headline (<c>…SKII广告属于虚假宣传</c>) is not one.
    /// </summary>
    private static bool IsBoilerplateLabel(string text, TextMetrics metrics, IReadOnlyList<string> labels)
    {
        var units = metrics.ReadingLength;
        return (units <= 8 && CompiledLexicon.ContainsAny(text, labels)) || (units <= 20 && StartsWithAny(text, labels));
    }

    private static bool StartsWithAny(string text, IReadOnlyList<string> labels)
    {
        foreach (var label in labels)
        {
            if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOneOf(ReadOnlySpan<char> label, IReadOnlyList<string> labels)
    {
        foreach (var candidate in labels)
        {
            if (label.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
