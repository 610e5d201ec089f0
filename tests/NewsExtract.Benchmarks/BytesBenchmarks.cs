using BenchmarkDotNet.Attributes;
using NewsExtract.Benchmarks.Pages;

namespace NewsExtract.Benchmarks;

/// <summary>
/// The GBK page from its bytes: the floor decodes GB18030 (the charset known in advance, no sniffing) then parses and walks;
/// NewsExtract goes through <see cref="ArticleExtractor.ExtractHtml(byte[], PageContext?, CancellationToken)"/>,
/// which must find the charset itself.
/// </summary>
[Config(typeof(BenchConfig))]
public class BytesBenchmarks
{
    private byte[] _bytes = [];

    [Params(BenchPages.ZhGbk)]
    public string Page { get; set; } = BenchPages.ZhGbk;

    [GlobalSetup]
    public void Setup()
    {
        _bytes = BenchPages.GbkBytes;
        _ = BenchPages.GbkEncoding;
    }

    [Benchmark(Baseline = true, Description = "Floor (decode+parse+walk)")]
    public long FloorDecode() => Floor.ParseAndWalk(BenchPages.GbkEncoding.GetString(_bytes));

    [Benchmark(Description = "NewsExtract (byte[])")]
    public Article NewsExtractBytes() => ArticleExtractor.Default.ExtractHtml(_bytes);
}
