using NewsExtract.Html;

namespace NewsExtract.Tests.Html;

/// <summary>
/// The tree-construction rules that decide which text sits in which element, one fixture each, asserted on the body's
/// shape (<see cref="TreeNotation"/>). Where the markup is broken, the expected tree is the one the HTML standard (and so a
/// browser) builds.
/// </summary>
public class TreeBuilderTests
{
    private static string Body(string html) => TreeNotation.Body(html);

    // Implied elements and the head

    [Test]
    public void Html_head_and_body_are_implied() =>
        Assert.That(TreeNotation.Document("<title>T</title><p>x"), Is.EqualTo("<html><head><title>T</title></head><body><p>x</p></body></html>"));

    [Test]
    public void White_space_before_the_head_is_dropped_white_space_in_it_kept_and_the_first_other_text_starts_the_body() =>
        Assert.That(TreeNotation.Document("  \n <meta charset=utf-8>\n 正文"), Is.EqualTo("<html><head><meta></meta>\n </head><body>正文</body></html>"));

    [Test]
    public void Head_elements_after_the_head_has_ended_still_go_into_the_head_until_the_body_starts() =>
        Assert.That(TreeNotation.Document("<head></head><link rel=x><body>b"), Is.EqualTo("<html><head><link></link></head><body>b</body></html>"));

    [Test]
    public void A_second_body_tag_adds_its_attributes_to_the_body()
    {
        var document = HtmlDocument.Parse("<body class=a><p>x</p><body id=b class=c>y");
        Assert.That(document.Body.GetAttribute("class"), Is.EqualTo("a"));
        Assert.That(document.Body.GetAttribute("id"), Is.EqualTo("b"));
        Assert.That(TreeNotation.Of(document.Body), Is.EqualTo("<body><p>x</p>y</body>"));
    }

    [Test]
    public void Content_after_the_body_and_html_end_tags_is_still_in_the_body() =>
        Assert.That(Body("<body><p>a</p></body></html><p>after</p>tail"), Is.EqualTo("<body><p>a</p><p>after</p>tail</body>"));

    [Test]
    public void A_noscript_in_the_head_keeps_its_link_but_an_image_in_it_starts_the_body() =>
        Assert.That(
            TreeNotation.Document("<head><noscript><link rel=x><img src=a.jpg></noscript></head><p>t"),
            Is.EqualTo("<html><head><noscript><link></link></noscript></head><body><img></img><p>t</p></body></html>"));

    [Test]
    public void Scripts_and_styles_before_the_body_go_into_the_head() =>
        Assert.That(TreeNotation.Document("<script>var a;</script><style>p{}</style>x"), Is.EqualTo("<html><head><script>var a;</script><style>p{}</style></head><body>x</body></html>"));

    [Test]
    public void A_frameset_page_has_its_frameset_for_a_body_with_the_noframes_text_in_it() =>
        Assert.That(Body("<frameset><frame src=a.html><noframes>no frames</noframes></frameset>"), Is.EqualTo("<frameset><frame></frame><noframes>no frames</noframes></frameset>"));

    [Test]
    public void A_frameset_after_body_content_is_ignored() =>
        Assert.That(Body("<p>text</p><frameset><frame src=a.html></frameset>"), Is.EqualTo("<body><p>text</p></body>"));

    // Paragraphs

    [Test]
    public void A_div_start_tag_closes_an_open_paragraph() =>
        Assert.That(Body("<p>a<div>b</div>c"), Is.EqualTo("<body><p>a</p><div>b</div>c</body>"));

    [Test]
    public void A_paragraph_start_tag_closes_an_open_paragraph() =>
        Assert.That(Body("<p>one<p>two"), Is.EqualTo("<body><p>one</p><p>two</p></body>"));

    [Test]
    public void A_paragraph_is_not_closed_across_a_button() =>
        Assert.That(Body("<p>a<button>b<p>c</button>d"), Is.EqualTo("<body><p>a<button>b<p>c</p></button>d</p></body>"));

