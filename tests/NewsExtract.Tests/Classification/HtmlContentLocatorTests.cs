using NewsExtract.Blocks;
using NewsExtract.Classification;
using NewsExtract.Html;

namespace NewsExtract.Tests.Classification;

/// <summary>The content locator picks the element whose blocks weigh most, whatever numbers a pass left on the tree.</summary>
public class HtmlContentLocatorTests
{
    private const string Page =
        "<body><div class=nav><a href=/>首页</a><a href=/a>新闻</a></div>"
        + "<div class=main><h1>标题</h1><div class=content>"
        + "<p>国庆中秋长假过半，各地景区迎来客流高峰，交通部门加强了运力调度，铁路和公路客运总体平稳有序。</p>"
        + "<p>业内人士认为，假日消费的回暖显示出市场信心正在恢复，餐饮、住宿和文旅等行业的营业收入均有明显增长。</p>"
        + "<p>当地有关部门表示，将继续做好节日期间的安全保障工作，确保游客度过一个安全祥和的假期。</p></div></div>"
        + "<ul class=related><li><a href=/1>相关新闻一</a></li><li><a href=/2>相关新闻二</a></li></ul></body>";

    private static (IReadOnlyList<Block> Blocks, double[] Weights) Read(HtmlDocument document)
    {
        var blocks = HtmlBlockReader.Read(document.Body, ExtractionLimits.Default, default).Blocks;
        return (blocks, BlockWeights.Of(blocks));
    }

    [Test]
    public void The_article_container_spans_its_paragraphs_and_not_the_lists_around_it()
    {
        var (blocks, weights) = Read(HtmlDocument.Parse(Page));
        var range = HtmlContentLocator.Locate(blocks, weights);
        Assert.That(blocks[range.First].Text, Does.StartWith("国庆中秋"));
        Assert.That(blocks[range.Last].Text, Does.StartWith("当地有关部门"));
    }

    [Test]
    public void Locating_again_over_the_same_tree_gives_the_same_range()
    {
        var (blocks, weights) = Read(HtmlDocument.Parse(Page));
        var first = HtmlContentLocator.Locate(blocks, weights);

        // Another page in between leaves the thread's bookkeeping in another state; the tree keeps the first pass's numbers.
        var (otherBlocks, otherWeights) = Read(HtmlDocument.Parse("<body><div><p>另一页的一段文字，内容完全不同，用来占用同一线程的记录。</p></div></body>"));
        HtmlContentLocator.Locate(otherBlocks, otherWeights);

        Assert.That(HtmlContentLocator.Locate(blocks, weights), Is.EqualTo(first));
    }

    [Test]
    public void Numbers_another_pass_left_on_the_elements_are_not_trusted()
    {
        var document = HtmlDocument.Parse(Page);
        var (blocks, weights) = Read(document);
        var expected = HtmlContentLocator.Locate(blocks, weights);

        var n = 0;
        foreach (var element in document.DocumentElement.SelfAndDescendantElements())
        {
            element.ScratchIndex = n++ % 3;
        }

        Assert.That(HtmlContentLocator.Locate(blocks, weights), Is.EqualTo(expected));
    }
}
