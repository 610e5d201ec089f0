using CsCheck;
using NewsExtract.Classification;
using NewsExtract.Languages;

namespace NewsExtract.Tests.Classification;

/// <summary>
/// The cheap tests in front of the line regexes may only skip a regex that cannot match: with the test, a line gets
/// exactly the answer the regex alone gives.
/// </summary>
public class LinePrefilterTests
{
    private static readonly CompiledLexicon[] Lexicons = [LanguageKnowledge.For([]).Chinese, LanguageKnowledge.For([]).Vietnamese];

    // Pieces of the shapes the regexes look for, and what sits around them: white space of several kinds, brackets,
    // digits of other scripts, separators, letters.
    private static readonly string[] Pieces =
    [
        " ", "  ", "\u3000", "\t", "\u00A0", "\u2028", "【", "[", "（", "(", "】", "]", ")", "）", "视频", "視頻", "Video", "VIDEO", "video", "Clip",
        "图为", "图", "圖", "资料图", "資料圖", "图片", "Ảnh", "ảnh", "：", ":", "丨", "|", "-", "–", "/", ".", "年", "月", "日", "电", "时",
        "2019", "20", "19", "7", "12", "１２", "٣", "०", "来源", "來源", "本文来源", "Nguồn", "NGUỒN", "nguồn", "Theo", "记者", "文", "作者", "Tác giả",
        "PV", "Phóng viên", "TTXVN", "ttxvn", "VnExpress", "Dân trí", "本报", "本", "新华社", "北京", "的", "相关阅读", "相关新闻", "Tin liên quan", "TIN LIÊN QUAN", "延伸阅读", "a", "Z", "đ", "。", "，", ">>", "»",
    ];

    private static readonly string[] Spaces = ["", "", " ", "  ", "\u3000", "\t", "\u00A0"];
    private static readonly string[] Brackets = ["", "", "【", "[", "（", "("];
    private static readonly string[] Separators = ["：", ":", "丨", "|", "-", "/", ".", "年", "月", "日", "电", " "];
    private static readonly string[] Numbers = ["2019", "20", "7", "12", "１２", "٣"];

    private static Gen<string> OneOf(string[] strings) => Gen.OneOf(strings.Select(Gen.Const).ToArray());

    private static readonly Gen<string> Anything = OneOf(Pieces).Array[0, 10].Select(string.Concat);

    // Shaped like a labelled line (white space, a bracket, white space, a word, white space, a separator) or like a date.
    private static readonly Gen<string> Labelled = Gen.Select(OneOf(Spaces), OneOf(Brackets), OneOf(Spaces), OneOf(Pieces), OneOf(Spaces), OneOf(Separators), Anything)
        .Select((a, b, c, d, e, f, g) => a + b + c + d + e + f + g);

    private static readonly Gen<string> DatePart = Gen.Select(OneOf(Numbers), OneOf(Spaces), OneOf(Separators), OneOf(Spaces)).Select((a, b, c, d) => a + b + c + d);

    private static readonly Gen<string> Dated = Gen.Select(Anything, DatePart, DatePart, OneOf(Numbers), Anything).Select((a, b, c, d, e) => a + b + c + d + e);

    private static readonly Gen<string> Line = Gen.OneOf(Anything, Labelled, Dated);

    [Test]
    public void Date_like_lines_are_the_regex_matches() =>
        Gen.Select(Gen.Int[0, Lexicons.Length - 1], Line).Sample((i, text) =>
            Assert.That(Lexicons[i].DateLike.IsMatch(text), Is.EqualTo(Lexicons[i].DateLike.Regex.IsMatch(text)), text), iter: 20_000);

    [Test]
    public void A_source_label_is_never_filtered_out() =>
        Gen.Select(Gen.Int[0, Lexicons.Length - 1], Line).Sample((i, text) =>
            Assert.That(Lexicons[i].MayOpenWithSourceLabel(text) || !Lexicons[i].SourceLabel.IsMatch(text), Is.True, text), iter: 20_000);

    [Test]
    public void An_early_author_label_is_never_filtered_out() =>
        Gen.Select(Gen.Int[0, Lexicons.Length - 1], Line).Sample((i, text) =>
            Assert.That(Lexicons[i].MayMatchAuthorLabelBy(text, 8) || Lexicons[i].AuthorLabel.Match(text) is not { Success: true, Index: <= 8 }, Is.True, text), iter: 20_000);

    [Test]
    public void Related_headings_open_a_line_as_before()
    {
        // The reference: some heading opens the line, ignoring case, with at most 6 characters after it.
        static bool Opens(CompiledLexicon lexicon, string text) => lexicon.Lexicon.RelatedHeadings.Any(h =>
            text.Length >= h.Length && text.Length <= h.Length + 6 && text.StartsWith(h, StringComparison.OrdinalIgnoreCase));

        var headings = Lexicons.SelectMany(l => l.Lexicon.RelatedHeadings).Select(Gen.Const).ToArray();
        var line = Gen.Select(Gen.OneOf(headings), Line, Gen.Bool).Select((h, rest, upper) => (upper ? h.ToUpperInvariant() : h) + rest);
        Gen.Select(Gen.Int[0, Lexicons.Length - 1], Gen.OneOf(line, Line)).Sample((i, text) =>
            Assert.That(Lexicons[i].OpensRelatedHeading(text), Is.EqualTo(Opens(Lexicons[i], text)), text), iter: 20_000);
    }