    [Test]
    public void A_stray_paragraph_end_tag_makes_an_empty_paragraph() =>
        Assert.That(Body("text</p>more"), Is.EqualTo("<body>text<p></p>more</body>"));

    [Test]
    public void An_inline_start_tag_does_not_close_a_paragraph() =>
        Assert.That(Body("<p>a<span>b</span><img src=x>c"), Is.EqualTo("<body><p>a<span>b</span><img></img>c</p></body>"));

    [Test]
    public void A_horizontal_rule_closes_a_paragraph_and_holds_nothing() =>
        Assert.That(Body("<p>a<hr>b"), Is.EqualTo("<body><p>a</p><hr></hr>b</body>"));

    [Test]
    public void A_line_feed_right_after_pre_is_dropped() =>
        Assert.That(Body("<pre>\nline\n</pre>"), Is.EqualTo("<body><pre>line\n</pre></body>"));

    [Test]
    public void A_br_end_tag_is_read_as_a_br() =>
        Assert.That(Body("a<br/>b</br>c"), Is.EqualTo("<body>a<br></br>b<br></br>c</body>"));

    [Test]
    public void An_end_tag_for_an_element_that_is_not_open_is_ignored() =>
        Assert.That(Body("<div>a</span>b</div>"), Is.EqualTo("<body><div>ab</div></body>"));

    [Test]
    public void A_block_end_tag_closes_the_inline_elements_inside_it() =>
        Assert.That(Body("<div><span>a</div>b"), Is.EqualTo("<body><div><span>a</span></div>b</body>"));

    [Test]
    public void In_quirks_mode_a_table_does_not_close_an_open_paragraph() =>
        Assert.That(Body("<p>a<table><tr><td>b</td></tr></table>"), Is.EqualTo("<body><p>a<table><tbody><tr><td>b</td></tr></tbody></table></p></body>"));

    [Test]
    public void In_standards_mode_a_table_closes_an_open_paragraph() =>
        Assert.That(Body("<!DOCTYPE html><p>a<table><tr><td>b</td></tr></table>"), Is.EqualTo("<body><p>a</p><table><tbody><tr><td>b</td></tr></tbody></table></body>"));

    // Lists, definitions, headings

    [Test]
    public void A_list_item_closes_the_previous_one() =>
        Assert.That(Body("<ul><li>one<li>two</ul>after"), Is.EqualTo("<body><ul><li>one</li><li>two</li></ul>after</body>"));

    [Test]
    public void A_list_item_does_not_close_an_item_of_an_outer_list() =>
        Assert.That(Body("<ol><li>a<ol><li>b</ol><li>c</ol>"), Is.EqualTo("<body><ol><li>a<ol><li>b</li></ol></li><li>c</li></ol></body>"));

    [Test]
    public void A_list_item_closes_the_previous_one_across_a_div() =>
        Assert.That(Body("<ul><li>a<div>b<li>c</div></ul>"), Is.EqualTo("<body><ul><li>a<div>b</div></li><li>c</li></ul></body>"));

    [Test]
    public void Definition_terms_and_descriptions_close_each_other() =>
        Assert.That(Body("<dl><dt>term<dd>def<dt>term2</dl>"), Is.EqualTo("<body><dl><dt>term</dt><dd>def</dd><dt>term2</dt></dl></body>"));

    [Test]
    public void A_heading_start_tag_closes_an_open_heading() =>
        Assert.That(Body("<h1>a<h2>b</h2>c"), Is.EqualTo("<body><h1>a</h1><h2>b</h2>c</body>"));

    [Test]
    public void Any_heading_end_tag_closes_the_open_heading() =>
        Assert.That(Body("<h2>title</h3>after"), Is.EqualTo("<body><h2>title</h2>after</body>"));

    // Formatting elements

    [Test]
    public void A_link_left_open_at_the_end_of_a_paragraph_goes_on_in_the_next_one() =>
        Assert.That(Body("<p><a href=/x>one</p><p>two"), Is.EqualTo("<body><p><a>one</a></p><p><a>two</a></p></body>"));

