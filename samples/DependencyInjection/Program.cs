// NewsExtract in a container: services.AddNewsExtract with an extension (the Readability fallback) and the extraction
// diagnostics logged to the console. Run: DependencyInjection PAGE [URL]
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsExtract;
using NewsExtract.Extensions.DependencyInjection;
using NewsExtract.Readability;

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: DependencyInjection PAGE [URL]");
    return 2;
}

var services = new ServiceCollection()
    .AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Debug))
    .AddNewsExtract(options =>
    {
        options.Extraction = options.Extraction with { Limits = ExtractionLimits.Default with { MaxInputBytes = 8 << 20 } };
        options.Builder.Add(builder => builder.UseReadabilityFallback());
    });

await using var provider = services.BuildServiceProvider();
var extractor = provider.GetRequiredService<ArticleExtractor>();
var article = extractor.ExtractHtml(File.ReadAllBytes(args[0]), new PageContext { Url = args.Length > 1 ? new Uri(args[1]) : null });

Console.WriteLine($"{article.Title} — {article.Paragraphs.Count} paragraphs; extensions: {string.Join(", ", extractor.Extensions.Select(e => e.GetType().Name))}");
return article.IsArticle ? 0 : 1;
