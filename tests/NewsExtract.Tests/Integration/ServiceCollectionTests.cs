using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NewsExtract.Crawl;
using NewsExtract.Extensions.DependencyInjection;
using NewsExtract.Readability;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Integration;

/// <summary>services.AddNewsExtract: one extractor built from the options, the container's clock, diagnostics logged.</summary>
public class ServiceCollectionTests
{
    private sealed class ListLogger(List<(LogLevel Level, string Message)> entries) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (entries)
            {
                entries.Add((logLevel, formatter(state, exception)));
            }
        }

        public void Dispose() { }
    }

    [Test]
    public void The_extractor_is_one_singleton_built_from_the_options_and_its_extensions()
    {
        var services = new ServiceCollection().AddNewsExtract(options =>
        {
            options.Extraction = options.Extraction with { Limits = ExtractionLimits.Default with { MaxInputBytes = 1 << 20 } };
            options.Builder.Add(builder => builder.UseReadabilityFallback());
        });
        using var provider = services.BuildServiceProvider();

        var extractor = provider.GetRequiredService<ArticleExtractor>();

        Assert.That(provider.GetRequiredService<ArticleExtractor>(), Is.SameAs(extractor));
        Assert.That(extractor.Options.Limits.MaxInputBytes, Is.EqualTo(1 << 20));
        Assert.That(extractor.Extensions.OfType<ReadabilityExtension>(), Has.Exactly(1).Items);
        Assert.That(provider.GetRequiredService<CrawlExtractor>().Extractor, Is.SameAs(extractor));
    }

    [Test]
    public void A_registered_TimeProvider_is_the_clock_of_relative_dates()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 7, 13, 2, 0, 0, TimeSpan.Zero));
        using var provider = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddNewsExtract().BuildServiceProvider();

        Assert.That(provider.GetRequiredService<ArticleExtractor>().Options.Clock, Is.SameAs(clock));
    }

    [Test]
    public void Each_extraction_logs_its_diagnostics()
    {
        var entries = new List<(LogLevel Level, string Message)>();
        using var provider = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new ListLogger(entries)))
            .AddNewsExtract()
            .BuildServiceProvider();
        var extractor = provider.GetRequiredService<ArticleExtractor>();

        extractor.ExtractHtml(Fixtures.Bytes("Html/zh-portal-article.html"), new PageContext { Url = new Uri("https://news.example.cn/a.html") });
        extractor.ExtractHtml(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 5, 6, 0, 0, 7, 0, 0, 0, 0, 0, 0, 9 });

        Assert.That(entries, Has.Some.Matches<(LogLevel Level, string Message)>(e => e.Level == LogLevel.Debug && e.Message.StartsWith("Extracted https://news.example.cn/a.html: article True, zh-Hans", StringComparison.Ordinal)));
        Assert.That(entries, Has.Some.Matches<(LogLevel Level, string Message)>(e => e.Level == LogLevel.Trace && e.Message.Contains("title.source", StringComparison.Ordinal)));
        Assert.That(entries, Has.Some.Matches<(LogLevel Level, string Message)>(e => e.Level == LogLevel.Warning && e.Message.Contains("binary", StringComparison.Ordinal)));
    }

    [Test]
    public void Without_a_logger_factory_nothing_is_logged_and_nothing_fails()
    {
        using var provider = new ServiceCollection().AddNewsExtract(o => o.LogDiagnostics = true).BuildServiceProvider();

        var article = provider.GetRequiredService<ArticleExtractor>().ExtractHtml(Fixtures.Bytes("Html/zh-portal-article.html"));

        Assert.That(article.IsArticle, Is.True);
    }
}