    [Test]
    public void A_link_left_open_in_a_list_item_goes_on_in_the_next_item() =>
        Assert.That(Body("<ul><li><a href=/1>one</li><li>two</li></ul>"), Is.EqualTo("<body><ul><li><a>one</a></li><li><a>two</a></li></ul></body>"));

    [Test]
    public void A_new_link_closes_an_open_one() =>
        Assert.That(Body("<a href=1>one<a href=2>two</a>three"), Is.EqualTo("<body><a>one</a><a>two</a>three</body>"));

    [Test]
    public void Formatting_opened_in_a_table_cell_does_not_go_on_past_the_cell() =>
        Assert.That(
            Body("<table><tr><td><b>a</td><td>b</td></tr></table>c"),
            Is.EqualTo("<body><table><tbody><tr><td><b>a</b></td><td>b</td></tr></tbody></table>c</body>"));

    [Test]
    public void Formatting_reopened_after_a_cell_is_the_one_opened_outside_the_table() =>
        Assert.That(
            Body("<b>x<table><tr><td>a</td></tr></table>c"),
            Is.EqualTo("<body><b>x<table><tbody><tr><td>a</td></tr></tbody></table>c</b></body>"));

    [Test]
    public void Misnested_formatting_is_closed_and_reopened() =>
        Assert.That(Body("<b>1<i>2</b>3</i>4"), Is.EqualTo("<body><b>1<i>2</i></b><i>3</i>4</body>"));

    [Test]
    public void The_end_tag_of_a_formatting_element_moves_a_block_opened_inside_it_out_of_it() =>
        Assert.That(Body("<a href=/x>1<p>2</a>3</p>4"), Is.EqualTo("<body><a>1</a><p><a>2</a>3</p>4</body>"));

    [Test]
    public void A_font_wrapping_paragraphs_keeps_them_whole() =>
        Assert.That(Body("<font color=red><p>one</p><p>two</p></font>after"), Is.EqualTo("<body><font><p>one</p><p>two</p></font>after</body>"));

    [Test]
    public void Of_four_alike_formatting_elements_only_three_are_reopened() =>
        Assert.That(Body("<p><b><b><b><b>x</p>y"), Is.EqualTo("<body><p><b><b><b><b>x</b></b></b></b></p><b><b><b>y</b></b></b></body>"));

    [Test]
    public void A_nobr_closes_an_open_nobr() =>
        Assert.That(Body("<nobr>a<nobr>b</nobr>"), Is.EqualTo("<body><nobr>a</nobr><nobr>b</nobr></body>"));

    // Tables

    [Test]
    public void Table_sections_rows_and_cells_are_implied() =>
        Assert.That(Body("<table><td>x</td></table>"), Is.EqualTo("<body><table><tbody><tr><td>x</td></tr></tbody></table></body>"));

    [Test]
    public void A_cell_closes_the_open_cell_and_a_row_the_open_row() =>
        Assert.That(
            Body("<table><tr><td>a<td>b<tr><th>c</table>"),
            Is.EqualTo("<body><table><tbody><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></tbody></table></body>"));

    [Test]
    public void Text_written_between_table_rows_is_moved_before_the_table() =>
        Assert.That(
            Body("<table>stray<tr><td>cell</td></tr>more</table>"),
            Is.EqualTo("<body>straymore<table><tbody><tr><td>cell</td></tr></tbody></table></body>"));

    [Test]
    public void White_space_between_table_rows_stays_in_the_table() =>
        Assert.That(Body("<table> <tr> <td>x</td> </tr> </table>"), Is.EqualTo("<body><table> <tbody><tr> <td>x</td> </tr> </tbody></table></body>"));

    [Test]
    public void Elements_written_between_table_rows_are_moved_before_the_table_with_their_content() =>
        Assert.That(
            Body("<table><tr><td>1</td></tr><div>stray<p>in stray</p></div><tr><td>2</td></tr></table>"),
            Is.EqualTo("<body><div>stray<p>in stray</p></div><table><tbody><tr><td>1</td></tr><tr><td>2</td></tr></tbody></table></body>"));

