using NewsExtract.Pipeline;

namespace NewsExtract;

/// <summary>
/// Extracts articles from news pages. Create one, reuse it: an instance is immutable and safe to share across threads.
/// </summary>
/// <example>
/// <code>
/// var extractor = new ArticleExtractor(ExtractionOptions.Default with { ReferenceTime = fetchedAt });
/// Article article = extractor.ExtractHtml(bytes, new PageContext { Url = pageUrl });
/// </code>
/// </example>
public sealed class ArticleExtractor
{
    private readonly ExtractionPipeline _pipeline;

    /// <summary>An extractor with <see cref="ExtractionOptions.Default"/>.</summary>
    public static ArticleExtractor Default { get; } = new();

    /// <summary>Creates an extractor.</summary>
    /// <remarks>
    /// Returns at once: the Chinese and Vietnamese lexicons (about 0.1 s of pattern compiling, done once per set of
    /// lexicon extensions) are compiled on the thread pool meanwhile, and an extraction that needs one first waits for it.
    /// </remarks>
    public ArticleExtractor(ExtractionOptions? options = null)
        : this(options ?? ExtractionOptions.Default, [], [], [])
    {
    }

    internal ArticleExtractor(ExtractionOptions options, IReadOnlyList<IArticleExtractorExtension> extensions, IReadOnlyList<IContentFallback> fallbacks, IReadOnlyList<IExtractionListener> listeners)
    {
        Options = options;
        Extensions = extensions;
        _listeners = listeners;
        _pipeline = new ExtractionPipeline(Options, fallbacks);
    }

    private readonly IReadOnlyList<IExtractionListener> _listeners;

    private Article Told(Article article, PageContext context)
    {
        foreach (var listener in _listeners)
        {
            listener.OnExtracted(article, context);
        }

        return article;
    }

    /// <summary>A builder for an extractor with extensions (<c>ArticleExtractor.CreateBuilder().UseReadabilityFallback().Build()</c>).</summary>
    public static ArticleExtractorBuilder CreateBuilder() => new();

    /// <summary>The options this extractor was built with.</summary>
    public ExtractionOptions Options { get; }

    /// <summary>The extensions this extractor was built with (none for one made with the constructor).</summary>
    public IReadOnlyList<IArticleExtractorExtension> Extensions { get; }

    /// <summary>Extracts the article from an HTML document already decoded to text.</summary>
    public Article ExtractHtml(string html, PageContext? context = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        context ??= PageContext.None;
        return Told(_pipeline.FromHtmlString(html, context, cancellationToken), context);
    }

    /// <summary>
    /// Extracts the article from HTML bytes, decoding them by BOM, the context's charset, the page's meta charset,
    /// or detection, in that order of evidence.
    /// </summary>
    public Article ExtractHtml(ReadOnlyMemory<byte> html, PageContext? context = null, CancellationToken cancellationToken = default)
    {
        context ??= PageContext.None;
        return Told(_pipeline.FromHtmlBytes(html, context, cancellationToken), context);
    }

    /// <inheritdoc cref="ExtractHtml(ReadOnlyMemory{byte}, PageContext?, CancellationToken)"/>
    public Article ExtractHtml(byte[] html, PageContext? context = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        return ExtractHtml(html.AsMemory(), context, cancellationToken);
    }

    /// <summary>
    /// Extracts the article from a page the caller already holds as an AngleSharp document (fetched with AngleSharp.Io,
    /// or queried first): its DOM is copied into the extractor's own tree and read exactly as the page's bytes would be,
    /// so the article is the same. The document is only read. Without a URL in <paramref name="context"/>, the
    /// document's own http(s) URL is used.
    /// </summary>
    public Article ExtractHtml(AngleSharp.Dom.IDocument document, PageContext? context = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        context ??= PageContext.None;
        if (context.Url is null && Uri.TryCreate(document.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            context = context with { Url = url };
        }

        return _pipeline.FromAngleSharp(document, context, cancellationToken);
    }

    /// <summary>Reads HTML from a stream (to its end, from its current position) and extracts the article.</summary>
    /// <remarks><inheritdoc cref="ExtractAsync" path="/remarks"/></remarks>
    public async Task<Article> ExtractHtmlAsync(Stream html, PageContext? context = null, CancellationToken cancellationToken = default)
    {
        var bytes = await StreamReading.ReadAllAsync(html, Options.Limits.MaxInputBytes, cancellationToken).ConfigureAwait(false);
        return ExtractHtml(bytes, context, cancellationToken);
    }

    /// <summary>Extracts the article from a plain-text capture of a page (its visible text, one block a line).</summary>
    public Article ExtractText(string text, PageContext? context = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        context ??= PageContext.None;
        return Told(_pipeline.FromText(text, context, cancellationToken), context);
    }

    /// <summary>Reads a plain-text capture from a stream (decoded like HTML bytes, without the meta tag) and extracts the article.</summary>
    /// <remarks><inheritdoc cref="ExtractAsync" path="/remarks"/></remarks>
    public async Task<Article> ExtractTextAsync(Stream text, PageContext? context = null, CancellationToken cancellationToken = default)
    {
        var bytes = await StreamReading.ReadAllAsync(text, Options.Limits.MaxInputBytes, cancellationToken).ConfigureAwait(false);
        context ??= PageContext.None;
        return Told(_pipeline.FromTextBytes(bytes, context, cancellationToken), context);
    }

    /// <summary>A plain-text capture's bytes (decoded like HTML bytes, without the meta tag): the WET path of a crawl.</summary>
    internal Article ExtractTextBytes(ReadOnlyMemory<byte> text, PageContext context, CancellationToken cancellationToken) =>
        Told(_pipeline.FromTextBytes(text, context, cancellationToken), context);

    /// <summary>Extracts the article from bytes that may be HTML or a plain-text capture, telling them apart by content.</summary>
    public Article Extract(ReadOnlyMemory<byte> content, PageContext? context = null, CancellationToken cancellationToken = default)
    {
        context ??= PageContext.None;
        return Told(_pipeline.FromUnknownBytes(content, context, cancellationToken), context);
    }

    /// <summary>Reads a stream that may hold HTML or a plain-text capture and extracts the article.</summary>
    /// <remarks>
    /// The stream is read from its current position to its end, left there and not disposed. A stream longer than
    /// <see cref="ExtractionLimits.MaxInputBytes"/> is not drained (an endless one would never end): reading stops after
    /// <c>MaxInputBytes</c> + 1 bytes, the stream is left just past them, and <see cref="ExtractionLimitException"/> is
    /// thrown. At most that many bytes are held while reading.
    /// </remarks>
    public async Task<Article> ExtractAsync(Stream content, PageContext? context = null, CancellationToken cancellationToken = default)
    {
        var bytes = await StreamReading.ReadAllAsync(content, Options.Limits.MaxInputBytes, cancellationToken).ConfigureAwait(false);
        return Extract(bytes, context, cancellationToken);
    }
}
