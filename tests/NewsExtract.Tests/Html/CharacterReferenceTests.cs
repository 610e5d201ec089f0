using NewsExtract.Html;

namespace NewsExtract.Tests.Html;

/// <summary>How <see cref="CharacterReferences"/> decodes named and numeric references, in text and in attribute values.</summary>
public class CharacterReferenceTests
{
    private static string Text(string html) => CharacterReferences.Decode(html, inAttribute: false);

    private static string Attribute(string html) => CharacterReferences.Decode(html, inAttribute: true);

    [TestCase("&amp;&lt;&gt;&quot;&apos;", "&<>\"'")]
    [TestCase("&ldquo;新闻&rdquo;", "\u201C新闻\u201D")]
    [TestCase("&nbsp;", "\u00A0")]
    [TestCase("&CounterClockwiseContourIntegral;", "\u2233")]
    public void Named_references_with_their_semicolon_are_decoded(string html, string expected) =>
        Assert.That(Text(html), Is.EqualTo(expected));

    [Test]
    public void Names_are_case_sensitive() =>
        Assert.That(Text("&AMP; &Amp;"), Is.EqualTo("& &Amp;"));

    [TestCase("&#20013;&#25991;", "中文")]
    [TestCase("&#x4E2D;&#X6587;", "中文")]
    [TestCase("&#x1F600;", "\U0001F600")]
    [TestCase("&#65", "A")]
    public void Decimal_and_hexadecimal_references_are_decoded_with_or_without_a_semicolon(string html, string expected) =>
        Assert.That(Text(html), Is.EqualTo(expected));

    [TestCase("&#150;", "\u2013")]
    [TestCase("&#147;&#148;", "\u201C\u201D")]
    [TestCase("&#x80;", "\u20AC")]
    [TestCase("&#x81;", "\u0081")]
    public void Numeric_references_in_the_C1_range_mean_what_Windows_1252_puts_there(string html, string expected) =>
        Assert.That(Text(html), Is.EqualTo(expected));

    [TestCase("&#0;")]
    [TestCase("&#xD800;")]
    [TestCase("&#x110000;")]
    [TestCase("&#99999999999999999999;")]
    public void Null_surrogate_and_out_of_range_references_become_the_replacement_character(string html) =>
        Assert.That(Text(html), Is.EqualTo("\uFFFD"));

    [TestCase("& ", "& ")]
    [TestCase("&#;", "&#;")]
    [TestCase("&#x;", "&#x;")]
    [TestCase("&unknown;", "&unknown;")]
    [TestCase("AT&T", "AT&T")]
    [TestCase("&", "&")]
    public void What_is_not_a_reference_stays_as_written(string html, string expected) =>
        Assert.That(Text(html), Is.EqualTo(expected));

    [Test]
    public void Legacy_entity_without_semicolon_is_decoded_in_text_but_not_before_equals_in_an_attribute()
    {
        Assert.That(Text("a&nbspb &copy 2024 &lt3"), Is.EqualTo("a\u00A0b \u00A9 2024 <3"));
        Assert.That(Attribute("/list?id=1&copy=2&lang=vi"), Is.EqualTo("/list?id=1&copy=2&lang=vi"));
    }

    [Test]
    public void In_an_attribute_a_legacy_name_before_a_letter_or_digit_stays_but_one_before_other_characters_is_decoded() =>
        Assert.That(Attribute("&copyright &copy2 &copy;x &copy x"), Is.EqualTo("&copyright &copy2 \u00A9x \u00A9 x"));

    [Test]
    public void Without_its_semicolon_the_longest_legacy_name_prefixing_the_run_is_decoded() =>
        Assert.That(Text("&notit; &notin;"), Is.EqualTo("\u00ACit; \u2209"));

    [Test]
    public void Text_without_references_is_returned_as_the_same_instance()
    {
        const string text = "no references here";
        Assert.That(Text(text), Is.SameAs(text));
    }

    [Test]
    public void A_reference_to_a_combining_mark_is_composed_with_its_letter_when_the_pipeline_asks()
    {
        // ơ followed by &#769; (combining acute): NFC makes it ớ, as the rest of a decoded page already is.
        Assert.That(NewsExtract.Html.HtmlDocument.Parse("<p>S\u01A1&#769;</p>", composeReferences: true).Body.TextContent, Is.EqualTo("S\u1EDB"));
        Assert.That(NewsExtract.Html.HtmlDocument.Parse("<p>S\u01A1&#769;</p>").Body.TextContent, Is.EqualTo("S\u01A1\u0301"));
    }
}
