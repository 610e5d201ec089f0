using NewsExtract.Blocks;
using NewsExtract.Classification;
using NewsExtract.Fields;
using NewsExtract.Metadata;

namespace NewsExtract.Tests.Fields;

/// <summary>Whether a page is one article, judged from its classified blocks.</summary>
public class ArticleJudgeTests
{
    private const string Summary = "Sở Giao thông vận tải vừa công bố kế hoạch mở thêm một tuyến xe buýt nhanh nối trung tâm với khu đô thị phía tây, dự kiến vận hành vào quý tới, giúp giảm ùn tắc giờ cao điểm.";

    /// <summary>Five long summaries among twenty-eight headlines: the span a home page's best run of lines gives.</summary>
    private static List<Block> SummariesAmongHeadlines()
    {
        var blocks = new List<Block>();
        for (var i = 0; i < 33; i++)
        {
            var summary = i % 8 == 0;
            var block = new Block(i, summary ? Summary : $"Tin nổi bật số {i} về giao thông và đô thị trong tuần", BlockTag.Line);
            block.SetRole(summary ? BlockRole.Body : BlockRole.Related, "test");
            blocks.Add(block);
        }

        return blocks;
    }

    private static (bool IsArticle, string Reason) Judge(List<Block> blocks, bool textCapture) =>
        ArticleJudge.Judge(blocks, [new Paragraph(Summary)], new ContentRange(0, blocks.Count - 1, 100, 1), PageMetadata.Empty, textCapture);

    [Test]
    public void A_text_span_that_is_mostly_headlines_is_not_an_article()
    {
        var (isArticle, reason) = Judge(SummariesAmongHeadlines(), textCapture: true);
        Assert.Multiple(() =>
        {
            Assert.That(isArticle, Is.False);
            Assert.That(reason, Does.Contain("of the located span is body"));
        });
    }

    [Test]
    public void A_text_span_that_is_mostly_body_is_an_article()
    {
        var blocks = SummariesAmongHeadlines();
        foreach (var block in blocks)
        {
            block.SetRole(BlockRole.Body, "test");
        }

        Assert.That(Judge(blocks, textCapture: true).IsArticle, Is.True);
    }

    [Test]
    public void An_html_span_is_not_measured_by_its_share_of_body()
    {
        // An element holds the article's own captions and boxes: its body share says little.
        Assert.That(Judge(SummariesAmongHeadlines(), textCapture: false).IsArticle, Is.True);
    }
}
