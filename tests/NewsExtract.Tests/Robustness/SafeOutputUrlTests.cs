using System.Globalization;
using System.Text;

namespace NewsExtract.Tests.Robustness;

/// <summary>
/// Every URL an article carries (images, related links, canonical) is an http(s) address, or a scheme-less relative
/// link when there is no http(s) base: no script, data, file or other scheme, however it is disguised; a canonical link
/// that is not http(s) is ignored with a diagnostic and never becomes the base of the page's other links.
/// </summary>
public class SafeOutputUrlTests
{
    private const string Lead = "新华社北京7月12日电国家统计局今天发布数据显示，上半年国内生产总值同比增长百分之五点五，经济运行总体平稳，稳中有进。";
    private const string Second = "国家统计局新闻发言人表示，上半年就业形势总体稳定，居民消费价格温和上涨，国际收支基本平衡，主要指标处于合理区间。";

    private static readonly string[] Hostile =
    [
        "vbscript:msgbox(1)", "data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;", "file:///etc/passwd", "java\tscript:alert(1)",
        "jav&#x0A;ascript:alert(2)", " JaVaScRiPt:alert(3)", "&#x20;&#x09;javascript:alert(4)", "mailto:x@example.cn",
    ];

    private static string Page(string canonical)
    {
        var html = new StringBuilder($"<!DOCTYPE html><html><head><meta charset=utf-8><title>上半年经济运行总体平稳</title><link rel=canonical href=\"{canonical}\"></head><body><article><h1>上半年经济运行总体平稳</h1><p>{Lead}</p>");
        var all = Hostile.Concat(["//img.example.cn/ok.jpg", "/local/ok.jpg", "https://img.example.cn/ok2.jpg"]).ToList();
        for (var i = 0; i < all.Count; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<figure><img src=\"{all[i]}\" width=600 height=400><figcaption>图为国家统计局发布会现场第{i}张</figcaption></figure>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<p>{Second}</p></article><div class=related><h3>相关新闻</h3><ul>");
        for (var i = 0; i < all.Count; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{all[i].Replace(".jpg", ".html", StringComparison.Ordinal)}\">相关报道标题第{i}条新闻内容</a></li>");
        }

        return html.Append("</ul></div></body></html>").ToString();
    }

    private static List<string> UrlsOf(Article article) =>
        [.. article.Images.Select(i => i.Url), .. article.Related.Select(r => r.Url).OfType<string>(), .. article.CanonicalUrl is { } c ? new[] { c.ToString() } : []];

    private static bool IsHttp(string url) => url.StartsWith("http://", StringComparison.Ordinal) || url.StartsWith("https://", StringComparison.Ordinal);

    [Test]
    public void Script_data_file_and_disguised_urls_never_come_out_and_a_file_canonical_is_no_base()
    {
        var article = ArticleExtractor.Default.ExtractHtml(Page("file:///etc/passwd"));
        var urls = UrlsOf(article);

        Assume.That(article.Images, Is.Not.Empty, "the page's images are read");
        Assume.That(article.Related, Is.Not.Empty, "the page's related links are read");
        Assert.That(article.CanonicalUrl, Is.Null);
        Assert.That(urls, Has.All.Matches<string>(u => IsHttp(u) || u.StartsWith("/local/", StringComparison.Ordinal)), string.Join(" | ", urls));
        Assert.That(urls, Does.Contain("https://img.example.cn/ok.jpg"), "protocol-relative resolves to https without a base");
        Assert.That(article.Diagnostics.Notes.Select(n => n.Code), Does.Contain("url.canonical-ignored"));
    }

    [Test]
    public void Against_an_http_page_url_every_url_is_absolute_http()
    {
        var article = ArticleExtractor.Default.ExtractHtml(Page("javascript:alert(1)"), PageContext.ForUrl(new Uri("https://news.example.cn/a/b.html")));
        var urls = UrlsOf(article);

        Assert.That(urls, Is.Not.Empty);
        Assert.That(urls, Has.All.Matches<string>(IsHttp), string.Join(" | ", urls));
        Assert.That(urls, Does.Contain("https://news.example.cn/local/ok.jpg"));
    }

    [Test]
    public void A_page_url_that_is_not_http_is_ignored_with_a_diagnostic()
    {
        var article = ArticleExtractor.Default.ExtractHtml(Page("https://news.example.cn/c.html"), PageContext.ForUrl(new Uri("file:///etc/passwd")));
        var urls = UrlsOf(article);

        Assert.That(article.Diagnostics.Notes.Select(n => n.Code), Does.Contain("url.base-ignored"));
        Assert.That(article.CanonicalUrl, Is.EqualTo(new Uri("https://news.example.cn/c.html")));
        Assert.That(urls, Does.Contain("https://news.example.cn/local/ok.jpg"), "the http canonical is the base instead");
        Assert.That(urls, Has.All.Matches<string>(IsHttp), string.Join(" | ", urls));
    }

    [Test]
    public void An_og_url_stands_in_for_a_canonical_link_that_is_not_http()
    {
        var html = Page("vbscript:x").Replace("</title>", "</title><meta property=\"og:url\" content=\"https://news.example.cn/og.html\">", StringComparison.Ordinal);

        var article = ArticleExtractor.Default.ExtractHtml(html);

        Assert.That(article.CanonicalUrl, Is.EqualTo(new Uri("https://news.example.cn/og.html")));
    }
}
