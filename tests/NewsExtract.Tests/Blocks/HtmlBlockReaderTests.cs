using CsCheck;
using NewsExtract.Blocks;
using NewsExtract.Html;
using NewsExtract.Text;

namespace NewsExtract.Tests.Blocks;

/// <summary>
/// How the block reader turns a paragraph's text nodes into a block: every run of white space (and zero-width space or
/// BOM) between words becomes one space, none at either end, whatever inline markup the words sit in.
/// </summary>
public class HtmlBlockReaderTests
{
    // Words (Vietnamese syllables, Chinese, punctuation) and every kind of break between them.
    private static readonly string[] Pieces =
    [
        "Công", "tác", "giải", "phóng", "mặt", "bằng", "新华社", "记者", "，", "。", "2024", "a", " ", " ", " ", "  ", "\n", "\t",
        "\u00A0", "\u3000", "\u200B", "\uFEFF", " \n ",
    ];

    private static readonly Gen<string> Text = Gen.OneOf(Pieces.Select(Gen.Const).ToArray()).Array[0, 12].Select(string.Concat);

    // A paragraph's content: text, some of it inside a link or an inline element.
    private static readonly Gen<(string Text, int Kind)[]> Segments = Gen.Select(Text, Gen.Int[0, 2]).Array[1, 6];

    private static bool Breaks(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    [Test]
    public void A_paragraph_reads_as_its_words_joined_by_single_spaces_with_its_link_share() =>
        Segments.Sample(segments =>
        {
            var html = "<body><p>" + string.Concat(segments.Select(s => s.Kind switch
            {
                1 => $"<a href=\"/x\">{s.Text}</a>",
                2 => $"<b>{s.Text}</b>",
                _ => s.Text,
            })) + "</p>";
            var all = string.Concat(segments.Select(s => s.Text));
            var expected = string.Join(' ', SplitOnBreaks(all));
            var linkChars = segments.Where(s => s.Kind == 1).Sum(s => s.Text.Count(c => !Breaks(c)));

            var blocks = HtmlBlockReader.Read(HtmlDocument.Parse(html).Body, ExtractionLimits.Default, default).Blocks;
            if (expected.Length == 0)
            {
                Assert.That(blocks, Is.Empty, html);
                return;
            }

            Assert.That(blocks, Has.Count.EqualTo(1), html);
            Assert.That(blocks[0].Text, Is.EqualTo(expected), html);
            Assert.That(blocks[0].LinkChars, Is.EqualTo(linkChars), html);
            Assert.That(blocks[0].Metrics, Is.EqualTo(TextMetrics.Of(expected)), html);
        }, iter: 5_000);

    [TestCase("Công tác  giải\nphóng", "Công tác giải phóng")]
    [TestCase(" Công tác ", "Công tác")]
    [TestCase("a \u200B b", "a b")]
    [TestCase("a\u00A0b c", "a b c")]
    public void White_space_between_words_collapses_to_one_space(string text, string expected) =>
        Assert.That(HtmlBlockReader.Read(HtmlDocument.Parse($"<p>{text}</p>").Body, ExtractionLimits.Default, default).Blocks.Single().Text, Is.EqualTo(expected));

    private static IEnumerable<string> SplitOnBreaks(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !Breaks(text[i]))
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    // A page of nested block elements: lists of items, each holding a heading and a paragraph, some with class and id words.
    private static readonly Gen<string> Nested = Gen.Int[0, 3].Array[1, 12].Select(shape =>
    {
        var html = new System.Text.StringBuilder("<body>");
        var open = new Stack<string>();
        for (var i = 0; i < shape.Length; i++)
        {
            switch (shape[i])
            {
                case 0:
                    html.Append(System.Globalization.CultureInfo.InvariantCulture, $"<div class=\"Box b{i % 3}\">");
                    open.Push("div");
                    break;
                case 1:
                    html.Append("<ul id=List><li>item one</li><li class=x>item two</li><li>item three</li></ul>");
                    break;
                case 2:
                    html.Append("<section><h3>heading</h3><p>paragraph</p></section>");
                    break;
                default:
                    if (open.Count > 0)
                    {
                        html.Append("</").Append(open.Pop()).Append('>');
                    }

                    break;
            }
        }

        return html.ToString();
    });

    [Test]
    public void A_block_carries_the_words_of_its_eight_nearest_holding_elements() =>
        Nested.Sample(AssertHints, iter: 2_000);

    [Test]
    public void Equal_parent_hints_over_a_different_number_of_levels_give_each_child_its_own()
    {
        // Both paragraphs' parents have the hints "div div div div div div div div body ": the first over eight levels
        // (body itself is past the eighth), the second over seven, so the first child keeps seven of its parent's eight
        // levels and the second all seven.
        var deep = "<div class=body>" + string.Concat(Enumerable.Repeat("<div>", 7)) + "<p>deep</p>" + string.Concat(Enumerable.Repeat("</div>", 8));
        var shallow = "<div><div class=div><div class=div><div><div><div><p>shallow</p></div></div></div></div></div></div>";
        AssertHints("<body>" + deep + shallow);
    }

    private static void AssertHints(string html)
    {
        var body = HtmlDocument.Parse(html).Body;
        foreach (var block in HtmlBlockReader.Read(body, ExtractionLimits.Default, default).Blocks)
        {
            // The holding elements from the block's own up to the body, where the reading starts.
            var levels = new List<string>();
            for (var element = block.Element; element is not null && element != body.Parent; element = element.Parent)
            {
                if (ElementKinds.IsBlock(element.Name))
                {
                    levels.Add(string.Concat(new[] { element.Name, element.GetAttribute("class"), element.GetAttribute("id") }
                        .Where(w => !string.IsNullOrEmpty(w)).Select(w => w!.ToLowerInvariant() + " ")));
                }
            }

            Assert.That(block.Hints, Is.EqualTo(string.Concat(levels.Take(8))), html);
            Assert.That(block.NearHints, Is.EqualTo(string.Concat(levels.Take(2))), html);
        }
    }
}
