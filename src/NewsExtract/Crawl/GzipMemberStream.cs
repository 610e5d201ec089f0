using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace NewsExtract.Crawl;

/// <summary>
/// Decompresses a multi-member gzip file (a <c>.warc.gz</c>: one member per record, or any other split) member by member,
/// as one continuous stream, knowing where each member starts in the compressed file. A corrupt or truncated member
/// throws <see cref="InvalidDataException"/>; <see cref="ResyncAsync"/> then skips to the next member that inflates.
/// </summary>
/// <remarks>
/// The runtime's inflater (zlib) reads its input in chunks and does not say how much of the last one it used, so a member's
/// end is found from its trailer: the first place in the last chunks served whose CRC-32 and length match the bytes the
/// member inflated to (a 64-bit match). Only the input buffer (128 KiB) and the inflater's window are held.
/// </remarks>
internal sealed class GzipMemberStream : Stream
{
    private const int BufferSize = 128 * 1024;
    private const int FeedChunk = 8192;
    private const int MaxMembersRemembered = 256;

    private readonly Stream _raw;
    private readonly byte[] _in = new byte[BufferSize];
    private readonly Feed _feed;
    private readonly Crc32 _crc = new();
    private readonly Queue<(long Decompressed, long Compressed)> _members = new();
    private int _inStart;
    private int _inEnd;
    private long _inOffset;   // file offset of _in[0]
    private bool _rawEnd;
    private DeflateStream? _inflate;
    private long _memberStart;
    private long _memberDataStart;
    private uint _memberLength;
    private long _position;   // decompressed bytes handed out

    public GzipMemberStream(Stream raw, ReadOnlySpan<byte> alreadyRead)
    {
        _raw = raw;
        alreadyRead.CopyTo(_in);
        _inEnd = alreadyRead.Length;
        _feed = new Feed(this);
    }

    /// <summary>The compressed offset of the member holding the decompressed byte at <paramref name="position"/>.</summary>
    public long MemberOffsetOf(long position)
    {
        var offset = _memberStart;
        foreach (var (decompressed, compressed) in _members)
        {
            if (decompressed > position)
            {
                break;
            }

            offset = compressed;
        }

        return offset;
    }

    /// <summary>Compressed bytes consumed so far (for progress).</summary>
    public long CompressedPosition => _inOffset + _inStart;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var array = new byte[buffer.Length];
        var read = ReadAsync(array.AsMemory(), CancellationToken.None).AsTask().GetAwaiter().GetResult();
        array.AsSpan(0, read).CopyTo(buffer);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        while (true)
        {
            if (_inflate is null && !await StartMemberAsync(cancellationToken).ConfigureAwait(false))
            {
                return 0;
            }

            int read;
            try
            {
                read = await _inflate!.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException e)
            {
                throw Corrupt($"corrupt gzip member at offset {_memberStart}: {e.Message}");
            }

            if (read > 0)
            {
                _crc.Append(buffer.Span[..read]);
                _memberLength += (uint)read;
                _position += read;
                return read;
            }

            await FinishMemberAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// After a corrupt member: skips to the next place after its start that begins a gzip member which inflates. Returns
    /// false at the end of the file.
    /// </summary>
    public async ValueTask<bool> ResyncAsync(CancellationToken cancellationToken)
    {
        DropInflater();
        var from = _memberStart + 1;
        var probe = new byte[64];
        while (true)
        {
            var candidate = await FindMagicAsync(from, cancellationToken).ConfigureAwait(false);
            if (candidate < 0)
            {
                return false;
            }

            _inStart = (int)(candidate - _inOffset);
            try
            {
                if (await StartMemberAsync(cancellationToken).ConfigureAwait(false))
                {
                    // Inflate a little to see that this is a member and not three bytes of someone else's data.
                    var read = await _inflate!.ReadAsync(probe, cancellationToken).ConfigureAwait(false);
                    if (read > 0)
                    {
                        // Start the member again so the caller reads it from its first byte.
                        DropInflater();
                        _inStart = (int)(candidate - _inOffset);
                        await StartMemberAsync(cancellationToken).ConfigureAwait(false);
                        return true;
                    }
                }
            }
            catch (InvalidDataException)
            {
            }

            DropInflater();
            from = candidate + 1;
        }
    }

    private async ValueTask<long> FindMagicAsync(long from, CancellationToken cancellationToken)
    {
        if (from < _inOffset)
        {
            from = _inOffset;
        }

        _inStart = Math.Min((int)(from - _inOffset), _inEnd);
        while (true)
        {
            var span = _in.AsSpan(_inStart, _inEnd - _inStart);
            for (var i = span.IndexOf((byte)0x1f); i >= 0 && i + 3 < span.Length; i = Next(span, i))
            {
                if (span[i + 1] == 0x8b && span[i + 2] == 8 && (span[i + 3] & 0xE0) == 0)
                {
                    return _inOffset + _inStart + i;
                }
            }

            // Keep the last three bytes: a magic may straddle the refill.
            var keep = Math.Min(3, span.Length);
            _inStart = _inEnd - keep;
            if (!await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                var rest = _in.AsSpan(_inStart, _inEnd - _inStart);
                return rest.Length >= 4 && rest[0] == 0x1f && rest[1] == 0x8b && rest[2] == 8 ? _inOffset + _inStart : -1;
            }
        }

        static int Next(ReadOnlySpan<byte> span, int i)
        {
            var j = span[(i + 1)..].IndexOf((byte)0x1f);
            return j < 0 ? -1 : i + 1 + j;
        }
    }

    private async ValueTask<bool> StartMemberAsync(CancellationToken cancellationToken)
    {
        // A member header is 10 bytes plus optional fields; ask for plenty (or the end of the file).
        await EnsureAsync(Math.Min(BufferSize / 2, 10 + 2 + 65535 + 1024), cancellationToken).ConfigureAwait(false);
        var available = _inEnd - _inStart;
        if (available == 0)
        {
            return false;
        }

        _memberStart = _inOffset + _inStart;
        var header = _in.AsSpan(_inStart, available);
        var length = HeaderLength(header);
        if (length < 0)
        {
            throw Corrupt($"no gzip member at offset {_memberStart}");
        }

        _inStart += length;
        _memberDataStart = _inOffset + _inStart;
        _memberLength = 0;
        _crc.Reset();
        _feed.Reset();
        _inflate = new DeflateStream(_feed, CompressionMode.Decompress, leaveOpen: true);
        _members.Enqueue((_position, _memberStart));
        if (_members.Count > MaxMembersRemembered)
        {
            _members.Dequeue();
        }

        return true;
    }

    /// <summary>The length of the gzip member header at the start of <paramref name="span"/>; -1 when it is not one.</summary>
    private static int HeaderLength(ReadOnlySpan<byte> span)
    {
        if (span.Length < 10 || span[0] != 0x1f || span[1] != 0x8b || span[2] != 8 || (span[3] & 0xE0) != 0)
        {
            return -1;
        }

        var flags = span[3];
        var at = 10;
        if ((flags & 4) != 0)
        {
            if (span.Length < at + 2)
            {
                return -1;
            }

            at += 2 + BinaryPrimitives.ReadUInt16LittleEndian(span[at..]);
        }

        foreach (var flag in (ReadOnlySpan<int>)[8, 16])
        {
            if ((flags & flag) != 0)
            {
                var end = at < span.Length ? span[at..].IndexOf((byte)0) : -1;
                if (end < 0)
                {
                    return -1;
                }

                at += end + 1;
            }
        }

        if ((flags & 2) != 0)
        {
            at += 2;
        }

        return at <= span.Length ? at : -1;
    }

    private async ValueTask FinishMemberAsync(CancellationToken cancellationToken)
    {
        // The deflate data ended inside the chunks served since the previous one's start; its 8-byte trailer follows.
        await EnsureAsync(8, cancellationToken).ConfigureAwait(false);
        var from = (int)(Math.Max(_feed.PreviousChunkStart, _memberDataStart) - _inOffset);
        var crc = _crc.GetCurrentHashAsUInt32();
        for (var at = from; at + 8 <= _inEnd; at++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(_in.AsSpan(at)) == crc
                && BinaryPrimitives.ReadUInt32LittleEndian(_in.AsSpan(at + 4)) == _memberLength)
            {
                _inStart = at + 8;
                DropInflater();
                return;
            }
        }

        throw Corrupt(_rawEnd && _inEnd - _inStart < 8
            ? $"truncated gzip member at offset {_memberStart}: the file ends before its trailer"
            : $"corrupt gzip member at offset {_memberStart}: no trailer matches its data");
    }

