using System.Text;

namespace NewsExtract.Tests.Decoding;

/// <summary>
/// The bytes are the evidence: UTF-16 and UTF-32 are recognised without a byte-order mark; a Chinese charset claim on
/// bytes that do not read as Chinese is not believed; a page mixing UTF-8 with GBK is decoded part by part and says so.
/// </summary>
public class EncodingEvidenceTests
{
    private const string Korean =
        "서울 연합뉴스 정부는 오늘 경제 정책 방향을 발표하고 하반기 경제 성장률 전망을 조정했다. 기획재정부는 내수 회복과 수출 증가를 위해 "
        + "다양한 지원 대책을 마련하겠다고 밝혔다. 전문가들은 대외 불확실성이 여전히 크다고 지적했다.";

    private const string Japanese =
        "東京共同通信 政府は今日、経済政策の方針を発表し、下半期の経済成長率の見通しを修正した。財務省は内需の回復と輸出の増加のために、"
        + "さまざまな支援策を用意すると明らかにした。専門家は対外的な不確実性が依然として大きいと指摘した。";

    private const string Second = "国家统计局新闻发言人表示，上半年就业形势总体稳定，居民消费价格温和上涨，国际收支基本平衡，主要指标处于合理区间。";

    // A Chinese page with little markup: in UTF-16 only a quarter of its odd bytes are NUL.
    private static string ChinesePage(string head = "") =>
        $"<html><head>{head}<title>上半年经济运行总体平稳</title></head><body><h1>上半年经济运行总体平稳</h1>"
        + string.Concat(Enumerable.Repeat($"<p>{TestPages.Simplified}{Second}</p>", 3)) + "</body></html>";

    private static string ForeignPage(string text, string title) =>
        $"<!DOCTYPE html><html><head><meta charset=\"gbk\"><title>{title}</title></head><body><h1>{title}</h1>"
        + string.Concat(Enumerable.Repeat($"<p>{text}</p>", 6)) + "</body></html>";

    private static IEnumerable<string> Codes(Article article) => article.Diagnostics.Notes.Select(n => n.Code);

    [TestCase("utf-16le", "utf-16")]
    [TestCase("utf-16be", "utf-16be")]
    [TestCase("utf-32le", "utf-32")]
    [TestCase("utf-32be", "utf-32be")]
    public void Unicode_without_a_byte_order_mark_is_read_from_its_byte_pattern(string encoding, string webName)
    {
        var bytes = Encoding.GetEncoding(encoding).GetBytes(ChinesePage());

        var article = ArticleExtractor.Default.ExtractHtml(bytes);

        Assert.That(article.Diagnostics.Encoding, Is.EqualTo(webName));
        Assert.That(article.Title, Is.EqualTo("上半年经济运行总体平稳"));
        Assert.That(article.Text, Does.Contain(Second));
    }

    [Test]
    public void A_text_capture_in_utf16_without_a_byte_order_mark_is_read_too()
    {
        var bytes = Encoding.Unicode.GetBytes($"上半年经济运行总体平稳\n\n{TestPages.Simplified}\n\n{Second}\n");

        var article = ArticleExtractor.Default.ExtractTextAsync(new MemoryStream(bytes)).GetAwaiter().GetResult();

        Assert.That(article.Diagnostics.Encoding, Is.EqualTo("utf-16"));
        Assert.That(article.Text, Does.Contain(Second));
    }

    [Test]
    public void Korean_bytes_under_a_gbk_meta_are_not_read_as_a_chinese_article()
    {
        var bytes = TestPages.Strict(51949).GetBytes(ForeignPage(Korean, "정부 경제 정책 방향 발표"));

        var article = ArticleExtractor.Default.ExtractHtml(bytes);

        Assert.That(Codes(article), Does.Contain("encoding.meta-contradicted"));
        Assert.That(article.Diagnostics.Encoding, Is.EqualTo("euc-kr"));
        Assert.That(article.Title, Is.EqualTo("정부 경제 정책 방향 발표"));
        Assert.That(article.Language, Is.Not.EqualTo(ContentLanguage.ChineseSimplified));
    }

    [Test]
    public void Japanese_bytes_under_a_gbk_meta_are_not_read_as_chinese()
    {
        var bytes = TestPages.Strict(932).GetBytes(ForeignPage(Japanese, "政府が経済政策の方針を発表"));

        var article = ArticleExtractor.Default.ExtractHtml(bytes);

        Assert.That(Codes(article), Does.Contain("encoding.meta-contradicted"));
        Assert.That(article.Diagnostics.Encoding, Is.EqualTo("shift_jis"));
        Assert.That(article.Title, Is.EqualTo("政府が経済政策の方針を発表"));
    }

    [Test]
    public void A_chinese_page_under_its_gbk_meta_is_not_doubted()
    {
        var article = ArticleExtractor.Default.ExtractHtml(TestPages.Gbk(ChinesePage(TestPages.MetaCharset("gbk"))));

        Assert.That(Codes(article), Does.Contain("encoding.meta"));
        Assert.That(Codes(article), Has.None.Matches<string>(c => c is "encoding.meta-contradicted" or "encoding.doubtful" or "encoding.mixed"));
    }

    [Test]
    public void A_page_half_utf8_half_gbk_is_decoded_in_both_and_reported()
    {
        var head = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>上半年经济运行总体平稳</title></head><body><h1>上半年经济运行总体平稳</h1>\n");
        var utf8Half = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 40).Select(i => $"<p>第{i}段。{TestPages.Simplified}</p>\n")));
        var gbkHalf = TestPages.Gbk(string.Concat(Enumerable.Range(0, 40).Select(i => $"<p>第{i}节。{Second}</p>\n")));

        var article = ArticleExtractor.Default.ExtractHtml([.. head, .. utf8Half, .. gbkHalf, .. "</body></html>"u8]);

        Assert.That(Codes(article), Does.Contain("encoding.mixed"));
        Assert.That(article.Diagnostics.ReplacementCharacters, Is.Zero);
        Assert.That(article.Text, Does.Contain("第0段。" + TestPages.Simplified).And.Contain("第39节。" + Second));
    }

    [Test]
    public void A_gbk_page_with_a_utf8_block_is_decoded_in_both_and_reported()
    {
        var gbk = TestPages.Gbk("<!DOCTYPE html><html><head><meta charset=\"gbk\"><title>上半年经济运行总体平稳</title></head><body><h1>上半年经济运行总体平稳</h1>\n"
            + string.Concat(Enumerable.Range(0, 20).Select(i => $"<p>第{i}段。{TestPages.Simplified}</p>\n")));
        var utf8Block = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 5).Select(i => $"<p>第{i}节。{Second}</p>\n")) + "</body></html>");

        var article = ArticleExtractor.Default.ExtractHtml([.. gbk, .. utf8Block]);

        Assert.That(Codes(article), Does.Contain("encoding.mixed"));
        Assert.That(article.Text, Does.Contain("第4节。" + Second).And.Contain("第19段。" + TestPages.Simplified));
    }

    [Test]
    public void A_utf8_page_with_a_few_corrupt_bytes_is_not_called_mixed()
    {
        var page = Encoding.UTF8.GetBytes(ChinesePage(TestPages.MetaCharset("utf-8")));
        page[page.Length / 2] = 0xFF;
        page[(page.Length / 2) + 300] = 0xC3;

        var article = ArticleExtractor.Default.ExtractHtml(page);

        Assert.That(Codes(article), Does.Not.Contain("encoding.mixed"));
        Assert.That(article.Diagnostics.Encoding, Is.EqualTo("utf-8"));
    }
}