    [Test]
    public void Text_in_a_column_group_is_moved_before_the_table() =>
        Assert.That(Body("<table><colgroup>text<tr><td>x</table>"), Is.EqualTo("<body>text<table><colgroup></colgroup><tbody><tr><td>x</td></tr></tbody></table></body>"));

    [Test]
    public void A_table_inside_a_cell_nests() =>
        Assert.That(
            Body("<table><tr><td>outer<table><tr><td>inner</td></tr></table>after</td></tr></table>"),
            Is.EqualTo("<body><table><tbody><tr><td>outer<table><tbody><tr><td>inner</td></tr></tbody></table>after</td></tr></tbody></table></body>"));

    [Test]
    public void A_table_start_tag_between_rows_ends_the_open_table_and_starts_the_next() =>
        Assert.That(
            Body("<table><tr><td>a</td></tr><table><tr><td>b</td></tr></table>"),
            Is.EqualTo("<body><table><tbody><tr><td>a</td></tr></tbody></table><table><tbody><tr><td>b</td></tr></tbody></table></body>"));

    [Test]
    public void A_table_start_tag_after_content_moved_out_of_a_table_still_ends_that_table() =>
        Assert.That(
            Body("<table><tr><td>a</td></tr><center><table><tr><td>b</td></tr></table>"),
            Is.EqualTo("<body><center></center><table><tbody><tr><td>a</td></tr></tbody></table><table><tbody><tr><td>b</td></tr></tbody></table></body>"));

    [Test]
    public void A_table_end_tag_closes_the_open_cells_and_rows() =>
        Assert.That(Body("<table><tr><td><p>a</table>b"), Is.EqualTo("<body><table><tbody><tr><td><p>a</p></td></tr></tbody></table>b</body>"));

    [Test]
    public void Table_end_tags_without_a_table_are_ignored() =>
        Assert.That(Body("a</td></tr></table>b"), Is.EqualTo("<body>ab</body>"));

    [Test]
    public void Cell_tags_outside_a_table_are_ignored() =>
        Assert.That(Body("<td>a<tr>b"), Is.EqualTo("<body>ab</body>"));

    [Test]
    public void A_cell_end_tag_of_the_other_kind_is_ignored() =>
        Assert.That(Body("<table><tr><td>a</th>b</td></tr></table>"), Is.EqualTo("<body><table><tbody><tr><td>ab</td></tr></tbody></table></body>"));

    [Test]
    public void A_form_between_table_rows_stays_empty_in_the_table() =>
        Assert.That(
            Body("<table><form action=/s><tr><td>in form</td></tr></form></table>"),
            Is.EqualTo("<body><table><form></form><tbody><tr><td>in form</td></tr></tbody></table></body>"));

    [Test]
    public void A_hidden_input_between_table_rows_stays_in_the_table() =>
        Assert.That(Body("<table><input type=hidden name=a><tr><td>x</table>"), Is.EqualTo("<body><table><input></input><tbody><tr><td>x</td></tr></tbody></table></body>"));

    [Test]
    public void A_caption_holds_its_text_inside_the_table() =>
        Assert.That(Body("<table><caption>cap<tr><td>x</td></tr></table>"), Is.EqualTo("<body><table><caption>cap</caption><tbody><tr><td>x</td></tr></tbody></table></body>"));

    [Test]
    public void An_old_portal_layout_keeps_its_cells_in_order_and_a_font_closed_after_paragraphs_wraps_the_last_one()
    {
        const string html = "<center><table width=760><tr><td><font size=2><a href=/>首页</a> | <a href=/news>新闻</a></font></td></tr></table>"
            + "<table width=760><tr><td width=560><font size=3><p>正文第一段<p>正文第二段</font></td><td>相关新闻</td></tr></table></center>";
        Assert.That(Body(html), Is.EqualTo(
            "<body><center><table><tbody><tr><td><font><a>首页</a> | <a>新闻</a></font></td></tr></tbody></table>"
            + "<table><tbody><tr><td><font><p>正文第一段</p></font><p><font>正文第二段</font></p></td><td>相关新闻</td></tr></tbody></table></center></body>"));
    }

    // Forms and select

