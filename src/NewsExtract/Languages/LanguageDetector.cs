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

    // A 21-bit field holds any count up to FieldChunk.
    private const int FieldChunk = 1 << 20;
    private const ulong FieldMask = (1UL << 21) - 1;

    private static readonly SearchValues<char> Simplified = SearchValues.Create(SimplifiedOnly);
    private static readonly SearchValues<char> Traditional = SearchValues.Create(TraditionalOnly);

    // What each BMP character counts as, from the tests below once per character instead of once per character of every
    // page: the per-character tests were most of the detector's time on a large page.
    internal static readonly byte[] Kinds = BuildKinds();

    public static ContentLanguage Detect(IReadOnlyList<Block> blocks, string? languageTag)
    {
        long cjk = 0, vietnamese = 0, simplified = 0, traditional = 0;
        foreach (var block in blocks)
        {
            cjk += block.Metrics.Cjk;
        }

        foreach (var block in blocks)
        {
            var (v, s, t) = CountKinds(block.Text);
            vietnamese += v;
            simplified += s;
            traditional += t;

            // More blocks only add Vietnamese markers: once the test holds, the rest of the page cannot change the answer.
            if (IsVietnamese(vietnamese, cjk))
            {
                return ContentLanguage.Vietnamese;
            }
        }

        if (cjk == 0 && vietnamese == 0)
        {
            return FromTag(languageTag);
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

    // A Vietnamese page with a few Chinese names still has far more Vietnamese syllables than ideographs.
    private static bool IsVietnamese(long vietnamese, long cjk) => vietnamese * 3 > cjk || (cjk < 20 && vietnamese > 0);

    /// <summary>The Vietnamese markers, simplified-only and traditional-only characters of <paramref name="text"/>.</summary>
    internal static (long Vietnamese, long Simplified, long Traditional) CountKinds(ReadOnlySpan<char> text)
    {
        // The three kinds are counted in one register, a field of 21 bits each (emptied every FieldChunk characters): no
        // branch per character (most are of no kind, and a switch on the kind mispredicted) and no counter in memory.
        ReadOnlySpan<ulong> increments = [0, 1, 1UL << 21, 1UL << 42];
        var table = Kinds;
        long vietnamese = 0, simplified = 0, traditional = 0;
        for (; !text.IsEmpty; text = text[Math.Min(text.Length, FieldChunk)..])
        {
            ulong fields = 0;
            foreach (var c in text[..Math.Min(text.Length, FieldChunk)])
            {
                fields += increments[table[c]];
            }

            vietnamese += (long)(fields & FieldMask);
            simplified += (long)((fields >> 21) & FieldMask);
            traditional += (long)(fields >> 42);
        }

        return (vietnamese, simplified, traditional);
    }

    private static byte[] BuildKinds()
    {
        var kinds = new byte[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            kinds[i] = CharClass.IsVietnameseMarker(c) ? VietnameseMarker
                : !CharClass.IsHan(c) ? (byte)0
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
