using System.Buffers;
using System.Collections.Concurrent;
using System.Text;

namespace NewsExtract.Decoding;

/// <summary>Decodes with U+FFFD replacement and counts how many replacements the decoding introduced.</summary>
internal static class CountingDecoder
{
    private static readonly ConcurrentDictionary<int, (Encoding Encoding, byte[] LiteralReplacement)> Replacing = new();

    /// <summary>Bytes decoded between two looks at the cancellation token.</summary>
    internal const int ChunkBytes = 1 << 20;

    /// <summary>
    /// Decodes all of <paramref name="bytes"/> (invalid sequences become U+FFFD); <paramref name="replacements"/> is the
    /// number of U+FFFD in the output minus those literally encoded in the input. Input over <see cref="ChunkBytes"/> is
    /// decoded a chunk at a time — counted, then decoded straight into the string — with the token checked before each.
    /// </summary>
    /// <remarks><paramref name="progress"/> is told the number of bytes decoded so far after each chunk (for tests).</remarks>
    public static string Decode(Encoding encoding, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken, out int replacements, Action<long>? progress = null)
    {
        var (replacing, literal) = Replacing.GetOrAdd(encoding.CodePage, static (_, e) => Prepare(e), encoding);
        cancellationToken.ThrowIfCancellationRequested();
        var text = bytes.Length <= ChunkBytes ? replacing.GetString(bytes.Span) : DecodeInChunks(replacing, bytes, progress, cancellationToken);
        replacements = 0;
        var inOutput = text.AsSpan().Count('\uFFFD');
        if (inOutput > 0)
        {
            replacements = inOutput - (literal.Length == 0 ? 0 : bytes.Span.Count(literal));
            replacements = Math.Max(0, replacements);
        }

        return text;
    }

    /// <inheritdoc cref="Decode(Encoding, ReadOnlyMemory{byte}, CancellationToken, out int, Action{long}?)"/>
    public static string Decode(Encoding encoding, ReadOnlySpan<byte> bytes, out int replacements) =>
        Decode(encoding, bytes.ToArray(), CancellationToken.None, out replacements);

    private static string DecodeInChunks(Encoding encoding, ReadOnlyMemory<byte> bytes, Action<long>? progress, CancellationToken cancellationToken)
    {
        // Counted by decoding into a scratch buffer: a decoder's GetCharCount keeps no state from one chunk to the next,
        // so a character cut at a chunk's edge would count twice. Only pages over a megabyte pay for the second pass.
        var counter = encoding.GetDecoder();
        var scratch = ArrayPool<char>.Shared.Rent(64 * 1024);
        long length = 0;
        try
        {
            var rest = bytes.Span;
            for (var round = 0; ; round++)
            {
                if (round % 16 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested(); // every 16 × 64 Ki characters
                }

                counter.Convert(rest, scratch, flush: true, out var used, out var made, out var completed);
                length += made;
                rest = rest[used..];
                if (completed)
                {
                    break;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(scratch);
        }

        if (length > MaxStringLength)
        {
            throw new ExtractionLimitException($"The input decodes to {length:N0} characters, more than a string can hold.");
        }

        return string.Create((int)length, (encoding, bytes, cancellationToken, progress), static (chars, state) =>
        {
            var decoder = state.encoding.GetDecoder();
            var bytes = state.bytes.Span;
            var written = 0;
            for (var at = 0; at < bytes.Length; at += ChunkBytes)
            {
                state.cancellationToken.ThrowIfCancellationRequested();
                var chunk = bytes.Slice(at, Math.Min(ChunkBytes, bytes.Length - at));
                decoder.Convert(chunk, chars[written..], flush: at + chunk.Length == bytes.Length, out _, out var used, out _);
                written += used;
                state.progress?.Invoke(at + chunk.Length);
            }
        });
    }

    // The longest string .NET can make.
    private const int MaxStringLength = 0x3FFFFFDF;

    /// <summary>
    /// Decodes the first <paramref name="sampleLength"/> bytes and counts their invalid sequences exactly
    /// (<paramref name="sampleInvalid"/>; a sequence the sample cuts short is left to the rest). Above
    /// <paramref name="maxSampleInvalid"/> it stops there and returns null; otherwise it decodes the rest (invalid
    /// sequences become U+FFFD, <paramref name="replacements"/> counts them all) and returns the text. A charset claim is
    /// judged on the sample and, standing, is the page's decoding: up to a megabyte in the same pass, one decode where
    /// there were two; a larger page is decoded again from the start, a chunk at a time straight into the string, so no
    /// buffer of its size is held (or kept by the pool) besides the string.
    /// </summary>
    public static string? DecodeUnlessSampleInvalid(Encoding encoding, ReadOnlyMemory<byte> input, int sampleLength, int maxSampleInvalid, CancellationToken cancellationToken, out int replacements, out int sampleInvalid)
    {
        var fallback = new CountingFallback();
        var counting = (Encoding)encoding.Clone();
        counting.DecoderFallback = fallback;
        var decoder = counting.GetDecoder();
        var bytes = input.Span;
        var whole = bytes.Length <= ChunkBytes;

        // One buffer large enough for what is decoded here: a smaller one could make the decoder back up and meet an
        // invalid sequence twice.
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, counting.GetMaxCharCount(whole ? bytes.Length : sampleLength)));
        try
        {
            decoder.Convert(bytes[..sampleLength], chars, flush: false, out _, out var first, out _);
            sampleInvalid = fallback.Count;
            if (sampleInvalid > maxSampleInvalid)
            {
                replacements = sampleInvalid;
                return null;
            }

            if (!whole)
            {
                return Decode(encoding, input, cancellationToken, out replacements);
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
