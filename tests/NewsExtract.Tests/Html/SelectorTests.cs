using NewsExtract.Html;

namespace NewsExtract.Tests.Html;

/// <summary>The CSS subset <see cref="HtmlSelector"/> supports for site profiles, each form on one small page.</summary>
public class SelectorTests
{
    private const string Page =
        "<div id=main class='article  body'><h1 class=title>标题</h1><p class=lead lang=vi-VN>lead</p>"
        + "<p data-x=\"abc-def\">one</p><span>s</span><p class=\"note lead2\">two</p></div><div class=footer><p>foot</p></div>";

    private static readonly HtmlElement Body = HtmlDocument.Parse(Page).Body;

    // The matched elements, each as its name and text.
    private static string Select(string selector) =>
        string.Join(", ", HtmlSelector.Parse(selector).Select(Body).Select(e => $"{e.Name}:{e.TextContent}"));

    [TestCase("h1", "h1:标题")]
    [TestCase("H1", "h1:标题")]
    [TestCase("#main > h1", "h1:标题")]
    [TestCase(".title", "h1:标题")]
    [TestCase("div.article.body > p.lead", "p:lead")]
    [TestCase("*.footer p", "p:foot")]
    [TestCase("[data-x]", "p:one")]
    [TestCase("[data-x=abc-def]", "p:one")]
    [TestCase("[data-x='abc-def']", "p:one")]
    [TestCase("[class~=lead2]", "p:two")]
    [TestCase("[lang|=vi]", "p:lead")]
    [TestCase("[data-x^=abc]", "p:one")]
    [TestCase("[data-x$=def]", "p:one")]
    [TestCase("[data-x*=c-d]", "p:one")]
    [TestCase("p:first-child", "p:foot")]
    [TestCase("#main p:last-child", "p:two")]
    [TestCase("h1 + p", "p:lead")]
    [TestCase("h1 ~ p", "p:lead, p:one, p:two")]
    [TestCase("span + p", "p:two")]
    [TestCase("#main   p.lead", "p:lead")]
    [TestCase("h1, .footer p", "h1:标题, p:foot")]
    [TestCase("#main > p:nth-of-type(2)", "p:one")]
    [TestCase("#main > p:nth-of-type( 3 )", "p:two")]
    [TestCase("#main > p:nth-of-type(4)", "")]
    [TestCase("span:nth-of-type(1)", "span:s")]
    public void Each_supported_form_matches_what_css_says(string selector, string expected) =>
        Assert.That(Select(selector), Is.EqualTo(expected));

    [TestCase("[class=lead]", "p:lead")]
    [TestCase(".lead", "p:lead")]
    [TestCase(".article", "div:标题leadonestwo")]
    public void A_class_selector_matches_whole_words_and_an_equals_selector_the_whole_value(string selector, string expected) =>
        Assert.That(Select(selector), Is.EqualTo(expected));

    [TestCase("[data-x^='']")]
    [TestCase("[data-x$='']")]
    [TestCase("[data-x*='']")]
    public void Substring_selectors_with_an_empty_value_match_nothing(string selector) =>
        Assert.That(Select(selector), Is.Empty);

    [Test]
    public void The_root_itself_can_match() =>
        Assert.That(HtmlSelector.Parse("body").Select(Body).Single(), Is.SameAs(Body));

    [TestCase("p:nth-child(2)")]
    [TestCase("p:not(.lead)")]
    [TestCase("p:nth-of-type(2n+1)")]
    [TestCase("p:nth-of-type(0)")]
    [TestCase("p:nth-of-type")]
    [TestCase("p:nth-of-type(2")]
    [TestCase("a:hover")]
    [TestCase("p::before")]
    [TestCase("")]
    [TestCase("div >")]
    [TestCase("div,")]
    [TestCase("[data-x")]
    [TestCase("[data-x='abc]")]
    [TestCase("[data-x!=abc]")]
    [TestCase("div$")]
    [TestCase("#")]
    public void Unsupported_or_malformed_selectors_throw_a_format_exception(string selector) =>
        Assert.That(() => HtmlSelector.Parse(selector), Throws.TypeOf<FormatException>());
}
