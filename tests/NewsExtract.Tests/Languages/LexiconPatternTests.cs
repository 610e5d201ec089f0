using CsCheck;
using NewsExtract.Languages;

namespace NewsExtract.Tests.Languages;

/// <summary>
/// Every pattern a lexicon builds from its lists has a prefilter derived from the same words: it may only skip a line
/// the pattern cannot match. One property per pattern of each built-in lexicon, over lines made of that lexicon's own
/// words, digits, separators, brackets and white space (so the patterns do match some of them).
/// </summary>
public class LexiconPatternTests
{
    private static readonly CompiledLexicon[] Lexicons = [LanguageKnowledge.For([]).Chinese, LanguageKnowledge.For([]).Vietnamese];

    private static readonly string[] Glue =
    [
        " ", "  ", "\u3000", "\t", "\u00A0", "\n", "【", "[", "（", "(", "】", "]", ")", "）", "：", ":", "丨", "|", "/", "-", "–", ">>", ".", "。", "，",
        "0", "7", "12", "2019", "１２", "٣", "10:01", "+1", "a", "Z", "K", "\u212A", "đ", "Đ", "ả", "Ả", "的", "中",
    ];

    // A line each pattern matches, for the generator to cut up and surround with more pieces.
    private static readonly string[] Examples =
    [
        "新华社北京7月12日电（记者 张三 李四）", "中央社記者陳家倫台北12日電", "TNW中文站 10月14日报道", "本报讯（记者 王五）", "长江网10月4日讯",
        "网友评论", "全部评论 23条", "5小时前 回复 举报 顶(3", "Ý kiến bạn đọc (5)", "3 giờ trước Trả lời Thích 12",
        "…就是所谓的…… [全文]", "更多>>", "视频丨这个地方", "Video: Hà Nội", "图为：会场", "Ảnh: TTXVN", "（记者 张三 摄）", "… Ảnh Trọng Đức.",
        "上一篇：标题", "关键词：新闻", "Từ khóa: tin", "地址：北京 电话：123", "Địa chỉ: Hà Nội. Điện thoại: 024", "Theo TTXVN", "(Theo Sầm Hoa (Vietnamnet/Reuters))",
    ];

    public static IEnumerable<TestCaseData> Patterns() =>
        Lexicons.SelectMany((lexicon, i) => lexicon.Patterns.All.Select(p => new TestCaseData(i, p.Name).SetName($"{p.Name} ({lexicon.Lexicon.Tags[0]})")));

    [TestCaseSource(nameof(Patterns))]
    public void The_prefilter_passes_every_line_the_pattern_matches(int lexiconIndex, string name)
    {
        var lexicon = Lexicons[lexiconIndex];
        var pattern = lexicon.Patterns.All.Single(p => p.Name == name);
        var all = lexicon.Lexicon;
        var words = all.Names.SelectMany(n => all[n]).Concat(all.Names.SelectMany(n => all[n].Select(w => w.ToUpperInvariant())));
        // Dates as the page language writes them (7月12日, 12日18时), for the patterns that hold one.
        var dates = from m in all[LexiconLists.MonthMarkers].DefaultIfEmpty("/")
                    from d in all[LexiconLists.DayMarkers].DefaultIfEmpty("")
                    from h in all[LexiconLists.HourMarkers].DefaultIfEmpty("h")
                    from date in new[] { "7" + m + "12" + d, "12" + d, "7" + m + "12" + d + "18" + h }
                    select date;
        // The pattern's own words: its anchors, and the lexicon's words written into its source.
        var source = pattern.Regex.ToString();
        var used = all.Names.SelectMany(n => all[n]).Where(w => w.Length > 0 && source.Contains(Words.Escape(w), StringComparison.Ordinal));
        var own = pattern.Anchors.Concat(used).SelectMany(w => new[] { w, w.ToUpperInvariant() }).Concat(dates).Concat(Glue).Distinct().Select(Gen.Const).ToArray();
        var others = Glue.Concat(words).Distinct().Select(Gen.Const).ToArray();
        var piece = Gen.Frequency((3, Gen.OneOf(own)), (1, Gen.OneOf(others)));
        var pieces = piece.Array[0, 8].Select(string.Concat);
        // An example line, cut at two points, with pieces around and between the parts.
        var example = Gen.Select(Gen.OneOf(Examples.Select(Gen.Const).ToArray()), Gen.Int[0, 100], Gen.Int[0, 100], pieces, pieces, pieces)
            .Select((e, a, b, x, y, z) =>
            {
                var (from, to) = (Math.Min(a, b) * e.Length / 100, Math.Max(a, b) * e.Length / 100);
                return x + e[..from] + y + e[from..to] + z + e[to..];
            });
        var whole = Gen.Select(Gen.OneOf(Examples.Select(Gen.Const).ToArray()), pieces, pieces).Select((e, x, y) => x + e + y);
        var line = Gen.Frequency((3, pieces), (1, example), (1, whole), (1, Gen.OneOf(Examples.Select(Gen.Const).ToArray())));
        var matched = 0;
        line.Sample(text =>
        {
            var matches = pattern.Regex.IsMatch(text);
            matched += matches ? 1 : 0;
            Assert.That(pattern.MayMatch(text) || !matches, Is.True, $"the prefilter rejects \"{text}\"");
        }, iter: 20_000, threads: 1);

        // The property says something only if the pattern matched some lines; a pattern over empty lists matches none.
        if (matched == 0)
        {
            Assert.That(pattern.Regex.ToString(), Does.Contain("(?!)"), "no generated line matched: the generator misses this pattern's shapes");
        }
    }
}
