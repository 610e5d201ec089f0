using System.Reflection;
using System.Text;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Diagnostics;

/// <summary>Every field says why it was chosen, under a code that is a public constant.</summary>
public class FieldReasonTests
{
    private static readonly HashSet<string> Codes = [.. typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];

    private static readonly Uri PageUrl = new("https://news.example.cn/a/1.html");

    private static string Note(Article article, string code) => article.Diagnostics.Notes.Single(n => n.Code == code).Message;

    [Test]
    public void Each_field_of_an_article_has_its_reason()
    {
        var article = new ArticleExtractor().ExtractHtml(Fixtures.Text("Html/zh-portal-article.html"), new PageContext { Url = PageUrl });

        Assert.Multiple(() =>
        {
            foreach (var code in new[] { DiagnosticCodes.Title, DiagnosticCodes.Dateline, DiagnosticCodes.Sources, DiagnosticCodes.Authors, DiagnosticCodes.Credits,
                DiagnosticCodes.Images, DiagnosticCodes.Related, DiagnosticCodes.ArticleJudge, DiagnosticCodes.ContentRange })
            {
                Assert.That(article.Diagnostics.Notes.Count(n => n.Code == code), Is.EqualTo(1), code);
            }

            Assert.That(article.Sources, Is.Not.Empty);
            foreach (var source in article.Sources)
            {
                Assert.That(Note(article, DiagnosticCodes.Sources), Does.Contain(source.Name + ":"));
            }

            foreach (var credit in article.Credits)
            {
                Assert.That(Note(article, DiagnosticCodes.Credits), Does.Contain($"{credit.Name} as {credit.Role}"));
            }

            foreach (var author in article.Authors)
            {
                Assert.That(Note(article, DiagnosticCodes.Authors), Does.Contain(author + ":"));
            }

            Assert.That(Note(article, DiagnosticCodes.Images), Does.StartWith($"{article.Images.Count} in the article"));
        });
    }

    [Test]
    public void A_source_says_how_it_was_found()
    {
        var article = new ArticleExtractor().ExtractHtml(FieldPagesStub("新华社北京7月12日电（记者 张三）国庆中秋长假过半，各地景区迎来客流高峰，交通部门加强了运力调度。"));
        Assert.Multiple(() =>
        {
            Assert.That(Note(article, DiagnosticCodes.Sources), Does.Contain("新华社: dateline lead (新华社北京7月12日电)"));
            Assert.That(Note(article, DiagnosticCodes.Authors), Does.Contain("张三: reporters after the dateline lead"));
        });
    }

    [Test]
    public void A_text_capture_says_where_its_related_items_are()
    {
        var article = new ArticleExtractor().ExtractText(Fixtures.Text("Text/related-list.zh.txt"));
        Assert.That(Note(article, DiagnosticCodes.Related), Does.Match(@"^\d+ items of the bulleted list under "".+""$"));
    }

    [Test]
    public void Every_note_has_a_public_code()
    {
        var extractor = new ArticleExtractor();
        var articles = new List<Article>
        {
            extractor.ExtractHtml(Fixtures.Text("Html/zh-portal-article.html")),
            extractor.ExtractHtml(Fixtures.Text("Html/vi-home-page.html")),
            extractor.Extract(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("<p>正文</p>")).ToArray()),
            extractor.ExtractHtml(Encoding.UTF8.GetBytes("<meta charset=big5><p>正文内容</p>")),
            extractor.ExtractHtml(Encoding.UTF8.GetBytes("<p>正文内容</p>"), new PageContext { Charset = "no-such-charset" }),
            extractor.Extract(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1, 2, 3, 0, 0, 0, 4, 5, 6, 7, 8 }),
        };
        articles.AddRange(Directory.GetFiles(Fixtures.PathOf("Text")).Select(f => extractor.ExtractText(File.ReadAllText(f))));

        var codes = articles.SelectMany(a => a.Diagnostics.Notes).Select(n => n.Code).ToHashSet();
        Assert.That(codes.Except(Codes), Is.Empty);
    }

    // A small page with a lead and some running text.
    private static string FieldPagesStub(string lead) =>
        "<!DOCTYPE html><html lang=zh-CN><head><meta charset=utf-8><title>标题很长的一篇新闻报道</title></head><body><div class=article><h1>标题很长的一篇新闻报道</h1>"
        + $"<p>{lead}</p><p>业内人士认为，假日消费的回暖显示出市场信心正在恢复，餐饮、住宿和文旅等行业的营业收入较去年同期均有明显增长。</p>"
        + "<p>当地有关部门表示，将继续做好节日期间的安全保障工作，加强对重点场所的巡查，确保游客度过一个安全祥和的假期。</p></div></body></html>";
}
