using NewsExtract.Blocks;
using NewsExtract.Classification;
using NewsExtract.Languages;

namespace NewsExtract.Tests.Classification;

/// <summary>Comment headings and comment lines of a text capture, read with the lexicon's comment lists and date words.</summary>
public class TextCommentsTests
{
    private static byte[] Marks(CompiledLexicon lexicon, params string[] lines) =>
        TextComments.Mark([.. lines.Select((t, i) => new Block(i, t, BlockTag.Line))], lexicon.Comments);

    [TestCase("网友评论")]
    [TestCase("【全部评论】")]
    [TestCase("评论（23）")]
    [TestCase("23 条评论")]
    [TestCase("網友評論")]
    public void A_chinese_comment_heading_is_marked(string line) =>
        Assert.That(Marks(LanguageKnowledge.For([]).Chinese, line), Is.EqualTo(new byte[] { 2 }));

    [TestCase("Ý kiến bạn đọc (5)")]
    [TestCase("BÌNH LUẬN")]
    public void A_vietnamese_comment_heading_is_marked_ignoring_case(string line) =>
        Assert.That(Marks(LanguageKnowledge.For([]).Vietnamese, line), Is.EqualTo(new byte[] { 2 }));

    [TestCase("久凌111 5分钟前")]
    [TestCase("回复 举报")]
    [TestCase("顶(51)")]
    [TestCase("3楼")]
    [TestCase("[网友] 张三")]
    [TestCase("银闪闪丶 前天 17:12")]
    public void A_chinese_comment_line_is_marked(string line) =>
        Assert.That(Marks(LanguageKnowledge.For([]).Chinese, line), Is.EqualTo(new byte[] { 1 }));

    [TestCase("Minh Hà 3 giờ trước")]
    [TestCase("Thích 121 Trả lời")]
    public void A_vietnamese_comment_line_is_marked(string line) =>
        Assert.That(Marks(LanguageKnowledge.For([]).Vietnamese, line), Is.EqualTo(new byte[] { 1 }));

    [TestCase("回应各方关切")]
    [TestCase("Thíchnghi với thời tiết")]
    public void A_word_that_only_looks_like_a_button_is_not_marked(string line)
    {
        var lexicon = line.Contains('回') ? LanguageKnowledge.For([]).Chinese : LanguageKnowledge.For([]).Vietnamese;
        Assert.That(Marks(lexicon, line), Is.EqualTo(new byte[] { 0 }));
    }

    [Test]
    public void A_heading_added_to_the_data_is_read_as_one()
    {
        Assert.That(Marks(LanguageKnowledge.For([]).Chinese, "用户评论"), Is.EqualTo(new byte[] { 0 }), "not a built-in heading");

        var extended = LanguageKnowledge.For([new LexiconExtension(ContentLanguage.ChineseSimplified)
        {
            Lists = new Dictionary<string, IReadOnlyList<string>> { ["commentHeadings"] = ["用户评论"] },
        }]).Chinese;

        Assert.That(Marks(extended, "用户评论", "【用户评论】 12"), Is.EqualTo(new byte[] { 2, 2 }));
    }
}
