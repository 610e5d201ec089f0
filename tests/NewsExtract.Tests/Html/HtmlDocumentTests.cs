using NewsExtract.Html;

namespace NewsExtract.Tests.Html;

/// <summary>What <see cref="HtmlDocument"/> offers beyond the tree: the title, quirks mode and the nesting cap.</summary>
public class HtmlDocumentTests
{
    [Test]
    public void The_title_is_the_first_title_element_with_white_space_collapsed() =>
        Assert.That(HtmlDocument.Parse("<title>\n  上半年经济 &amp;\t运行  </title><title>second</title>").Title, Is.EqualTo("上半年经济 & 运行"));

    [Test]
    public void A_title_in_the_body_still_counts() =>
        Assert.That(HtmlDocument.Parse("<body><p>x</p><title>late title</title>").Title, Is.EqualTo("late title"));

    [Test]
    public void A_title_inside_svg_is_not_the_page_title() =>
        Assert.That(HtmlDocument.Parse("<body><svg><title>icon</title></svg><title>page</title>").Title, Is.EqualTo("page"));

    [Test]
    public void A_page_without_a_title_has_none() =>
        Assert.That(HtmlDocument.Parse("<p>x</p>").Title, Is.Null);

    [Test]
    public void Every_document_has_a_head_and_a_body_even_when_empty()
    {
        var document = HtmlDocument.Parse("");
        Assert.That(TreeNotation.Of(document.DocumentElement), Is.EqualTo("<html><head></head><body></body></html>"));
        Assert.That(document.Head.Parent, Is.SameAs(document.DocumentElement));
    }

    [TestCase("<p>x", true)]
    [TestCase("<!DOCTYPE html><p>x", false)]
    [TestCase("<p>x<!DOCTYPE html>", true)]
    public void Quirks_mode_comes_from_a_doctype_before_any_tag(string html, bool quirks) =>
        Assert.That(HtmlDocument.Parse(html).IsQuirks, Is.EqualTo(quirks));

    [Test]
    public void Nesting_past_the_depth_limit_is_read_flat_and_reported()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 6)) + "a<span>b</span>c";
        var document = HtmlDocument.Parse(html, maxDepth: 5);
        Assert.That(document.NestingCapped, Is.True);
        // Each tag past the limit reads as a space; a run of them as one, joined to the text that follows.
        Assert.That(TreeNotation.Of(document.Body), Is.EqualTo("<body><div><div><div> a b c</div></div></div></body>"));
        Assert.That(document.Body.TextContent.Replace(" ", "", StringComparison.Ordinal), Is.EqualTo("abc"));
        Assert.That(HtmlDocument.Parse(html).NestingCapped, Is.False);
    }

    [Test]
    public void Hidden_elements_past_the_depth_limit_are_dropped_with_their_content()
    {
        var html = "<div><div><div><div style=\"display:none\">hidden<p>more</p></div>shown";
        var document = HtmlDocument.Parse(html, maxDepth: 4);
        Assert.That(document.Body.TextContent, Does.Not.Contain("hidden").And.Not.Contain("more").And.Contain("shown"));
    }

    [Test]
    public void The_element_walk_visits_an_element_and_its_subtree_in_document_order_only()
    {
        var document = HtmlDocument.Parse("<div id=a><p>x<b>y</b></p>text<ul><li>1<li>2</ul></div><div id=after><i>z</i></div>");
        var first = document.Body.FirstChild as HtmlElement;
        var walked = new List<HtmlElement>();
        foreach (var element in first!.SelfAndDescendantElements())
        {
            walked.Add(element);
        }

        Assert.That(walked.Select(e => e.Name), Is.EqualTo(new[] { "div", "p", "b", "ul", "li", "li" }));
        Assert.That(walked.Skip(1), Is.EqualTo(first.DescendantElements()));
        Assert.That(first.HasDescendant("li"), Is.True);
        Assert.That(first.HasDescendant("i"), Is.False);
        Assert.That(first.HasDescendant("div"), Is.False);
    }

    [Test]
    public void Attribute_values_read_the_same_as_spans_and_as_strings()
    {
        var body = HtmlDocument.Parse("<body class=\"a&amp;b\" hidden data-x='' id=main>").Body;
        Assert.That(body.TryGetAttribute("class", out var decoded) && decoded.SequenceEqual("a&b"), Is.True);
        Assert.That(body.GetAttribute("class"), Is.EqualTo("a&b"));
        Assert.That(body.TryGetAttribute("hidden", out var empty) && empty.IsEmpty, Is.True);
        Assert.That(body.GetAttribute("hidden"), Is.EqualTo(""));
        Assert.That(body.HasAttribute("data-x"), Is.True);
        Assert.That(body.TryGetAttribute("style", out _), Is.False);
        Assert.That(body.GetAttribute("style"), Is.Null);
        Assert.That(body.GetAttribute("id"), Is.EqualTo("main"));
    }
}
