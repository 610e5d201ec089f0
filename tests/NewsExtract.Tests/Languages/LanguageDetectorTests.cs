using NewsExtract.Blocks;
using NewsExtract.Languages;
using NewsExtract.Text;

namespace NewsExtract.Tests.Languages;

/// <summary>The page's language comes from all its blocks, however early the detector can tell.</summary>
public class LanguageDetectorTests
{
    private static Block[] Blocks(params string[] texts) =>
        [.. texts.Select((text, i) => new Block(i, text, BlockTag.Paragraph, TextMetrics.Of(text)))];

    [Test]
    public void A_vietnamese_line_first_does_not_make_a_chinese_page_vietnamese()
    {
        var blocks = Blocks(["Tiếng Việt", .. Enumerable.Repeat("国庆中秋长假过半，各地景区迎来客流高峰，这是记者了解到的情况。", 10)]);
        Assert.That(LanguageDetector.BuiltIn.Detect(blocks, null), Is.EqualTo(ContentLanguage.ChineseSimplified));
    }

    [Test]
    public void Chinese_names_in_a_vietnamese_page_leave_it_vietnamese()
    {
        var blocks = Blocks("习近平", "Chủ tịch nước đã tiếp đoàn đại biểu và trao đổi về hợp tác kinh tế giữa hai nước trong năm tới.");
        Assert.That(LanguageDetector.BuiltIn.Detect(blocks, null), Is.EqualTo(ContentLanguage.Vietnamese));
    }
}
