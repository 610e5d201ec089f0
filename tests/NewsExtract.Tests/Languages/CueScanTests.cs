using CsCheck;
using NewsExtract.Languages;

namespace NewsExtract.Tests.Languages;

/// <summary>The one-pass cue scan must answer for each list exactly what the per-list search does.</summary>
public class CueScanTests
{
    private static readonly CueList[] Lists =
        [CueList.Navigation, CueList.BoilerplatePhrases, CueList.BoilerplateLabels, CueList.Caption, CueList.Player, CueList.OriginalTitle];

    private static readonly CueList All = Lists.Aggregate(CueList.None, (a, b) => a | b);

    // The built-in lexicons, and Chinese extended with cased, caseless, overlapping and repeated phrases.
    private static readonly CompiledLexicon[] Lexicons =
    [
        LanguageKnowledge.For([]).Chinese,
        LanguageKnowledge.For([]).Vietnamese,
        LanguageKnowledge.For([new LexiconExtension(ContentLanguage.ChineseSimplified) { BoilerplatePhrases = ["首页", "版权", "版权所有", "Đọc thêm", "ÉCHO", "ß"] }]).Chinese,
    ];

    private static IReadOnlyList<string> PhrasesOf(CompiledLexicon lexicon, CueList list) => list switch
    {
        CueList.Navigation => lexicon.Lexicon.NavigationCues,
        CueList.BoilerplatePhrases => lexicon.Lexicon.BoilerplatePhrases,
        CueList.BoilerplateLabels => lexicon.Lexicon.BoilerplateLabels,
        CueList.Caption => lexicon.Lexicon.CaptionCues,
        CueList.Player => lexicon.Lexicon.PlayerCues,
        _ => lexicon.Lexicon.OriginalTitleCues,
    };

    private static void AssertAgrees(CompiledLexicon lexicon, string text)
    {
        var expected = CueList.None;
        foreach (var list in Lists)
        {
            var contains = CompiledLexicon.ContainsAny(text, PhrasesOf(lexicon, list));
            expected |= contains ? list : CueList.None;
            Assert.That(lexicon.Cues.Find(text, list), Is.EqualTo(contains ? list : CueList.None), $"{list} in \"{text}\"");
        }

        Assert.That(lexicon.Cues.Find(text, All), Is.EqualTo(expected), $"all lists in \"{text}\"");
        Assert.That(lexicon.Cues.Find(text, CueList.None), Is.EqualTo(CueList.None));
    }

    [Test]
    public void Every_phrase_is_found_in_its_lists_alone_and_in_context()
    {
        foreach (var lexicon in Lexicons)
        {
            foreach (var phrase in Lists.SelectMany(l => PhrasesOf(lexicon, l)))
            {
                foreach (var text in new[] { phrase, $"新闻{phrase}。", phrase.ToUpperInvariant(), phrase.ToLowerInvariant(), phrase[..^1], $"{phrase[..^1]} {phrase[^1..]}" })
                {
                    AssertAgrees(lexicon, text);
                }
            }
        }
    }

    [Test]
    public void Phrases_are_found_across_the_scan_chunks_and_at_the_very_end()
    {
        // The scan marks candidate positions 64 at a time: a phrase may start at any position of a chunk, span two, or end the line.
        foreach (var lexicon in Lexicons)
        {
            foreach (var phrase in Lists.SelectMany(l => PhrasesOf(lexicon, l)))
            {
                foreach (var before in new[] { 0, 1, 61, 62, 63, 64, 65, 127, 128 })
                {
                    AssertAgrees(lexicon, new string('x', before) + phrase);
                    AssertAgrees(lexicon, new string('x', before) + phrase + "y");
                }
            }
        }
    }

    [TestCase("TRANG CHỦ » Thời sự")]
    [TestCase("ảnh minh họa: TTXVN")]
    [TestCase("Trang chủ 😀 Thời sự")]
    [TestCase("\u212Aết nối: trang chủ")]
    public void Vietnamese_lines_are_searched_folded_with_the_per_list_answer(string text) =>
        AssertAgrees(LanguageKnowledge.For([]).Vietnamese, text);

