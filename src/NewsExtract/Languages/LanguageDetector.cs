using NewsExtract.Blocks;
using NewsExtract.Text;

namespace NewsExtract.Languages;

/// <summary>
/// Tells Chinese from Vietnamese by the characters, and the two Chinese scripts by characters only one of them uses. The
/// characters are each language's <c>detectorLetters</c>, counted as its <see cref="DetectorRole"/> in the registry
/// says: frequent characters that differ between the scripts (这/這, 们/們, 说/說…), the letters only Vietnamese uses
/// among Latin scripts (ơ ư đ and the tone-marked vowels). Immutable; shared by all threads.
/// </summary>
internal sealed class LanguageDetector
{
    private const byte VietnameseMarker = 1;
    private const byte SimplifiedChar = 2;
    private const byte TraditionalChar = 3;

    // A 21-bit field holds any count up to FieldChunk.
    private const int FieldChunk = 1 << 20;
    private const ulong FieldMask = (1UL << 21) - 1;

    /// <param name="letters">Each registered language's detector letters, with its role.</param>
    public LanguageDetector(IEnumerable<(DetectorRole Role, IReadOnlyList<string> Letters)> letters) => Kinds = BuildKinds(letters);

    /// <summary>The detector of the built-in lexicons.</summary>
    public static LanguageDetector BuiltIn => LanguageKnowledge.For([]).Detector;

    // What each BMP character counts as, worked out once per character instead of once per character of every page: the
    // per-character tests were most of the detector's time on a large page.
    internal byte[] Kinds { get; }

    public ContentLanguage Detect(IReadOnlyList<Block> blocks, string? languageTag)
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
    internal (long Vietnamese, long Simplified, long Traditional) CountKinds(ReadOnlySpan<char> text)
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

    // A Latin language's letters count as its own; a script's letters count only where they are Han characters.
    private static byte[] BuildKinds(IEnumerable<(DetectorRole Role, IReadOnlyList<string> Letters)> letters)
    {
        var kinds = new byte[char.MaxValue + 1];
        foreach (var (role, list) in letters.OrderBy(l => l.Role == DetectorRole.LatinLetters ? 1 : 0))
        {
            var kind = role switch
            {
                DetectorRole.LatinLetters => VietnameseMarker,
                DetectorRole.SimplifiedScript => SimplifiedChar,
                DetectorRole.TraditionalScript => TraditionalChar,
                _ => (byte)0,
            };
            foreach (var letter in list.Where(l => l.Length == 1))
            {
                var c = letter[0];
                if (kind == VietnameseMarker || (CharClass.IsHan(c) && kinds[c] == 0))
                {
                    kinds[c] = kind;
                }
            }
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
