// A NativeAOT program: extract one page, write the article as JSON with NewsExtract's source-generated context, read it
// back and check that nothing was lost. Run: AotSample PAGE [URL]; exit code 0 when the round trip is exact.
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsExtract;
using NewsExtract.Serialization;

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: AotSample PAGE [URL]");
    return 2;
}

var extractor = new ArticleExtractor(ExtractionOptions.Default with { ReferenceTime = new DateTimeOffset(2026, 3, 18, 12, 0, 0, TimeSpan.Zero) });
await using var page = File.OpenRead(args[0]);
var article = await extractor.ExtractAsync(page, new PageContext { Url = args.Length > 1 ? new Uri(args[1]) : null });

// Unescaped CJK and Vietnamese: a context with options of our own (the article's shape does not depend on them).
var context = new NewsExtractJsonContext(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true });
var json = JsonSerializer.Serialize(article, context.Article);
var back = JsonSerializer.Deserialize(json, NewsExtractJsonContext.Default.Article)!;
var again = JsonSerializer.Serialize(back, context.Article);

Console.WriteLine(json);
Console.Error.WriteLine($"reflection-based JSON enabled: {JsonSerializer.IsReflectionEnabledByDefault}; dynamic code: {System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported}");
if (again != json || back.Title != article.Title || !back.Paragraphs.SequenceEqual(article.Paragraphs) || back.Dateline != article.Dateline)
{
    Console.Error.WriteLine("round trip: DIFFERENT");
    return 1;
}

Console.Error.WriteLine($"round trip: identical ({article.Paragraphs.Count} paragraphs, schema version {ArticleJson.SchemaVersion})");
return 0;
