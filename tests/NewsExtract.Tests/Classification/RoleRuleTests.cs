using CsCheck;
using NewsExtract.Blocks;
using NewsExtract.Classification;
using NewsExtract.Classification.Rules;
using NewsExtract.Languages;
using NewsExtract.Related;
using NewsExtract.Text;

namespace NewsExtract.Tests.Classification;

/// <summary>
/// Each role rule, on its own, recognises its shape of line; in <see cref="RoleRules.All"/> the first that applies
/// decides (the answer names the rule). One small fixture per rule, and one where the order matters.
/// </summary>
public class RoleRuleTests
{
    private static CompiledLexicon Zh => LanguageKnowledge.For([]).Chinese;

    private static CompiledLexicon Vi => LanguageKnowledge.For([]).Vietnamese;

    private static ClassificationInput Input(CompiledLexicon lexicon, string title = "", int[]? afterImage = null) =>
        new(lexicon, new ContentRange(0, 0, 1, 1), TextKey.Of(title), new HashSet<int>(afterImage ?? []), new HashSet<string>());

    private static string? RuleFor(Block block, CompiledLexicon lexicon, string title = "", int[]? afterImage = null) =>
        RoleRules.RoleOf(block, Input(lexicon, title, afterImage)).Rule?.Name;

    private static string? RuleFor(string text, CompiledLexicon? lexicon = null) => RuleFor(new Block(0, text, BlockTag.Paragraph), lexicon ?? Zh);

    private static string? RuleForVi(string text) => RuleFor(text, Vi);

    private static RoleRule Rule(string name) => RoleRules.All.Single(r => r.Name == name);

    [TestCase("0:00 / 03:25")]
    [TestCase("视频加载中")]
    [TestCase("视频丨这个地方为何老外却说“了不得”？")]
    public void Player_text_and_video_titles_are_player(string text) => Assert.That(RuleFor(text), Is.EqualTo("player"));

    [Test]
    public void A_paragraph_that_mentions_playing_is_not_player() =>
        Assert.That(RuleFor("这段视频在网上播放后引发热议，许多网友表示，希望有关部门尽快调查清楚，还公众一个真相。"), Is.Null);

