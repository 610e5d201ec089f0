using NewsExtract.Html;

namespace NewsExtract.Tests.Html;

/// <summary>Names are looked up through a packed table for short ones and a dictionary for the rest, with one answer.</summary>
public class HtmlNamesTests
{
    private static readonly string[] Known =
        ["a", "p", "div", "li", "table", "template", "noscript", "blockquote", "figcaption", "class", "data-original", "http-equiv", "itemprop"];

    [TestCaseSource(nameof(Known))]
    public void A_known_name_gives_its_shared_instance_whatever_its_length(string name)
    {
        var shared = HtmlNames.Of(name);
        Assert.That(HtmlNames.Of(new string(name.AsSpan())), Is.SameAs(shared));
        Assert.That(shared, Is.EqualTo(name));
    }

    [TestCase("custom")]
    [TestCase("my-widget-element")]
    [TestCase("ab\u0100")]
    [TestCase("d\u00e9j\u00e0")]
    [TestCase("div\0")]
    [TestCase("divdivdi")]
    [TestCase("divdivdiv")]
    public void An_unknown_name_is_its_own_string_with_no_category(string name)
    {
        Assert.That(HtmlNames.Of(name), Is.EqualTo(name));
        Assert.That(HtmlNames.CategoryOf(name), Is.EqualTo(ElementCategory.None));
    }

    [Test]
    public void Categories_come_with_the_name()
    {
        Assert.That(HtmlNames.CategoryOf("table"), Is.EqualTo(HtmlNames.CategoryOf(new string("table".AsSpan()))));
        Assert.That(HtmlNames.CategoryOf("br").HasFlag(ElementCategory.Void), Is.True);
        Assert.That(HtmlNames.CategoryOf("template").HasFlag(ElementCategory.Special), Is.True);
        Assert.That(HtmlNames.CategoryOf("blockquote").HasFlag(ElementCategory.ClosesParagraph), Is.True);
    }

    [Test]
    public void The_packed_table_finds_every_name_it_was_built_with_and_nothing_else()
    {
        var names = Enumerable.Range(0, 2000).Select(i => $"n{i}").Concat(["a", "\u00ff", "abcdefgh"]).ToArray();
        var table = new ShortNameTable<int>(names.Select((n, i) => (n, i)));
        for (var i = 0; i < names.Length; i++)
        {
            Assert.That(table.TryGetValue(names[i], out var value) && value == i, Is.True, names[i]);
        }

        Assert.That(table.TryGetValue("n2000", out _), Is.False);
        Assert.That(table.TryGetValue("abcdefghi", out _), Is.False);
        Assert.That(table.TryGetValue("", out _), Is.False);
    }
}
