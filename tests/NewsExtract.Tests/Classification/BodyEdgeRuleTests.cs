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
}
