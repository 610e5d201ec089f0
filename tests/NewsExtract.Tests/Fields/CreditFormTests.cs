namespace NewsExtract.Tests.Fields;

/// <summary>Editorial credits in the inline and trailer forms: in brackets, closing the last paragraph, several on one line, run into a source.</summary>
public class CreditFormTests
{
    private static readonly ArticleExtractor Extractor = ArticleExtractor.Default;

    private const string ChineseLead = "國慶連假過半，各地景區迎來客流高峰，交通部門加強了運力調度，鐵路和公路客運總體平穩有序，旅客出行秩序良好。";

    private static IEnumerable<string> Credits(string[] trailer) =>
        Extractor.ExtractHtml(FieldPages.Chinese(ChineseLead, trailer: trailer)).Credits.Select(c => c.Role + ":" + c.Name);

    private static IEnumerable<TestCaseData> Forms()
    {
        yield return new TestCaseData(new[] { "(責任編輯：王一)" }, new[] { "責任編輯:王一" }).SetName("credit (責任編輯：X) in round brackets");
        yield return new TestCaseData(new[] { "【編輯：劉雲】" }, new[] { "編輯:劉雲" }).SetName("credit 【編輯：X】");
        yield return new TestCaseData(new[] { "[ 责编：张倩 ]" }, new[] { "责编:张倩" }).SetName("credit [ 责编：X ] with spaces in the brackets");
        yield return new TestCaseData(new[] { "编辑：李明 校对：王芳 审核：赵强" }, new[] { "编辑:李明", "校对:王芳", "审核:赵强" }).SetName("credits 编辑/校对/审核 on one trailer line");
        yield return new TestCaseData(new[] { "編輯：梁偉澄", "美術：陳超雄" }, new[] { "編輯:梁偉澄", "美術:陳超雄" }).SetName("credit 美術 (art) under the editor");
        yield return new TestCaseData(new[] { "杨倩本文来源：证券市场红周刊责任编辑：杨倩_NF4425" }, new[] { "责任编辑:杨倩" }).SetName("credit run into the source before it");
        yield return new TestCaseData(new[] { "警方已勘驗現場並報請相驗，將進一步釐清死因，案件仍在調查當中，詳情有待進一步公布。（責任編輯：王一）" }, new[] { "責任編輯:王一" }).SetName("credit in brackets closing the last paragraph");
    }

    [TestCaseSource(nameof(Forms))]
    public void Credit_forms(string[] trailer, string[] expected) => Assert.That(Credits(trailer), Is.EquivalentTo(expected));

    [Test]
    public void A_role_word_inside_a_sentence_is_no_credit() =>
        Assert.That(Credits(["他曾在報社擔任編輯多年，後來轉行從事教育工作，至今已有二十餘年，深受學生的喜愛與尊敬。"]), Is.Empty);
}
