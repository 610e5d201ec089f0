using NewsExtract.Tests.Text;

namespace NewsExtract.Tests.Fields;

/// <summary>
/// List and section pages whose teasers read like paragraphs: cut-off summaries throughout and no run of whole
/// paragraphs that dominates the text. An article quoting a few cut-off lines keeps its paragraphs together.
/// </summary>
public class ListPageTests
{
    // Fixtures/Html/Lists: not among the pages the crawl tests pack (those of Fixtures/Html itself).
    private static Article Html(string name) =>
        ArticleExtractor.Default.ExtractHtml(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "Html", name)));

    private static string JudgeReason(Article article) =>
        article.Diagnostics.Notes.Single(n => n.Code == NewsExtract.DiagnosticCodes.ArticleJudge).Message;

    [Test]
    public void A_section_capture_of_cut_off_summaries_is_not_an_article()
    {
        var article = TextFixtures.Extract("cut-off-summaries-section.vi.txt");
        Assert.Multiple(() =>
        {
            Assert.That(article.IsArticle, Is.False);
            Assert.That(JudgeReason(article), Does.Contain("cut-off summaries"));
        });
    }

    [Test]
    public void A_list_page_of_cut_off_summaries_is_not_an_article()
    {
        var article = Html("Lists/zh-hant-cut-off-summaries-list.html");
        Assert.Multiple(() =>
        {
            Assert.That(article.IsArticle, Is.False);
            Assert.That(JudgeReason(article), Does.Contain("cut-off summaries"));
        });
    }

    [Test]
    public void An_article_quoting_cut_off_lines_among_its_paragraphs_is_an_article()
    {
        var article = TextFixtures.Extract("article-with-trailing-quotes.vi.txt");
        Assert.Multiple(() =>
        {
            Assert.That(article.IsArticle, Is.True, JudgeReason(article));
            Assert.That(article.Text, Does.Contain("Thầy ơi, em vẫn nhớ mãi"));
        });
    }
}
