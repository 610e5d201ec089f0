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

    /// <summary>Counts the invalid sequences of a (small) sample exactly, decoding it once; for scoring candidate encodings.</summary>
    public static int CountInvalid(Encoding encoding, ReadOnlySpan<byte> sample)
    {
        var fallback = new CountingFallback();
        var counting = (Encoding)encoding.Clone();
        counting.DecoderFallback = fallback;
        var decoder = counting.GetDecoder();

        // Only the count is wanted: the characters go to a pooled buffer, still large enough for the whole sample in one
        // call (a smaller one could make the decoder back up and meet an invalid sequence twice).
        var chars = ArrayPool<char>.Shared.Rent(counting.GetMaxCharCount(sample.Length));
        try
        {
            decoder.Convert(sample, chars, flush: false, out _, out _, out _);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }

        return fallback.Count;
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
