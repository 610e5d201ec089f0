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

    /// <summary>Recognises UTF-16 text without a BOM by where its NUL bytes fall; null when it is not that.</summary>
    public static Encoding? DetectBomlessUtf16(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, SampleSize) & ~1)];
        if (sample.Length < 16)
        {
            return null;
        }

        int evenNul = 0, oddNul = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenNul += sample[i] == 0 ? 1 : 0;
            oddNul += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddNul * 10 >= pairs * 4 && evenNul * 50 < pairs)
        {
            return Encoding.Unicode; // ASCII in UTF-16LE: 'a' 00
        }

        if (evenNul * 10 >= pairs * 4 && oddNul * 50 < pairs)
        {
            return Encoding.BigEndianUnicode;
        }

        return null;
    }

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
