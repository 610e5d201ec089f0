namespace NewsExtract.Tests.Classification;

/// <summary>A labelled list of points above the text (划重点：) restates the article; a list inside the text is body.</summary>
public class SummaryBoxTests
{
    private const string Lead = "擅长清洗数据的第三方数据行业，这次轮到自己被“清洗”了，多家公司在一周之内相继被调查，行业人士普遍感到紧张。";
    private const string Second = "一位接近监管的人士表示，监管方从年初就在酝酿针对数据公司的整顿清理，这次整顿的范围将远超外界此前的预期。";
    private const string Point = "监管方从年初就在酝酿针对数据公司的整顿清理。";

    private static Article Extract(string body) => Articles.FromHtml(
        "<html><head><title>数据行业迎来整顿_示例网</title></head><body><div class=main><h1>数据行业迎来整顿</h1>"
        + $"<div class=text>{body}</div></div></body></html>");

    [Test]
    public void The_points_under_a_summary_label_are_not_the_opening_paragraphs()
    {
        var article = Extract($"<p>划重点：</p><ol><li>{Point}</li><li>每个数据源的价格在几毛钱到几块钱不等。</li></ol><p>{Lead}</p><p>{Second}</p>");
        Assert.That(article.Paragraphs[0].Text, Is.EqualTo(Lead));
        Assert.That(article.Text, Does.Not.Contain(Point));
    }

    [Test]
    public void A_list_inside_the_text_is_body()
    {
        var article = Extract($"<p>{Lead}</p><p>业内人士总结了三点原因：</p><ol><li>{Point}</li><li>每个数据源的价格在几毛钱到几块钱不等。</li></ol><p>{Second}</p>");
        Assert.That(article.Text, Does.Contain(Point));
    }
}
