using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsExtract.Crawl;

namespace NewsExtract.Extensions.DependencyInjection;

/// <summary><c>services.AddNewsExtract(…)</c>.</summary>
public static class NewsExtractServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="ArticleExtractor"/> (a singleton: it is immutable and thread-safe) and one
    /// <see cref="CrawlExtractor"/> over it, built from <see cref="NewsExtractOptions"/>. With an <c>ILoggerFactory</c> in
    /// the container, each extraction's diagnostics are logged (category <c>NewsExtract</c>): a summary at Debug, each
    /// note at Trace, a truncated input or a binary one at Warning.
    /// </summary>
    /// <example>
    /// <code>
    /// services.AddNewsExtract(options =>
    /// {
    ///     options.Extraction = options.Extraction with { Limits = ExtractionLimits.Default with { MaxInputBytes = 8 &lt;&lt; 20 } };
    ///     options.Builder.Add(builder => builder.UseReadabilityFallback());
    /// });
    /// </code>
    /// </example>
    public static IServiceCollection AddNewsExtract(this IServiceCollection services, Action<NewsExtractOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<NewsExtractOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<NewsExtractOptions>>().Value;
            var builder = ArticleExtractor.CreateBuilder();
            builder.Options = options.Extraction.Clock is null && provider.GetService<TimeProvider>() is { } clock
                ? options.Extraction with { Clock = clock }
                : options.Extraction;
            foreach (var step in options.Builder)
            {
                step(builder);
            }

            if (options.LogDiagnostics && provider.GetService<ILoggerFactory>() is { } loggers)
            {
                builder.Listeners.Add(new DiagnosticsLogger(loggers.CreateLogger("NewsExtract")));
            }

            return builder.Build();
        });
        services.TryAddSingleton(provider => new CrawlExtractor(provider.GetRequiredService<ArticleExtractor>(), provider.GetRequiredService<IOptions<NewsExtractOptions>>().Value.Crawl));
        return services;
    }
}
