namespace NewsExtract.Crawl;

/// <summary>
/// A buffered reader over an archive's (decompressed) bytes: header lines are parsed from the buffer, record blocks are
/// copied out or skipped. The buffer holds at most <see cref="MaxBuffered"/> bytes, whatever the file.
/// </summary>
internal sealed class ArchiveByteReader(Stream source, ReadOnlySpan<byte> alreadyRead)
{
    /// <summary>The most a header block (WARC or HTTP) may take.</summary>
    public const int MaxBuffered = 256 * 1024;

    private readonly byte[] _buffer = InitialBuffer(alreadyRead);
    private int _start;
    private int _end = alreadyRead.Length;
    private long _base;   // stream position of _buffer[0]
    private bool _eof;

    /// <summary>The stream position of the next unread byte.</summary>
    public long Position => _base + _start;

    /// <summary>The unread bytes in the buffer.</summary>
    public ReadOnlySpan<byte> Buffered => _buffer.AsSpan(_start, _end - _start);

    public bool AtEnd => _eof && _start == _end;

    private static byte[] InitialBuffer(ReadOnlySpan<byte> alreadyRead)
    {
        var buffer = new byte[MaxBuffered];
        alreadyRead.CopyTo(buffer);
        return buffer;
    }

    public void Advance(int count) => _start += count;

    /// <summary>Reads more into the buffer; false when nothing more came (end of the stream, or the buffer is full).</summary>
    public async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_eof)
        {
            return false;
        }

        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _base += _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            return false;
        }

        var read = await source.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            _eof = true;
            return false;
        }

        _end += read;
        return true;
    }

    /// <summary>
    /// Finds <paramref name="terminator"/> (a blank line ending a header block) in the buffer, reading more as needed.
    /// Returns the index just past it, relative to the unread bytes; -1 when the stream or the buffer ran out first.
    /// </summary>
    public async ValueTask<int> FindAsync(byte[] terminator, byte[] alternative, CancellationToken cancellationToken)
    {
        var searched = 0;
        while (true)
        {
            var span = Buffered;
            var at = IndexOfEither(span, searched, terminator, alternative, out var length);
            if (at >= 0)
            {
                return at + length;
            }

            searched = Math.Max(0, span.Length - terminator.Length);
            if (!await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                return -1;
            }
        }
    }

    private static int IndexOfEither(ReadOnlySpan<byte> span, int from, byte[] first, byte[] second, out int length)
    {
        var a = span[from..].IndexOf(first);
        var b = span[from..].IndexOf(second);
        if (a >= 0 && (b < 0 || a <= b))
        {
            length = first.Length;
            return from + a;
        }

        length = second.Length;
        return b >= 0 ? from + b : -1;
    }

    /// <summary>Copies up to <paramref name="destination"/>'s length; returns how many bytes there were.</summary>
    public async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken)
    {
        var total = 0;
        while (total < destination.Length)
        {
            if (_start == _end)
            {
                if (_eof)
                {
                    break;
                }

                // Large blocks go straight from the source; small reads go through the buffer.
                if (destination.Length - total >= _buffer.Length / 4)
                {
                    var direct = await source.ReadAsync(destination[total..], cancellationToken).ConfigureAwait(false);
                    if (direct == 0)
                    {
                        _eof = true;
                        break;
                    }

                    total += direct;
                    _base += direct;
                    continue;
                }

                if (!await FillAsync(cancellationToken).ConfigureAwait(false))
                {
                    break;
                }
            }

            var count = Math.Min(_end - _start, destination.Length - total);
            _buffer.AsSpan(_start, count).CopyTo(destination.Span[total..]);
            _start += count;
            total += count;
        }

        return total;
    }

    /// <summary>Skips up to <paramref name="count"/> bytes; returns how many there were.</summary>
    public async ValueTask<long> SkipAsync(long count, CancellationToken cancellationToken)
    {
        long skipped = 0;
        while (skipped < count)
        {
            if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                break;
            }

            var step = (int)Math.Min(_end - _start, count - skipped);
            _start += step;
            skipped += step;
        }

        return skipped;
    }

    /// <summary>Forgets the buffered bytes (after the source skipped past corrupt data).</summary>
    public void Discard(long newPosition)
    {
        _start = _end = 0;
        _base = newPosition;
        _eof = false;
    }
}
