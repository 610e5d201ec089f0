using NewsExtract.Blocks;
using NewsExtract.Languages;

namespace NewsExtract.Classification;

/// <summary>
/// Many sites close every article with a notice of their own after its last paragraph: a reprint notice
/// (<c>本作品为…原创，转载时务请注明出处。</c>), a hotline notice with its numbers (<c>安心專線：…</c>), a call to readers
/// (<c>Chia sẻ bài viết của bạn … tại đây.</c>). A line of the body's last few holding a <c>closingNotices</c> phrase
/// ends the article there: it and every body line after it are boilerplate. The same phrase higher up, inside the
/// article's text, is left alone.
/// </summary>
internal static class ClosingNoticeRun
{
    /// <summary>The longest line read as a closing notice.</summary>
    public const int MaxNotice = 80;

    /// <summary>How many body lines without a notice, read upwards from the end (or from the last notice found), end the search.</summary>
    public const int MaxTail = 3;

    /// <summary>The name <c>--explain</c> gives the role.</summary>
    public const string Name = "closing-notice";

    /// <summary>The pattern of a lexicon's closing-notice phrases, found anywhere in a line.</summary>
    public static LexiconPattern Pattern(Lexicon lexicon, PatternCatalog catalog) =>
        catalog.Start("closing notice").AddWords(lexicon[LexiconLists.ClosingNotices], w => w).Anywhere();

    /// <summary>Marks the closing notice among the body blocks of <paramref name="first"/>..<paramref name="last"/>, and all body after it.</summary>
    public static void Mark(IReadOnlyList<Block> blocks, int first, int last, CompiledLexicon lexicon)
    {
        var start = -1;
        var without = 0;
        for (var i = last; i >= first && without < MaxTail; i--)
        {
            var block = blocks[i];
            if (block.Role != BlockRole.Body)
            {
                continue;
            }

            if (block.Metrics.ReadingLength <= MaxNotice && lexicon.ClosingNotices.IsMatch(block.Text))
            {
                start = i;
                without = 0;
            }
            else
            {
                without++;
            }
        }

        for (var i = Math.Max(start, first); start >= 0 && i <= last; i++)
        {
            if (blocks[i].Role == BlockRole.Body)
            {
                blocks[i].SetRole(BlockRole.Boilerplate, Name);
            }
        }
    }
}
