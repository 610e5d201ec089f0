using BenchmarkDotNet.Attributes;
using NewsExtract.Benchmarks.Pages;

namespace NewsExtract.Benchmarks;

/// <summary>
/// A text capture through <see cref="ArticleExtractor.ExtractText"/>. The floor is one pass splitting the text into
/// trimmed, non-empty line strings (what reading blocks from a capture must at least do); see the MB/s column for throughput.
/// </summary>
[Config(typeof(BenchConfig))]
public class TextBenchmarks
{
    private string _text = "";

    [Params(BenchPages.ZhText)]
    public string Page { get; set; } = BenchPages.ZhText;

    [GlobalSetup]
    public void Setup() => _text = BenchPages.Get(Page);

    [Benchmark(Baseline = true, Description = "Floor (line split)")]
    public int FloorLines()
    {
        var lines = new List<string>();
        foreach (var line in _text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (!trimmed.IsEmpty)
            {
                lines.Add(trimmed.ToString());
            }
        }

        return lines.Count;
    }

    [Benchmark(Description = "NewsExtract (text)")]
    public Article NewsExtractText() => ArticleExtractor.Default.ExtractText(_text);
}
