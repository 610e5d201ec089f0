using NewsExtract.Blocks;
using NewsExtract.Classification;
using NewsExtract.Classification.Rules;
using NewsExtract.Languages;
using NewsExtract.Text;

namespace NewsExtract.Tests.Classification;

/// <summary>
/// The role rules that decide the body's edges: captions signed by a photographer, notices and calls after the text,
/// and class names that do or do not make running text boilerplate. Each on both sides of its line.
/// </summary>
public class BodyEdgeRuleTests
{
    private const string Running = "研究团队表示，下一步将继续扩大训练数据的规模，并与多家医院合作，探索这项技术在医疗诊断领域的实际应用价值，预计明年公布结果。";

    private static CompiledLexicon Zh => LanguageKnowledge.For([]).Chinese;

    private static CompiledLexicon Vi => LanguageKnowledge.For([]).Vietnamese;

    private static string? RuleFor(Block block, CompiledLexicon lexicon) =>
        RoleRules.RoleOf(block, new ClassificationInput(lexicon, new ContentRange(0, 0, 1, 1), "", new HashSet<int>(), new HashSet<string>())).Rule?.Name;

    private static string? RuleFor(string text, CompiledLexicon? lexicon = null) => RuleFor(new Block(0, text, BlockTag.Paragraph), lexicon ?? Zh);

    private static Block InContainer(string text, string nearHints) =>
        new(0, text, BlockTag.Paragraph) { NearHints = nearHints, Hints = nearHints };

    [Test]
    public void Running_text_in_a_container_named_for_a_widget_stays_body() =>
        Assert.That(RuleFor(InContainer(Running, "p div articlelogin"), Zh), Is.Null);

    [Test]
    public void Running_text_in_a_comment_container_is_boilerplate() =>
        Assert.That(RuleFor(InContainer(Running, "p div comment-list"), Zh), Is.EqualTo("boilerplate-container"));

    [Test]
    public void A_short_label_in_a_login_box_is_boilerplate() =>
        Assert.That(RuleFor(InContainer("请先登录", "p div login-box"), Zh), Is.EqualTo("boilerplate-container"));

    [TestCase("市民在倒塌的大树旁绕道而行，交通一度受阻。（王小明摄）")]
    [TestCase("▲警方到场时男子已无生命迹象。（图／翻摄画面）")]
    [TestCase("5月8日，某大学毕业生就业双选会现场，学生们排队投递简历。某某大学供图")]
    [TestCase("市民特地到步行街拍照留念。 示例报记者李明 摄")]
    public void A_line_signed_by_a_photographer_is_a_caption_however_long(string text) =>
        Assert.That(RuleFor(text), Is.EqualTo("signed-caption"));

    [Test]
    public void A_vietnamese_line_closed_by_an_illustration_credit_is_a_caption() =>
        Assert.That(RuleFor("Nếu khi nhìn lại, bạn chỉ còn vài người bạn thân thì bạn cần phải xem lại (Ảnh minh họa)", Vi), Is.EqualTo("signed-caption"));

    [TestCase("他从事摄影工作三十年，拍摄了大量反映城市变迁的作品，多次获得全国摄影大赛奖项。")]
    [TestCase("据介绍，这部纪录片由央视摄制（共六集），将于下月播出。")]
    [TestCase("活动现场（图为志愿者在分发物资）秩序井然，市民纷纷点赞。")]
    public void A_sentence_about_photography_is_not_a_signed_caption(string text) =>
        Assert.That(RuleFor(text), Is.Not.EqualTo("signed-caption"));

    [Test]
    public void A_loading_placeholder_is_not_body() => Assert.That(RuleFor("调查问题加载中，请稍候。"), Is.EqualTo("share-label"));
}
