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

/// <summary>Our parse and AngleSharp's taking turns on each corpus page, for a time ratio that load coming and going does not skew.</summary>
public static class CorpusRatio
{
    public static void Run(int rounds)
    {
        var pages = CorpusPages.Load();
        var parser = new HtmlParser();
        var ours = new List<double>();
        var theirs = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            double oursTotal = 0, theirsTotal = 0;
            foreach (var page in pages)
            {
                var start = System.Diagnostics.Stopwatch.GetTimestamp();
                _ = global::NewsExtract.Html.HtmlDocument.Parse(page);
                var middle = System.Diagnostics.Stopwatch.GetTimestamp();
                using (parser.ParseDocument(page))
                {
                }

                var end = System.Diagnostics.Stopwatch.GetTimestamp();
                oursTotal += middle - start;
                theirsTotal += end - middle;
            }

            // The first rounds warm the JIT up.
            if (round >= 3)
            {
                ours.Add(oursTotal / System.Diagnostics.Stopwatch.Frequency * 1000);
                theirs.Add(theirsTotal / System.Diagnostics.Stopwatch.Frequency * 1000);
            }
        }

        var ratios = ours.Zip(theirs).Select(p => p.Second / p.First).Order().ToList();
        ours.Sort();
        theirs.Sort();
        Console.WriteLine(FormattableString.Invariant(
            $"{pages.Length} pages, {ours.Count} rounds: ours median {ours[ours.Count / 2]:F1} ms, AngleSharp median {theirs[theirs.Count / 2]:F1} ms, AngleSharp/ours median {ratios[ratios.Count / 2]:F2} (range {ratios[0]:F2}-{ratios[^1]:F2})"));
    }
}
