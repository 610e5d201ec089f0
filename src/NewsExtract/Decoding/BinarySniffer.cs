using System.Text;

namespace NewsExtract.Decoding;

/// <summary>Recognises non-text input (images, PDFs, archives, random bytes) and BOM-less UTF-16.</summary>
internal static class BinarySniffer
{
    private const int SampleSize = 8 * 1024;

    /// <summary>True when the bytes are not text in any ASCII-compatible encoding.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (HasBinarySignature(bytes))
        {
            return true;
        }

        var sample = bytes[..Math.Min(bytes.Length, SampleSize)];
        if (sample.IsEmpty)
        {
            return false;
        }

        var suspicious = 0;
        foreach (var b in sample)
        {
            // C0 controls other than \t \n \f \r and ESC (ISO-2022) do not occur in text.
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D or 0x1B))
            {
                suspicious++;
            }
        }

        return suspicious * 50 > sample.Length; // more than 2%
    }

    /// <summary>
    /// Recognises UTF-16 and UTF-32 text without a byte-order mark from the byte pattern; null when it is neither.
    /// UTF-32 has a zero byte in every code unit's top position (and at most 0x10 next to it); UTF-16 text has NUL bytes
    /// (ASCII markup, spaces and line breaks are each a byte and a NUL), which no ASCII-compatible encoding of text has,
    /// and read in the right byte order it is made of the characters text is made of (<see cref="IsTextChar"/>) — CJK,
    /// Latin and Vietnamese letters, punctuation — where the wrong order, or binary, gives reserved and private-use code
    /// points, controls and broken surrogates. A Chinese page in UTF-16 has few NULs (25 % of its odd bytes), so their
    /// share alone cannot tell it.
    /// </summary>
    public static Encoding? DetectBomlessUnicode(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleSize)];
        if (sample.Length < 16 || sample.Count((byte)0) * 64 < sample.Length)
        {
            return null;
        }

        foreach (var bigEndian in (ReadOnlySpan<bool>)[false, true])
        {
            if (TextShare32(sample[..(sample.Length & ~3)], bigEndian) >= 0.95)
            {
                return new UTF32Encoding(bigEndian, byteOrderMark: false);
            }
        }

        var even = sample[..(sample.Length & ~1)];
        var little = TextShare16(even, bigEndian: false);
        var big = TextShare16(even, bigEndian: true);
        return little >= 0.95 && little > big ? Encoding.Unicode : big >= 0.95 && big > little ? Encoding.BigEndianUnicode : null;
    }

    /// <summary>The share of the sample's UTF-32 code units that are text characters (0 when any unit is out of Unicode).</summary>
    private static double TextShare32(ReadOnlySpan<byte> sample, bool bigEndian)
    {
        if (sample.Length < 16)
        {
            return 0;
        }

        int units = sample.Length / 4, text = 0;
        for (var i = 0; i < sample.Length; i += 4)
        {
            var unit = bigEndian
                ? (sample[i] << 24) | (sample[i + 1] << 16) | (sample[i + 2] << 8) | sample[i + 3]
                : (sample[i + 3] << 24) | (sample[i + 2] << 16) | (sample[i + 1] << 8) | sample[i];
            if (unit is < 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
            {
                return 0;
            }

            text += unit > 0xFFFF || IsTextChar((char)unit) ? 1 : 0;
        }

        return (double)text / units;
    }

    /// <summary>The share of the sample's UTF-16 code units that are text characters (a well-formed surrogate pair counts as two).</summary>
    private static double TextShare16(ReadOnlySpan<byte> sample, bool bigEndian)
    {
        int units = sample.Length / 2, text = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            var c = (char)(bigEndian ? (sample[i] << 8) | sample[i + 1] : (sample[i + 1] << 8) | sample[i]);
            if (char.IsHighSurrogate(c) && i + 3 < sample.Length)
            {
                var next = (char)(bigEndian ? (sample[i + 2] << 8) | sample[i + 3] : (sample[i + 3] << 8) | sample[i + 2]);
                if (char.IsLowSurrogate(next))
                {
                    text += 2;
                    i += 2;
                }

                continue;
            }

            text += IsTextChar(c) ? 1 : 0;
        }

        return (double)text / units;
    }

    /// <summary>
    /// Characters news text is made of: tab, line breaks, printable ASCII, Latin letters with their marks (Vietnamese
    /// included), general and CJK punctuation, kana, CJK ideographs, Hangul, full-width forms. Not: controls, the
    /// blocks of other scripts, private use, surrogates, noncharacters — which is what bytes read in the wrong order or
    /// binary mostly give.
    /// </summary>
    internal static bool IsTextChar(char c) => c switch
    {
        '\t' or '\n' or '\r' => true,
        >= ' ' and <= '~' => true,
        >= '\u00A0' and <= '\u024F' => true, // Latin-1 supplement, Latin Extended-A and -B
        >= '\u0300' and <= '\u036F' => true, // combining marks (decomposed Vietnamese tones)
        >= '\u1E00' and <= '\u1EFF' => true, // Latin Extended Additional (Vietnamese)
        >= '\u2000' and <= '\u206F' => true, // general punctuation
        >= '\u2100' and <= '\u22FF' => true, // letterlike symbols, number forms, arrows, maths
        >= '\u2460' and <= '\u27BF' => true, // enclosed numbers, box drawing, shapes, dingbats
        >= '\u3000' and <= '\u30FF' => true, // CJK punctuation, kana
        >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' => true, // CJK ideographs
        >= '\uAC00' and <= '\uD7A3' => true, // Hangul syllables
        >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFFEF' => true, // CJK compatibility and full-width forms
        _ => false,
    };

    private static bool HasBinarySignature(ReadOnlySpan<byte> b) =>
        Starts(b, 0x89, 0x50, 0x4E, 0x47) // PNG
        || b.StartsWith("%PDF-"u8) || b.StartsWith("GIF8"u8) || Starts(b, 0xFF, 0xD8, 0xFF) // JPEG
        || Starts(b, 0x50, 0x4B, 0x03, 0x04) || Starts(b, 0x1F, 0x8B) || b.StartsWith("RIFF"u8) // zip, gzip, webp/wav
        || Starts(b, 0x7F, 0x45, 0x4C, 0x46) || b.StartsWith("wOFF"u8) || b.StartsWith("wOF2"u8) // ELF, fonts
        || b.StartsWith("OggS"u8) || Starts(b, 0x00, 0x00, 0x01, 0x00) || Starts(b, 0x28, 0xB5, 0x2F, 0xFD) // ico, zstd
        || b.StartsWith("BZh"u8) || Starts(b, 0x37, 0x7A, 0xBC, 0xAF) || Starts(b, 0xD0, 0xCF, 0x11, 0xE0) // bzip2, 7z, OLE
        || (b.Length > 12 && b[4..].StartsWith("ftyp"u8)); // MP4/HEIC

    private static bool Starts(ReadOnlySpan<byte> b, params ReadOnlySpan<byte> prefix) => b.StartsWith(prefix);
}
