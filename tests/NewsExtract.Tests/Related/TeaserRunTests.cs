using NewsExtract.Tests.Text;

namespace NewsExtract.Tests.Related;

/// <summary>
/// Teasers of other articles after the article without a related heading over them: each headline with its summary
/// (and its time, its link in HTML, its image's caption above it in text) is a related item, not body. Headline-and-summary pairs that belong to
/// the article — a box set inside it, an interview's questions — stay body.
/// </summary>
public class TeaserRunTests
{
    private static Article Html(string name) =>
        ArticleExtractor.Default.ExtractHtml(
            File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "Html", "Teasers", name)),
            PageContext.ForUrl(new Uri("https://baomau.vn/giao-thong/buyt-dien.html")));

    [Test]
    public void Html_teasers_after_the_article_are_related_items_with_link_summary_and_time()
    {
        var article = Html("vi-teasers-after-article.html");
        Assert.Multiple(() =>
        {
            Assert.That(article.Related.Select(r => (r.Title, r.Url)), Is.EqualTo(new[]
            {
                ("Giá xăng giảm lần thứ ba liên tiếp", "https://baomau.vn/giao-thong/gia-xang-giam.html"),
                ("Cầu vượt mới giảm ùn tắc cửa ngõ phía nam", "https://baomau.vn/giao-thong/cau-vuot-moi.html"),
                ("Hành khách đi buýt được dùng thẻ vé điện tử", "https://baomau.vn/giao-thong/the-ve-dien-tu.html"),
            }));
            Assert.That(article.Related[1].Summary, Does.StartWith("Sau một tháng đưa vào sử dụng"));
            Assert.That(article.Related[1].DateText, Is.EqualTo("11/7/2025 17:45"));
            Assert.That(article.Paragraphs, Has.Count.EqualTo(4));
        });
    }

    [Test]
    public void An_html_box_of_linked_headline_and_summary_inside_the_article_is_no_related_item()
    {
        var article = Html("vi-teaser-box-inside-article.html");
        Assert.Multiple(() =>
        {
            Assert.That(article.Related, Is.Empty);
            Assert.That(article.Text, Does.Contain("Năm ngoái, tuyến buýt điện đầu tiên của thành phố"));
        });
    }

    [Test]
    public void Teasers_after_the_article_are_related_items_with_summary_and_time()
    {
        var article = TextFixtures.Extract("teaser-run-after-article.zh.txt");
        Assert.Multiple(() =>
        {
            Assert.That(article.IsArticle, Is.True);
            Assert.That(article.Related.Select(r => r.Title), Is.EqualTo(new[] { "滨河步道全线贯通 沿途新增六处观景平台", "地铁三号线二期工程进入铺轨阶段", "老旧小区加装电梯今年再增两百部" }));
            Assert.That(article.Related[0].Summary, Does.StartWith("经过一年多施工"));
            Assert.That(article.Related[0].DateText, Is.EqualTo("2025-07-11 18:20"));
            Assert.That(article.Related[2].Summary, Does.EndWith("目前已有八十部完成验收并投入使用。"));
            Assert.That(article.Paragraphs[^1].Text, Does.StartWith("园林局有关负责人表示"));
            Assert.That(article.Text, Does.Not.Contain("滨河步道").And.Not.Contain("铺轨"));
        });
    }

    [Test]
    public void A_teasers_image_caption_is_neither_body_nor_a_related_title()
    {
        var article = TextFixtures.Extract("teaser-run-after-article.zh.txt");
        Assert.Multiple(() =>
        {
            Assert.That(article.Text, Does.Not.Contain("市民在新开放的滨河步道上散步"));
            Assert.That(article.Related.Select(r => r.Title), Has.None.Contains("市民在新开放的滨河步道上散步"));
        });
    }

    [Test]
    public void A_headline_and_summary_box_inside_the_article_stays_body()
    {
        var article = TextFixtures.Extract("teaser-shaped-box-inside-article.zh.txt");
        Assert.Multiple(() =>
        {
            Assert.That(article.Related, Is.Empty);
            Assert.That(article.Text, Does.Contain("本报曾报道，老城区人均公园绿地面积不到全市平均水平的一半"));
            Assert.That(article.Paragraphs[^1].Text, Does.StartWith("经过一年多施工"));
        });
    }

    [Test]
    public void An_interviews_questions_closing_the_article_stay_body()
    {
        var article = TextFixtures.Extract("interview-questions-close-article.zh.txt");
        Assert.Multiple(() =>
        {
            Assert.That(article.IsArticle, Is.True);
            Assert.That(article.Related, Is.Empty);
            Assert.That(article.Text, Does.Contain("接下来还有什么计划？"));
            Assert.That(article.Paragraphs[^1].Text, Does.StartWith("园林局打算结合旧城改造"));
        });
    }
}
