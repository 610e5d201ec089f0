using System.Text;

namespace NewsExtract.Tests.Robustness;

/// <summary>Inputs a crawl throws at the extractor: nothing may crash, hang, or come out garbled.</summary>
public class HostileInputTests
{
    private const string Lead = "新华社北京7月12日电（记者王明）国家统计局今天发布数据显示，上半年国内生产总值同比增长百分之五点五，经济运行总体平稳，稳中有进。";
    private const string Second = "国家统计局新闻发言人表示，上半年就业形势总体稳定，居民消费价格温和上涨，国际收支基本平衡，主要指标处于合理区间。";
    private const string Third = "专家认为，下半年经济将继续恢复向好，但外部环境依然复杂严峻，需要进一步巩固经济回升向好的基础，持续扩大国内需求。";

    private static readonly ArticleExtractor Extractor = new();

    private static string Page(string bodyExtra = "", string headExtra = "") =>
        $"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>上半年经济运行总体平稳_新华网</title>{headExtra}</head>"
        + $"<body><div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/news\">新闻</a></div><article><h1>上半年经济运行总体平稳</h1>"
        + $"<p>{Lead}</p><p>{Second}</p>{bodyExtra}<p>{Third}</p></article><div class=\"footer\">版权所有</div></body></html>";

    private static void AssertEmptyButValid(Article article)
    {
        ArticleInvariants.AssertWellFormed(article);
        Assert.Multiple(() =>
        {
            Assert.That(article.IsArticle, Is.False);
            Assert.That(article.Paragraphs, Is.Empty);
            Assert.That(article.Diagnostics.Notes, Is.Not.Empty, "a diagnostic says why nothing was found");
        });
    }

    private static IEnumerable<Article> AllEntryPoints(byte[] bytes)
    {
        yield return Extractor.ExtractHtml(bytes);
        yield return Extractor.Extract(bytes);
        yield return Extractor.ExtractTextAsync(new MemoryStream(bytes)).GetAwaiter().GetResult();
        var text = Encoding.UTF8.GetString(bytes);
        yield return Extractor.ExtractHtml(text);
        yield return Extractor.ExtractText(text);
    }

    [Test]
    public void Empty_input_gives_an_empty_article()
    {
        foreach (var article in AllEntryPoints([]))
        {
            AssertEmptyButValid(article);
        }
    }

    [Test]
    public void Whitespace_only_input_gives_an_empty_article()
    {
        foreach (var article in AllEntryPoints(Encoding.UTF8.GetBytes(" \t\r\n\u3000\u00A0\n\n   \f")))
        {
            AssertEmptyButValid(article);
        }
    }

