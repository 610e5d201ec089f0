using BenchmarkDotNet.Attributes;
using NewsExtract.Benchmarks.Pages;

namespace NewsExtract.Benchmarks;

/// <summary>
/// The same decoded page three ways: the DOM floor (AngleSharp's parse + one text walk), SmartReader, NewsExtract;
/// plus NewsExtract's own parse alone, to show what of its time is parsing. Ratios are against the floor of the same page.
/// </summary>
[Config(typeof(BenchConfig))]
public class HtmlBenchmarks
{
    private string _html = "";

    [Params(BenchPages.ZhSmall, BenchPages.ZhLarge, BenchPages.ZhGbk, BenchPages.Vi)]
    public string Page { get; set; } = BenchPages.ZhSmall;

    [GlobalSetup]
    public void Setup() => _html = BenchPages.Get(Page);

    [Benchmark(Baseline = true, Description = "Floor (parse+walk)")]
    public long Floor_() => Floor.ParseAndWalk(_html);

    [Benchmark(Description = "SmartReader")]
    public object? SmartReader() => new SmartReader.Reader("https://example.com/a.html", _html).GetArticle();

    [Benchmark(Description = "NewsExtract parse only")]
    public object NewsExtractParse() => global::NewsExtract.Html.HtmlDocument.Parse(_html);

    [Benchmark(Description = "NewsExtract")]
    public Article NewsExtract() => ArticleExtractor.Default.ExtractHtml(_html);
}