    [Test]
    public void A_figcaption_or_a_caption_class_is_a_caption()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RuleFor(new Block(0, "会场一角", BlockTag.Caption), Zh), Is.EqualTo("caption-markup"));
            Assert.That(RuleFor(new Block(0, "会场一角", BlockTag.Paragraph) { NearHints = "p pic_txt" }, Zh), Is.EqualTo("caption-markup"));
            Assert.That(RuleFor(new Block(0, "会场一角", BlockTag.Paragraph) { NearHints = "p pictures" }, Zh), Is.Not.EqualTo("caption-markup"));
        });
    }

    [Test]
    public void A_short_line_repeating_the_headline_is_not_body()
    {
        var title = "亚马逊海外购限时快闪店登陆拼多多";
        Assert.That(RuleFor(new Block(0, title + "_网易新闻", BlockTag.Paragraph), Zh, title), Is.EqualTo("title-repeat"));
    }

    [TestCase("版权所有 © 2020 新华网")]
    [TestCase("Copyright 2020 example.cn All Rights Reserved")]
    public void A_copyright_line_is_copyright(string text) => Assert.That(RuleFor(text), Is.EqualTo("copyright"));

    [TestCase("责任编辑：刘莹")]
    [TestCase("（责任编辑：刘莹）")]
    [TestCase("编辑丨刘莹 校对丨王芳")]
    public void A_chinese_credit_line_is_a_credit(string text) => Assert.That(RuleFor(text), Is.EqualTo("credit-line"));

    [Test]
    public void A_vietnamese_credit_line_is_a_credit() => Assert.That(RuleForVi("Biên tập: Minh Hà"), Is.EqualTo("credit-line"));

    [TestCase("来源：新华社")]
    [TestCase("【来源：人民网】")]
    public void A_source_label_opening_a_line_is_a_source(string text) => Assert.That(RuleFor(text), Is.EqualTo("source-line"));

    [Test]
    public void A_vietnamese_end_attribution_is_a_source() => Assert.That(RuleForVi("Theo TTXVN"), Is.EqualTo("source-line"));

    [TestCase("相关阅读")]
    [TestCase("【相关新闻】")]
    public void A_related_heading_is_one(string text) => Assert.That(RuleFor(text), Is.EqualTo("related-heading"));

    [Test]
    public void A_pointer_link_is_related() => Assert.That(RuleForVi(">> Công chức được nghỉ 9 ngày dịp Tết"), Is.EqualTo("pointer-link"));

    [Test]
    public void A_breadcrumb_is_one() => Assert.That(RuleFor("当前位置：首页 > 新闻 > 国内"), Is.EqualTo("breadcrumb"));

    [Test]
    public void A_share_button_row_is_a_share_label() => Assert.That(RuleFor("分享到"), Is.EqualTo("share-label"));

    [Test]
    public void An_original_title_line_is_not_body() => Assert.That(RuleFor("原标题 亚马逊海外购限时快闪店登陆拼多多"), Is.EqualTo("original-title"));

    [TestCase("记者 张三 李四")]
    [TestCase("文/王五")]
    public void A_byline_is_one(string text) => Assert.That(RuleFor(text), Is.EqualTo("byline"));

    [Test]
    public void A_date_line_is_a_dateline() => Assert.That(RuleFor("2025-07-13 09:50"), Is.EqualTo("dateline"));

    [Test]
    public void A_date_with_labelled_fields_is_an_information_line() =>
        Assert.That(RuleFor("2020-11-23 10:22:14 出处：快科技 作者：宪瑞 编辑：宪瑞 人气： 5380 次 评论(18)"), Is.EqualTo("info-line"));

    [Test]
    public void A_date_with_one_labelled_field_is_no_information_line() =>
        Assert.That(RuleFor("2020-11-23 10:22:14 浏览次数： 5380 次 评论(18) 分享到微博 点击可以复制本篇文章的标题和链接 作者：宪瑞"), Is.Not.EqualTo("info-line"));

    [TestCase("会议指出：2024年5月20日起，新规正式实施；各地要求：严格执行，不得拖延。")]
    [TestCase("2024年5月20日，市政府召开新闻发布会，介绍今年上半年经济运行情况，会上发布了多项数据。")]
    public void A_sentence_with_a_date_is_no_information_line(string text) => Assert.That(RuleFor(text), Is.Not.EqualTo("info-line"));

    [Test]
    public void A_dateline_lead_is_no_date_line() => Assert.That(RuleFor("新华社北京7月12日电"), Is.Not.EqualTo("dateline"));

    [Test]
    public void A_short_line_after_an_image_is_its_caption() =>
        Assert.That(RuleFor(new Block(3, "会场一角", BlockTag.Paragraph), Zh, afterImage: [3]), Is.EqualTo("caption-after-image"));

    [Test]
    public void A_short_line_with_a_caption_cue_is_a_caption() => Assert.That(RuleFor("张三 摄"), Is.EqualTo("caption-cue"));

    [Test]
    public void A_sentence_opening_as_a_caption_is_one() => Assert.That(RuleFor("图为：会场一角。"), Is.EqualTo("caption-opening"));

    [Test]
    public void A_block_of_link_text_is_related() =>
        Assert.That(RuleFor(new Block(0, "亚马逊海外购限时快闪店登陆拼多多", BlockTag.ListItem) { LinkChars = 16 }, Zh), Is.EqualTo("link-list"));

    [Test]
    public void A_teaser_closed_by_read_more_is_related() =>
        Assert.That(RuleFor("有关专家认为，这就是所谓的“鲶鱼效应”，市场竞争将更加充分…… [全文]"), Is.EqualTo("read-more-teaser"));

    [Test]
    public void A_short_line_in_a_comment_box_is_boilerplate() =>
        Assert.That(RuleFor(new Block(0, "网友甲：说得好", BlockTag.Paragraph) { Hints = "div comment-list" }, Zh), Is.EqualTo("boilerplate-container"));

    [Test]
    public void Running_text_no_rule_claims_is_body()
    {
        var block = new Block(0, "国庆中秋长假过半，各地景区迎来客流高峰，交通部门加强了运力调度，铁路和公路客运总体平稳有序。", BlockTag.Paragraph);
        Assert.That(RoleRules.RoleOf(block, Input(Zh)), Is.EqualTo((BlockRole.Body, (RoleRule?)null)));
    }

    [Test]
    public void The_first_rule_that_applies_decides()
    {
        // A credit line that also names a source: credit comes first in the list.
        var text = "责任编辑：刘莹 来源：新华社";
        Assert.Multiple(() =>
        {
            Assert.That(Rule("source-line").Applies(Context(text)), Is.False, "the source label does not open the line");
            Assert.That(Rule("credit-line").Applies(Context(text)), Is.True);
            Assert.That(RuleFor(text), Is.EqualTo("credit-line"));
            Assert.That(RoleRules.All.Select(r => r.Name), Is.Unique);
        });
    }

    [Test]
    public void Each_rule_is_asked_only_of_blocks_no_longer_than_its_bound()
    {
        // Copyright's bound is 80 units: a longer paragraph holding 版权 is body.
        var longer = string.Concat(Enumerable.Repeat("版权所有的问题由法院判定。", 8));
        Assert.Multiple(() =>
        {
            Assert.That(new Block(0, longer, BlockTag.Paragraph).Metrics.ReadingLength, Is.GreaterThan(CopyrightRule.MaxLine));
            Assert.That(RuleFor(longer), Is.Null);
        });
    }

    [Test]
    public void The_cue_lists_asked_are_those_the_rules_read_at_each_length()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RoleRules.CuesAsked(12), Is.EqualTo(CueList.Player | CueList.BoilerplatePhrases | CueList.CreditRole | CueList.Navigation
                | CueList.BoilerplateLabels | CueList.OriginalTitle | CueList.AuthorLabel | CueList.Caption));
            Assert.That(RoleRules.CuesAsked(30), Is.EqualTo(CueList.BoilerplatePhrases | CueList.CreditRole | CueList.Navigation | CueList.OriginalTitle
                | CueList.AuthorLabel | CueList.Caption));
            Assert.That(RoleRules.CuesAsked(40), Is.EqualTo(CueList.BoilerplatePhrases | CueList.CreditRole | CueList.Navigation | CueList.OriginalTitle | CueList.AuthorLabel));
            Assert.That(RoleRules.CuesAsked(80), Is.EqualTo(CueList.BoilerplatePhrases));
            Assert.That(RoleRules.CuesAsked(81), Is.EqualTo(CueList.None));
        });
    }

    private static RuleContext Context(string text)
    {
        var block = new Block(0, text, BlockTag.Paragraph);
        var units = block.Metrics.ReadingLength;
        return new RuleContext(block, units, block.Cues(Zh.Cues, RoleRules.CuesAsked(units)), Input(Zh));
    }
}

