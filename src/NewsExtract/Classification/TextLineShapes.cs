using System.Buffers;
using System.Text.RegularExpressions;
using NewsExtract.Blocks;

namespace NewsExtract.Classification;

/// <summary>Shapes of plain-text lines that are never the headline or a paragraph.</summary>
internal static partial class TextLineShapes
{
    /// <summary>
    /// A link to the previous or next article (<c>上一篇：…</c>, <c>下一条：…</c>, <c>Bài trước:</c>) or a keyword/tag label
    /// (<c>关键词：…</c>, <c>相关标签：</c>, <c>Tags:</c>): the page's furniture under an article, never inside one.
    /// </summary>
    [GeneratedRegex(@"^\s*[【\[]?\s*(?:上一篇|下一篇|上一条|下一条|上一則|下一則|上一篇文章|下一篇文章|上篇|下篇|Bài trước|Bài sau|Bài tiếp theo|Previous|Next|(?:文章|相关|相關)?(?:关键字|关键词|關鍵字|關鍵詞|标签|標籤)|Tags?|Từ khóa|Từ khoá)\s*[】\]]?\s*[:：]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex ArticleFooter();

    /// <summary>A site's contact line: two of address, telephone, fax, postcode or e-mail labels on one line.</summary>
    public static bool IsContactLine(string text) => ContactLabel().Count(text) >= 2;

    [GeneratedRegex(@"(?:地址|電話|电话|传真|傳真|邮编|郵編|邮箱|E-?mail|Địa chỉ|Điện thoại|Fax|Tel)\s*[:：]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ContactLabel();

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
            if (c == ' ' || c == '|' || c == '·' || c == '/')
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
