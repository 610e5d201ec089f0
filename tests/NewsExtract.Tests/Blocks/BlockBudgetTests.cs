using System.Text;
using NewsExtract.Blocks;
using NewsExtract.Html;

namespace NewsExtract.Tests.Blocks;

/// <summary>
/// The block reader's budget: a page is read into at most 16,384 blocks plus one per 128 of its characters, so markup
/// that makes a block of every few characters cannot make the blocks (about 200 bytes each) outgrow the page. Ordinary
/// pages, with hundreds of characters per block, never meet it.
/// </summary>
public class BlockBudgetTests
{
    private static string Repeat(string piece, int times) => new StringBuilder(piece.Length * times).Insert(0, piece, times).ToString();

    [Test]
    public void A_page_of_tiny_paragraphs_is_read_into_its_share_of_blocks_and_no_more()
    {
        var html = "<body>" + Repeat("<p>ab", 200_000);
        var limit = HtmlBlockReader.BlockLimitFor(html.Length);

        var read = HtmlBlockReader.Read(HtmlDocument.Parse(html, maxNodes: int.MaxValue).Body, ExtractionLimits.Default with { MaxNodes = int.MaxValue }, default, limit);

        Assert.Multiple(() =>
        {
            Assert.That(limit, Is.EqualTo(16_384 + (html.Length / 128)));
            Assert.That(read.Blocks, Has.Count.EqualTo(limit));
            Assert.That(read.StoppedAtBlockLimit, Is.True);
            Assert.That(read.Truncated, Is.True);
        });
    }

    [Test]
    public void An_ordinary_page_is_read_whole_under_its_block_share()
    {
        var paragraph = "<div class=\"para\"><p>国家统计局今日发布数据，前三季度国内生产总值同比增长百分之五点二，消费继续发挥主要拉动作用。</p></div>\n";
        var html = "<body><h1>标题</h1>" + Repeat(paragraph, 2_000);

        var read = HtmlBlockReader.Read(HtmlDocument.Parse(html).Body, ExtractionLimits.Default, default, HtmlBlockReader.BlockLimitFor(html.Length));

        Assert.Multiple(() =>
        {
            Assert.That(read.Blocks, Has.Count.EqualTo(2_001));
            Assert.That(read.StoppedAtBlockLimit, Is.False);
            Assert.That(read.Truncated, Is.False);
        });
    }

    [Test]
    public void Stopping_at_the_block_budget_is_reported_as_truncation_with_its_own_code()
    {
        // Paragraphs of two characters under 64 formatting elements: each <p> would reopen them all.
        var html = "<body>" + string.Concat(Enumerable.Range(0, 64).Select(i => $"<b class=c{i}>")) + Repeat("<p>ab", 200_000);

        var article = ArticleExtractor.Default.ExtractHtml(html);

        Assert.Multiple(() =>
        {
            Assert.That(article.Diagnostics.Truncated, Is.True);
            Assert.That(article.Diagnostics.Notes.Select(n => n.Code), Does.Contain(DiagnosticCodes.LimitBlocks));
        });
    }
}
