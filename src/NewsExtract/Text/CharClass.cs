using System.Runtime.CompilerServices;

namespace NewsExtract.Text;

/// <summary>Character classes the block features are counted in.</summary>
internal static class CharClass
{
    /// <summary>
    /// Han ideographs: the CJK unified ideographs, extension A and the compatibility ideographs (BMP blocks only:
    /// extension planes are rare in news text). The one definition; <see cref="HanClass"/> is the same as a regex class.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary><see cref="IsHan"/> as a regex character class (a unit test holds the two equal over the BMP).</summary>
    public const string HanClass = "[\\u4E00-\\u9FFF\\u3400-\\u4DBF\\uF900-\\uFAFF]";

    /// <summary>Sentence punctuation that marks running text: full-width ，。、！？：；“” and ASCII .,!?;: .</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSentencePunctuation(char c) => c switch
    {
        '，' or '。' or '、' or '！' or '？' or '；' or '：' or '“' or '”' or '「' or '」' or '…' => true,
        ',' or '.' or '!' or '?' or ';' => true,
        _ => false,
    };

    /// <summary>Sentence-final punctuation (ends a paragraph of running text).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '.' or '!' or '?' or '…' or '”' or '"' or '」' or '）' or ')';

    /// <summary>Latin letters including Vietnamese precomposed ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLatinLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' || (c >= '\u00C0' && c <= '\u024F') || (c >= '\u1E00' && c <= '\u1EFF');
}
