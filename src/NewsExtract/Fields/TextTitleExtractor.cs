using NewsExtract.Blocks;
using NewsExtract.Classification;
using NewsExtract.Languages;
using NewsExtract.Text;

namespace NewsExtract.Fields;

/// <summary>
/// Chooses the headline of a plain-text capture among the headline-shaped lines (no sentence-final punctuation,
/// neither a label, a date, a menu nor a run of short words) from a little before the article to its first
/// paragraph. Evidence, strongest first: the page repeats the line (its own related list, the window title on the
/// first line), the line stands flush where paragraphs are indented (how text browsers set headings), it stands
/// alone between blank lines; ties go to the line nearest the first paragraph.
/// </summary>
internal static class TextTitleExtractor
{
    private const int LookBack = 20;
    private const int LookAhead = 12;

    /// <summary>How many lines under a headline its date (or byline and date) line may stand.</summary>
    private const int DateReach = 3;

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

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in blocks.Select(b => b.Key))
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var windowTitle = blocks.Count > 0 ? blocks[0].Key : "";
        var paragraphIndent = capture.Lines[firstText].Indent;
        Block? best = null;
        var bestScore = double.MinValue;
        var reason = "";
        // The span may open on a run-on menu line: past the first paragraph, a headline needs its date line under it.
        var end = Math.Min(blocks.Count, Math.Max(firstText, range.First + LookAhead));
        for (var i = Math.Max(0, range.First - LookBack); i < end; i++)
        {
            var block = blocks[i];
            if (!IsHeadlineShaped(block) || capture.Lines[i].Doubled || IsPageFurniture(block, lexicon))
            {
                continue;
            }

            var dated = DateLineFollows(blocks, i);
            if (i >= firstText && !dated)
            {
                continue;
            }

            var key = blocks[i].Key;
            var repeated = counts[key] > 1 || (i > 0 && windowTitle.Length > key.Length && windowTitle.StartsWith(key, StringComparison.Ordinal));
            var flush = paragraphIndent > 0 && capture.Lines[i].Indent == 0;
            var alone = capture.Lines[i].BlankBefore && (i + 1 >= blocks.Count || capture.Lines[i + 1].BlankBefore);
            var score = (repeated ? 3 : 0) + (dated ? 2.5 : 0) + (flush ? 1.5 : 0) + (alone ? 1 : 0) - (Math.Abs(firstText - i) * 0.05);
            if (score > bestScore)
            {
                bestScore = score;
                best = block;
                reason = repeated ? "headline line repeated elsewhere on the page" : dated ? "headline-shaped line over the date line" : flush ? "headline set flush above indented paragraphs" : "headline-shaped line nearest the article";
            }
        }

        return best is null ? ("", "no headline-shaped line before the article") : (best.Text, reason);
    }

    private static bool IsHeadlineShaped(Block block)
    {
        var units = block.Metrics.Weight;
        var text = block.Text;
        if (units is < 5 or > 60 || block.IsListItem || (BlockClassifier.EndsSentence(text) && !text.EndsWith('”') && !text.EndsWith('?') && !text.EndsWith('？') && !text.EndsWith('!') && !text.EndsWith('！') && !text.EndsWith(')') && !text.EndsWith('）')))
        {
            return false;
        }

        if (TextLineShapes.IsWordRun(block) || text.Contains(" > ", StringComparison.Ordinal) || text.Contains(" | ", StringComparison.Ordinal) || text.Contains('›') || text.Contains('»'))
        {
            return false;
        }

        return !LineCues.IsPlayerReadout(text) && !LineCues.IsDateLike(text) && !IsLabel(text);
    }

    /// <summary>A date line stands within a few lines of the headline, under it or over it, with no paragraph between.</summary>
    private static bool DateLineFollows(IReadOnlyList<Block> blocks, int i) => HasDateLine(blocks, i, 1) || HasDateLine(blocks, i, -1);

    private static bool HasDateLine(IReadOnlyList<Block> blocks, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < blocks.Count && Math.Abs(j - i) <= DateReach; j += step)
        {
            var block = blocks[j];
            if (BlockClassifier.IsRunningText(block))
            {
                return false;
            }

            if (block.Metrics.Weight <= 40 && LineCues.IsDateLike(block.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Share bars, copyright and contact lines, menus, bylines: lines the page has around every article.</summary>
    private static bool IsPageFurniture(Block block, CompiledLexicon lexicon) => IsPageFurniture(block.Text, lexicon)
        || (block.Metrics.Weight <= 20 && CompiledLexicon.ContainsAny(block.Text, lexicon.Lexicon.BoilerplateLabels));

    private static bool IsPageFurniture(string text, CompiledLexicon lexicon) =>
        CompiledLexicon.ContainsAny(text, lexicon.Lexicon.BoilerplatePhrases) || CompiledLexicon.ContainsAny(text, lexicon.Lexicon.NavigationCues)
        || lexicon.AuthorLabel.Match(text) is { Success: true, Index: <= 4 } || text.Contains('@') || text.Contains("  ", StringComparison.Ordinal)
        || text.StartsWith(">>", StringComparison.Ordinal) || text.StartsWith('»');

    /// <summary>A field label (<c>来源：新华社</c>, <c>Tác giả:</c>) rather than a headline: a colon within its first few characters and little after.</summary>
    private static bool IsLabel(string text)
    {
        var colon = text.IndexOfAny([':', '：']);
        return colon >= 0 && colon <= 4 && text.Length - colon <= 16;
    }
}