    // A bound must never hide a line its pattern matches (it may pass lines the pattern does not).
    private static void AssertBounds(CompiledLexicon lexicon, string text)
    {
        var found = lexicon.Cues.Find(text, CueList.CreditRole | CueList.AuthorLabel);
        if (lexicon.CreditRole.IsMatch(text))
        {
            Assert.That(found & CueList.CreditRole, Is.EqualTo(CueList.CreditRole), $"credit role in \"{text}\"");
        }

        if (lexicon.AuthorLabel.IsMatch(text) || lexicon.OutletAuthorLabel.IsMatch(text))
        {
            Assert.That(lexicon.MayHoldAuthorLabel(found), Is.True, $"author label in \"{text}\"");
        }
    }

    private static IEnumerable<string> RolePhrases(CompiledLexicon lexicon) => lexicon.Lexicon.CreditRoles.Concat(lexicon.Lexicon.AuthorLabels);

    [Test]
    public void Every_credit_role_and_author_label_passes_its_bound_in_any_case()
    {
        foreach (var lexicon in Lexicons)
        {
            foreach (var phrase in RolePhrases(lexicon))
            {
                foreach (var text in new[] { phrase + "：X", $"新闻 {phrase}: X", phrase.ToUpperInvariant() + " X", phrase.ToLowerInvariant() + "/X", phrase.Replace('K', '\u212A').Replace('k', '\u212A') + ": X" })
                {
                    AssertBounds(lexicon, text);
                }
            }
        }
    }

    [TestCase("Biên tập: Hà Linh")]
    [TestCase("\u212Aỹ thuật: Minh")]
    [TestCase("BÀI VÀ ẢNH: Ngọc Anh")]
    public void A_vietnamese_role_line_passes_the_bound(string text)
    {
        var lexicon = LanguageKnowledge.For([]).Vietnamese;
        Assert.That(lexicon.CreditRole.IsMatch(text) || lexicon.AuthorLabel.IsMatch(text), Is.True, "the case must be one the pattern matches");
        AssertBounds(lexicon, text);
    }

    [Test]
    public void Lines_without_a_role_or_label_are_bounded_out()
    {
        var lexicon = LanguageKnowledge.For([]).Vietnamese;
        Assert.That(lexicon.Cues.Find("Hà Nội 18°C - TP.HCM 31°C", CueList.CreditRole | CueList.AuthorLabel), Is.EqualTo(CueList.None));
    }

    [Test]
    public void Random_lines_never_fall_outside_a_bound_their_pattern_matches()
    {
        var pieces = Lexicons.SelectMany(RolePhrases).Distinct().ToArray();
        var line = Gen.Frequency(
            (3, Gen.OneOf(pieces.Select(Gen.Const).ToArray())),
            (3, Gen.String[Gen.Char["记者编辑文BbIiÊêNnTtẬậPpKk\u212AỸỹHhÀàĐđ 》>：:/\uD83D\uDE00"], 0, 6]),
            (1, Gen.String)).Array[0, 6].Select(string.Concat);
        Gen.Select(Gen.Int[0, Lexicons.Length - 1], line).Sample((i, text) => AssertBounds(Lexicons[i], text), iter: 20_000);
    }

    [Test]
    public void Random_lines_get_the_per_list_answer()
    {
        var pieces = Lexicons.SelectMany(x => Lists.SelectMany(l => PhrasesOf(x, l))).Distinct().ToArray();
        var line = Gen.Frequency(
            (3, Gen.OneOf(pieces.Select(Gen.Const).ToArray())),
            (3, Gen.String[Gen.Char["首页版权图为摄播原题点击分享Cc©ICPĐđọÉéSsßſ\u212AkẢảỌ 》>：:\uD83D\uDE00"], 0, 6]),
            (1, Gen.String)).Array[0, 6].Select(string.Concat);
        Gen.Select(Gen.Int[0, Lexicons.Length - 1], line).Sample((i, text) => AssertAgrees(Lexicons[i], text), iter: 20_000);
    }
}
