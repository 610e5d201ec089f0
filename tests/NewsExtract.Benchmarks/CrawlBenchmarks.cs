using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using NewsExtract.Benchmarks.Pages;
using NewsExtract.Benchmarks.Warc;
using NewsExtract.Crawl;

namespace NewsExtract.Benchmarks;

/// <summary>
/// The WARC reader alone and with extraction, on one core, over a generated crawl of the benchmark pages (eight rounds of the
/// four HTML pages: per page a request, a response — plain, chunked, gzip- or brotli-encoded in turn —, a metadata record,
/// a 404, and every few pages an image, a redirect and a revisit). The columns give records/s, pages/s and MB/s of the
/// archive as stored.
/// </summary>
[Config(typeof(CrawlBenchConfig))]
public class CrawlBenchmarks
{
    private static readonly Dictionary<string, (byte[] Archive, int Records, int Pages)> Archives = [];

    [Params("warc", "warc.gz")]
    public string Archive { get; set; } = "warc.gz";

    private byte[] _archive = [];

    /// <summary>The crawl of <see cref="Archive"/>'s kind, with its record and page counts.</summary>
    internal static (byte[] Archive, int Records, int Pages) Get(string kind)
    {
        lock (Archives)
        {
            if (!Archives.TryGetValue(kind, out var entry))
            {
                var pages = BenchPages.Names.Where(n => n != BenchPages.ZhText)
                    .Select(n => new CrawlPage(n, n == BenchPages.ZhGbk ? BenchPages.GbkBytes : Encoding.UTF8.GetBytes(BenchPages.Get(n)), new Uri($"https://news.example.cn/{n}.html")))
                    .ToList();
                using var output = new MemoryStream();
                var written = CrawlGenerator.Write(output, [.. Enumerable.Repeat(pages, 8).SelectMany(p => p)], kind == "warc.gz");
                var bytes = output.ToArray();
                var records = CountRecords(bytes);
                entry = (bytes, records, written.Count);
                Archives[kind] = entry;
            }

            return entry;
        }
    }

    private static int CountRecords(byte[] archive)
    {
        var count = 0;
        var records = CrawlReader.ReadAsync(new MemoryStream(archive)).GetAsyncEnumerator();
        while (records.MoveNextAsync().AsTask().GetAwaiter().GetResult())
        {
            count++;
        }

        return count;
    }

    [GlobalSetup]
    public void Setup() => _archive = Get(Archive).Archive;

    [Benchmark(Baseline = true, Description = "Reader only")]
    public async Task<long> ReaderOnly()
    {
        long payload = 0;
        await foreach (var record in CrawlReader.ReadAsync(new MemoryStream(_archive, writable: false)))
        {
            payload += record.Payload.Length;
        }

        return payload;
    }

    [Benchmark(Description = "Reader + extraction")]
    public async Task<int> ReaderAndExtraction()
    {
        var articles = 0;
        await foreach (var result in new CrawlExtractor().ExtractAsync(new MemoryStream(_archive, writable: false)))
        {
            articles += result.Article is null ? 0 : 1;
        }

        return articles;
    }
}

/// <summary>Memory diagnoser plus the crawl's size and rates.</summary>
public sealed class CrawlBenchConfig : ManualConfig
{
    public CrawlBenchConfig()
    {
        AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.P95, new CrawlRateColumn("MB", "MB/s", "archive bytes as stored per second (10^6)"),
            new CrawlRateColumn("Records", "records/s", "archive records per second"), new CrawlRateColumn("Pages", "pages/s", "page responses per second"));
        WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Value));
    }
}

/// <summary>A rate from the mean time and the generated crawl's size.</summary>
public sealed class CrawlRateColumn(string what, string name, string legend) : IColumn
{
    public string Id => "Crawl" + what;
    public string ColumnName => name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean ?? 0;
        if (benchmarkCase.Parameters["Archive"] is not string kind || mean <= 0)
        {
            return "-";
        }

        var (archive, records, pages) = CrawlBenchmarks.Get(kind);
        var seconds = mean / 1e9;
        var value = what switch
        {
            "MB" => archive.Length / seconds / 1e6,
            "Records" => records / seconds,
            _ => pages / seconds,
        };
        return value.ToString("N1", CultureInfo.InvariantCulture);
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
    public override string ToString() => ColumnName;
}
