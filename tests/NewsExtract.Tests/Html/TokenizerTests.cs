using System.Text;
using NewsExtract.Html;

namespace NewsExtract.Tests.Html;

/// <summary>What <see cref="HtmlTokenizer"/> makes of markup: one small fixture per rule, tokens written compactly.</summary>
public class TokenizerTests
{
    // Tokens as "<p a=1>", "</p>", "'text'", "<!---->" (a comment, its text not kept), "<!doctype quirks>"; raw-text
    // elements are read through to their end tag; with `foreign`, CDATA sections are allowed (the current node is svg).
    private static string Tokens(string html, bool foreign = false)
    {
        var tokenizer = new HtmlTokenizer(html) { AllowCData = foreign };
        var result = new List<string>();
        while (tokenizer.Next() is var kind && kind != HtmlTokenKind.EndOfFile)
        {
            switch (kind)
            {
                case HtmlTokenKind.Text:
                    result.Add($"'{tokenizer.Text}'");
                    break;
                case HtmlTokenKind.Doctype:
                    result.Add(tokenizer.DoctypeMeansQuirks ? "<!doctype quirks>" : "<!doctype>");
                    break;
                case HtmlTokenKind.EndTag:
                    result.Add($"</{tokenizer.Name}>");
                    break;
                case HtmlTokenKind.Comment:
                    result.Add("<!---->");
                    break;
                default:
                    result.Add(StartTag(tokenizer));
                    if (RawKind(tokenizer.Name) is { } raw)
                    {
                        result.Add($"raw'{tokenizer.ReadRawText(tokenizer.Name, raw)}'");
                    }

                    break;
            }
        }

        return string.Join(" ", result);
    }

    private static string StartTag(HtmlTokenizer tokenizer)
    {
        var tag = new StringBuilder("<").Append(tokenizer.Name);
        foreach (var attribute in tokenizer.Attributes)
        {
            tag.Append(' ').Append(attribute.Name).Append("=\"").Append(attribute.Value).Append('"');
        }

        return tag.Append(tokenizer.SelfClosing ? "/>" : ">").ToString();
    }

    private static RawTextKind? RawKind(string name) => name switch
    {
        "script" => RawTextKind.Script,
        "style" or "xmp" or "iframe" => RawTextKind.RawText,
        "title" or "textarea" => RawTextKind.RcData,
        "plaintext" => RawTextKind.PlainText,
        _ => null,
    };

    [Test]
    public void Tag_names_are_lower_cased_and_text_between_them_is_one_token() =>
        Assert.That(Tokens("<DIV>Hello <B>world</B></Div>"), Is.EqualTo("<div> 'Hello ' <b> 'world' </b> </div>"));

    [Test]
    public void Attribute_values_may_be_double_quoted_single_quoted_or_unquoted() =>
        Assert.That(Tokens("<a href=\"/x y\" title='它\"s' class=nav>"), Is.EqualTo("<a href=\"/x y\" title=\"它\"s\" class=\"nav\">"));

    [Test]
    public void Attribute_names_are_lower_cased_and_the_first_of_a_duplicated_name_wins() =>
        Assert.That(Tokens("<p CLASS=a Class=b id=c>"), Is.EqualTo("<p class=\"a\" id=\"c\">"));

    [Test]
    public void An_attribute_without_a_value_has_an_empty_one() =>
        Assert.That(Tokens("<input disabled name = q>"), Is.EqualTo("<input disabled=\"\" name=\"q\">"));

    [Test]
    public void An_unquoted_value_runs_to_white_space_or_the_end_of_the_tag_and_may_hold_a_slash() =>
        Assert.That(Tokens("<a href=/news/1.html>x"), Is.EqualTo("<a href=\"/news/1.html\"> 'x'"));

    [Test]
    public void A_self_closing_slash_is_reported_and_a_stray_slash_is_ignored() =>
        Assert.That(Tokens("<br/><img / src=a.jpg>"), Is.EqualTo("<br/> <img src=\"a.jpg\">"));

    [Test]
    public void End_tags_carry_no_attributes() =>
        Assert.That(Tokens("</p class=x>"), Is.EqualTo("</p>"));

    [Test]
    public void A_less_than_sign_not_followed_by_a_letter_is_text() =>
        Assert.That(Tokens("1 < 2 <3 <> a<"), Is.EqualTo("'1 < 2 <3 <> a<'"));

    [Test]
    public void A_tag_cut_off_by_the_end_of_the_page_is_dropped() =>
        Assert.That(Tokens("text<a href=\"/x"), Is.EqualTo("'text'"));

    [Test]
    public void A_tag_name_cut_off_by_the_end_of_the_page_is_dropped() =>
        Assert.That(Tokens("text<di"), Is.EqualTo("'text'"));

    [Test]
    public void A_comment_is_a_token_without_its_text() =>
        Assert.That(Tokens("a<!-- <p>hidden</p> -->b"), Is.EqualTo("'a' <!----> 'b'"));

    [Test]
    public void The_shortest_comments_end_at_their_first_greater_than_sign() =>
        Assert.That(Tokens("a<!-->b<!--->c"), Is.EqualTo("'a' <!----> 'b' <!----> 'c'"));

    [Test]
    public void A_comment_ends_at_dash_dash_bang_greater_than_too() =>
        Assert.That(Tokens("FOO<!-- BAR --!>BAZ"), Is.EqualTo("'FOO' <!----> 'BAZ'"));

    [Test]
    public void Dashes_and_bangs_that_do_not_end_a_comment_stay_in_it() =>
        Assert.That(Tokens("a<!-- -- --!- -!> --->b"), Is.EqualTo("'a' <!----> 'b'"));

