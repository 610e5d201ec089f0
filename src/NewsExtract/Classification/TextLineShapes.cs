using System.Buffers;
using System.Text.RegularExpressions;
using NewsExtract.Blocks;
using NewsExtract.Languages;
using NewsExtract.Text;

namespace NewsExtract.Classification;

/// <summary>Shapes of plain-text lines that are never the headline or a paragraph.</summary>
internal static class TextLineShapes
{
    // What separates the words of a menu: the cheap test below and the count use the same set.
    private static readonly SearchValues<char> WordSeparators = SearchValues.Create(" |·/");

    /// <summary>
    /// A menu or tag cloud: four or more space-separated short words (CJK words of up to three characters,
    /// Latin ones of one or two syllables, menu separators like <c>|</c>).
    /// </summary>
    public static bool IsWordRun(Block block)
    {
        // The cheap conditions first: a CJK line, at most one punctuation mark, and a separator somewhere (for four words).
        var text = block.Text;
        if (block.Metrics.Cjk <= block.Metrics.Latin || block.Metrics.Punctuation > 1 || !text.AsSpan().ContainsAny(WordSeparators))
        {
            return false;
        }

        int words = 0, letters = 0, inWord = 0, longest = 0;
        foreach (var c in text)
        {
            if (WordSeparators.Contains(c))
            {
                if (inWord > 0)
                {
                    words++;
                    longest = Math.Max(longest, inWord);
                }

                inWord = 0;
                continue;
            }

            inWord++;
            letters++;
        }

        if (inWord > 0)
        {
            words++;
            longest = Math.Max(longest, inWord);
        }

        return words >= 4 && (double)letters / words <= 3.2 && longest <= 6;
    }
}

/// <summary>The lexicon's furniture lines: the links and tags under an article, a site's contact line.</summary>
internal sealed class LineShapePatterns
{
    public LineShapePatterns(Lexicon lexicon, PatternCatalog catalog)
    {
        var colon = @"\s*" + Separators.Class(Separators.Colons);
        ArticleFooter = catalog.Start("article footer label", RegexOptions.IgnoreCase)
            .AddWords(lexicon[LexiconLists.ArticleFooterLabels], w => w)
            .AtStart(@"[\s【\[]", prefix: @"^\s*[【\[]?\s*", suffix: @"\s*[】\]]?" + colon);
        _contactLabel = catalog.Start("contact label", RegexOptions.IgnoreCase)
            .AddWords(lexicon[LexiconLists.ContactLabels], w => w)
            .Anywhere(suffix: colon);
    }

    private readonly LexiconPattern _contactLabel;

    /// <summary>
    /// A link to the previous or next article (<c>上一篇：…</c>, <c>下一条：…</c>, <c>Bài trước:</c>) or a keyword/tag label
    /// (<c>关键词：…</c>, <c>相关标签：</c>, <c>Tags:</c>): the page's furniture under an article, never inside one.
    /// </summary>
    public LexiconPattern ArticleFooter { get; }

    /// <summary>A site's contact line: two of address, telephone, fax, postcode or e-mail labels on one line.</summary>
    public bool IsContactLine(string text) => _contactLabel.Count(text) >= 2;
}
