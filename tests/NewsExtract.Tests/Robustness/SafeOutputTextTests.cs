using System.Text;
using NewsExtract.Cli;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Robustness;

/// <summary>
/// Article text is safe to display: no C0 or C1 control character (but tab and newline) and no bidirectional override
/// or isolate reaches any field, whether the page wrote it as a character reference or as raw bytes; the command's
/// text and Markdown formats never write an escape sequence to a terminal.
/// </summary>
public class SafeOutputTextTests
{
    private const string Esc = "&#27;";
    private const string Second = "国家统计局新闻发言人表示，上半年就业形势总体稳定，居民消费价格温和上涨，国际收支基本平衡，主要指标处于合理区间。";

    // Every field a page's text reaches, each carrying escape sequences, C1 controls and bidi overrides written as
    // character references (not &#x85; or &#x9B;: HTML reads those as windows-1252 does, … and ›; &#x81; and &#x8D; stay controls).
    private static readonly string Page =
        "<!DOCTYPE html><html lang=zh-CN><head><meta charset=utf-8><title>经济运行总体平稳</title>"
        + $"<meta property=\"og:site_name\" content=\"示例{Esc}]0;新闻网&#7;\"></head><body>"
        + $"<article><h1>上半年经济{Esc}[2J{Esc}[31m运行&#x202E;总体平稳&#x81;</h1>"
        + "<div class=info>2025年7月13日 09:50 来源：新华&#x2066;社&#x2069; 记者 王&#x202D;明</div>"
        + $"<p>新华社北京7月12日电国家统计局今天发布数据显示，{Esc}[31m上半年国内生产总值同比增长百分之五点五&#x8D;，经济运行&#x202E;总体平稳，稳中有进。</p>"
        + $"<figure><img src=\"https://img.example.cn/a&#x202E;.jpg\" width=600 height=400><figcaption>图为发布会{Esc}[5m现场</figcaption></figure>"
        + $"<p>{Second}</p><p>专家认为，下半年经济将继续恢复向好，但外部环境依然复杂严峻，需要进一步巩固经济回升向好的基础。</p>"
        + "<p>责任编辑：刘&#x202E;莹</p></article>"
        + $"<div class=related><h3>相关新闻</h3><ul><li><a href=\"/a.html\">相关报道{Esc}[8m标题第一条新闻内容</a></li>"
        + "<li><a href=\"/b.html\">相关报道&#x202E;标题第二条新闻内容</a></li></ul></div></body></html>";

