using NewsExtract.Blocks;

namespace NewsExtract.Classification;

/// <summary>Shapes of plain-text lines that are never the headline or a paragraph.</summary>
internal static class TextLineShapes
{
    /// <summary>
    /// A menu or tag cloud: four or more space-separated short words (CJK words of up to three characters,
    /// Latin ones of one or two syllables, menu separators like <c>|</c>).
    /// </summary>
    public static bool IsWordRun(Block block)
    {
        var text = block.Text;
        int words = 0, letters = 0, inWord = 0, longest = 0;
        var cjk = block.Metrics.Cjk > block.Metrics.Latin;
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

        if (words < 4 || block.Metrics.Punctuation > 1)
        {
            return false;
        }

        return cjk && (double)letters / words <= 3.2 && longest <= 6;
    }
}
