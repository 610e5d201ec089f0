using System.Buffers;
using NewsExtract.Blocks;
using NewsExtract.Text;

namespace NewsExtract.Languages;

/// <summary>Tells Chinese from Vietnamese by the characters, and the two Chinese scripts by characters only one of them uses.</summary>
internal static class LanguageDetector
{
    // Frequent characters that differ between the scripts, pairwise: 这/這, 们/們, 说/說 …
    private const string SimplifiedOnly = "这们说会来为个国时发经对体还门开关实点现学长东车将进当过应问题从业产动后见记华电话让总书报图级线据认务区与内样战议边马导岁认间觉头该师员";
    private const string TraditionalOnly = "這們說會來為個國時發經對體還門開關實點現學長東車將進當過應問題從業產動後見記華電話讓總書報圖級線據認務區與內樣戰議邊馬導歲認間覺頭該師員";

    private const byte VietnameseMarker = 1;
    private const byte SimplifiedChar = 2;
    private const byte TraditionalChar = 3;

    private static readonly SearchValues<char> Simplified = SearchValues.Create(SimplifiedOnly);
    private static readonly SearchValues<char> Traditional = SearchValues.Create(TraditionalOnly);

    // What each BMP character counts as, from the tests below once per character instead of once per character of every
    // page: the per-character tests were most of the detector's time on a large page.
    private static readonly byte[] Kinds = BuildKinds();

    public static ContentLanguage Detect(IReadOnlyList<Block> blocks, string? languageTag)
    {
        long cjk = 0, vietnamese = 0, latin = 0, simplified = 0, traditional = 0;
        foreach (var block in blocks)
        {
            cjk += block.Metrics.Cjk;
            latin += block.Metrics.Latin;
            foreach (var c in block.Text)
            {
                switch (Kinds[c])
                {
                    case VietnameseMarker:
                        vietnamese++;
                        break;
                    case SimplifiedChar:
                        simplified++;
                        break;
                    case TraditionalChar:
                        traditional++;
                        break;
                }
            }
        }

        if (cjk == 0 && vietnamese == 0)
        {
            return FromTag(languageTag);
        }

        // A Vietnamese page with a few Chinese names still has far more Vietnamese syllables than ideographs.
        if (vietnamese * 3 > cjk || (cjk < 20 && vietnamese > 0))
        {
            return ContentLanguage.Vietnamese;
        }

        if (traditional > simplified * 1.5)
        {
            return ContentLanguage.ChineseTraditional;
        }

        if (simplified > 0 || traditional == 0)
        {
            return FromTag(languageTag) == ContentLanguage.ChineseTraditional && simplified <= traditional
                ? ContentLanguage.ChineseTraditional
                : ContentLanguage.ChineseSimplified;
        }

        return ContentLanguage.ChineseSimplified;
    }

    private static byte[] BuildKinds()
    {
        var kinds = new byte[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            kinds[i] = CharClass.IsVietnameseMarker(c) ? VietnameseMarker
                : !CharClass.IsCjk(c) ? (byte)0
                : Simplified.Contains(c) ? SimplifiedChar
                : Traditional.Contains(c) ? TraditionalChar
                : (byte)0;
        }

        return kinds;
    }

    private static ContentLanguage FromTag(string? tag)
    {
        if (string.IsNullOrEmpty(tag))
        {
            return ContentLanguage.Unknown;
        }

        tag = tag.ToLowerInvariant();
        if (tag.StartsWith("vi", StringComparison.Ordinal))
        {
            return ContentLanguage.Vietnamese;
        }

        if (tag.StartsWith("zh", StringComparison.Ordinal))
        {
            return tag.Contains("hant", StringComparison.Ordinal) || tag.Contains("tw", StringComparison.Ordinal) || tag.Contains("hk", StringComparison.Ordinal)
                ? ContentLanguage.ChineseTraditional
                : ContentLanguage.ChineseSimplified;
        }

        return ContentLanguage.Unknown;
    }
}
