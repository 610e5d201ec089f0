using System.IO.Compression;
using System.Text;
using NewsExtract.Benchmarks.Warc;
using NewsExtract.Crawl;
using static NewsExtract.Tests.Crawl.CrawlTestSupport;

namespace NewsExtract.Tests.Crawl;

/// <summary>The reader on archives written for one behaviour each.</summary>
[TestFixture]
public class CrawlReaderTests
{
    private static readonly DateTimeOffset Captured = new(2024, 8, 1, 6, 0, 0, TimeSpan.Zero);

    // A Chinese article with a year-less date: its year comes from the reference time.
    private const string Article = """
        <html><head><title>江南水乡古镇迎来旅游旺季_新闻中心</title></head><body>
        <div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div>
        <h1>江南水乡古镇迎来旅游旺季</h1>
        <div class="info">7月12日 09:50 来源：本地日报</div>
        <div class="article">
        <p>本报讯 进入七月以来，江南多个水乡古镇迎来旅游旺季，游客数量较去年同期明显增长，古镇管理部门加强了客流疏导和安全保障工作。</p>
        <p>据古镇管理委员会介绍，今年暑期古镇推出了夜游、非遗体验和水上演出等多项新活动，吸引了大量家庭游客和学生群体前来参观游览。</p>
        <p>不少游客表示，古镇的小桥流水和传统建筑让人流连忘返，希望当地在发展旅游的同时继续保护好古镇的历史风貌和居民生活。</p>
        </div></body></html>
        """;

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Warc(bool gzip, Action<WarcWriter> write)
    {
        using var output = new MemoryStream();
        write(new WarcWriter(output, gzip));
        return output.ToArray();
    }

    private static void Page(WarcWriter w, string url, byte[] body, string contentType = "text/html", DateTimeOffset? date = null) =>
        w.Write("response", url, date ?? Captured, "application/http; msgtype=response",
            WarcWriter.HttpResponse(200, "OK", [("Content-Type", contentType)], body));

    [Test]
    public async Task Warc_date_is_the_reference_time_of_year_less_dates()
    {
        var archive = Warc(false, w =>
        {
            Page(w, "https://news.example.cn/2024.html", Utf8(Article), date: Captured);
            Page(w, "https://news.example.cn/2019.html", Utf8(Article), date: new DateTimeOffset(2019, 9, 1, 0, 0, 0, TimeSpan.Zero));
        });
        var results = await ReadBytesAsync(archive);
        Assert.That(results.Select(r => r.Article!.Dateline.Published?.Year), Is.EqualTo(new int?[] { 2024, 2019 }));
    }