    [Test]
    public void An_outlet_byline_is_never_filtered_out() =>
        Gen.Select(Gen.Int[0, Lexicons.Length - 1], Line).Sample((i, text) =>
        {
            var lexicon = Lexicons[i];
            var outlets = lexicon.OutletAuthorLabel.Matches(text).Where(m => lexicon.LooksLikeOutlet(m.Groups["outlet"].Value) || lexicon.IsOwnOutlet(m.Groups["outlet"].Value));
            Assert.That(lexicon.MayReadOutletAuthorLabel(text) || !outlets.Any(), Is.True, text);
        }, iter: 20_000);

    // The pattern's shape: the outlet run into the label, as in 新华社记者.
    [TestCase("TTXVNPhóng viên: Minh Hà")]
    [TestCase("(ttxvnphóng viên Minh Hà")]
    public void A_vietnamese_agency_byline_passes_the_outlet_prefilter(string text)
    {
        var lexicon = LanguageKnowledge.For([]).Vietnamese;
        Assert.That(lexicon.OutletAuthorLabel.IsMatch(text), Is.True, "the case must be one the pattern matches");
        Assert.That(lexicon.MayReadOutletAuthorLabel(text), Is.True);
    }

    [Test]
    public void A_credit_role_is_never_filtered_out() =>
        Gen.Select(Gen.Int[0, Lexicons.Length - 1], Gen.OneOf(Line, Credited)).Sample((i, text) =>
            Assert.That(Lexicons[i].MayMatchCreditRole(text) || !Lexicons[i].CreditRole.IsMatch(text), Is.True, text), iter: 20_000);

    [Test]
    public void A_photo_credit_is_never_filtered_out() =>
        Gen.Select(Gen.Int[0, Lexicons.Length - 1], Gen.OneOf(Line, Credited)).Sample((i, text) =>
            Assert.That(Lexicons[i].MayMatchPhotoCredit(text) || !Lexicons[i].PhotoCredit.IsMatch(text), Is.True, text), iter: 20_000);

    [Test]
    public void An_author_label_is_never_filtered_out() =>
        Gen.Select(Gen.Int[0, Lexicons.Length - 1], Gen.OneOf(Line, Credited)).Sample((i, text) =>
            Assert.That(Lexicons[i].MayMatchAuthorLabel(text) || !Lexicons[i].AuthorLabel.IsMatch(text), Is.True, text), iter: 20_000);

    [Test]
    public void A_line_the_cue_scan_clears_of_author_labels_has_none() =>
        Gen.Select(Gen.Int[0, Lexicons.Length - 1], Gen.OneOf(Line, Credited)).Sample((i, text) =>
        {
            var lexicon = Lexicons[i];
            var cues = new NewsExtract.Blocks.Block(0, text.Length == 0 ? "x" : text, NewsExtract.Blocks.BlockTag.Paragraph).Cues(lexicon.Cues, CueList.AuthorLabel);
            var holds = lexicon.AuthorLabel.IsMatch(text) || lexicon.OutletAuthorLabel.IsMatch(text);
            Assert.That(lexicon.MayHoldAuthorLabel(cues) || !holds || text.Length == 0, Is.True, text);
        }, iter: 20_000);

    [Test]
    public void A_player_readout_is_never_filtered_out() =>
        Gen.OneOf(Line, Gen.Select(OneOf(["0", "00", "1", "12", "٣", "１"]), OneOf([":", " / ", "/", ""]), OneOf(["00", "5", "59"]), OneOf(["", ":30", " / 3:25"]))
            .Select((a, b, c, d) => a + b + c + d)).Sample(text =>
                Assert.That(Player.IsReadout(text), Is.EqualTo(Player.Readout().IsMatch(text)), text), iter: 20_000);

    [Test]
    public void A_line_the_artefact_filter_passes_over_is_left_as_it_is() =>
        Gen.OneOf(Line, Gen.Select(Line, OneOf(["[1]", "[img.jpg]", "___", "(BUTTON)", "[值班总编推荐]", "_"]), Line).Select((a, b, c) => a + b + c)).Sample(text =>
            Assert.That(NewsExtract.Blocks.TextArtefacts.MayStrip(text) || NewsExtract.Blocks.TextArtefacts.Strip(text) == text, Is.True, text), iter: 20_000);

    // Lines made of the lexicons' own credit, photo and author words with separators and names around them.
    private static readonly Gen<string> Credited = Gen.Select(
            Gen.OneOf(Lexicons.SelectMany(l => l.Lexicon.CreditRoles.Concat(l.Lexicon.PhotoCreditRoles).Concat(l.Lexicon.AuthorLabels))
                .SelectMany(w => new[] { w, w.ToUpperInvariant() }).Select(Gen.Const).ToArray()),
            OneOf(Spaces), OneOf(Separators), Anything, Anything)
        .Select((word, space, separator, before, after) => before + word + space + separator + after);
}
