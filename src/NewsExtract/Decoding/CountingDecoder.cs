using System.Buffers;
using System.Collections.Concurrent;
using System.Text;

namespace NewsExtract.Decoding;

/// <summary>Decodes with U+FFFD replacement and counts how many replacements the decoding introduced.</summary>
internal static class CountingDecoder
{
    private static readonly ConcurrentDictionary<int, (Encoding Encoding, byte[] LiteralReplacement)> Replacing = new();

    /// <summary>
    /// Decodes all of <paramref name="bytes"/> in one pass (invalid sequences become U+FFFD);
    /// <paramref name="replacements"/> is the number of U+FFFD in the output minus those literally encoded in the input.
    /// </summary>
    public static string Decode(Encoding encoding, ReadOnlySpan<byte> bytes, out int replacements)
    {
        var (replacing, literal) = Replacing.GetOrAdd(encoding.CodePage, static (_, e) => Prepare(e), encoding);
        var text = replacing.GetString(bytes);
        replacements = 0;
        var inOutput = text.AsSpan().Count('\uFFFD');
        if (inOutput > 0)
        {
            replacements = inOutput - (literal.Length == 0 ? 0 : bytes.Count(literal));
            replacements = Math.Max(0, replacements);
        }

        return text;
    }

    /// <summary>
    /// Decodes the first <paramref name="sampleLength"/> bytes and counts their invalid sequences exactly
    /// (<paramref name="sampleInvalid"/>; a sequence the sample cuts short is left to the rest). Above
    /// <paramref name="maxSampleInvalid"/> it stops there and returns null; otherwise it decodes the rest in the same pass
    /// (invalid sequences become U+FFFD, <paramref name="replacements"/> counts them all) and returns the text. A charset
    /// claim is judged on the sample and, standing, is the page's decoding: one decode where there were two.
    /// </summary>
    public static string? DecodeUnlessSampleInvalid(Encoding encoding, ReadOnlySpan<byte> bytes, int sampleLength, int maxSampleInvalid, out int replacements, out int sampleInvalid)
    {
        var fallback = new CountingFallback();
        var counting = (Encoding)encoding.Clone();
        counting.DecoderFallback = fallback;
        var decoder = counting.GetDecoder();

        // One buffer large enough for everything: a smaller one could make the decoder back up and meet an invalid sequence twice.
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, counting.GetMaxCharCount(bytes.Length)));
        try
        {
            decoder.Convert(bytes[..sampleLength], chars, flush: false, out _, out var first, out _);
            sampleInvalid = fallback.Count;
            if (sampleInvalid > maxSampleInvalid)
            {
                replacements = sampleInvalid;
                return null;
            }

            decoder.Convert(bytes[sampleLength..], chars.AsSpan(first), flush: true, out _, out var rest, out _);
            replacements = fallback.Count;
            return new string(chars, 0, first + rest);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static (Encoding, byte[]) Prepare(Encoding encoding)
    {
        var replacing = (Encoding)encoding.Clone();
        replacing.DecoderFallback = new DecoderReplacementFallback("\uFFFD");
        byte[] literal;
        try
        {
            var strict = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            literal = strict.GetBytes("\uFFFD");
        }
        catch (ArgumentException)
        {
            literal = []; // the encoding cannot express U+FFFD, so every one in the output is a replacement
        }

        return (replacing, literal);
    }

    private sealed class CountingFallback : DecoderFallback
    {
        public int Count { get; set; }

        public override int MaxCharCount => 1;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        private sealed class Buffer(CountingFallback owner) : DecoderFallbackBuffer
        {
            private bool pending;

            public override int Remaining => pending ? 1 : 0;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                owner.Count++;
                pending = true;
                return true;
            }

            public override char GetNextChar()
            {
                if (!pending)
                {
                    return '\0';
                }

                pending = false;
                return '\uFFFD';
            }

            public override bool MovePrevious()
            {
                if (pending)
                {
                    return false;
                }

                pending = true;
                return true;
            }

            public override void Reset() => pending = false;
        }
    }
}
