namespace NewsExtract.Extensions.DependencyInjection;

/// <summary>
/// What <see cref="NewsExtractServiceCollectionExtensions.AddNewsExtract"/> builds the extractor from, through the options
/// pattern (<c>services.Configure&lt;NewsExtractOptions&gt;(…)</c> works as well as the <c>configure</c> argument).
/// </summary>
public sealed class NewsExtractOptions
{
    /// <summary>The extraction options (<see cref="ExtractionOptions.Default"/> to begin with): derive with <c>with</c>.</summary>
    /// <remarks>When its <see cref="ExtractionOptions.Clock"/> is null, a <see cref="TimeProvider"/> registered in the container is used.</remarks>
    public ExtractionOptions Extraction { get; set; } = ExtractionOptions.Default;

    /// <summary>The crawl options (<see cref="Crawl.CrawlOptions"/>) of the registered <see cref="Crawl.CrawlExtractor"/>.</summary>
    public Crawl.CrawlOptions Crawl { get; set; } = new();

    /// <summary>Log each extraction's diagnostics (default true, when an <c>ILoggerFactory</c> is registered).</summary>
    public bool LogDiagnostics { get; set; } = true;

    /// <summary>Steps run on the <see cref="ArticleExtractorBuilder"/> before it builds (extensions: <c>b =&gt; b.UseReadabilityFallback()</c>).</summary>
    public IList<Action<ArticleExtractorBuilder>> Builder { get; } = [];
}
