using CsCheck;

namespace NewsExtract.Tests.Html;

/// <summary>
/// Random tag soup from a list of portal-style tokens: our parser and AngleSharp's must give the extractor the same blocks
/// (text, order, element kind, class/id hints, link share). Inputs come from fixed seeds and a fixed count, so a run is
/// reproducible; a failure is shrunk to the fewest tokens that still differ and printed.
/// </summary>
public class TagSoupPropertyTests
{
    private static readonly string[] Tokens =
    [
        "<div>", "</div>", "<div class=content>", "<div id=nav>", "<p>", "</p>", "<span>", "</span>", "<br>", "</br>", "<h1>", "</h1>",
        "<h2>", "</h2>", "<ul>", "</ul>", "<ol>", "</ol>", "<li>", "</li>", "<dl>", "<dt>", "<dd>", "</dl>",
        "<table>", "</table>", "<table width=760 class=main>", "<tbody>", "</tbody>", "<tr>", "</tr>", "<td>", "</td>",
        "<caption>", "</caption>", "<center>", "</center>", "<blockquote>", "</blockquote>", "<hr>",
        "<a href=/x>", "<a href=/y class=more>", "</a>", "<b>", "</b>", "<strong>", "</strong>", "<i>", "</i>", "<font size=2>",
        "<font color=red face=宋体>", "</font>", "<img src=/a.jpg>", "<form action=/s>", "</form>", "<input name=q>",
        "<script>var a='</div>';</script>", "<style>p{}</style>", "<!-- 注释 -->", "<noscript>", "</noscript>", "<iframe src=/ad></iframe>",
        "<body>", "</body>", "</html>", "<nobr>", "</nobr>", "<address>", "</address>",
        "新闻正文第一段。", "来源：新华网", "Tin tức", "更多>>", "&nbsp;", " ", "\n", "2024年05月01日", "<marquee>", "</marquee>", "<object>", "</object>", "<button>", "</button>", "<em>", "</em>", "<u>", "</u>", "<small>", "</small>", "<p class=text>", "<div style=\"display:none\">", "<h3>", "</h3>", "<tfoot>", "<thead>", "<img src=/b.gif>", "<input type=hidden name=h>", "<label>", "</label>", "<sup>", "<nobr>", "<font color=#ff0000>", "<b>", "<a href=/z>", "</a>", "</p>", "</span>",
    ];

    // Tokens left out, each for a difference judged not worth matching (see the differential tests for the cases):
    // - <select> and <textarea>: an unclosed select swallows the rest of the page in AngleSharp's (pre-2025) select
    //   parsing, which no longer matches browsers; an unclosed textarea swallows it in both and hides it from both.
    // - <svg>/<math>, <frameset>, <plaintext>, <xmp>, <template>: rare on news pages and covered by the specification tests.
    private static readonly Gen<string[]> Soup = Gen.OneOf(Tokens).Array[1, 60];

    [Test]
    public void Random_tag_soup_gives_the_same_blocks_as_angle_sharp()
    {
        const int Inputs = 30_000;
        var failures = new List<string>();
        for (var i = 0; i < Inputs && failures.Count < 12; i++)
        {
            var tokens = Soup.Generate(new PCG(1, (ulong)i), null, out _);
            if (Differs(tokens))
            {
                var shrunk = Shrink(tokens);
                var html = string.Concat(shrunk);
                failures.Add($"input {i}: {html}\n-- ours:\n{ReferenceParser.OurBlocks(html)}-- AngleSharp:\n{ReferenceParser.ReferenceBlocks(html)}");
            }
        }

        Assert.That(failures, Is.Empty, string.Join("\n", failures));
    }

    private static bool Differs(string[] tokens)
    {
        var html = string.Concat(tokens);
        return ReferenceParser.OurBlocks(html) != ReferenceParser.ReferenceBlocks(html);
    }

    // Drops one token at a time while the difference stays.
    private static string[] Shrink(string[] tokens)
    {
        var smaller = true;
        while (smaller)
        {
            smaller = false;
            for (var i = 0; i < tokens.Length; i++)
            {
                var without = tokens.Where((_, k) => k != i).ToArray();
                if (Differs(without))
                {
                    tokens = without;
                    smaller = true;
                    break;
                }
            }
        }

        return tokens;
    }
}
