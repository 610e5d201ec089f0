using NewsExtract.Fields;

namespace NewsExtract.Tests.Fields;

/// <summary>Only http(s) links come out, and the resolver's shortcuts for links already in canonical form give exactly what System.Uri gives.</summary>
public class UrlResolverTests
{
    private static readonly string[] Hrefs =
    [
        "/", "/a", "/a/", "/a//b", "/a/./b", "/a/../b", "/.", "/..", "/.hidden", "/a?", "/a?b=c&d=e", "/a?b?c", "/a#x", "/A/B.HTM", "/a%20b", "/a b",
        "/é", "/~u/x.htm", "//a.b/c", "///a", "/\\a", "a/b.htm", "../x", "?q=1", "http://a.b/", "http://a.b", "http://A.b/", "HTTP://a.b/", "http://a.b:80/",
        "http://a.b:8080/x", "http://u@a.b/", "http://1.2.3.4/", "http://0x7f.1/", "http://a.0x7f/", "http://a.1/", "http://xn--abc.com/", "http://a.xn--p1ai/",
        "http://-a.com/", "http://a-.com/", "http://a..b/", "http://.a.b/", "http://a.b./", "http://a_b.com/", "https://a.b/c?d", "https://a.b/c?",
        "http://a.b/c/../d", "http://a.b/c/./d", "http://a.b//c", "http://a.b/c.", "http://a.b/c..", "http://a.b/c/.d", "http://localhost/x",
        "https://news.example.cn/c/2021-03-12/doc-ikknscsi1234567.shtml", "http://dantri.example.vn/xa-hoi/5349489301389589.htm", "/xa-hoi/123.htm",
        "http://" + new string('a', 64) + ".com/", "http://" + new string('a', 63) + ".com/x", "http://a.b/" + new string('x', 3000), "/" + new string('y', 3000),
        "ftp://a.b/c", "mailto:x@a.b", "  /a/b.htm  ",
    ];

    private static readonly Uri?[] Bases =
    [
        null, new("http://dantri.example.vn/xa-hoi/5349489301389589.htm"), new("https://news.example.cn/a/b.shtml?x=1#f"), new("http://user:pw@h.com:8080/a/"),
        new("http://H.COM/a"), new("http://1.2.3.4/x"), new("file:///tmp/x.html"), new("http://xn--fiqs8s.cn/a"), new("http://例子.cn/a"),
    ];

    [Test]
    public void Shortcuts_agree_with_Uri()
    {
        Assert.Multiple(() =>
        {
            foreach (var baseUrl in Bases)
            {
                foreach (var href in Hrefs)
                {
                    Assert.That(UrlResolver.Resolve(href, baseUrl), Is.EqualTo(ThroughUri(href, baseUrl)), $"{href} against {baseUrl}");
                }
            }
        });
    }

    [Test]
    public void Shortcuts_cover_the_usual_links()
    {
        Assert.Multiple(() =>
        {
            Assert.That(UrlResolver.IsCanonicalHttp("https://news.example.cn/c/2021-03-12/doc-ikknscsi1234567.shtml"), Is.True);
            Assert.That(UrlResolver.IsPlainRootPath("/xa-hoi/123.htm"), Is.True);
            Assert.That(UrlResolver.IsCanonicalHttp("http://1.2.3.4/"), Is.False);
            Assert.That(UrlResolver.IsPlainRootPath("/a/../b"), Is.False);
        });
    }

    [TestCase("vbscript:msgbox(1)")]
    [TestCase("data:text/html,<script>alert(1)</script>")]
    [TestCase("data:image/png;base64,iVBORw0KGgo=")]
    [TestCase("file:///etc/passwd")]
    [TestCase("java\tscript:alert(1)")]
    [TestCase("ja\nva\rscript:alert(1)")]
    [TestCase(" JaVaScRiPt:alert(3)")]
    [TestCase("\u0001javascript:alert(4)")]
    [TestCase("mailto:x@a.b")]
    [TestCase("ftp://a.b/c")]
    [TestCase("C:\\Windows\\x.jpg")]
    public void Links_with_any_scheme_but_http_give_no_url(string href)
    {
        Assert.That(UrlResolver.Resolve(href, null), Is.Null);
        Assert.That(UrlResolver.Resolve(href, new Uri("https://news.example.cn/a/b.html")), Is.Null);
    }

    [Test]
    public void Protocol_relative_links_take_the_bases_scheme_or_https()
    {
        Assert.That(UrlResolver.Resolve("//img.example.cn/a.jpg", new Uri("http://news.example.cn/a.html")), Is.EqualTo("http://img.example.cn/a.jpg"));
        Assert.That(UrlResolver.Resolve("//img.example.cn/a.jpg", null), Is.EqualTo("https://img.example.cn/a.jpg"));
        Assert.That(UrlResolver.Resolve("//img.example.cn/a.jpg", new Uri("file:///etc/passwd")), Is.EqualTo("https://img.example.cn/a.jpg"));
    }

    [Test]
    public void A_base_that_is_not_http_is_no_base()
    {
        Assert.That(UrlResolver.Resolve("/b.html", new Uri("file:///etc/passwd")), Is.EqualTo("/b.html"));
        Assert.That(UrlResolver.Resolve("x.jpg", new Uri("file:///etc/")), Is.EqualTo("x.jpg"));
        Assert.That(UrlResolver.ToUri("/b.html", new Uri("file:///etc/passwd")), Is.Null);
        Assert.That(UrlResolver.ToUri("file:///etc/passwd", null), Is.Null);
    }

    [Test]
    public void Http_links_split_by_tabs_or_line_breaks_are_joined_as_a_browser_joins_them() =>
        Assert.That(UrlResolver.Resolve("https://news.exa\tmple.cn/a\n/b.html", null), Is.EqualTo("https://news.example.cn/a/b.html"));

    // The resolver without its shortcuts: every link through System.Uri, only http(s) out.
    private static string? ThroughUri(string href, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        href = href.Trim();
        if (href.StartsWith('#'))
        {
            return null;
        }

        static bool Http(Uri? u) => u is { IsAbsoluteUri: true, Scheme: "http" or "https" };
        if (UrlResolver.HasScheme(href, out _))
        {
            return Uri.TryCreate(href, UriKind.Absolute, out var absolute) && Http(absolute) ? absolute.ToString() : null;
        }

        if (Http(baseUrl))
        {
            return Uri.TryCreate(baseUrl, href, out var resolved) && Http(resolved) ? resolved.ToString() : null;
        }

        return href.StartsWith("//", StringComparison.Ordinal) ? (Uri.TryCreate("https:" + href, UriKind.Absolute, out var secure) && Http(secure) ? secure.ToString() : null) : href;
    }
}