    [Test]
    public void Png_bytes_give_an_empty_article_with_a_diagnostic()
    {
        var random = new Random(20240501);
        var bytes = new byte[64 * 1024];
        random.NextBytes(bytes);
        byte[] header = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];
        header.CopyTo(bytes, 0);
        foreach (var article in AllEntryPoints(bytes))
        {
            AssertEmptyButValid(article);
        }
    }

    [Test]
    public void Pdf_bytes_give_an_empty_article_with_a_diagnostic()
    {
        var random = new Random(7);
        var head = Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Length 4000 /Filter /FlateDecode >>\nstream\n");
        var body = new byte[32 * 1024];
        random.NextBytes(body);
        var bytes = head.Concat(body).Concat(Encoding.ASCII.GetBytes("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")).ToArray();
        foreach (var article in AllEntryPoints(bytes))
        {
            AssertEmptyButValid(article);
        }
    }

    [Test]
    public void Random_bytes_give_an_empty_article_with_a_diagnostic()
    {
        var random = new Random(12345);
        foreach (var size in new[] { 1, 7, 100, 4096, 256 * 1024 })
        {
            var bytes = new byte[size];
            random.NextBytes(bytes);
            foreach (var article in AllEntryPoints(bytes))
            {
                AssertEmptyButValid(article);
            }
        }
    }

    [Test]
    public void Null_input_throws_ArgumentNullException()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => Extractor.ExtractHtml((string)null!), Throws.ArgumentNullException);
            Assert.That(() => Extractor.ExtractHtml((byte[])null!), Throws.ArgumentNullException);
            Assert.That(() => Extractor.ExtractText(null!), Throws.ArgumentNullException);
            Assert.That(async () => await Extractor.ExtractHtmlAsync(null!), Throws.ArgumentNullException);
            Assert.That(async () => await Extractor.ExtractTextAsync(null!), Throws.ArgumentNullException);
            Assert.That(async () => await Extractor.ExtractAsync(null!), Throws.ArgumentNullException);
        });
    }

    [Test]
    public void Fifty_megabyte_page_completes_and_returns_an_article()
    {
        var builder = new StringBuilder(52 * 1024 * 1024);
        builder.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>上半年经济运行总体平稳</title></head><body><h1>上半年经济运行总体平稳</h1>");
        var i = 0;
        while (builder.Length < 23_500_000)
        {
            // about 2.3 bytes a character in UTF-8 (CJK text, ASCII markup): 23.5M characters are over 50 MB.
            builder.Append("<div class=\"item\"><p>").Append(i++).Append(Lead).Append(Second).Append("</p><a href=\"/n/").Append(i).Append("\">相关新闻</a></div>\n");
        }

        builder.Append("</body></html>");
        var bytes = Encoding.UTF8.GetBytes(builder.ToString());
        builder = null;
        Assert.That(bytes.Length, Is.GreaterThan(50 * 1024 * 1024));

        var article = Extractor.ExtractHtml(bytes);

        ArticleInvariants.AssertWellFormed(article);
        Assert.That(article.Paragraphs, Is.Not.Empty);
    }

    [Test]
    public void Million_sibling_elements_stop_at_MaxNodes_and_flag_truncation()
    {
        var builder = new StringBuilder("<html><head><title>列表</title></head><body>");
        for (var i = 0; i < 1_000_000; i++)
        {
            builder.Append("<p>").Append(i).Append("</p>");
        }

        var html = builder.Append("</body></html>").ToString();
        var extractor = new ArticleExtractor(ExtractionOptions.Default with { Limits = ExtractionLimits.Default with { MaxNodes = 200_000 } });

        var article = extractor.ExtractHtml(html);

        ArticleInvariants.AssertWellFormed(article);
        Assert.Multiple(() =>
        {
            Assert.That(article.Diagnostics.Truncated, Is.True);
            Assert.That(article.Diagnostics.Notes.Select(n => n.Code), Does.Contain("limit.nodes"));
        });
    }

    [Test]
    public void Million_sibling_inline_elements_under_default_limits_finish()
    {
        // One block-level parent with a million children: building and walking them must stay linear (a DOM whose
        // next-sibling step searches the parent's child list, as AngleSharp's does, would never finish).
        var builder = new StringBuilder("<html><body><div>");
        for (var i = 0; i < 1_000_000; i++)
        {
            builder.Append("<span>x</span>");
        }

        var article = ArticleExtractor.Default.ExtractHtml(builder.Append("</div></body></html>").ToString());

        ArticleInvariants.AssertWellFormed(article);
        Assert.That(article.IsArticle, Is.False);
    }

    [Test]
    public void Tags_with_a_hundred_thousand_attributes_finish_and_keep_the_first_of_each_name()
    {
        // Duplicate detection and the merge of repeated <html>/<body> attributes must stay linear.
        var many = string.Join(' ', Enumerable.Range(0, 100_000).Select(i => $"a{i}=\"{i}\""));
        var html = $"<html {many}><body {many} a0=\"later\"><p>{Lead}</p><body {many.Replace("a", "b", StringComparison.Ordinal)}></body></html>";

        var document = NewsExtract.Html.HtmlDocument.Parse(html);
        var article = Extractor.ExtractHtml(html);

        ArticleInvariants.AssertWellFormed(article);
        Assert.That(document.Body.GetAttribute("a0"), Is.EqualTo("0"));
        Assert.That(document.Body.GetAttribute("b99999"), Is.EqualTo("99999"));
        Assert.That(article.Text, Does.Contain(Lead));
    }

    [Test]
    public void Ten_megabyte_text_node_is_read_as_one_paragraph()
    {
        var text = string.Concat(Enumerable.Repeat(Lead, 10 * 1024 * 1024 / 3 / Lead.Length + 1));
        var html = $"<html><head><title>长文</title></head><body><h1>长文</h1><p>{text}</p></body></html>";

        var article = Extractor.ExtractHtml(html);

        ArticleInvariants.AssertWellFormed(article);
        Assert.That(article.Paragraphs.Sum(p => p.Text.Length), Is.EqualTo(text.Length));
    }

    [Test]
    public void One_megabyte_attribute_does_not_leak_into_the_article()
    {
        var value = new string('x', 1024 * 1024);
        var article = Extractor.ExtractHtml(Page($"<p class=\"{value}\" data-x='{value}'>{Lead[..20]}附加说明文字。</p><img src=\"/{value}.jpg\" alt=\"{value}\">"));

        ArticleInvariants.AssertWellFormed(article);
        Assert.That(article.Text, Does.Not.Contain("xxxxxxxx"));
        Assert.That(article.Text, Does.Contain(Lead));
    }

    [Test]
    public void Unclosed_tags_everywhere_still_give_the_article()
    {
        var html = "<html><head><title>上半年经济运行总体平稳</title><body><div class=nav><ul><li><a href=/>首页<li><a href=/n>新闻</ul></div>"
            + "<div id=main><h1>上半年经济运行总体平稳</h1><div><p>" + Lead + "<p><b><i>" + Second + "<p><span><font color=red>" + Third
            + "<ul><li>相关<li>更多";

        var article = Extractor.ExtractHtml(html);

        ArticleInvariants.AssertWellFormed(article);
        Assert.That(article.Text, Does.Contain(Lead).And.Contain(Second).And.Contain(Third), string.Join(" | ", article.Diagnostics.Notes.Select(n => n.Code + ": " + n.Message)));
    }

    [Test]
    public void Script_content_never_reaches_the_body()
    {
        const string fake = "这是脚本里伪造的一篇文章内容，不应出现在正文中，因为它只是脚本字符串，而且足够长足够像正文段落。";
        var script = $"<script>var s = '</p><p>{fake}</p>'; document.write('<p>{fake}</p>');</script>"
            + $"<script type=\"text/template\"><article><p>{fake}</p><p>{fake}二</p></article></script>";

        var article = Extractor.ExtractHtml(Page(script, script));

        ArticleInvariants.AssertWellFormed(article);
        Assert.That(article.Text, Does.Not.Contain("伪造"));
        Assert.That(article.Text, Does.Contain(Second));
    }

    [Test]
    public void Style_content_never_reaches_the_body()
    {
        const string style = "<style>p:after { content: '</p><p>这是样式表里伪造的段落文字，不应出现在正文中，它足够长足够像一段正文内容。'; }</style>";

        var article = Extractor.ExtractHtml(Page(style, style));

        ArticleInvariants.AssertWellFormed(article);
        Assert.That(article.Text, Does.Not.Contain("样式表"));
    }

    [Test]
    public void Template_and_noscript_copies_are_not_duplicated_in_the_body()
    {
        var copy = $"<p>{Lead}</p><p>{Second}</p><p>{Third}</p>";
        var article = Extractor.ExtractHtml(Page($"<template>{copy}</template><noscript>{copy}</noscript>"));

        ArticleInvariants.AssertWellFormed(article);
        Assert.That(article.Paragraphs.Count(p => p.Text == Lead), Is.EqualTo(1));
    }

    [Test]
    public void Hidden_text_never_reaches_the_body()
    {
        var hidden = "<p style=\"display: none\">隐藏段落一，这段文字设置为不显示，不应出现在提取的正文里面，长度足够像正文。</p>"
            + "<div hidden><p>隐藏段落二，这段文字带有hidden属性，不应出现在提取的正文里面，长度足够像正文。</p></div>"
            + "<div style=\"VISIBILITY:HIDDEN\"><p>隐藏段落三，这段文字不可见，不应出现在提取的正文里面，长度足够像正文内容。</p></div>";

        var article = Extractor.ExtractHtml(Page(hidden));

        ArticleInvariants.AssertWellFormed(article);
        Assert.That(article.Text, Does.Not.Contain("隐藏段落"));
        Assert.That(article.Text, Does.Contain(Third));
    }

    [Test]
    public void Nul_bytes_never_reach_the_paragraphs()
    {
        var html = Page().Replace("国家统计局", "国家\0统计局", StringComparison.Ordinal).Replace("<p>", "<p>\0", StringComparison.Ordinal);
        foreach (var article in new[] { Extractor.ExtractHtml(html), Extractor.ExtractHtml(Encoding.UTF8.GetBytes(html)), Extractor.ExtractText(html.Replace("<", "\n<", StringComparison.Ordinal)) })
        {
            ArticleInvariants.AssertWellFormed(article);
            Assert.That(article.Title.Contains('\0', StringComparison.Ordinal), Is.False);
        }
    }

    [Test]
    public void Lone_surrogates_become_replacement_characters()
    {
        var html = Page("<p>统计\uD800数据显示\uDC00，上半年居民人均可支配收入实际增长百分之五点四，农村居民收入增速快于城镇居民，收入差距继续缩小。</p>")
            .Replace("<title>上半年", "<title>\uDBFF上半年", StringComparison.Ordinal);

        foreach (var article in new[] { Extractor.ExtractHtml(html), Extractor.ExtractText(html.Replace("<p>", "\n", StringComparison.Ordinal)) })
        {
            ArticleInvariants.AssertWellFormed(article);
            Assert.That(article.Text, Does.Contain("统计\uFFFD数据显示\uFFFD"));
        }
    }

    [Test]
    public void Right_to_left_marks_do_not_break_extraction()
    {
        var marked = Page("<p>\u200F\u202E" + "专家指出，\u200E区域协调发展战略深入实施，\u2067中西部地区\u2069经济增速继续快于东部地区，发展的协调性不断增强。" + "\u202C</p>");

        var article = Extractor.ExtractHtml(marked);

        ArticleInvariants.AssertWellFormed(article);
        Assert.That(article.Text, Does.Contain(Lead));
        Assert.That(article.Text, Does.Contain("区域协调发展战略深入实施"));
    }

    [Test]
    public void Frameset_only_page_gives_an_empty_article()
    {
        const string html = "<html><head><title>欢迎访问</title></head><frameset cols=\"20%,80%\"><frame src=\"nav.html\"><frame src=\"main.html\">"
            + "<noframes><p>您的浏览器不支持框架。</p></noframes></frameset></html>";

        var article = Extractor.ExtractHtml(html);

        AssertEmptyButValid(article);
    }

    [Test]
    public void Xhtml_served_as_xml_is_read()
    {
        var html = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n"
            + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"zh-CN\"><head><title>上半年经济运行总体平稳</title><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"/></head>"
            + $"<body><h1>上半年经济运行总体平稳</h1><p>{Lead}</p><p>{Second}<br/></p><p>{Third}</p><![CDATA[ 不是正文 ]]></body></html>";

        foreach (var article in new[] { Extractor.ExtractHtml(html), Extractor.Extract(Encoding.UTF8.GetBytes(html)) })
        {
            ArticleInvariants.AssertWellFormed(article);
            Assert.That(article.Diagnostics.Input, Is.EqualTo(InputKind.Html));
            Assert.That(article.Text, Does.Contain(Lead).And.Contain(Third));
        }
    }
}