    private static bool IsUnsafe(char c) => c is (< ' ' and not ('\t' or '\n')) or (>= '\u007F' and <= '\u009F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static IEnumerable<string> AllTexts(Article a)
    {
        yield return a.Title;
        foreach (var s in new[] { a.Dateline.Text, a.Dateline.Place, a.SiteName, a.CanonicalUrl?.ToString() }.OfType<string>())
        {
            yield return s;
        }

        foreach (var s in a.Paragraphs.Select(p => p.Text).Concat(a.Authors).Concat(a.Sources.SelectMany(s => new[] { s.Name, s.Text }))
            .Concat(a.Credits.SelectMany(c => new[] { c.Role, c.Name })).Concat(a.Images.SelectMany(i => new[] { i.Url, i.Caption }))
            .Concat(a.Related.SelectMany(r => new[] { r.Title, r.Url, r.Summary, r.DateText }))
            .Concat(a.Diagnostics.Notes.Select(n => n.Message)).Concat(a.Diagnostics.Blocks.SelectMany(b => new[] { b.Text, b.Hints })).OfType<string>())
        {
            yield return s;
        }
    }

    private static void AssertSafe(Article article)
    {
        var unsafeTexts = AllTexts(article).Where(t => t.Any(IsUnsafe)).ToList();
        Assert.That(unsafeTexts, Is.Empty, "texts with control or bidi characters: " + string.Join(" | ", unsafeTexts.Select(Visible)));
    }

    private static string Visible(string text) => string.Concat(text.Select(c => IsUnsafe(c) ? $"\\u{(int)c:X4}" : c.ToString()));

    [Test]
    public void Controls_and_bidi_overrides_from_character_references_reach_no_field()
    {
        var article = new ArticleExtractor(ExtractionOptions.Default with { TraceBlocks = true }).ExtractHtml(Page, PageContext.ForUrl(new Uri("https://news.example.cn/a.html")));

        Assert.Multiple(() =>
        {
            AssertSafe(article);
            Assert.That(article.Title, Is.EqualTo("上半年经济[2J[31m运行总体平稳"));
            Assert.That(article.SiteName, Is.EqualTo("示例]0;新闻网"));
            Assert.That(article.Paragraphs[0].Text, Does.Contain("[31m上半年国内生产总值同比增长百分之五点五，经济运行总体平稳"));
            Assert.That(article.Images.Single().Caption, Is.EqualTo("图为发布会[5m现场"));
            Assert.That(article.Images.Single().Url, Is.EqualTo("https://img.example.cn/a%E2%80%AE.jpg"));
            Assert.That(article.Related.Select(r => r.Title), Is.EqualTo(new[] { "相关报道[8m标题第一条新闻内容", "相关报道标题第二条新闻内容" }));
            Assert.That(article.Credits.Select(c => c.Name), Does.Contain("刘莹"));
        });
    }

    [Test]
    public void C1_controls_and_bidi_overrides_in_the_bytes_reach_no_field()
    {
        var html = Page.Replace("&#x202E;", "\u202E", StringComparison.Ordinal).Replace("&#x8D;", "\u0085", StringComparison.Ordinal).Replace("&#x81;", "\u009B", StringComparison.Ordinal);

        var article = ArticleExtractor.Default.ExtractHtml(Encoding.UTF8.GetBytes(html));

        AssertSafe(article);
        Assert.That(article.Title, Is.EqualTo("上半年经济[2J[31m运行总体平稳"));
    }

    [Test]
    public void A_text_capture_loses_its_controls_and_bidi_overrides_too()
    {
        var text = "上半年经济\u001b[31m运行\u202E总体平稳\u009B2J\n\n"
            + "新华社北京7月12日电国家统计局今天发布数据显示，\u001b[31m上半年国内生产总值同比增长百分之五点五，经济运行\u2066总体平稳\u2069，稳中有进。\n\n"
            + Second + "\u0085\n\n责任编辑：刘\u202E莹\n";

        AssertSafe(ArticleExtractor.Default.ExtractText(text));
        AssertSafe(ArticleExtractor.Default.ExtractTextAsync(new MemoryStream(Encoding.UTF8.GetBytes(text))).GetAwaiter().GetResult());
    }

    [Test]
    public void A_paragraph_made_only_of_controls_is_dropped_not_left_empty()
    {
        var html = Page.Replace("<p>专家认为", "<p>&#x202E;&#27;&#x8D;</p><p>专家认为", StringComparison.Ordinal);

        var article = ArticleExtractor.Default.ExtractHtml(html);

        ArticleInvariants.AssertWellFormed(article);
        AssertSafe(article);
    }

    [TestCase("text")]
    [TestCase("markdown")]
    [TestCase("jsonl")]
    public async Task The_command_never_writes_an_escape_sequence(string format)
    {
        var file = Path.Combine(TestContext.CurrentContext.WorkDirectory, "controls-" + format + ".html");
        await File.WriteAllTextAsync(file, Page);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CommandLine.RunAsync([file, "--format", format], Stream.Null, output, error);

        Assert.That(exit, Is.Zero, error.ToString());
        Assert.That(output.ToString(), Does.Contain("运行总体平稳"));
        Assert.That(output.ToString().Where(IsUnsafe).Select(c => $"U+{(int)c:X4}"), Is.Empty);
    }
}