    private void DropInflater()
    {
        _inflate?.Dispose();
        _inflate = null;
    }

    private static InvalidDataException Corrupt(string message) => new(message);

    /// <summary>Makes at least <paramref name="count"/> unread bytes available, or all that remain.</summary>
    private async ValueTask EnsureAsync(int count, CancellationToken cancellationToken)
    {
        count = Math.Min(count, BufferSize - FeedChunk);
        while (_inEnd - _inStart < count && await FillAsync(cancellationToken).ConfigureAwait(false))
        {
        }
    }

    /// <summary>Reads more raw bytes, keeping those from the previous chunk served on (the trailer search needs them).</summary>
    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_rawEnd)
        {
            return false;
        }

        var keepFrom = Math.Min(_inStart, _inflate is null ? _inStart : Math.Max(0, (int)(_feed.PreviousChunkStart - _inOffset)));
        if (keepFrom > 0 && (_inEnd == _in.Length || keepFrom > BufferSize / 2))
        {
            Buffer.BlockCopy(_in, keepFrom, _in, 0, _inEnd - keepFrom);
            _inOffset += keepFrom;
            _inStart -= keepFrom;
            _inEnd -= keepFrom;
        }

        if (_inEnd == _in.Length)
        {
            return true;   // full of bytes still needed: the caller has what fits
        }

        var read = await _raw.ReadAsync(_in.AsMemory(_inEnd), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            _rawEnd = true;
            return false;
        }

        _inEnd += read;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            DropInflater();
        }

        base.Dispose(disposing);
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>The inflater's input: the member's bytes from the shared buffer, a chunk at a time.</summary>
    private sealed class Feed(GzipMemberStream owner) : Stream
    {
        private long _lastChunkStart;

        public long PreviousChunkStart { get; private set; }

        public void Reset()
        {
            _lastChunkStart = owner._inOffset + owner._inStart;
            PreviousChunkStart = _lastChunkStart;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (owner._inStart == owner._inEnd && !await owner.FillAsync(cancellationToken).ConfigureAwait(false))
            {
                return 0;
            }

            var count = Math.Min(Math.Min(buffer.Length, FeedChunk), owner._inEnd - owner._inStart);
            owner._in.AsMemory(owner._inStart, count).CopyTo(buffer);
            PreviousChunkStart = _lastChunkStart;
            _lastChunkStart = owner._inOffset + owner._inStart;
            owner._inStart += count;
            return count;
        }

        public override int Read(byte[] buffer, int offset, int count) =>
            ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
