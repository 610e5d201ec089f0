using System.Text;
using UtfUnknown;

namespace NewsExtract.Decoding;

/// <summary>Guesses the encoding of bytes that are not valid UTF-8, from a sample.</summary>
internal static class EncodingDetector
{
    /// <summary>How many bytes the detector looks at; enough for any page head plus some text, cheap on huge input.</summary>
    public const int SampleSize = 64 * 1024;

    /// <summary>Confidence from which a Chinese multi-byte guess overrules a legacy charset claim.</summary>
    public const float ConfidentCjk = 0.9f;

    /// <summary>The detected encoding, a human-readable reason, and whether it is a confident GB18030/Big5 guess.</summary>
    public static (Encoding Encoding, string Reason, bool ConfidentCjk) Detect(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleSize)];
        var detected = CharsetDetector.DetectFromBytes(sample).Detected;
        var name = detected?.EncodingName;
        var encoding = CharsetNames.Resolve(name);
        var confidence = detected?.Confidence ?? 0f;

        if (encoding is not null && encoding.CodePage is 54936 or 950 or 936)
        {
            return (encoding, $"UTF.Unknown: {name} ({confidence:0.00})", confidence >= ConfidentCjk);
        }

        if (encoding is null || encoding.IsSingleByte)
        {
            // UTF.Unknown cannot tell Windows-1258 from Windows-1252; the tone-mark test can.
            if (VietnameseScore.LooksLikeWindows1258(sample))
            {
                return (CharsetNames.Windows1258, $"Vietnamese tone marks in single-byte text (UTF.Unknown said {name ?? "nothing"})", false);
            }

            if (encoding is null || encoding.CodePage == 1258)
            {
                return (CharsetNames.Windows1252, $"no confident guess (UTF.Unknown said {name ?? "nothing"}); assumed windows-1252", false);
            }
        }

        return (encoding, $"UTF.Unknown: {name} ({confidence:0.00})", false);
    }
}
