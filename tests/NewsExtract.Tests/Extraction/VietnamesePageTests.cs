using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Extraction;

/// <summary>Vietnamese pages: the sapo outside the content container, the end byline, and home pages.</summary>
public class VietnamesePageTests
{
    [Test]
    public void Sapo_outside_the_content_container_is_the_lead()
    {
        var article = Articles.FromHtml(Fixtures.Text("Html/vi-sapo-outside-content.html"));
        Assert.That(article.Paragraphs[0].Text, Does.StartWith("(Ví Dụ) - Từ đầu tháng tới"));
        Assert.That(article.Paragraphs[0].Kind, Is.EqualTo(ParagraphKind.Lead));
        Assert.That(article.Paragraphs[^1].Text, Does.EndWith("theo quy định hiện hành."));
    }

    [Test]
    public void End_byline_is_an_author_not_body()
    {
        var article = Articles.FromHtml(Fixtures.Text("Html/vi-sapo-outside-content.html"));
        Assert.That(Fixtures.Body(article), Does.Not.Contain("Minh Anh"));
        Assert.That(article.Authors, Does.Contain("Minh Anh"));
    }

    [Test]
    public void Title_comes_without_the_site_suffix_and_dateline_keeps_the_page_offset()
    {
        var article = Articles.FromHtml(Fixtures.Text("Html/vi-sapo-outside-content.html"));
        Assert.That(article.Title, Is.EqualTo("Hà Nội mở thêm tuyến xe buýt điện nối sân bay"));
        Assert.That(article.Dateline.Published, Is.EqualTo(new DateTimeOffset(2025, 7, 12, 9, 30, 0, TimeSpan.FromHours(7))));
        Assert.That(article.Language, Is.EqualTo(ContentLanguage.Vietnamese));
    }

    [Test]
    public void Related_list_goes_to_related_not_body()
    {
        var article = Articles.FromHtml(Fixtures.Text("Html/vi-sapo-outside-content.html"));
        Assert.That(Fixtures.Body(article), Does.Not.Contain("Xe buýt điện chạy thử nghiệm"));
        Assert.That(article.Related.Select(r => r.Title), Does.Contain("Xe buýt điện chạy thử nghiệm trên phố cổ"));
    }

    [Test]
    public void Home_page_of_teasers_is_not_an_article()
    {
        var article = Articles.FromHtml(Fixtures.Text("Html/vi-home-page.html"));
        Assert.That(article.IsArticle, Is.False);
        Assert.That(article.Diagnostics.Notes.Select(n => n.Code), Does.Contain("article.judge"));
    }
}
