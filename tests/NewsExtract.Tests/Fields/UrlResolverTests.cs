using NewsExtract.Fields;

namespace NewsExtract.Tests.Fields;

/// <summary>The resolver's shortcuts for links already in canonical form give exactly what System.Uri gives.</summary>
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

    // The resolver as it was before the shortcuts: every link through System.Uri.
    private static string? ThroughUri(string href, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        href = href.Trim();
        if (href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || href.StartsWith('#'))
        {
            return null;
        }

        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.ToString();
        }

        return baseUrl is not null && baseUrl.IsAbsoluteUri && Uri.TryCreate(baseUrl, href, out var resolved) ? resolved.ToString() : href;
    }
}
