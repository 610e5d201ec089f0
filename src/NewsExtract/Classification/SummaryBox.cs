using System.Text.RegularExpressions;
using NewsExtract.Blocks;
using NewsExtract.Languages;

namespace NewsExtract.Classification;

/// <summary>
/// A summary box above the article's text — a label line (<c>划重点：</c>, <c>内容提要</c>, <c>summaryLabels</c>) and a
/// list of points — restates the article: its points are not the body's opening paragraphs. The box is read only where
/// the body begins: the label at most <see cref="MaxLabelGap"/> blocks before the first body block (or being it), then
/// the run of list items (or numbered lines of a text capture) right under it.
/// </summary>
internal static partial class SummaryBox
{
    /// <summary>How far before the first body block the label may stand.</summary>
    public const int MaxLabelGap = 3;

    /// <summary>The name <c>--explain</c> gives the role.</summary>
    public const string Name = "summary-box";

    /// <summary>The pattern of a lexicon's summary labels, as a whole line (a colon after it allowed).</summary>
    public static LexiconPattern Pattern(Lexicon lexicon, PatternCatalog catalog) =>
        catalog.Start("summary label").AddWords(lexicon[LexiconLists.SummaryLabels], w => w)
            .Anywhere(prefix: @"^[\s【\[]*", suffix: @"[】\]]?\s*[:：]?\s*$");

    public static void Mark(IReadOnlyList<Block> blocks, int first, int last, CompiledLexicon lexicon)
    {
        var body = first;
        while (body <= last && blocks[body].Role != BlockRole.Body)
        {
            body++;
        }

        if (body > last)
        {
            return;
        }

        for (var label = Math.Max(0, first - MaxLabelGap); label <= body; label++)
        {
            if (blocks[label].Role == BlockRole.Title || blocks[label].Metrics.ReadingLength > 8 || !lexicon.SummaryLabels.IsMatch(blocks[label].Text))
            {
                continue;
            }

            for (var i = label + 1; i <= last && IsPoint(blocks[i]); i++)
            {
                if (blocks[i].Role == BlockRole.Body)
                {
                    blocks[i].SetRole(BlockRole.Boilerplate, Name);
                }
            }

            if (blocks[label].Role == BlockRole.Body)
            {
                blocks[label].SetRole(BlockRole.Boilerplate, Name);
            }

            return;
        }
    }

    private static bool IsPoint(Block block) => block.IsListItem || NumberedLine().IsMatch(block.Text);

    // A numbered point of a text capture: "1. ", "2、", "3．".
    [GeneratedRegex(@"^\d{1,2}\s*[.、．]\s*\S", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedLine();
}
