using System.Globalization;
using System.Text;

using NewsExtract.Readability;

namespace NewsExtract.Tests.Readability;

/// <summary>
/// SmartReader's second opinion cannot be interrupted and its cost grows much faster than the page (issue 16: a 240 KB
/// page of unclosed formatting tags took it 72 s and 1 GB). It is off by default, and when it is turned on a page over
/// its budget is never handed to it. It lives in the optional NewsExtract.Readability package.
/// </summary>
public class SecondOpinionBoundsTests
{
    private static readonly ArticleExtractor WithSecondOpinion = ArticleExtractor.CreateBuilder().UseReadabilityFallback().Build();

    /// <summary>
    /// Sixteen formatting elements left open, then a list of linked one-line items: every item's text sits in a link, so
    /// our locator finds no article while the page holds plenty of punctuated text — the pages SmartReader is asked about.
    /// </summary>
    private static string UnclosedFormattingPage(int items, string itemText, string element = "div")
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=utf-8><title>格式标签测试</title></head><body>");
        for (var i = 0; i < 16; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<b class=c{i}>");
        }

        for (var i = 0; i < items; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<{element}><a href=/n/{i}>第{i}条新闻，{itemText}</a></{element}>");
        }

        return html.Append("</body></html>").ToString();
    }

    private static IEnumerable<string> Codes(Article article) => article.Diagnostics.Notes.Select(n => n.Code);

    [Test]
    public void The_second_opinion_is_off_unless_the_extension_is_used()
    {
        // Small enough for SmartReader to be quick, and it does find an "article" in it (so the note would show).
        var html = UnclosedFormattingPage(100, "短讯，第二条新闻，短讯，第三条新闻，短讯。", "p");
        Assume.That(Codes(WithSecondOpinion.ExtractHtml(html)), Has.Some.StartsWith("content.second-opinion"), "the page is one SmartReader is asked about");

        Assert.That(ArticleExtractor.Default.Extensions, Is.Empty);
        Assert.That(ArticleExtractor.CreateBuilder().Build().Extensions, Is.Empty);
        Assert.That(Codes(ArticleExtractor.Default.ExtractHtml(html)), Has.None.StartsWith("content.second-opinion"));
    }

    [Test]
    public void A_page_over_the_node_budget_is_not_handed_to_SmartReader()
    {
        // 2,400 items of three nodes each: past the 5,000-node budget. The page is 120 KB; SmartReader took 4.8 s at 240 KB.
        var article = WithSecondOpinion.ExtractHtml(UnclosedFormattingPage(2_400, "短讯。"));

        var note = article.Diagnostics.Notes.SingleOrDefault(n => n.Code == "content.second-opinion-skipped");
        Assert.That(note, Is.Not.Null, "the skip is reported");
        Assert.That(Codes(article), Does.Not.Contain("content.second-opinion"), "SmartReader was not asked");
        Assert.That(note!.Message, Does.Contain("nodes, over SmartReader's budget of 5,000"));
    }

    [Test]
    public void A_page_over_the_size_budget_is_not_handed_to_SmartReader()
    {
        // Few nodes, long texts: 600 KB of characters in 300 items.
        var article = WithSecondOpinion.ExtractHtml(UnclosedFormattingPage(300, new string('讯', 2_000) + "，短讯。"));

        var note = article.Diagnostics.Notes.SingleOrDefault(n => n.Code == "content.second-opinion-skipped");
        Assert.That(note, Is.Not.Null, "the skip is reported");
        Assert.That(note!.Message, Does.Contain("characters, over SmartReader's budget of 524,288"));
    }

    [Test]
    public void A_page_within_the_budget_is_still_handed_to_SmartReader_when_asked_for()
    {
        var article = WithSecondOpinion.ExtractHtml(UnclosedFormattingPage(100, "短讯，第二条新闻，短讯，第三条新闻，短讯。", "p"));

        var note = article.Diagnostics.Notes.SingleOrDefault(n => n.Code == "content.second-opinion");
        Assert.That(note?.Message, Does.Contain("SmartReader's article"));
    }
}