    [Test]
    public void An_unclosed_comment_runs_to_the_end_of_the_page() =>
        Assert.That(Tokens("a<!-- b <p>c"), Is.EqualTo("'a' <!---->"));

    [Test]
    public void Bogus_comments_end_at_the_first_greater_than_sign() =>
        Assert.That(Tokens("a<?xml version=\"1.0\"?>b<!ELEMENT x>c</ 3>d</>e"), Is.EqualTo("'a' <!----> 'b' <!----> 'c' <!----> 'd' 'e'"));

    [Test]
    public void Cdata_in_html_content_is_a_bogus_comment_up_to_the_first_greater_than_sign() =>
        Assert.That(Tokens("a<![CDATA[x>y]]>b"), Is.EqualTo("'a' <!----> 'y]]>b'"));

    [Test]
    public void Cdata_in_svg_or_math_is_text_as_written() =>
        Assert.That(Tokens("a<![CDATA[x<p>&amp;]]>b", foreign: true), Is.EqualTo("'a' 'x<p>&amp;' 'b'"));

    [Test]
    public void Carriage_returns_and_crlf_pairs_become_line_feeds_before_anything_else() =>
        Assert.That(Tokens("a\r\nb\rc<p title=\"x\r\ny\">\r"), Is.EqualTo("'a\nb\nc' <p title=\"x\ny\"> '\n'"));

    [Test]
    public void Nul_is_replaced_in_names_attribute_values_and_raw_text_but_kept_in_text_for_the_tree_builder() =>
        Assert.That(
            Tokens("a\0b<x\0y z\0=\"v\0\"><style>s\0</style>"),
            Is.EqualTo("'a\0b' <x\uFFFDy z\uFFFD=\"v\uFFFD\"> <style> raw's\uFFFD'"));

    [Test]
    public void A_doctype_is_a_token_and_says_whether_it_means_quirks() =>
        Assert.That(Tokens("<!DOCTYPE html><p>"), Is.EqualTo("<!doctype> <p>"));

    [TestCase("<!DOCTYPE html>", false)]
    [TestCase("<!doctype HTML>", false)]
    [TestCase("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">", false)]
    [TestCase("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\" \"http://www.w3.org/TR/html4/loose.dtd\">", false)]
    [TestCase("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">", true)]
    [TestCase("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\">", true)]
    [TestCase("<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML//EN\">", true)]
    [TestCase("<!DOCTYPE svg>", true)]
    [TestCase("<!DOCTYPE>", true)]
    public void Doctypes_that_mean_quirks_mode(string doctype, bool quirks) =>
        Assert.That(Tokens(doctype), Is.EqualTo(quirks ? "<!doctype quirks>" : "<!doctype>"));

    [Test]
    public void Character_references_are_decoded_in_text_and_attribute_values() =>
        Assert.That(Tokens("<a title=\"&lt;b&gt;\">&amp;&#x4E2D;&#25991;</a>"), Is.EqualTo("<a title=\"<b>\"> '&中文' </a>"));

    [Test]
    public void Script_content_is_raw_text_up_to_its_end_tag() =>
        Assert.That(Tokens("<script>if (a<b && c>d) x='<p>';</SCRIPT >after"), Is.EqualTo("<script> raw'if (a<b && c>d) x='<p>';' 'after'"));

    [Test]
    public void A_script_end_tag_inside_an_escaped_comment_does_not_end_the_script() =>
        Assert.That(
            Tokens("<script><!-- document.write('<script>x</script>'); --></script>after"),
            Is.EqualTo("<script> raw'<!-- document.write('<script>x</script>'); -->' 'after'"));

    [Test]
    public void A_script_end_tag_in_a_comment_without_an_inner_script_start_tag_ends_the_script() =>
        Assert.That(Tokens("<script><!-- x='</script>'; -->after"), Is.EqualTo("<script> raw'<!-- x='' ''; -->after'"));

    [Test]
    public void A_script_end_tag_needs_a_delimiter_after_its_name() =>
        Assert.That(Tokens("<script>a</scripts>b</script>c"), Is.EqualTo("<script> raw'a</scripts>b' 'c'"));

    [Test]
    public void Style_content_keeps_its_character_references_as_written() =>
        Assert.That(Tokens("<style>a::after{content:\"&amp;\"}</style>"), Is.EqualTo("<style> raw'a::after{content:\"&amp;\"}'"));

    [Test]
    public void Title_content_has_its_character_references_decoded_but_no_tags() =>
        Assert.That(Tokens("<title>A &amp; <b>B</b></title>"), Is.EqualTo("<title> raw'A & <b>B</b>'"));

    [Test]
    public void A_raw_text_end_tag_is_a_whole_tag_whose_quoted_values_may_hold_greater_than_signs() =>
        Assert.That(Tokens("<script></script foo=\">\" dd>BAR"), Is.EqualTo("<script> raw'' 'BAR'"));

    [Test]
    public void A_raw_text_end_tag_name_cut_off_by_the_end_of_the_page_is_text() =>
        Assert.That(Tokens("<title>a</title"), Is.EqualTo("<title> raw'a</title'"));

    [Test]
    public void A_textarea_keeps_its_first_line_feed_here_the_tree_builder_drops_it() =>
        Assert.That(Tokens("<textarea>\nline</textarea>"), Is.EqualTo("<textarea> raw'\nline'"));

    [Test]
    public void An_unclosed_raw_text_element_runs_to_the_end_of_the_page() =>
        Assert.That(Tokens("<style>p{}<p>text"), Is.EqualTo("<style> raw'p{}<p>text'"));

    [Test]
    public void Plaintext_takes_everything_after_it_including_its_own_end_tag() =>
        Assert.That(Tokens("<plaintext><b>x</plaintext>y"), Is.EqualTo("<plaintext> raw'<b>x</plaintext>y'"));
}
