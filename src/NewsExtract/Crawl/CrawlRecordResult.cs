namespace NewsExtract.Crawl;

/// <summary>What a crawl record gave: an <see cref="Crawl.CrawlRecordResult.Article"/>, a skip reason, or an error.</summary>
public enum CrawlRecordStatus
{
    /// <summary>An article (page) was extracted; <see cref="CrawlRecordResult.Article"/> is set.</summary>
    Extracted,

    /// <summary>The record holds no page (<see cref="CrawlRecordResult.SkipReason"/> says why).</summary>
    Skipped,

    /// <summary>The record could not be read or extracted (<see cref="CrawlRecordResult.Error"/> says why).</summary>
    Failed,
}

/// <summary>
/// The result for one record of a web archive (or one page file): where it came from, and the extracted
/// <see cref="Article"/>, the reason it was skipped, or the error. Exactly one of the three is set.
/// </summary>
public sealed record CrawlRecordResult
{
    /// <summary>The file name the caller gave for the archive; null when none was given.</summary>
    public string? File { get; init; }

    /// <summary><c>WARC-Record-ID</c>; null in ARC files and page files, and when a corrupt record's header was unreadable.</summary>
    public string? RecordId { get; init; }

    /// <summary>Where the record starts in the file (see <see cref="CrawlRecord.Offset"/>).</summary>
    public long Offset { get; init; }

    /// <summary>The record's type.</summary>
    public CrawlRecordKind Kind { get; init; }

    /// <summary>The captured URL (<c>WARC-Target-URI</c>), as written but without angle brackets.</summary>
    public string? Url { get; init; }

    /// <summary>When the content was captured (<c>WARC-Date</c>); also the reference time its relative dates resolve against.</summary>
    public DateTimeOffset? WarcDate { get; init; }

    /// <summary>The HTTP status of a response record.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>The payload's media type.</summary>
    public string? ContentType { get; init; }

    /// <summary>The article, when the record held a page (it may still be a non-article page: see <see cref="Article.IsArticle"/>).</summary>
    public Article? Article { get; init; }

    /// <summary>Why the record was skipped; <see cref="CrawlSkipReason.None"/> otherwise.</summary>
    public CrawlSkipReason SkipReason { get; init; }

    /// <summary>Why the record could not be read or extracted; null otherwise.</summary>
    public string? Error { get; init; }

    /// <summary>Extracted, skipped or failed.</summary>
    public CrawlRecordStatus Status =>
        Article is not null ? CrawlRecordStatus.Extracted : Error is not null ? CrawlRecordStatus.Failed : CrawlRecordStatus.Skipped;
}
