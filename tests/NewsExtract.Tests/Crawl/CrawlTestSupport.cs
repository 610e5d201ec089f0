using NewsExtract.Crawl;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Crawl;

internal static class CrawlTestSupport
{
    public static readonly DateTimeOffset Reference = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Every result of an archive, read with the default crawl extractor.</summary>
    public static async Task<List<CrawlRecordResult>> ReadAllAsync(Stream archive, CrawlOptions? options = null)
    {
        var results = new List<CrawlRecordResult>();
        await foreach (var result in new CrawlExtractor(null, options).ExtractAsync(archive, "test"))
        {
            results.Add(result);
        }

        return results;
    }

    public static Task<List<CrawlRecordResult>> ReadBytesAsync(byte[] archive, CrawlOptions? options = null) =>
        ReadAllAsync(new MemoryStream(archive, writable: false), options);

    /// <summary>A file of ../shared/warc-samples, or an ignored test when shared is absent.</summary>
    public static async Task<List<CrawlRecordResult>> ReadSampleAsync(string name)
    {
        var path = SharedData.Require(Path.Combine("warc-samples", name));
        await using var file = File.OpenRead(path);
        return await ReadAllAsync(file);
    }

    /// <summary>A record's shape for assertions: kind, status, skip reason.</summary>
    public static string Shape(CrawlRecordResult r) => $"{r.Kind} {r.Status} {r.SkipReason}";
}
