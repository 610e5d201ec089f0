using System.Text;
using CsCheck;

namespace NewsExtract.Tests.Robustness;

/// <summary>
/// Property tests: random and mutated pages never make the extractor throw (beyond the documented exceptions), and every
/// result is well-formed and deterministic. Iteration counts are fixed (not timed) so a run is reproducible from its seed.
/// </summary>
public class PropertyTests
{
    private static readonly ArticleExtractor Extractor = new(ExtractionOptions.Default with { ReferenceTime = new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero) });

    private static readonly string[] Sentences =
    [
        "新华社北京7月12日电（记者王明）国家统计局今天发布数据显示，上半年国内生产总值同比增长百分之五点五。",
        "专家认为，下半年经济将继续恢复向好，但外部环境依然复杂严峻，需要进一步巩固经济回升向好的基础。",
        "(Dân trí) - Sáng nay, Quốc hội đã thông qua nghị quyết về kế hoạch phát triển kinh tế - xã hội năm tới.",
        "Theo các chuyên gia, tăng trưởng kinh tế trong nửa cuối năm sẽ tiếp tục phục hồi nhưng còn nhiều thách thức.",
        "責任編輯：劉瑩", "来源：新华网", "2024年05月01日 08:30", "Thứ Hai, 01/05/2024 08:30 (GMT+7)", "Theo TTXVN",
    ];

    private static readonly string[] NavLabels = ["首页", "Trang chủ", "登录", "注册", "Đăng nhập", "新闻", "更多"];

    private static readonly string[] Tokens =
    [
        "<div>", "</div>", "<p>", "</p>", "<span>", "</span>", "<br>", "<h1>", "</h1>", "<h2>", "</h2>", "<ul>", "<li>", "</ul>",
        "<table>", "<tr>", "<td>", "</table>", "<a href=\"/x\">", "</a>", "<b>", "<i>", "<font color=red>", "<blockquote>",
        "<article>", "</article>", "<div class=\"nav\">", "<div class=\"content\">", "<div id=\"footer\">", "<figure><img src=\"/a.jpg\" alt=\"图片说明文字在这里\"><figcaption>图片说明</figcaption></figure>",
        "<script>", "</script>", "<style>", "</style>", "<template>", "</template>", "<noscript>", "</noscript>", "<textarea>",
        "<div hidden>", "<p style=\"display:none\">", "<!--", "-->", "<![CDATA[", "]]>", "<?xml version=\"1.0\"?>", "<frameset>",
        "<html xmlns=\"http://www.w3.org/1999/xhtml\">", "<body>", "</body>", "<head>", "</head>", "<title>上半年经济运行总体平稳_新华网</title>",
        "<meta property=\"og:title\" content=\"上半年经济运行总体平稳\">", "<meta charset=\"gbk\">", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":",
        "<plaintext>", "<select><option>", "<svg><text>", "</svg>", "<iframe>", "</iframe>", "<frame>", "<xmp>", "<table><td><p>",
        "&amp;", "&nbsp;", "&#xD800;", "&#0;", "&#x202E;", "&lt;/p&gt;", "\0", "\uD800", "\uDC00", "\u200F", "\u3000", " ", "\n", "<", ">", "&", "\"", "'", "/",
        "<a href=\"/\">首页</a>", "<li><a href=\"/login\">登录</a></li>", "<a>Trang chủ</a>", "<span>Đăng nhập</span>", "<h1>首页</h1>",
    ];

    private static readonly Gen<string> Word = Gen.Frequency(
        (6, Gen.OneOf(Sentences)),
        (2, Gen.OneOf(NavLabels)),
        (1, Gen.String[Gen.Char["一丁七万丈三上下不与丑专且世丘丙业丛东丝"], 1, 20]),
        (1, Gen.String[Gen.Char["aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạ "], 1, 30]),
        (1, Gen.String));

    private static readonly Gen<string> RandomHtml =
        Gen.Frequency((3, Gen.OneOf(Tokens)), (2, Word)).Array[0, 120].Select(parts => string.Concat(parts));

    private static void Check(Func<Article> extract, Func<Article> again, string label)
    {
        Article article;
        try
        {
            article = extract();
        }
        catch (Exception e) when (ArticleInvariants.IsDocumented(e))
        {
            return;
        }

        var problems = ArticleInvariants.Violations(article);
        if (problems.Count > 0)
        {
            throw new AssertionException($"{label}: {string.Join("; ", problems)}");
        }

        if (CanonicalArticle.Of(again()) != CanonicalArticle.Of(article))
        {
            throw new AssertionException($"{label}: the same input gave a different article");
        }
    }

    [Test]
    public void Random_html_never_throws_and_always_gives_a_well_formed_deterministic_article()
    {
        var tried = 0;
        RandomHtml.Sample(html =>
        {
            Interlocked.Increment(ref tried);
            Check(() => Extractor.ExtractHtml(html), () => Extractor.ExtractHtml(html), "html string");
            var bytes = Encoding.UTF8.GetBytes(html);
            Check(() => Extractor.Extract(bytes), () => Extractor.Extract(bytes), "unknown bytes");
            Check(() => Extractor.ExtractText(html), () => Extractor.ExtractText(html), "text");
        }, iter: 10_000, print: h => h.Length > 2000 ? h[..2000] + "…" : h);
        TestContext.Out.WriteLine($"{tried} random HTML inputs tried, each through 3 entry points twice.");
    }

    [Test]
    public void Mutated_corpus_pages_never_throw_and_always_give_a_well_formed_deterministic_article()
    {
        var files = SharedCorpus.PageFilesOrIgnore();
        var pages = files.Select(File.ReadAllBytes).ToArray();
        var tried = 0;
        Gen.Select(Gen.Int[0, pages.Length - 1], Gen.Int[0, Mutations.Count - 1], Gen.Int).Sample((page, mutation, seed) =>
        {
            Interlocked.Increment(ref tried);
            var bytes = Mutations.Apply(mutation, pages[page], seed);
            var label = $"{Path.GetFileName(files[page])} {Mutations.Name(mutation)} seed {seed}";
            Check(() => Extractor.ExtractHtml(bytes), () => Extractor.ExtractHtml(bytes), label);
        }, iter: 800, print: t => $"{Path.GetFileName(files[t.Item1])} {Mutations.Name(t.Item2)} seed {t.Item3}");
        TestContext.Out.WriteLine($"{tried} mutated corpus pages tried.");
    }

    /// <summary>Page mutations, each deterministic in its seed.</summary>
    private static class Mutations
    {
        private static readonly (string Name, Func<byte[], Random, byte[]> Apply)[] All =
        [
            ("drop tags", (b, r) => Tags(b, r, (tag, rr, sb) => { if (rr.Next(4) != 0) { sb.Append(tag); } })),
            ("duplicate tags", (b, r) => Tags(b, r, (tag, rr, sb) => sb.Append(tag).Append(rr.Next(5) == 0 ? tag : ""))),
            ("shuffle segments", Shuffle),
            ("truncate", (b, r) => b[..r.Next(b.Length + 1)]),
            ("re-encode", ReEncode),
            ("flip bytes", (b, r) => { var c = (byte[])b.Clone(); for (var i = 0; i < 200; i++) { c[r.Next(c.Length)] = (byte)r.Next(256); } return c; }),
        ];

        static Mutations() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        public static int Count => All.Length;

        public static string Name(int mutation) => All[mutation].Name;

        public static byte[] Apply(int mutation, byte[] page, int seed) => All[mutation].Apply(page, new Random(seed));

        private static byte[] Tags(byte[] page, Random random, Action<string, Random, StringBuilder> onTag)
        {
            var text = Encoding.UTF8.GetString(page);
            var sb = new StringBuilder(text.Length + 1024);
            var i = 0;
            while (i < text.Length)
            {
                var open = text.IndexOf('<', i);
                if (open < 0)
                {
                    sb.Append(text, i, text.Length - i);
                    break;
                }

                sb.Append(text, i, open - i);
                var close = text.IndexOf('>', open);
                close = close < 0 ? text.Length - 1 : close;
                onTag(text[open..(close + 1)], random, sb);
                i = close + 1;
            }

            return Encoding.UTF8.GetBytes(sb.ToString());
        }

        private static byte[] Shuffle(byte[] page, Random random)
        {
            var segments = Encoding.UTF8.GetString(page).Split('<');
            for (var k = 0; k < segments.Length / 10; k++)
            {
                var a = random.Next(segments.Length);
                var b = random.Next(segments.Length);
                (segments[a], segments[b]) = (segments[b], segments[a]);
            }

            return Encoding.UTF8.GetBytes(string.Join('<', segments));
        }

        private static byte[] ReEncode(byte[] page, Random random)
        {
            string[] names = ["gb18030", "big5", "utf-16", "windows-1258", "iso-8859-1", "shift_jis"];
            var encoding = Encoding.GetEncoding(names[random.Next(names.Length)]);
            return encoding.GetPreamble().Concat(encoding.GetBytes(Encoding.UTF8.GetString(page))).ToArray();
        }
    }
}
