using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Extraction;

/// <summary>A typical Chinese portal article page: what the body keeps, what it loses, and where the rest goes.</summary>
public class ChinesePortalPageTests
{
    private static readonly Uri PageUrl = new("https://news.example.cn/2025/0713/bus.html");
    private Article _article = null!;

    [OneTimeSetUp]
    public void Extract() => _article = new ArticleExtractor().ExtractHtml(Fixtures.Text("Html/zh-portal-article.html"), new PageContext { Url = PageUrl });

    [Test]
    public void Title_is_the_visible_headline_without_the_site_suffix() =>
        Assert.That(_article.Title, Is.EqualTo("城市夜间公交线路再扩容 市民出行更便利"));

    [Test]
    public void Body_runs_from_the_lead_to_the_last_paragraph()
    {
        Assert.That(_article.Paragraphs[0].Text, Does.StartWith("示例日报讯 记者从市交通运输局获悉"));
        Assert.That(_article.Paragraphs[^1].Text, Does.EndWith("衔接问题。"));
    }

    [Test]
    public void Lead_and_subheading_are_marked()
    {
        Assert.That(_article.Paragraphs[0].Kind, Is.EqualTo(ParagraphKind.Lead));
        Assert.That(_article.Paragraphs.Single(p => p.Text == "客流数据支撑线路规划").Kind, Is.EqualTo(ParagraphKind.Heading));
    }

    [TestCase("当前位置", TestName = "Breadcrumb is not body")]
    [TestCase("首页", TestName = "Navigation is not body")]
    [TestCase("责任编辑", TestName = "Editor credit is not body")]
    [TestCase("地铁新线开通", TestName = "Related list is not body")]
    [TestCase("终于等到了", TestName = "Comments are not body")]
    [TestCase("版权所有", TestName = "Copyright footer is not body")]
    [TestCase("脚本里的假文章", TestName = "Script text is not body")]
    [TestCase("夜间公交车驶过市中心", TestName = "Image caption is not body")]
    public void Boilerplate_stays_out_of_the_body(string snippet) =>
        Assert.That(Fixtures.Body(_article), Does.Not.Contain(snippet));

    [Test]
    public void Related_links_are_kept_with_absolute_urls()
    {
        Assert.That(_article.Related.Select(r => r.Title), Is.EqualTo(new[] { "地铁新线开通首日客流超二十万人次", "出租车起步价调整方案公开征求意见", "共享单车停放新规下月实施" }));
        Assert.That(_article.Related[0].Url, Is.EqualTo("https://news.example.cn/2025/0701/metro.html"));
    }

    [Test]
    public void Image_is_kept_with_its_caption()
    {
        var image = _article.Images.Single();
        Assert.That(image.Url, Is.EqualTo("https://news.example.cn/images/bus-night.jpg"));
        Assert.That(image.Caption, Does.StartWith("夜间公交车驶过市中心"));
    }

    [Test]
    public void Credit_is_read_with_the_staff_code_removed() =>
        Assert.That(_article.Credits, Is.EqualTo(new[] { new Credit("责任编辑", "李华") }));

    [Test]
    public void Dateline_source_and_author_come_from_the_info_line()
    {
        Assert.That(_article.Dateline.Published, Is.EqualTo(new DateTimeOffset(2025, 7, 13, 9, 50, 0, TimeSpan.FromHours(8))));
        Assert.That(_article.Sources.Select(s => s.Name), Does.Contain("示例日报"));
        Assert.That(_article.Authors, Is.EqualTo(new[] { "王小明" }));
    }

    [Test]
    public void Site_name_canonical_url_and_language_are_read()
    {
        Assert.That(_article.SiteName, Is.EqualTo("示例新闻网"));
        Assert.That(_article.CanonicalUrl, Is.EqualTo(new Uri("https://news.example.cn/2025/0713/bus.html")));
        Assert.That(_article.Language, Is.EqualTo(ContentLanguage.ChineseSimplified));
        Assert.That(_article.IsArticle, Is.True);
    }
}