    [Test]
    public void A_form_inside_an_open_form_is_ignored_and_the_form_end_tag_closes_the_paragraph_in_it() =>
        Assert.That(Body("<form><p>a<form>b</form>c"), Is.EqualTo("<body><form><p>ab</p></form>c</body>"));

    [Test]
    public void A_form_end_tag_closes_the_form_alone() =>
        Assert.That(Body("<form><div>a</form>b</div>c"), Is.EqualTo("<body><form><div>ab</div></form>c</body>"));

    [Test]
    public void Options_close_each_other_inside_a_select() =>
        Assert.That(Body("<select><option>a<option>b</select>after"), Is.EqualTo("<body><select><option>a</option><option>b</option></select>after</body>"));

    [Test]
    public void A_select_start_tag_inside_a_select_closes_it() =>
        Assert.That(Body("<select><option>a<select>X"), Is.EqualTo("<body><select><option>a</option></select>X</body>"));

    [Test]
    public void An_input_closes_an_open_select() =>
        Assert.That(Body("<select><input>X"), Is.EqualTo("<body><select></select><input></input>X</body>"));

    [Test]
    public void A_select_bounds_scope_so_a_block_end_tag_does_not_close_it_and_it_holds_markup_until_its_end_tag() =>
        Assert.That(Body("<div><select><option>a</div><p>b</p></select>c"), Is.EqualTo("<body><div><select><option>a<p>b</p></option></select>c</div></body>"));

    // Foreign content and raw text

    [Test]
    public void Svg_content_is_foreign_and_an_html_block_breaks_out_of_it() =>
        Assert.That(Body("<p>x<svg><text>t</text><circle/>u<div>out</div>"), Is.EqualTo("<body><p>x<svg*><text*>t</text*><circle*></circle*>u</svg*></p><div>out</div></body>"));

    [Test]
    public void A_font_tag_with_a_colour_breaks_out_of_svg_but_a_bare_one_does_not() =>
        Assert.That(Body("<svg><font>a</font><font color=red>b"), Is.EqualTo("<body><svg*><font*>a</font*></svg*><font>b</font></body>"));

    [Test]
    public void Svg_html_integration_points_hold_html() =>
        Assert.That(
            Body("<svg><foreignObject><p>x</p><b>y</b></foreignObject><desc><div>d</div></desc><title><i>t</i></title></svg>z"),
            Is.EqualTo("<body><svg*><foreignobject*><p>x</p><b>y</b></foreignobject*><desc*><div>d</div></desc*><title*><i>t</i></title*></svg*>z</body>"));

    [Test]
    public void Mathml_text_integration_points_hold_html() =>
        Assert.That(Body("<math><mi><b>x</b></mi><mtext><div>y</div></mtext></math>z"), Is.EqualTo("<body><math*><mi*><b>x</b></mi*><mtext*><div>y</div></mtext*></math*>z</body>"));

    [Test]
    public void An_annotation_xml_holds_html_only_when_its_encoding_says_so() =>
        Assert.Multiple(() =>
        {
            Assert.That(Body("<math><annotation-xml encoding=\"text/html\"><div>x</div></annotation-xml></math>"), Is.EqualTo("<body><math*><annotation-xml*><div>x</div></annotation-xml*></math*></body>"));
            Assert.That(Body("<math><annotation-xml><div>x</div></annotation-xml></math>"), Is.EqualTo("<body><math*><annotation-xml*></annotation-xml*></math*><div>x</div></body>"));
        });

    [Test]
    public void Style_and_script_inside_svg_are_svg_elements_whose_content_is_markup_not_raw_text() =>
        Assert.That(Body("<svg><style>a{}</style><script>b</script></svg><p>after"), Is.EqualTo("<body><svg*><style*>a{}</style*><script*>b</script*></svg*><p>after</p></body>"));

    [Test]
    public void Cdata_inside_svg_is_text() =>
        Assert.That(Body("<svg><text><![CDATA[a<b>]]></text></svg>"), Is.EqualTo("<body><svg*><text*>a<b></text*></svg*></body>"));

