using CsCheck;

namespace NewsExtract.Tests.Html;

/// <summary>
/// Random tag soup from a list of portal-style tokens: our parser and AngleSharp's must give the extractor the same blocks
/// (text, order, element kind, class/id hints, link share). Inputs come from fixed seeds and a fixed count, so a run is
/// reproducible (20,000 inputs, about 4 s); a failure is shrunk to the fewest tokens that still differ and printed.
/// </summary>
public class TagSoupPropertyTests
{
    private static readonly string[] Tokens =
    [
        "<div>", "</div>", "<div class=content>", "<div id=nav>", "<div style=\"display:none\">", "<p>", "<p class=text>", "</p>",
        "<span>", "</span>", "<br>", "</br>", "<hr>", "<h1>", "</h1>", "<h2>", "</h2>", "<h3>", "</h3>", "<ul>", "</ul>", "<ol>", "</ol>",
        "<li>", "</li>", "<dl>", "<dt>", "</dt>", "<dd>", "</dd>", "</dl>", "<center>", "</center>", "<blockquote>", "</blockquote>",
        "<address>", "</address>", "<table>", "<table width=760 class=main>", "</table>", "<caption>", "</caption>", "<thead>",
        "<tbody>", "</tbody>", "<tfoot>", "<tr>", "</tr>", "<td>", "</td>", "<a href=/x>", "<a href=/y class=more>", "</a>", "<b>",
        "</b>", "<strong>", "</strong>", "<i>", "</i>", "<em>", "</em>", "<u>", "</u>", "<small>", "</small>", "<font size=2>",
        "<font color=red face=宋体>", "</font>", "<nobr>", "</nobr>", "<sup>", "<label>", "</label>", "<img src=/a.jpg>",
        "<form action=/s>", "</form>", "<input name=q>", "<input type=hidden name=h>", "<button>", "</button>",
        "<select name=s><option>友情链接<option>新华网</select>", "<textarea>t</textarea>", "<marquee>", "</marquee>", "<object>",
        "</object>", "<applet>", "</applet>", "<script>var a='</div>';</script>", "<style>p{}</style>", "<!-- 注释 -->", "<noscript>",
        "</noscript>", "<iframe src=/ad></iframe>", "<template><p>t</p></template>", "<svg><text>s</text></svg>",
        "<math><mi>x</mi></math>", "<xmp><b>x</b></xmp>", "<body>", "</body>", "</html>",
        "新闻正文第一段。", "来源：新华网", "Tin tức", "更多>>", "&nbsp;", " ", "\n", "2024年05月01日",
    ];

    // Tokens left out, each for a difference from AngleSharp judged not worth matching (the specification tests pin our side):
    // - an unclosed <select>: AngleSharp's select parsing (the standard's before 2025) swallows the rest of the page into
    //   the select, where the extractor cannot see it; we close it with the block around it, as browsers now do.
    // - <th>/</th>: AngleSharp lets </th> close a <td> (and the text after it is moved before the table); the standard
    //   ignores the mismatched end tag and keeps the text in the cell, as we do.
    // - <pre>: a <pre> moved out of a table makes AngleSharp put the table's next cell or caption outside the table too.
    // - an unclosed <svg> before raw-text tags: we read <script>, <style>, <xmp>… inside svg as raw text, where the standard
    //   tokenizes them (so a <b> in them breaks out of the svg); svg is skipped by the extractor either way.
    // - <colgroup> followed by text: the standard keeps leading white space in the column group and moves the rest before
    //   the table; we move it all (one space more or less).
    // - <frameset>, <plaintext>: AngleSharp's body is the frameset itself, ours holds it; plaintext has its own tests.
    private static readonly Gen<string[]> Soup = Gen.OneOf(Tokens).Array[1, 60];

    [Test]
    public void Random_tag_soup_gives_the_same_blocks_as_angle_sharp()
    {
        const int Inputs = 20_000;
        var failures = new List<string>();
        for (var i = 0; i < Inputs && failures.Count < 5; i++)
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
