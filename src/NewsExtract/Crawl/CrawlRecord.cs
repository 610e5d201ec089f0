namespace NewsExtract.Crawl;

/// <summary>
/// One record of a web archive, read and decoded (HTTP headers parsed, chunked and compressed bodies decoded) but not yet
/// extracted: hand it to <see cref="CrawlExtractor.Extract(CrawlRecord, string?, CancellationToken)"/>, on any thread.
/// Records that need no extraction (skipped or broken) carry no payload.
/// </summary>
public sealed record CrawlRecord
{
    internal CrawlRecord(CrawlRecordKind kind, long offset)
    {
        Kind = kind;
        Offset = offset;
    }

    /// <summary>The record's type.</summary>
    public CrawlRecordKind Kind { get; }

    /// <summary>
    /// Where the record starts in the file: its byte offset, or for a gzip-compressed file the offset of the gzip member it
    /// starts in (what CDX indexes give).
    /// </summary>
    public long Offset { get; }

    /// <summary><c>WARC-Record-ID</c> as written (<c>&lt;urn:uuid:…&gt;</c>); null in ARC files.</summary>
    public string? RecordId { get; internal init; }

    /// <summary>
    /// <c>WARC-Target-URI</c> (the ARC URL), without the angle brackets some writers add; spaces are kept as written. Null
    /// when the record has none.
    /// </summary>
    public string? Url { get; internal init; }

    /// <summary><c>WARC-Date</c> (the ARC archive date): when the content was captured. Null when missing or unreadable.</summary>
    public DateTimeOffset? WarcDate { get; internal init; }

    /// <summary>The HTTP status of a response record; null for other records or when there is no status line.</summary>
    public int? HttpStatus { get; internal init; }

    /// <summary>The payload's media type (<c>text/html</c>), from the HTTP <c>Content-Type</c> or the record's; lower case.</summary>
    public string? ContentType { get; internal init; }

    /// <summary>The charset the HTTP (or record) <c>Content-Type</c> declares, handed to decoding.</summary>
    public string? Charset { get; internal init; }

    /// <summary>The decoded payload (HTML, or text for conversion records); empty when the record is skipped or broken.</summary>
    public ReadOnlyMemory<byte> Payload { get; internal init; }

    /// <summary>Why the record needs no extraction; <see cref="CrawlSkipReason.None"/> when it does (or is broken).</summary>
    public CrawlSkipReason SkipReason { get; internal init; }

    /// <summary>What is wrong with the record (truncated, corrupt, too large, undecodable); null when nothing is.</summary>
    public string? Error { get; internal init; }

    /// <summary>The number of bytes the record took in the file as read (its block, decompressed).</summary>
    public long Length { get; internal init; }

    internal bool IsText { get; init; }
}