    [Test]
    public void Math_content_is_foreign_too() =>
        Assert.That(Body("<math><mi>x</mi></math><p>after"), Is.EqualTo("<body><math*><mi*>x</mi*></math*><p>after</p></body>"));

    [Test]
    public void Script_text_is_kept_whole_inside_the_script() =>
        Assert.That(Body("<p>a<script>if(a<b)document.write('</p>')</script>b"), Is.EqualTo("<body><p>a<script>if(a<b)document.write('</p>')</script>b</p></body>"));

    [Test]
    public void A_script_between_table_rows_stays_in_the_table() =>
        Assert.That(Body("<table><script>x</script><tr><td>a</table>"), Is.EqualTo("<body><table><script>x</script><tbody><tr><td>a</td></tr></tbody></table></body>"));

    [Test]
    public void Textarea_and_xmp_content_is_text() =>
        Assert.That(Body("<textarea><b>x</b></textarea><xmp><i>y</i></xmp>"), Is.EqualTo("<body><textarea><b>x</b></textarea><xmp><i>y</i></xmp></body>"));

    [Test]
    public void An_iframe_holds_its_content_as_text() =>
        Assert.That(Body("<iframe><p>x</p></iframe>after"), Is.EqualTo("<body><iframe><p>x</p></iframe>after</body>"));

    [Test]
    public void Plaintext_turns_the_rest_of_the_page_into_text() =>
        Assert.That(Body("<p>a<plaintext><b>b</b></plaintext>"), Is.EqualTo("<body><p>a</p><plaintext><b>b</b></plaintext></plaintext></body>"));

    [Test]
    public void A_raw_text_end_tag_is_read_as_a_tag_so_a_quoted_greater_than_sign_in_it_leaks_nothing() =>
        Assert.That(Body("<body><script></script foo=\">\" dd>BAR"), Is.EqualTo("<body><script></script>BAR</body>"));

    [Test]
    public void A_textarea_drops_the_line_feed_right_after_its_start_tag() =>
        Assert.That(Body("<textarea>\nline</textarea>"), Is.EqualTo("<body><textarea>line</textarea></body>"));

    // Comments and the input stream

    [Test]
    public void A_comment_ended_by_dash_dash_bang_greater_than_loses_no_text_after_it() =>
        Assert.That(Body("FOO<!-- BAR --!>BAZ"), Is.EqualTo("<body>FOOBAZ</body>"));

    [Test]
    public void Carriage_returns_in_text_become_line_feeds() =>
        Assert.That(Body("<p>a\r\nb\rc</p>"), Is.EqualTo("<body><p>a\nb\nc</p></body>"));

    [Test]
    public void Nul_is_dropped_from_body_text_and_replaced_in_svg_and_raw_text() =>
        Assert.That(Body("<p>a\0b</p><svg>c\0d</svg><textarea>e\0f</textarea>"), Is.EqualTo("<body><p>ab</p><svg*>c\uFFFDd</svg*><textarea>e\uFFFDf</textarea></body>"));

    [Test]
    public void The_image_tag_is_read_as_img() =>
        Assert.That(Body("<image src=a.jpg>"), Is.EqualTo("<body><img></img></body>"));

    // Attributes

    [Test]
    public void Elements_keep_their_attributes_in_source_order_with_values_decoded()
    {
        var div = HtmlDocument.Parse("<div id=main class='a b' data-x=\"1&amp;2\">x</div>").Body.FirstChild as HtmlElement;
        Assert.That(div!.Attributes.ToArray().Select(a => $"{a.Name}={a.Value}"), Is.EqualTo(new[] { "id=main", "class=a b", "data-x=1&2" }));
    }

    [Test]
    public void Reopened_formatting_keeps_the_attributes_of_the_original()
    {
        var body = HtmlDocument.Parse("<p><a href=/x class=more>one</p><p>two").Body;
        var links = body.DescendantElements().Where(e => e.Name == "a").ToList();
        Assert.That(links.Select(a => a.GetAttribute("href")), Is.EqualTo(new[] { "/x", "/x" }));
        Assert.That(links[1].GetAttribute("class"), Is.EqualTo("more"));
    }
}
