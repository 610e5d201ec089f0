using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using NewsExtract.Decoding;

namespace NewsExtract.Benchmarks;

/// <summary>
/// Parsing alone, on the real corpus pages (<c>../shared/corpus/pages</c>, decoded once in set-up as the pipeline
/// decodes them): AngleSharp's parse against ours, every page once per operation. Where <c>../shared</c> is absent the
/// benchmark is skipped (<see cref="CorpusPages.Available"/>; <c>Program</c> leaves it out).
/// </summary>
[Config(typeof(BenchConfig))]
public class CorpusParseBenchmarks
{
    private string[] _pages = [];

    [GlobalSetup]
    public void Setup() => _pages = CorpusPages.Load();

    [Benchmark(Baseline = true, Description = "AngleSharp parse, corpus pages")]
    public int AngleSharpParse()
    {
        var parser = new HtmlParser();
        var documents = 0;
        foreach (var page in _pages)
        {
            using var document = parser.ParseDocument(page);
            documents += document.ChildNodes.Length > 0 ? 1 : 0;
        }

        return documents;
    }

    [Benchmark(Description = "NewsExtract parse, corpus pages")]
    public int NewsExtractParse()
    {
        var documents = 0;
        foreach (var page in _pages)
        {
            documents += global::NewsExtract.Html.HtmlDocument.Parse(page).Body is null ? 0 : 1;
        }

        return documents;
    }
}

/// <summary>The HTML corpus pages from <c>shared/corpus/pages</c> beside the checkout, decoded to strings.</summary>
public static class CorpusPages
{
    private static readonly Lazy<string?> Directory = new(Find);

    public static bool Available => Directory.Value is not null;

    public static string[] Load()
    {
        var directory = Directory.Value ?? throw new InvalidOperationException("../shared/corpus/pages is not beside this checkout.");
        return [.. System.IO.Directory.GetFiles(directory, "*.html").Order(StringComparer.Ordinal)
            .Select(path => PageDecoder.Decode(File.ReadAllBytes(path), null, lookForMetaCharset: true).Text)];
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("NEWSEXTRACT_SHARED") is { Length: > 0 } shared && System.IO.Directory.Exists(Path.Combine(shared, "corpus", "pages")))
        {
            return Path.Combine(shared, "corpus", "pages");
        }

        foreach (var start in new[] { AppContext.BaseDirectory, System.IO.Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "corpus", "pages");
                if (System.IO.Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
