using System.Runtime.CompilerServices;

namespace NewsExtract.Text;

/// <summary>Character classes the block features are counted in.</summary>
internal static class CharClass
{
    /// <summary>CJK ideographs (BMP blocks only: extension planes are rare in news text).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

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

    /// <summary>Letters only Vietnamese uses among Latin scripts (ơ ư đ and the tone-marked vowels of U+1EA0–U+1EF9).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsVietnameseMarker(char c) => c is 'ơ' or 'Ơ' or 'ư' or 'Ư' or 'đ' or 'Đ' or 'ă' or 'Ă' || (c >= '\u1EA0' && c <= '\u1EF9');
}
