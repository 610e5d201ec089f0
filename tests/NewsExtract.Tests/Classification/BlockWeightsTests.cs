using NewsExtract.Blocks;
using NewsExtract.Classification;
using NewsExtract.Html;

namespace NewsExtract.Tests.Classification;

/// <summary>
/// How much a block looks like running text: a sentence carried on inside an unclosed link still reads as text, a run
/// of separate links never does, and a paragraph under a photo's linked caption is no teaser of another article.
/// </summary>
public class BlockWeightsTests
{
    private const string Sentence = "研究团队表示，下一步将继续扩大训练数据的规模，并与多家医院合作，探索这项技术在医疗诊断领域的实际应用价值，预计明年公布结果。";

    private static IReadOnlyList<Block> Blocks(string bodyHtml) =>
        HtmlBlockReader.Read(HtmlDocument.Parse("<html><body>" + bodyHtml + "</body></html>").Body, ExtractionLimits.Default, CancellationToken.None).Blocks;

    private static Block Only(string bodyHtml) => Blocks(bodyHtml).Single();

    [Test]
    public void A_block_counts_its_separate_links()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Only("<p>没有链接的一句话。</p>").Links, Is.Zero);
            Assert.That(Only("<p><a href=/a>第一条</a> <a href=/b>第二条</a> <a href=/c>第三条</a></p>").Links, Is.EqualTo(3));
            Assert.That(Only("<p><a href=/a>一个链接<b>里的粗体</b>还是一个</a></p>").Links, Is.EqualTo(1));
        });
    }

    [Test]
    public void A_long_sentence_inside_one_unclosed_link_reads_as_text()
    {
        var block = Blocks($"<p><a href=/x>点击</p><p>{Sentence}</p>")[^1];
        Assert.That(block.LinkDensity, Is.GreaterThan(0.5), "the parser carries the open link into the paragraph");
        Assert.That(BlockWeights.EffectiveLinkDensity(block), Is.LessThanOrEqualTo(0.3));
        Assert.That(BlockClassifier.IsRunningText(block), Is.True);
    }

    [Test]
    public void A_run_of_separate_headline_links_is_links_however_punctuated()
    {
        var links = string.Concat(Enumerable.Range(1, 8).Select(i => $"<a href=/n{i}>第{i}条消息：暴雨过后，市区多处道路积水，交通受阻</a> "));
        var block = Only($"<div class=pager>{links}</div>");
        Assert.That(block.Links, Is.EqualTo(8));
        Assert.That(BlockWeights.EffectiveLinkDensity(block), Is.GreaterThan(0.9));
        Assert.That(BlockClassifier.IsRunningText(block), Is.False);
        Assert.That(BlockWeights.Of([block])[0], Is.LessThan(0));
    }

    [Test]
    public void A_paragraph_under_a_photo_s_linked_caption_is_not_a_teaser()
    {
        var blocks = Blocks($"<div class=photo_right><a href=/big.jpg>市民在倒塌的大树旁绕道而行</a></div><p>{Sentence}</p>");
        var weights = BlockWeights.Of(blocks);
        Assert.That(blocks[1].IsTeaser, Is.False);
        Assert.That(weights[1], Is.GreaterThan(20));
    }

    [Test]
    public void A_summary_under_another_article_s_linked_headline_is_a_teaser()
    {
        var blocks = Blocks($"<div class=topic><a href=/other>市民在倒塌的大树旁绕道而行</a></div><p>{Sentence}</p>");
        BlockWeights.Of(blocks);
        Assert.That(blocks[1].IsTeaser, Is.True);
    }

    [Test]
    public void A_linked_heading_in_a_picture_box_is_still_a_headline()
    {
        var blocks = Blocks($"<div class=pic_item><h3><a href=/other>市民在倒塌的大树旁绕道而行</a></h3><p>{Sentence}</p></div>");
        BlockWeights.Of(blocks);
        Assert.That(blocks[1].IsTeaser, Is.True);
    }
}
