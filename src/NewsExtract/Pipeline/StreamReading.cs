namespace NewsExtract.Pipeline;

internal static class StreamReading
{
    // The first buffer for a stream of unknown length; it doubles from there.
    private const int FirstBuffer = 64 * 1024;

    /// <summary>
    /// Reads the rest of a stream, refusing more than <paramref name="maxBytes"/>: at most <paramref name="maxBytes"/> + 1
    /// bytes are ever read (the one past the limit proves it is exceeded), so an endless stream costs no more than the
    /// limit. A stream that tells its length is read into one buffer of that size; another grows its buffer by doubling,
    /// so the bytes held never pass twice what was read.
    /// </summary>
    /// <exception cref="ExtractionLimitException">The stream holds more than <paramref name="maxBytes"/> bytes.</exception>
    public static async Task<ReadOnlyMemory<byte>> ReadAllAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var limit = Math.Min(maxBytes, Array.MaxLength - 1L);
        var buffer = new byte[(int)Math.Min(limit + 1, InitialSize(stream))];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                // Full: grow, never past the one byte that shows the limit is exceeded.
                Array.Resize(ref buffer, (int)Math.Min(limit + 1, Math.Max(FirstBuffer, 2L * buffer.Length)));
            }

            var read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.AsMemory(0, total);
            }

            total += read;
            if (total > limit)
            {
                throw new ExtractionLimitException(limit < maxBytes
                    ? $"The input exceeds {limit:N0} bytes, the most one array can hold."
                    : $"The input exceeds the limit of {maxBytes:N0} bytes.");
            }
        }
    }

    /// <summary>The rest of a stream that tells its length (plus one byte, to see its end without growing), else a first buffer.</summary>
    private static long InitialSize(Stream stream)
    {
        try
        {
            if (stream.CanSeek && stream.Length - stream.Position is var rest and >= 0)
            {
                return rest + 1;
            }
        }
        catch (Exception e) when (e is NotSupportedException or IOException)
        {
            // A stream that claims to seek but cannot tell its length (some pipes and devices): read it as one that does not.
        }

        return FirstBuffer;
    }
}
