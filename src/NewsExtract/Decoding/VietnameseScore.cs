namespace NewsExtract.Decoding;

/// <summary>
/// Tells Windows-1258 Vietnamese from Western single-byte text. Windows-1258 writes most tones as combining marks
/// (bytes CC, EC, D2, DE, F2) right after a vowel; in Windows-1252/ISO-8859-1 those bytes are Ì ì Ò Þ ò and almost
/// never follow a vowel.
/// </summary>
internal static class VietnameseScore
{
    /// <summary>True when <paramref name="sample"/> reads as Windows-1258 Vietnamese.</summary>
    public static bool LooksLikeWindows1258(ReadOnlySpan<byte> sample)
    {
        var pairs = 0;
        var vietLetters = 0;
        var high = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            var b = sample[i];
            if (b < 0x80)
            {
                continue;
            }

            high++;
            if (IsToneMark(b) && i > 0 && IsVowel(sample[i - 1]))
            {
                pairs++;
            }
            else if (b is 0xF0 or 0xD0 or 0xF5 or 0xD5 or 0xFD or 0xDD or 0xE3 or 0xC3)
            {
                vietLetters++; // đ Đ ơ Ơ ư Ư ă Ă
            }
        }

        return pairs >= 3 && pairs * 8 >= high && pairs + vietLetters >= high / 4;
    }

    private static bool IsToneMark(byte b) => b is 0xCC or 0xEC or 0xD2 or 0xDE or 0xF2;

    private static bool IsVowel(byte b) => b is (byte)'a' or (byte)'e' or (byte)'i' or (byte)'o' or (byte)'u' or (byte)'y'
        or (byte)'A' or (byte)'E' or (byte)'I' or (byte)'O' or (byte)'U' or (byte)'Y'
        or 0xE2 or 0xEA or 0xF4 or 0xF5 or 0xFD or 0xE3 or 0xC2 or 0xCA or 0xD4 or 0xD5 or 0xDD or 0xC3;
}
