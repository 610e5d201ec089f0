using NewsExtract.Languages;
using NewsExtract.Text;

namespace NewsExtract.Decoding;

/// <summary>
/// Whether decoded text reads as Chinese, by how much of it is made of the most frequent Chinese characters: in Chinese
/// text (simplified or traditional) about 60 % of the ideographs are among the 500 most frequent, 43 % at the least on the
/// corpora's pages; Korean (EUC-KR) or Japanese (Shift_JIS) bytes read as GBK or Big5 give ideographs too — every byte
/// pair is valid — but arbitrary ones (10 % and 0 % among the 500 on generated news text). A charset claim is judged by it.
/// </summary>
internal static class ChineseText
{
    /// <summary>Below this many ideographs the share says too little.</summary>
    internal const int MinIdeographs = 100;

    /// <summary>Text whose share of common characters is below this does not read as Chinese.</summary>
    internal const double MinCommonShare = 0.2;

    // The most frequent characters of written Chinese (the ranking of Jun Da's frequency list of modern Chinese) and
    // their traditional forms: the built-in lexicons' commonCharacters, all files together. Decoding runs before a page's
    // language is known, so the built-in files are read, not a caller's extensions.
    private static readonly System.Buffers.SearchValues<char> CommonChars = System.Buffers.SearchValues.Create(
        string.Concat(LanguageRegistry.BuiltIn.Select(l => l.Tag).Distinct().SelectMany(tag => Lexicon.LoadBuiltIn(tag)[LexiconLists.CommonCharacters])));

    /// <summary>How many CJK ideographs the text holds (counting stops at <paramref name="enough"/>) and the share of them that are common.</summary>
    public static (int Ideographs, double CommonShare) Measure(ReadOnlySpan<char> text, int enough = 4096)
    {
        int ideographs = 0, common = 0;
        foreach (var c in text)
        {
            if (CharClass.IsHan(c))
            {
                ideographs++;
                common += CommonChars.Contains(c) ? 1 : 0;
                if (ideographs >= enough)
                {
                    break;
                }
            }
        }

        return (ideographs, ideographs == 0 ? 0 : (double)common / ideographs);
    }

    /// <summary>True when the text has enough ideographs to judge and few of them are common Chinese characters.</summary>
    public static bool DoesNotReadAsChinese(ReadOnlySpan<char> text, out int ideographs, out double commonShare)
    {
        (ideographs, commonShare) = Measure(text);
        return ideographs >= MinIdeographs && commonShare < MinCommonShare;
    }
}
