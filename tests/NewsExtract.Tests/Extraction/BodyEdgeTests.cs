namespace NewsExtract.Tests.Extraction;

/// <summary>Where the body starts and ends: short leads kept, info lines and teasers dropped.</summary>
public class BodyEdgeTests
{
    private const string Second = "这款设备能够根据以往的经验自己学习解决新的问题，研究人员认为这是人工智能发展的重要一步，未来可能用于医疗、交通和教育等更多复杂场景。";
    private const string Third = "研究团队表示，下一步将继续扩大训练数据的规模，并与多家医院合作，探索这项技术在医疗诊断领域的实际应用价值。";

    private static Article Extract(string articleBody) => Articles.FromHtml(
        "<html><head><title>人工智能迈上新台阶_示例网</title></head><body><div class=nav><a href=/>首页</a> <a href=/tech>科技</a></div>"
        + "<div class=main><h1>人工智能迈上新台阶</h1>" + articleBody + "</div><div class=footer>Copyright © 示例网 版权所有</div></body></html>");

    [Test]
    public void A_short_report_lead_with_a_yearless_date_opens_the_body()
    {
        var article = Extract($"<div class=text><p>示例中文站 10月14日报道</p><p>{Second}</p><p>{Third}</p></div>");
        Assert.That(article.Paragraphs[0].Text, Is.EqualTo("示例中文站 10月14日报道"));
    }

    [Test]
    public void A_date_and_source_info_line_is_not_the_first_paragraph()
    {
        var article = Extract($"<div class=text><p>2004-12-10 11:55:08 来源: 示例商业报道</p><p>{Second}</p><p>{Third}</p></div>");
        Assert.That(article.Paragraphs[0].Text, Is.EqualTo(Second));
        Assert.That(article.Dateline.Published, Is.EqualTo(new DateTimeOffset(2004, 12, 10, 11, 55, 8, TimeSpan.FromHours(8))));
    }

    [Test]
    public void A_summary_ending_in_a_full_text_link_is_a_teaser_not_body()
    {
        const string teaser = "另一篇报道的摘要写到这里，读者需要点击链接才能看到剩下的内容，就是所谓的…… [全文]";
        var article = Extract($"<div class=text><p>{Second}</p><p>{Third}</p><p>{teaser}</p></div>");
        Assert.That(article.Paragraphs[^1].Text, Is.EqualTo(Third));
    }

    [Test]
    public void Paragraphs_inside_an_unclosed_link_are_still_body()
    {
        var article = Extract($"<div class=text><p><a href=/x>点击这里</p><p>{Second}</p><p>{Third}</p></div>");
        Assert.That(article.Text, Does.Contain(Second).And.Contain(Third));
    }
}

/// <summary>Character references and decomposed Vietnamese come out as ordinary precomposed text.</summary>
public class CharacterFormTests
{
    [Test]
    public void Numeric_character_references_decode()
    {
        var para = "&#26032;&#21326;&#31038;&#x5317;&#x4EAC;7月12日电 国家统计局今天发布数据显示，上半年国内生产总值同比增长，经济运行总体平稳，稳中有进，就业形势总体稳定。";
        var article = Articles.FromHtml($"<html><body><h1>上半年经济运行总体平稳</h1><div><p>{para}</p><p>{para}再次强调。</p></div></body></html>");
        Assert.That(article.Paragraphs[0].Text, Does.StartWith("新华社北京7月12日电"));
    }

    [Test]
    public void Decomposed_vietnamese_html_comes_out_precomposed()
    {
        var decomposed = "Ngoại trưởng Nga nhấn mạnh sự phát triển tích cực của quan hệ song phương, góp phần ổn định tình hình khu vực và thế giới.".Normalize(System.Text.NormalizationForm.FormD);
        var article = Articles.FromHtml($"<html><body><h1>Hội đàm</h1><div><p>{decomposed}</p><p>{decomposed}</p></div></body></html>");
        Assert.That(article.Paragraphs[0].Text.IsNormalized(System.Text.NormalizationForm.FormC), Is.True);
        Assert.That(article.Paragraphs[0].Text, Does.StartWith("Ngoại trưởng"));
    }
}
