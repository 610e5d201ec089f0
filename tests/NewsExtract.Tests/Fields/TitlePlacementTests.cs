using System.Globalization;
using System.Text;

namespace NewsExtract.Tests.Fields;

/// <summary>
/// The headline where the metadata does not name it: the heading over the article's date or source line, the head of a
/// document title that runs on with a subtitle or a URL slug.
/// </summary>
public class TitlePlacementTests
{
    private static readonly string[] Text =
    [
        "看过电影的人可能会记得主角徒手抓子弹的剧情。那么在现实中，徒手抓子弹可不可以？首先介绍几个物理概念，再来考虑这件事是否行得通。",
        "第一个是相对运动，它指的是一个物体对于另一个物体相对位置的改变。例如，坐在一辆行进的火车上，从车窗向外望去，会发现外面的景象朝自己的身后运动。",
        "接下来讲讲徒手抓子弹的可行性。理论上，只要让你的速度和子弹的速度一样快，子弹相对于你来说就是静止的，就可以轻松地抓住它，但这在现实中做不到。",
    ];

    /// <summary>A page: its document title, blocks above the article text, the text, and blocks after it.</summary>
    private static string Page(string documentTitle, string[] above, string[]? after = null, string lang = "zh-CN", string[]? text = null)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{documentTitle}</title></head><body>");
        html.Append("<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/a\">新闻</a> <a href=\"/b\">科普</a></div><div class=\"main\">");
        foreach (var line in above)
        {
            html.Append(line);
        }

        html.Append("<div class=\"content\">");
        foreach (var paragraph in text ?? Text)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{paragraph}</p>");
        }

        html.Append("</div></div>");
        foreach (var line in after ?? [])
        {
            html.Append(line);
        }

        return html.Append("</body></html>").ToString();
    }

    [Test]
    public void The_line_over_the_source_line_is_the_headline_when_the_document_title_names_only_the_site()
    {
        var article = ArticleExtractor.Default.ExtractHtml(Page("科普中国-辟谣文章", ["<div class=\"t\">徒手抓子弹真的存在吗？</div>", "<div class=\"info\">来源： 科普中国-科学原理</div>"]));
        Assert.That(article.Title, Is.EqualTo("徒手抓子弹真的存在吗？"));
    }

    [Test]
    public void A_heading_over_the_date_line_beats_a_site_heading_away_from_the_article()
    {
        var article = ArticleExtractor.Default.ExtractHtml(Page(
            "新闻动态--中国地理学会官网",
            ["<h3>首页 - 新闻动态</h3>", "<h5>2019年人文地理学术年会在重庆成功举行！</h5>", "<div class=\"ly\">发布时间：2019-05-18 来源：中国地理学会</div>"],
            after: ["<div class=\"footer\"><h5>中国地理学会</h5><a href=\"/c\">联系我们</a> <a href=\"/d\">网站地图</a> <a href=\"/e\">会员服务</a></div>"]));
        Assert.That(article.Title, Is.EqualTo("2019年人文地理学术年会在重庆成功举行！"));
    }

    [Test]
    public void A_deck_between_the_h1_and_the_date_line_is_not_the_headline()
    {
        var article = ArticleExtractor.Default.ExtractHtml(Page(
            "科普文章_科普中国",
            ["<h1>徒手抓子弹真的存在吗</h1>", "<h2>物理学家用相对运动来解释电影里的特效</h2>", "<div class=\"info\">2019-09-24 17:08</div>"]));
        Assert.That(article.Title, Is.EqualTo("徒手抓子弹真的存在吗"));
    }

    [Test]
    public void A_document_title_running_on_with_a_url_slug_confirms_the_heading()
    {
        var article = ArticleExtractor.Default.ExtractHtml(Page(
            "Đột nhập lò luyện thi công chức Hàn Quốc-lo luyen thi cong chuc o han",
            ["<h1>Đột nhập lò luyện thi công chức Hàn Quốc</h1>"],
            lang: "vi",
            text:
            [
                "Làng Thi cử hay còn gọi là Goshiwon, một trong những ký túc xá tư nhân là nơi các sinh viên đổ xô tới ôn luyện trước kỳ thi tuyển công chức tại Seoul.",
                "Có khoảng 30.000 cư dân tại một khu phố buồn tẻ của thủ đô Hàn Quốc, nơi các sĩ tử chuẩn bị cho những kỳ thi khó khăn nhất của đời mình.",
                "Mỗi phòng ở đây chỉ rộng vài mét vuông, đủ kê một chiếc giường nhỏ và một bàn học, nhưng giá thuê vẫn không hề rẻ đối với các sinh viên.",
            ]));
        Assert.That(article.Title, Is.EqualTo("Đột nhập lò luyện thi công chức Hàn Quốc"));
    }

    [Test]
    public void A_document_title_running_on_with_a_subtitle_confirms_the_main_title()
    {
        var article = ArticleExtractor.Default.ExtractHtml(Page(
            "为现代化建设凝聚强大智慧和力量——热烈祝贺市政协会议开幕_市人民政府网",
            ["<p class=\"t\">为现代化建设凝聚强大智慧和力量</p>", "<div>——热烈祝贺市政协会议开幕</div>"]));
        Assert.That(article.Title, Is.EqualTo("为现代化建设凝聚强大智慧和力量"));
    }

    [Test]
    public void A_site_name_opening_the_document_title_is_not_the_headline()
    {
        var article = ArticleExtractor.Default.ExtractHtml(Page(
            "科普中国 - 徒手抓子弹真的存在吗？物理学家来解释",
            ["<div class=\"logo\">科普中国</div>", "<h1>徒手抓子弹真的存在吗？物理学家来解释</h1>"]));
        Assert.That(article.Title, Is.EqualTo("徒手抓子弹真的存在吗？物理学家来解释"));
    }

    [Test]
    public void A_lower_case_bracket_opening_a_vietnamese_lead_is_a_section_not_a_source()
    {
        var article = ArticleExtractor.Default.ExtractHtml(FieldPages.Vietnamese(
            "(giao duc) - Làng Thi cử hay còn gọi là Goshiwon, một trong những ký túc xá tư nhân là nơi các sinh viên đổ xô tới ôn luyện trước kỳ thi tuyển công chức tại Seoul."));
        Assert.That(article.Sources.Select(s => s.Name), Has.None.EqualTo("giao duc"));
    }
}
