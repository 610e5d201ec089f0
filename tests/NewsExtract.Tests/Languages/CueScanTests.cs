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

    [TestCase("TRANG CHỦ » Thời sự")]
    [TestCase("ảnh minh họa: TTXVN")]
    [TestCase("Trang chủ 😀 Thời sự")]
    [TestCase("\u212Aết nối: trang chủ")]
    public void Vietnamese_lines_are_searched_folded_with_the_per_list_answer(string text) =>
        AssertAgrees(LanguageKnowledge.For([]).Vietnamese, text);

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
