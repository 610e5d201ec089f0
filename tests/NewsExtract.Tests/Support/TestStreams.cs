namespace NewsExtract.Tests.Support;

/// <summary>
/// A stream that never ends (or ends only after <paramref name="giveUpAfter"/> bytes, so that a reader that does not stop
/// cannot exhaust the test host), filled with a repeated line of text, that counts every byte it hands out.
/// </summary>
internal sealed class EndlessStream(long giveUpAfter = long.MaxValue) : Stream
{
    private static readonly byte[] Line = "<p>国家统计局今天发布数据显示，上半年国内生产总值同比增长。</p>\n"u8.ToArray();

    /// <summary>How many bytes readers have taken from the stream.</summary>
    public long BytesRead { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = (int)Math.Min(buffer.Length, giveUpAfter - BytesRead);
        for (var i = 0; i < n; i++)
        {
            buffer[i] = Line[(BytesRead + i) % Line.Length];
        }

        BytesRead += n;
        return n;
    }

    // Synchronous, like a MemoryStream: the reader's allocations stay on the test's thread, where they are counted.
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => new(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>A stream whose every read fails with the given exception.</summary>
internal sealed class FailingStream(Func<Exception> failure) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => 0; set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw failure();
    public override int Read(Span<byte> buffer) => throw failure();
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => throw failure();
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => throw failure();
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
