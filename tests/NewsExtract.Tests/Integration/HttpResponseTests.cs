using System.Net.Http.Headers;
using System.Text;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Integration;

/// <summary>A response's headers say what the page's bytes do not: its charset, its address, when it was fetched.</summary>
public class HttpResponseTests
{
    static HttpResponseTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Paragraph = "本市将于下月起新增六条夜间公交线路，覆盖主要商圈、医院和交通枢纽，夜间出行将更加便利，市民普遍表示欢迎，认为这是一项实实在在的民生工程。";

    /// <summary>A GBK page with no meta charset: only the header tells its encoding for certain.</summary>
    private static byte[] GbkPageWithoutMeta() => Encoding.GetEncoding("gbk").GetBytes(
        $"<html><head><title>夜间公交线路扩容</title></head><body><h1>夜间公交线路扩容</h1><div class=info>昨天 18:30</div><div><p>{Paragraph}</p><p>{Paragraph.Replace("本市", "全市", StringComparison.Ordinal)}</p>"
        + "<div class=related><h3>相关新闻</h3><ul><li><a href=\"/2025/0701/metro.html\">地铁新线开通首日客流超二十万人次</a></li></ul></div></div></body></html>");

    private static HttpResponseMessage Response(byte[] body, string mediaType, string? charset, Uri url, DateTimeOffset? date = null)
    {
        var response = new HttpResponseMessage(System.Net.HttpStatusCode.OK)
        {
            Content = new ByteArrayContent(body),
            RequestMessage = new HttpRequestMessage(HttpMethod.Get, url),
        };
        response.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = charset };
        response.Headers.Date = date;
        return response;
    }

    [Test]
    public async Task The_charset_comes_from_Content_Type_the_url_from_the_request_the_reference_time_from_Date()
    {
        using var response = Response(GbkPageWithoutMeta(), "text/html", "gbk", new Uri("https://news.example.cn/2025/0713/bus.html"), new DateTimeOffset(2025, 7, 13, 2, 0, 0, TimeSpan.Zero));

        var article = await response.ExtractArticleAsync();

        Assert.Multiple(() =>
        {
            Assert.That(article.Diagnostics.EncodingEvidence, Is.EqualTo(EncodingEvidence.Declared));
            Assert.That(article.Title, Is.EqualTo("夜间公交线路扩容"));
            Assert.That(article.Related.Single().Url, Is.EqualTo("https://news.example.cn/2025/0701/metro.html"), "relative link resolved against the request's URL");
            Assert.That(article.Dateline.Published, Is.EqualTo(new DateTimeOffset(2025, 7, 12, 18, 30, 0, TimeSpan.FromHours(8))), "昨天 resolved against the Date header");
        });
    }

    [Test]
    public async Task A_text_plain_response_is_read_as_a_text_capture()
    {
        using var response = Response(Fixtures.Bytes("Text/wrapped.zh.txt"), "text/plain", "utf-8", new Uri("https://news.example.cn/a.txt"));

        var article = await response.ExtractArticleAsync();

        Assert.That(article.Diagnostics.Input, Is.EqualTo(InputKind.Text));
    }

    [Test]
    public void A_body_over_the_limit_by_its_Content_Length_is_refused_before_it_is_read()
    {
        var extractor = new ArticleExtractor(ExtractionOptions.Default with { Limits = ExtractionLimits.Default with { MaxInputBytes = 1_000 } });
        using var response = Response(new byte[5_000], "text/html", null, new Uri("https://news.example.cn/big.html"));

        Assert.That(() => response.ExtractArticleAsync(extractor), Throws.InstanceOf<ExtractionLimitException>().With.Message.Contains("5,000 bytes"));
    }

    [Test]
    public void The_page_context_carries_what_the_headers_say()
    {
        using var response = Response([], "text/html", "\"big5\"", new Uri("https://news.example.tw/a.html"), new DateTimeOffset(2025, 7, 13, 2, 0, 0, TimeSpan.Zero));

        var context = response.ToPageContext();

        Assert.That((context.Charset, context.Url?.Host, context.ReferenceTime), Is.EqualTo(("big5", "news.example.tw", (DateTimeOffset?)new DateTimeOffset(2025, 7, 13, 2, 0, 0, TimeSpan.Zero))));
    }
}
