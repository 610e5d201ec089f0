using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace NewsExtract.Crawl;

/// <summary>
/// Extracts the articles of a web archive (WARC, WET, ARC; plain or gzip) record by record. Immutable and thread-safe:
/// create one, share it.
/// </summary>
/// <example>
/// <code>
/// var crawl = new CrawlExtractor(new ArticleExtractor());
/// await foreach (var result in crawl.ExtractFileAsync("CC-MAIN-…-00000.warc.gz", cancellationToken))
/// {
///     if (result.Article is { IsArticle: true } article) Console.WriteLine($"{result.Url}\t{article.Title}");
///     else if (result.Error is not null) Console.Error.WriteLine($"{result.Offset}: {result.Error}");
/// }
/// </code>
/// </example>
/// <remarks>
/// Each response record's HTTP status and headers are read, its body de-chunked and decompressed (gzip, deflate, br) and
/// decoded with the charset its <c>Content-Type</c> declares; its <c>WARC-Target-URI</c> is the page's URL and its
/// <c>WARC-Date</c> the reference time of its relative dates. WET conversion records go through the plain-text path with
/// the same URL and time. Requests, metadata, revisits, warcinfo, non-200 responses and non-HTML payloads are skipped with
/// a <see cref="CrawlSkipReason"/>; broken records give an error result, and the reading goes on.
/// </remarks>
public sealed class CrawlExtractor
{
    /// <summary>Creates a crawl extractor over an article extractor (the default one when null).</summary>
    public CrawlExtractor(ArticleExtractor? extractor = null, CrawlOptions? options = null)
    {
        Extractor = extractor ?? ArticleExtractor.Default;
        Options = options ?? CrawlOptions.Default;
        if (Options.MaxDegreeOfParallelism < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), Options.MaxDegreeOfParallelism, "MaxDegreeOfParallelism must be at least 1.");
        }

        if (Options.MaxRecordBytes is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), Options.MaxRecordBytes, "MaxRecordBytes must be positive.");
        }
    }

    /// <summary>The extractor each page goes through.</summary>
    public ArticleExtractor Extractor { get; }

    /// <summary>The reading options.</summary>
    public CrawlOptions Options { get; }

    private long MaxRecordBytes => Options.MaxRecordBytes ?? Extractor.Options.Limits.MaxInputBytes;

    /// <summary>Reads the records of an archive stream (to its end; left open) and extracts each, in record order.</summary>
    /// <param name="archive">A WARC, WET or ARC stream, plain or gzip.</param>
    /// <param name="fileName">The name reported in <see cref="CrawlRecordResult.File"/>.</param>
    /// <param name="cancellationToken">Stops the reading and the extraction.</param>
    public IAsyncEnumerable<CrawlRecordResult> ExtractAsync(Stream archive, string? fileName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var records = CrawlReader.ReadCoreAsync(archive, MaxRecordBytes, cancellationToken);
        return Options.MaxDegreeOfParallelism == 1
            ? SequentialAsync(records, fileName, cancellationToken)
            : ParallelAsync(records, fileName, cancellationToken);
    }

    /// <summary>Opens an archive file and extracts its records (see <see cref="ExtractAsync(Stream, string?, CancellationToken)"/>).</summary>
    public async IAsyncEnumerable<CrawlRecordResult> ExtractFileAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (file.ConfigureAwait(false))
        {
            await foreach (var result in ExtractAsync(file, path, cancellationToken).ConfigureAwait(false))
            {
                yield return result;
            }
        }
    }

    /// <summary>
    /// Extracts one record read by <see cref="CrawlReader"/>: its article, or its skip reason or error carried over. Safe to
    /// call from many threads at once (a caller's own parallel pipeline). Throws only when cancelled: whatever goes wrong
    /// with the record's content is the result's <see cref="CrawlRecordResult.Error"/>.
    /// </summary>
    public CrawlRecordResult Extract(CrawlRecord record, string? fileName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var result = new CrawlRecordResult
        {
            File = fileName,
            RecordId = record.RecordId,
            Offset = record.Offset,
            Kind = record.Kind,
            Url = record.Url,
            WarcDate = record.WarcDate,
            HttpStatus = record.HttpStatus,
            ContentType = record.ContentType,
            SkipReason = record.SkipReason,
            Error = record.Error,
        };
        if (record.Error is not null || record.SkipReason != CrawlSkipReason.None || record.Payload.IsEmpty)
        {
            return record.Error is null && record.SkipReason == CrawlSkipReason.None ? result with { SkipReason = CrawlSkipReason.EmptyPayload } : result;
        }

        var context = new PageContext { Url = UrlOf(record.Url), Charset = record.Charset, ReferenceTime = record.WarcDate };
        try
        {
            var article = record.IsText
                ? Extractor.ExtractTextBytes(record.Payload, context, cancellationToken)
                : Extractor.Extract(record.Payload, context, cancellationToken);
            return result with { Article = article };
        }
        catch (ExtractionLimitException e)
        {
            return result with { Error = e.Message };
        }
#pragma warning disable CA1031 // One record must not end the reading of an archive of millions: any failure is that record's error.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return result with { Error = $"extraction failed: {e.GetType().Name}: {e.Message}" };
        }
    }

    /// <summary>The record's URL as a <see cref="Uri"/> for resolving links: spaces escaped; null when it is no absolute URI.</summary>
    internal static Uri? UrlOf(string? url) =>
        url is not null && Uri.TryCreate(url.Replace(" ", "%20", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri : null;

    private async IAsyncEnumerable<CrawlRecordResult> SequentialAsync(IAsyncEnumerable<CrawlRecord> records, string? fileName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var record in records.ConfigureAwait(false))
        {
            yield return Extract(record, fileName, cancellationToken);
        }
    }

    // Records are read in order on one task and extracted on up to N others; results come back in record order. At most
    // 2N records are in flight, so memory stays bounded whatever the archive's size.
    private async IAsyncEnumerable<CrawlRecordResult> ParallelAsync(IAsyncEnumerable<CrawlRecord> records, string? fileName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var workers = Options.MaxDegreeOfParallelism;
        var pending = Channel.CreateBounded<Task<CrawlRecordResult>>(new BoundedChannelOptions(workers * 2) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var slots = new SemaphoreSlim(workers);
        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var record in records.WithCancellation(stop.Token).ConfigureAwait(false))
                {
                    await slots.WaitAsync(stop.Token).ConfigureAwait(false);
                    var work = Task.Run(() =>
                    {
                        try
                        {
                            return Extract(record, fileName, stop.Token);
                        }
                        finally
                        {
                            slots.Release();
                        }
                    }, CancellationToken.None);
                    await pending.Writer.WriteAsync(work, stop.Token).ConfigureAwait(false);
                }

                pending.Writer.Complete();
            }
            catch (Exception e)
            {
                pending.Writer.Complete(e);
            }
        }, stop.Token);

        try
        {
            await foreach (var work in pending.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                yield return await work.ConfigureAwait(false);
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await producer.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }

            // Let extractions still running finish before the semaphore goes.
            while (pending.Reader.TryRead(out var left))
            {
                try
                {
                    await left.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
            }

            for (var i = 0; i < workers; i++)
            {
                await slots.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
    }
}
