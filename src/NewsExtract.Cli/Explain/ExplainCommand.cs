using System.Text;
using NewsExtract.Crawl;

namespace NewsExtract.Cli.Explain;

/// <summary>What <c>newsextract explain</c> was asked to do.</summary>
internal sealed record ExplainOptions
{
    public required string Page { get; init; }
    public required string Output { get; init; }
    public string? RecordId { get; init; }
    public InputMode Input { get; init; } = InputMode.Auto;
    public Uri? Url { get; init; }
    public DateTimeOffset? ReferenceTime { get; init; }
    public string? Charset { get; init; }
    public long? MaxInputBytes { get; init; }
}

/// <summary>
/// <c>newsextract explain PAGE -o report.html</c>: extracts one page (an HTML page, a text capture, or a record of a
/// WARC/ARC file: the one with <c>--record ID</c>, or else the first that holds a page) with block tracing on and
/// writes <see cref="ExplainReport"/> (written under a temporary name, renamed when complete).
/// </summary>
internal static class ExplainCommand
{
    public static async Task<int> RunAsync(ExplainOptions options, TextWriter output, TextWriter error)
    {
        try
        {
            var limits = options.MaxInputBytes is { } max ? ExtractionLimits.Default with { MaxInputBytes = max } : ExtractionLimits.Default;
            var extractor = new ArticleExtractor(ExtractionOptions.Default with { ReferenceTime = options.ReferenceTime, TraceBlocks = true, Limits = limits });
            var (source, article, html) = await ExtractAsync(extractor, options).ConfigureAwait(false);
            var (preview, why) = article.Diagnostics.Input == InputKind.Html && html is not null
                ? PagePreview.Build(html, ExtractionTrace.Of(article))
                : (null, "A text capture: there is no page to show beside the blocks.");
            var report = ExplainReport.Render(source, article, preview, why);
            var temporary = options.Output + ".part";
            await File.WriteAllTextAsync(temporary, report, new UTF8Encoding(false)).ConfigureAwait(false);
            File.Move(temporary, options.Output, overwrite: true);
            await output.WriteLineAsync($"{SafeText.ForTerminal(options.Output)}: {article.Diagnostics.Blocks.Count} blocks, {article.Paragraphs.Count} paragraphs").ConfigureAwait(false);
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ExtractionLimitException or InvalidDataException or ArgumentException or NotSupportedException)
        {
            await error.WriteLineAsync($"newsextract explain: {SafeText.ForTerminal(options.Page)}: {SafeText.ForTerminal(e.Message)}").ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>The article and, for HTML, the page's text as the extractor decoded it (for the side frame).</summary>
    private static async Task<(string Source, Article Article, string? Html)> ExtractAsync(ArticleExtractor extractor, ExplainOptions options)
    {
        var limit = extractor.Options.Limits.MaxInputBytes;
        await using var file = new FileStream(options.Page, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
        var head = new byte[16];
        var got = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (Crawl.CrawlCommand.IsArchive(head.AsSpan(0, got)))
        {
            file.Seek(0, SeekOrigin.Begin);
            return await FromArchiveAsync(extractor, options, file).ConfigureAwait(false);
        }

        file.Seek(0, SeekOrigin.Begin);
        var bytes = await ReadAsync(file, limit).ConfigureAwait(false);
        var context = new PageContext { Url = options.Url, Charset = options.Charset, ReferenceTime = options.ReferenceTime };
        var article = await ExtractAsync(extractor, bytes, context, options.Input == InputMode.Text ? true : options.Input == InputMode.Html ? false : null).ConfigureAwait(false);
        return (options.Page, article, Decode(bytes, article));
    }

    private static async Task<Article> ExtractAsync(ArticleExtractor extractor, byte[] bytes, PageContext context, bool? text)
    {
        if (text == true)
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return await extractor.ExtractTextAsync(stream, context).ConfigureAwait(false);
        }

        return text == false ? extractor.ExtractHtml(bytes, context) : extractor.Extract(bytes, context);
    }

    private static async Task<(string, Article, string?)> FromArchiveAsync(ArticleExtractor extractor, ExplainOptions options, Stream stream)
    {
        await foreach (var record in CrawlReader.ReadAsync(stream, new CrawlOptions { MaxRecordBytes = extractor.Options.Limits.MaxInputBytes }).ConfigureAwait(false))
        {
            var wanted = options.RecordId is { } id
                ? string.Equals(record.RecordId, id, StringComparison.Ordinal) || string.Equals(record.RecordId, $"<{id}>", StringComparison.Ordinal)
                : record.Error is null && record.SkipReason == CrawlSkipReason.None && !record.Payload.IsEmpty;
            if (!wanted)
            {
                continue;
            }

            if (record.Error is not null || record.SkipReason != CrawlSkipReason.None || record.Payload.IsEmpty)
            {
                throw new InvalidDataException($"record {record.RecordId} holds no page ({record.Error ?? (record.Payload.IsEmpty ? "empty" : record.SkipReason.ToString())})");
            }

            var context = new PageContext { Url = CrawlUrl(record.Url) ?? options.Url, Charset = record.Charset ?? options.Charset, ReferenceTime = options.ReferenceTime ?? record.WarcDate };
            var text = record.Kind == CrawlRecordKind.Conversion || record.ContentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) == true;
            var payload = record.Payload.ToArray();
            var article = await ExtractAsync(extractor, payload, context, text ? true : null).ConfigureAwait(false);
            var source = $"{options.Page} · record {record.RecordId} · {record.Url}";
            return (source, article, Decode(payload, article));
        }

        throw new InvalidDataException(options.RecordId is { } missing ? $"no record {missing} in the archive" : "no record in the archive holds a page");
    }

    private static Uri? CrawlUrl(string? url) =>
        url is not null && Uri.TryCreate(url.Replace(" ", "%20", StringComparison.Ordinal), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    /// <summary>The page's text in the encoding the extractor chose (for the frame only); null for a text capture.</summary>
    private static string? Decode(byte[] bytes, Article article)
    {
        if (article.Diagnostics.Input != InputKind.Html)
        {
            return null;
        }

        Encoding encoding;
        try
        {
            encoding = article.Diagnostics.Encoding is { } name ? Encoding.GetEncoding(name) : Encoding.UTF8;
        }
        catch (ArgumentException)
        {
            encoding = Encoding.UTF8;
        }

        return encoding.GetString(bytes);
    }

    /// <summary>The whole input, refused past the size limit (no more than the limit + 1 bytes are read).</summary>
    private static async Task<byte[]> ReadAsync(Stream file, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = await file.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit + 1 - buffer.Length))).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                throw new ExtractionLimitException($"The input is larger than the limit of {limit:N0} bytes.");
            }
        }

        return buffer.ToArray();
    }
}
