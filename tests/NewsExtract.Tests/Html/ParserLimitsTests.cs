using System.Text;
using NewsExtract.Html;

namespace NewsExtract.Tests.Html;

/// <summary>
/// The parser's bounds on hostile markup, asserted through what it counted as it built the tree
/// (<see cref="HtmlDocument.Counters"/>): nodes stop at the node limit while the tree is built, copies of formatting
/// elements stay within the page's budget, reconstruction nests no deeper than the depth limit. Inputs are generated.
/// </summary>
public class ParserLimitsTests
{
    private static readonly string SixtyFourOpenFormattingElements = string.Concat(Enumerable.Range(0, 64).Select(i => $"<b class=c{i}>"));

    // A paragraph holding 64 distinct unclosed <b>, then `paragraphs` more of 20 characters of text each: by the standard
    // each reopens all 64.
    private static string FormattingThenParagraphs(int paragraphs)
    {
        var html = new StringBuilder("<p>").Append(SixtyFourOpenFormattingElements);
        for (var i = 0; i < paragraphs; i++)
        {
            html.Append("<p>越南国会今天通过了关于修订土地法的决议");
        }

        return html.ToString();
    }

    private static int CountNodes(HtmlElement root) => 1 + root.Descendants().Count();

    [Test]
    public void Node_creation_stops_at_the_node_limit_while_the_tree_is_built()
    {
        var html = string.Concat(Enumerable.Repeat("<p>段落</p>", 10_000));
        var document = HtmlDocument.Parse(html, maxNodes: 1_000);

        Assert.Multiple(() =>
        {
            Assert.That(document.Counters.StoppedAtNodeLimit, Is.True);
            Assert.That(document.Counters.Nodes, Is.EqualTo(1_000));
            // The tree holds no more than was counted (html, head and body are made even when the limit came first).
            Assert.That(CountNodes(document.DocumentElement), Is.LessThanOrEqualTo(1_000 + 3));
            Assert.That(document.Body.Name, Is.EqualTo("body"));
        });
    }

    [Test]
    public void A_page_within_the_node_limit_is_built_whole() =>
        Assert.That(HtmlDocument.Parse("<p>a</p><p>b</p>", maxNodes: 100).Counters, Has.Property(nameof(HtmlParseCounters.StoppedAtNodeLimit)).False.And.Property(nameof(HtmlParseCounters.Nodes)).EqualTo(7));

    [Test]
    public void A_page_makes_at_most_its_share_of_nodes_whatever_the_caller_allows()
    {
        var html = string.Concat(Enumerable.Repeat("<p>x", 200_000));
        var counters = HtmlDocument.Parse(html, maxNodes: int.MaxValue).Counters;

        Assert.Multiple(() =>
        {
            Assert.That(counters.StoppedAtNodeLimit, Is.True);
            Assert.That(counters.Nodes, Is.EqualTo(counters.NodeLimit));
            Assert.That(counters.NodeLimit, Is.EqualTo(65_536 + (html.Length / 16)), "one node per 16 characters beyond a floor, not one per 4 as the markup asks");
        });
    }

    [Test]
    public void Formatting_left_open_before_many_paragraphs_is_copied_within_the_pages_budget()
    {
        // By the standard each of the 50,000 paragraphs reopens 64 elements: 3.2 million copies from 1.15 million characters.
        var html = FormattingThenParagraphs(50_000);
        var counters = HtmlDocument.Parse(html).Counters;

        Assert.Multiple(() =>
        {
            Assert.That(counters.CopyBudgetSpent, Is.True);
            Assert.That(counters.Copies, Is.LessThanOrEqualTo(counters.CopyBudget));
            Assert.That(counters.CopyBudget, Is.LessThan(html.Length / 32), "copies stay a small share of the page");
            Assert.That(counters.Nodes, Is.LessThan(html.Length / 8));
            Assert.That(counters.StoppedAtNodeLimit, Is.False);
        });
    }

    [Test]
    public void Past_the_copy_budget_the_text_is_still_placed_in_its_paragraph()
    {
        var document = HtmlDocument.Parse(FormattingThenParagraphs(50_000));
        var last = document.Body.LastChild as HtmlElement;

        Assert.That(last, Is.Not.Null);
        Assert.That(last!.Name, Is.EqualTo("p"));
        Assert.That(last.TextContent, Is.EqualTo("越南国会今天通过了关于修订土地法的决议"));
    }

    [Test]
    public void A_few_paragraphs_reopen_their_formatting_as_the_standard_says()
    {
        var document = HtmlDocument.Parse(FormattingThenParagraphs(3));
        var counters = document.Counters;

        Assert.Multiple(() =>
        {
            Assert.That(counters.Copies, Is.EqualTo(3 * 64));
            Assert.That(counters.CopyBudgetSpent, Is.False);
        });
    }

    [Test]
    public void Reconstruction_nests_no_deeper_than_the_depth_limit()
    {
        // Depth limit 20. Ten divs, a paragraph and seven <i> fill it (the rest of the <i> are read flat); after </p> five
        // more divs leave room for three: the text that follows reopens three of the seven, not all.
        var divs = string.Concat(Enumerable.Repeat("<div>", 10));
        var html = divs + "<p>" + string.Concat(Enumerable.Range(0, 15).Select(i => $"<i class=c{i}>")) + "a</p>" + string.Concat(Enumerable.Repeat("<div>", 5)) + "b";
        var document = HtmlDocument.Parse(html, maxDepth: 20);

        Assert.Multiple(() =>
        {
            Assert.That(document.Counters.Copies, Is.EqualTo(3));
            Assert.That(MaxDepth(document.DocumentElement), Is.LessThanOrEqualTo(20));
            Assert.That(document.Body.TextContent.Replace(" ", "", StringComparison.Ordinal), Is.EqualTo("ab"));
        });
    }

    [Test]
    public void At_most_three_alike_formatting_elements_are_reopened_the_noahs_ark_clause()
    {
        var document = HtmlDocument.Parse("<p><b><b><b><b><b>x<p>y");
        Assert.That(document.Counters.Copies, Is.EqualTo(3));
    }

    [Test]
    public void The_pipeline_reports_the_copy_budget_and_the_node_limit_as_truncation()
    {
        var extractor = new ArticleExtractor(ExtractionOptions.Default with { Limits = ExtractionLimits.Default with { MaxNodes = 50_000 } });
        var article = extractor.ExtractHtml(FormattingThenParagraphs(50_000));

        Assert.Multiple(() =>
        {
            Assert.That(article.Diagnostics.Truncated, Is.True);
            Assert.That(article.Diagnostics.Notes.Select(n => n.Code), Does.Contain("limit.nodes"));
        });

        var unlimited = ArticleExtractor.Default.ExtractHtml(FormattingThenParagraphs(50_000));
        Assert.That(unlimited.Diagnostics.Notes.Select(n => n.Code), Does.Contain("limit.formatting"));
    }

    private static int MaxDepth(HtmlElement root)
    {
        var deepest = 0;
        foreach (var node in root.Descendants())
        {
            var depth = 0;
            for (var at = node.Parent; at is not null; at = at.Parent)
            {
                depth++;
            }

            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }
}
