namespace NewsExtract.Crawl;

/// <summary>What an archive record holds, from its <c>WARC-Type</c> (or, in an ARC file, its place).</summary>
public enum CrawlRecordKind
{
    /// <summary>A type this reader does not know.</summary>
    Other,

    /// <summary>The file's own description (<c>warcinfo</c>; an ARC file's <c>filedesc://</c> record).</summary>
    Warcinfo,

    /// <summary>A server's response (<c>response</c>; every ARC record but the first): HTTP status, headers and body.</summary>
    Response,

    /// <summary>Content captured without a protocol response (<c>resource</c>): the block is the payload.</summary>
    Resource,

    /// <summary>A request sent to the server.</summary>
    Request,

    /// <summary>Metadata about another record.</summary>
    Metadata,

    /// <summary>A capture that repeats an earlier one (usually its headers only).</summary>
    Revisit,

    /// <summary>A transformation of another record: in Common Crawl's WET files, the page's plain text.</summary>
    Conversion,

    /// <summary>A later segment of a record split across files.</summary>
    Continuation,

    /// <summary>A plain page file given where archives are read (used by callers that mix both).</summary>
    Page,
}

/// <summary>Why a record was not extracted. Skipped records are not errors.</summary>
public enum CrawlSkipReason
{
    /// <summary>Not skipped.</summary>
    None,

    /// <summary>The record type never holds a page: request, metadata, warcinfo, revisit, continuation, unknown types.</summary>
    RecordType,

    /// <summary>The HTTP status is not 200.</summary>
    HttpStatus,

    /// <summary>The payload is not HTML (nor, for conversion records, text): images, scripts, JSON, PDFs, DNS records.</summary>
    ContentType,

    /// <summary>The payload is empty.</summary>
    EmptyPayload,
}

/// <summary>How an archive is read.</summary>
public sealed record CrawlOptions
{
    /// <summary>The defaults: records up to the extractor's <see cref="ExtractionLimits.MaxInputBytes"/>, one record at a time.</summary>
    public static CrawlOptions Default { get; } = new();

    /// <summary>
    /// A record block larger than this (or a payload that decodes to more) is not held in memory: it is skipped and reported
    /// as an error. Null: the extractor's <see cref="ExtractionLimits.MaxInputBytes"/> (64 MiB by default).
    /// </summary>
    public long? MaxRecordBytes { get; init; }

    /// <summary>
    /// How many records <see cref="CrawlExtractor.ExtractAsync(Stream, string?, CancellationToken)"/> extracts at once (results
    /// still come in record order). 1 by default.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;
}