    [Test]
    public async Task Charset_of_the_http_content_type_is_handed_to_decoding()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding("gb18030")!;
        var archive = Warc(false, w => Page(w, "https://news.example.cn/a.html", gbk.GetBytes(Article), "text/html; charset=GBK"));
        var page = (await ReadBytesAsync(archive)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(page.Article!.Diagnostics.EncodingEvidence, Is.EqualTo(EncodingEvidence.Declared));
            Assert.That(page.Article.Title, Is.EqualTo("江南水乡古镇迎来旅游旺季"));
        });
    }

    [Test]
    public async Task Wet_conversion_records_are_separate_text_captures_with_their_url_and_date()
    {
        var first = "江南水乡古镇迎来旅游旺季\n7月12日 09:50\n本报讯 进入七月以来，江南多个水乡古镇迎来旅游旺季，游客数量较去年同期明显增长，古镇管理部门加强了客流疏导和安全保障工作。\n据古镇管理委员会介绍，今年暑期古镇推出了夜游、非遗体验和水上演出等多项新活动，吸引了大量家庭游客和学生群体前来参观游览。\n";
        var second = "Giá xăng dầu đồng loạt giảm từ chiều nay\n(Dân trí) - Liên Bộ Công Thương - Tài chính vừa điều chỉnh giá bán lẻ xăng dầu, theo đó giá các loại xăng đồng loạt giảm so với kỳ điều hành trước đó.\nTheo cơ quan điều hành, giá xăng dầu thế giới trong kỳ vừa qua biến động giảm do nguồn cung dồi dào và nhu cầu tiêu thụ chậm lại.\n";
        var archive = Warc(true, w =>
        {
            w.Write("warcinfo", null, Captured, "application/warc-fields", "isPartOf: CC-MAIN-2024-33\r\n"u8);
            w.Write("conversion", "https://news.example.cn/a.html", Captured, "text/plain", Utf8(first));
            w.Write("conversion", "https://vi.example.vn/b.htm", Captured.AddHours(1), "text/plain", Utf8(second));
        });
        var results = await ReadBytesAsync(archive);
        Assert.That(results.Select(Shape), Is.EqualTo(new[] { "Warcinfo Skipped RecordType", "Conversion Extracted None", "Conversion Extracted None" }));
        Assert.Multiple(() =>
        {
            Assert.That(results[1].Article!.Diagnostics.Input, Is.EqualTo(InputKind.Text));
            Assert.That(results[1].Article!.Title, Is.EqualTo("江南水乡古镇迎来旅游旺季"));
            Assert.That(results[1].Article!.Dateline.Published?.Year, Is.EqualTo(2024));
            Assert.That(results[2].Url, Is.EqualTo("https://vi.example.vn/b.htm"));
            Assert.That(results[2].Article!.Language, Is.EqualTo(ContentLanguage.Vietnamese));
            Assert.That(results[2].Article!.Text, Does.Not.Contain("江南"), "each record is its own page");
        });
    }

    [TestCase("gzip")]
    [TestCase("deflate")]
    [TestCase("br")]
    public async Task Content_encoded_bodies_are_decoded(string coding)
    {
        var archive = Warc(false, w => w.Write("response", "https://news.example.cn/a.html", Captured, "application/http; msgtype=response",
            WarcWriter.HttpResponse(200, "OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", coding)], WarcWriter.Encoded(Utf8(Article), coding))));
        Assert.That((await ReadBytesAsync(archive)).Single().Article!.Title, Is.EqualTo("江南水乡古镇迎来旅游旺季"));
    }

    [Test]
    public async Task Raw_deflate_body_is_decoded_too()
    {
        using var raw = new MemoryStream();
        using (var deflate = new DeflateStream(raw, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(Utf8(Article));
        }

        var archive = Warc(false, w => w.Write("response", "https://news.example.cn/a.html", Captured, "application/http; msgtype=response",
            WarcWriter.HttpResponse(200, "OK", [("Content-Type", "text/html"), ("Content-Encoding", "deflate")], raw.ToArray())));
        Assert.That((await ReadBytesAsync(archive)).Single().Article!.Title, Is.EqualTo("江南水乡古镇迎来旅游旺季"));
    }

    [Test]
    public async Task Chunked_and_gzip_encoded_body_is_dechunked_then_decoded()
    {
        var body = WarcWriter.Chunked(WarcWriter.Encoded(Utf8(Article), "gzip"), 100);
        var archive = Warc(true, w => w.Write("response", "https://news.example.cn/a.html", Captured, "application/http; msgtype=response",
            WarcWriter.HttpResponse(200, "OK", [("Content-Type", "text/html"), ("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")], body)));
        Assert.That((await ReadBytesAsync(archive)).Single().Article!.Title, Is.EqualTo("江南水乡古镇迎来旅游旺季"));
    }

    [Test]
    public async Task Body_marked_chunked_that_is_not_is_taken_as_it_is()
    {
        var archive = Warc(false, w => w.Write("response", "https://news.example.cn/a.html", Captured, "application/http; msgtype=response",
            WarcWriter.HttpResponse(200, "OK", [("Content-Type", "text/html"), ("Transfer-Encoding", "chunked")], Utf8(Article))));
        Assert.That((await ReadBytesAsync(archive)).Single().Article!.Title, Is.EqualTo("江南水乡古镇迎来旅游旺季"));
    }

    [Test]
    public async Task Body_that_does_not_decode_gives_an_error_and_the_next_record_is_read()
    {
        var archive = Warc(false, w =>
        {
            w.Write("response", "https://news.example.cn/bad.html", Captured, "application/http; msgtype=response",
                WarcWriter.HttpResponse(200, "OK", [("Content-Type", "text/html"), ("Content-Encoding", "gzip")], Utf8("<html>not gzip at all</html>")));
            Page(w, "https://news.example.cn/a.html", Utf8(Article));
        });
        var results = await ReadBytesAsync(archive);
        Assert.That(results.Select(Shape), Is.EqualTo(new[] { "Response Failed None", "Response Extracted None" }));
        Assert.That(results[0].Error, Does.Contain("gzip body does not decode"));
    }

    [Test]
    public async Task Non_200_and_non_html_responses_and_non_http_records_are_skipped_by_reason()
    {
        var archive = Warc(false, w =>
        {
            w.Write("response", "https://news.example.cn/gone", Captured, "application/http; msgtype=response",
                WarcWriter.HttpResponse(404, "Not Found", [("Content-Type", "text/html")], Utf8(Article)));
            w.Write("response", "https://news.example.cn/logo.jpg", Captured, "application/http; msgtype=response",
                WarcWriter.HttpResponse(200, "OK", [("Content-Type", "image/jpeg")], [0xff, 0xd8, 0xff]));
            w.Write("response", "dns:news.example.cn", Captured, "text/dns", Utf8("20240801060000\nnews.example.cn. 300 IN A 192.0.2.1\n"));
            w.Write("response", "https://news.example.cn/empty", Captured, "application/http; msgtype=response",
                WarcWriter.HttpResponse(200, "OK", [("Content-Type", "text/html")], []));
        });
        var results = await ReadBytesAsync(archive);
        Assert.That(results.Select(r => r.SkipReason), Is.EqualTo(new[]
        {
            CrawlSkipReason.HttpStatus, CrawlSkipReason.ContentType, CrawlSkipReason.ContentType, CrawlSkipReason.EmptyPayload,
        }));
    }

    [Test]
    public async Task Corrupt_gzip_member_gives_an_error_and_reading_resumes_at_the_next_member()
    {
        using var output = new MemoryStream();
        var writer = new WarcWriter(output, gzip: true);
        Page(writer, "https://news.example.cn/1.html", Utf8(Article));
        var secondStart = output.Length;
        Page(writer, "https://news.example.cn/2.html", Utf8(Article));
        var thirdStart = output.Length;
        Page(writer, "https://news.example.cn/3.html", Utf8(Article));
        var bytes = output.ToArray();
        // Scramble the middle of the second member's deflate data.
        for (var i = secondStart + 40; i < secondStart + 80; i++)
        {
            bytes[i] ^= 0x5a;
        }

        var results = await ReadBytesAsync(bytes);
        Assert.That(results.Select(Shape), Is.EqualTo(new[] { "Response Extracted None", "Other Failed None", "Response Extracted None" }));
        Assert.Multiple(() =>
        {
            Assert.That(results[1].Error, Does.Contain($"gzip member at offset {secondStart}"));
            Assert.That(results[2].Url, Is.EqualTo("https://news.example.cn/3.html"));
            Assert.That(results[2].Offset, Is.EqualTo(thirdStart));
        });
    }

    [Test]
    public async Task Gzip_file_cut_short_gives_a_truncated_error_after_the_whole_records()
    {
        var bytes = Warc(true, w =>
        {
            Page(w, "https://news.example.cn/1.html", Utf8(Article));
            Page(w, "https://news.example.cn/2.html", Utf8(Article));
        });
        var results = await ReadBytesAsync(bytes[..^30]);
        Assert.That(results.Select(Shape), Is.EqualTo(new[] { "Response Extracted None", "Other Failed None" }));
        Assert.That(results[1].Error, Does.Contain("truncated gzip member").Or.Contain("truncated record"));
    }

    [Test]
    public async Task Plain_file_cut_short_gives_a_truncated_record()
    {
        var bytes = Warc(false, w => Page(w, "https://news.example.cn/1.html", Utf8(Article)));
        var results = await ReadBytesAsync(bytes[..^200]);
        Assert.That(results.Select(Shape), Is.EqualTo(new[] { "Response Failed None" }));
        Assert.That(results[0].Error, Does.StartWith("truncated record"));
        Assert.That(results[0].Url, Is.EqualTo("https://news.example.cn/1.html"));
    }

    [Test]
    public async Task Garbage_after_the_last_gzip_member_is_reported_once()
    {
        var bytes = Warc(true, w => Page(w, "https://news.example.cn/1.html", Utf8(Article)));
        var results = await ReadBytesAsync([.. bytes, .. Utf8("trailing junk that is no gzip member")]);
        Assert.That(results.Select(Shape), Is.EqualTo(new[] { "Response Extracted None", "Other Failed None" }));
        Assert.That(results[1].Error, Does.Contain("no gzip member"));
    }

    [Test]
    public async Task Record_larger_than_the_limit_is_skipped_with_an_error_and_not_held()
    {
        var big = Utf8(Article.Replace("<p>", "<p>" + new string('长', 4000), StringComparison.Ordinal));
        var archive = Warc(false, w =>
        {
            Page(w, "https://news.example.cn/big.html", big);
            Page(w, "https://news.example.cn/a.html", Utf8(Article));
        });
        var results = await ReadBytesAsync(archive, new CrawlOptions { MaxRecordBytes = 20_000 });
        Assert.That(results.Select(Shape), Is.EqualTo(new[] { "Response Failed None", "Response Extracted None" }));
        Assert.That(results[0].Error, Does.Contain("exceeds the limit of 20,000"));
    }

    [Test]
    public async Task Body_that_decodes_past_the_limit_is_an_error()
    {
        var bomb = WarcWriter.Encoded(new byte[5_000_000], "gzip");
        var archive = Warc(false, w => w.Write("response", "https://news.example.cn/bomb.html", Captured, "application/http; msgtype=response",
            WarcWriter.HttpResponse(200, "OK", [("Content-Type", "text/html"), ("Content-Encoding", "gzip")], bomb)));
        var results = await ReadBytesAsync(archive, new CrawlOptions { MaxRecordBytes = 1_000_000 });
        Assert.That(results.Single().Error, Does.Contain("more than 1,000,000 bytes"));
    }

    [Test]
    public async Task Stream_that_is_no_archive_gives_one_error()
    {
        var results = await ReadBytesAsync(Utf8(Article));
        Assert.That(results.Select(Shape), Is.EqualTo(new[] { "Other Failed None" }));
        Assert.That(results[0].Error, Does.StartWith("not a WARC or ARC file"));
    }

    [Test]
    public async Task Empty_stream_gives_no_records()
    {
        Assert.That(await ReadBytesAsync([]), Is.Empty);
    }

    [Test]
    public async Task Header_without_content_length_is_an_error_and_the_next_record_is_found()
    {
        var good = Warc(false, w => Page(w, "https://news.example.cn/a.html", Utf8(Article)));
        var broken = Utf8("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example.cn/x\r\n\r\nsome bytes\r\n\r\n");
        var results = await ReadBytesAsync([.. broken, .. good]);
        Assert.That(results.Select(Shape), Is.EqualTo(new[] { "Response Failed None", "Other Failed None", "Response Extracted None" }));
        Assert.That(results[0].Error, Does.Contain("Content-Length"));
    }

    [Test]
    public async Task Parallel_extraction_gives_the_sequential_results_in_order()
    {
        var archive = Warc(true, w =>
        {
            for (var i = 0; i < 24; i++)
            {
                Page(w, $"https://news.example.cn/{i}.html", Utf8(Article.Replace("江南", i % 2 == 0 ? "江南" : "浙北", StringComparison.Ordinal)));
                w.Write("request", $"https://news.example.cn/{i}.html", Captured, "application/http; msgtype=request", Utf8("GET / HTTP/1.1\r\n\r\n"));
            }
        });
        var sequential = await ReadBytesAsync(archive);
        var parallel = await ReadBytesAsync(archive, new CrawlOptions { MaxDegreeOfParallelism = 4 });
        Assert.That(parallel.Select(r => (r.Url, r.Kind, r.Article?.Title, r.Article?.Text)),
            Is.EqualTo(sequential.Select(r => (r.Url, r.Kind, r.Article?.Title, r.Article?.Text))));
        Assert.That(sequential, Has.Count.EqualTo(48));
    }

    [Test]
    public void Cancellation_stops_the_reading()
    {
        var archive = Warc(false, w => Page(w, "https://news.example.cn/a.html", Utf8(Article)));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.That(async () =>
        {
            await foreach (var _ in new CrawlExtractor().ExtractAsync(new MemoryStream(archive), null, cancelled.Token))
            {
            }
        }, Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task Records_are_read_without_extraction_by_the_reader()
    {
        var archive = Warc(true, w =>
        {
            Page(w, "<https://news.example.cn/a.html>", Utf8(Article));
            w.Write("request", "https://news.example.cn/a.html", Captured, "application/http; msgtype=request", Utf8("GET / HTTP/1.1\r\n\r\n"));
        });
        var records = new List<CrawlRecord>();
        await foreach (var record in CrawlReader.ReadAsync(new MemoryStream(archive)))
        {
            records.Add(record);
        }

        Assert.Multiple(() =>
        {
            Assert.That(records[0].Url, Is.EqualTo("https://news.example.cn/a.html"));
            Assert.That(Encoding.UTF8.GetString(records[0].Payload.Span), Is.EqualTo(Article));
            Assert.That(records[1].Payload.IsEmpty, Is.True, "a skipped record's block is not held");
            Assert.That(records[1].SkipReason, Is.EqualTo(CrawlSkipReason.RecordType));
        });
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Damaged_archives_give_results_never_exceptions(bool gzip)
    {
        // Bytes flipped, cut out or cut short at random (fixed seeds): every run must end with records, none may throw.
        var archive = Warc(gzip, w =>
        {
            for (var i = 0; i < 4; i++)
            {
                Page(w, $"https://news.example.cn/{i}.html", Utf8(Article));
                w.Write("request", $"https://news.example.cn/{i}.html", Captured, "application/http; msgtype=request", Utf8("GET / HTTP/1.1\r\n\r\n"));
            }
        });
        for (var seed = 0; seed < 60; seed++)
        {
            var random = new Random(seed);
            var damaged = archive.ToList();
            for (var n = 0; n < 1 + seed % 5; n++)
            {
                var at = random.Next(damaged.Count);
                switch (random.Next(3))
                {
                    case 0:
                        damaged[at] ^= (byte)(1 + random.Next(255));
                        break;
                    case 1:
                        damaged.RemoveRange(at, Math.Min(random.Next(1, 400), damaged.Count - at));
                        break;
                    default:
                        damaged.RemoveRange(at, damaged.Count - at);
                        break;
                }
            }

            var results = await ReadBytesAsync([.. damaged]);
            Assert.That(results, Has.Count.LessThan(200), $"seed {seed}");
            Assert.That(results.Where(r => r.Status == CrawlRecordStatus.Failed).Select(r => r.Error), Has.All.Not.Empty, $"seed {seed}");
        }
    }

    [Test]
    public void Options_out_of_range_are_refused()
    {
        Assert.That(() => new CrawlExtractor(null, new CrawlOptions { MaxDegreeOfParallelism = 0 }), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => new CrawlExtractor(null, new CrawlOptions { MaxRecordBytes = 0 }), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
