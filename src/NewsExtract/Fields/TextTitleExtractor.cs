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
    private const int LookBack = 15;

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
        foreach (var block in blocks)
        {
            var key = block.Key;
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var windowTitle = blocks.Count > 0 ? blocks[0].Key : "";
        var paragraphIndent = capture.Lines[firstText].Indent;
        Block? best = null;
        var bestScore = double.MinValue;
        var reason = "";
        for (var i = Math.Max(0, range.First - LookBack); i < firstText; i++)
        {
            var block = blocks[i];
            if (!IsHeadlineShaped(block) || capture.Lines[i].Doubled || IsPageFurniture(block.Text, lexicon))
            {
                continue;
            }

            var key = block.Key;
            var repeated = counts[key] > 1 || (i > 0 && windowTitle.Length > key.Length && windowTitle.StartsWith(key, StringComparison.Ordinal));
            var flush = paragraphIndent > 0 && capture.Lines[i].Indent == 0;
            var alone = capture.Lines[i].BlankBefore && (i + 1 >= blocks.Count || capture.Lines[i + 1].BlankBefore);
            var score = (repeated ? 3 : 0) + (flush ? 1.5 : 0) + (alone ? 1 : 0) - ((firstText - i) * 0.05);
            if (score > bestScore)
            {
                bestScore = score;
                best = block;
                reason = repeated ? "headline line repeated elsewhere on the page" : flush ? "headline set flush above indented paragraphs" : "headline-shaped line nearest the article";
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

        return !LineCues.PlayerReadout().IsMatch(text) && !LineCues.DateLike().IsMatch(text) && !IsLabel(text);
    }

    /// <summary>Share bars, copyright and contact lines, menus, bylines: lines the page has around every article.</summary>
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
