using System.Globalization;
using System.Text;

namespace NewsExtract.Benchmarks.Warc;

/// <summary>One page to put in a generated crawl: a name, its bytes as served, the URL it is served under.</summary>
public sealed record CrawlPage(string Name, byte[] Content, Uri Url);

/// <summary>Where a page's response record went in a generated crawl.</summary>
public sealed record WrittenPage(CrawlPage Page, string RecordId, DateTimeOffset Date);

/// <summary>
/// Writes a crawl the way crawlers do: for every page a request, a response and a metadata record, the responses in turn
/// plain, chunked, gzip-encoded and brotli-encoded-and-chunked; and between them records that hold no page: a 404 page,
/// an image, a redirect, a revisit. Deterministic: the same pages give the same bytes.
/// </summary>
public static class CrawlGenerator
{
    /// <summary>The first capture time; each page is captured a minute after the previous one.</summary>
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly byte[] Png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];

    /// <summary>Writes a crawl of <paramref name="pages"/>, repeated until at least <paramref name="minBytes"/> are written (once when 0).</summary>
    public static List<WrittenPage> Write(Stream output, IReadOnlyList<CrawlPage> pages, bool gzip, long minBytes = 0)
    {
        var writer = new WarcWriter(output, gzip);
        var written = new List<WrittenPage>();
        writer.Write("warcinfo", null, Start, "application/warc-fields",
            "software: NewsExtract CrawlGenerator\r\nformat: WARC File Format 1.1\r\n"u8);
        var n = 0;
        for (var round = 0; round == 0 || writer.BytesWritten < minBytes; round++)
        {
            foreach (var page in pages)
            {
                var url = round == 0 ? page.Url : new Uri(page.Url, $"?round={round}");
                var date = Start.AddMinutes(n);
                written.Add(WritePage(writer, page with { Url = url }, date, n));
                n++;
                if (round > 0 && writer.BytesWritten >= minBytes)
                {
                    break;
                }
            }
        }

        return written;
    }

    private static WrittenPage WritePage(WarcWriter writer, CrawlPage page, DateTimeOffset date, int n)
    {
        var uri = page.Url.AbsoluteUri;
        var requestId = writer.Write("request", uri, date, "application/http; msgtype=request", WarcWriter.HttpRequest(page.Url));
        var headers = new List<(string, string)> { ("Content-Type", "text/html"), ("Server", "generator") };
        var body = page.Content;
        switch (n % 4)
        {
            case 1:
                headers.Add(("Transfer-Encoding", "chunked"));
                body = WarcWriter.Chunked(body, 4096);
                break;
            case 2:
                headers.Add(("Content-Encoding", "gzip"));
                body = WarcWriter.Encoded(body, "gzip");
                break;
            case 3:
                headers.Add(("Content-Encoding", "br"));
                headers.Add(("Transfer-Encoding", "chunked"));
                body = WarcWriter.Chunked(WarcWriter.Encoded(body, "br"), 8192);
                break;
        }

        var response = WarcWriter.HttpResponse(200, "OK", headers, body);
        var concurrent = new[] { KeyValuePair.Create("WARC-Concurrent-To", requestId) };
        var id = writer.Write("response", uri, date, "application/http; msgtype=response", response, concurrent);
        writer.Write("metadata", uri, date, "application/warc-fields",
            Encoding.UTF8.GetBytes($"fetchTimeMs: {n % 1000}\r\nname: {page.Name}\r\n"), [KeyValuePair.Create("WARC-Refers-To", id)]);

        // Records that hold no page.
        var missing = new Uri(page.Url, "/missing-" + n.ToString(CultureInfo.InvariantCulture) + ".html").AbsoluteUri;
        writer.Write("response", missing, date, "application/http; msgtype=response",
            WarcWriter.HttpResponse(404, "Not Found", [("Content-Type", "text/html; charset=utf-8")], "<html><head><title>页面不存在</title></head><body><p>您访问的页面不存在，请返回首页继续浏览新闻。</p></body></html>"u8));
        if (n % 3 == 0)
        {
            writer.Write("response", new Uri(page.Url, "/logo.png").AbsoluteUri, date, "application/http; msgtype=response",
                WarcWriter.HttpResponse(200, "OK", [("Content-Type", "image/png")], Png));
        }

        if (n % 5 == 0)
        {
            writer.Write("response", new Uri(page.Url, "/old").AbsoluteUri, date, "application/http; msgtype=response",
                WarcWriter.HttpResponse(301, "Moved Permanently", [("Location", uri), ("Content-Type", "text/html")], "<html><body>Moved</body></html>"u8));
            writer.Write("revisit", uri, date.AddSeconds(30), "application/http; msgtype=response",
                WarcWriter.HttpResponse(200, "OK", [("Content-Type", "text/html")], []),
                [KeyValuePair.Create("WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"), KeyValuePair.Create("WARC-Refers-To-Target-URI", uri)]);
        }

        return new WrittenPage(page, id, date);
    }

    /// <summary>The pages of a folder (sorted by name), each served under <c>https://corpus.example/NAME</c>.</summary>
    public static List<CrawlPage> FromFolder(string folder) =>
        Directory.GetFiles(folder)
            .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => new CrawlPage(Path.GetFileName(f), File.ReadAllBytes(f), new Uri("https://corpus.example/" + Uri.EscapeDataString(Path.GetFileName(f)))))
            .ToList();
}