/// <summary>Class-name words are found with a prefilter derived from them: the literal every match of an entry holds.</summary>
public class HintWordsTests
{
    [TestCase("caption", ExpectedResult = "caption")]
    [TestCase(@"\bdesc\b", ExpectedResult = "desc")]
    [TestCase("pic_?txt", ExpectedResult = "pic")]
    [TestCase("picture-?text", ExpectedResult = "picture")]
    [TestCase(@"\bpic_?note", ExpectedResult = "note")]
    public string The_literal_is_the_longest_run_every_match_holds(string entry) => HintWords.RequiredLiteral(entry);

    [TestCase("pic.*txt")]
    [TestCase("a|b")]
    [TestCase(@"\b")]
    public void An_entry_with_other_regex_syntax_is_refused(string entry) =>
        Assert.Throws<ArgumentException>(() => HintWords.RequiredLiteral(entry));

    [Test]
    public void The_prefilter_passes_every_hint_the_words_match()
    {
        HintWords[] all = [CaptionMarkupRule.CaptionClass, CaptionAfterImageRule.PictureClass];
        string[] pieces = ["caption", "pcaption", "desc", "image", "img", "pic", "txt", "text", "picture", "photo", "cap", "note", "expnote", "tu", "tuku", "center",
            "_", "-", " ", "a", "x", "1", "div", "p", "main"];
        var hints = Gen.OneOf(pieces.Select(Gen.Const).ToArray()).Array[0, 8].Select(string.Concat);
        var matched = 0;
        Gen.Select(Gen.Int[0, all.Length - 1], hints).Sample((i, text) =>
        {
            var matches = all[i].Regex.IsMatch(text);
            matched += matches ? 1 : 0;
            Assert.That(all[i].MayMatch(text) || !matches, Is.True, text);
        }, iter: 20_000, threads: 1);
        Assert.That(matched, Is.GreaterThan(1_000));
    }
}
