using NewsExtract.Decoding;

namespace NewsExtract.Tests.Decoding;

public class HtmlSnifferTests
{
    [Test]
    public void Page_with_doctype_is_html()
    {
        Assert.That(HtmlSniffer.LooksLikeHtml(TestPages.Html(TestPages.Simplified).AsSpan()), Is.True);
    }

    [Test]
    public void Fragment_of_divs_and_paragraphs_is_html()
    {
        var fragment = "<div class=\"content\">\n<p>" + TestPages.Vietnamese + "</p>\n<p>Đoạn hai</p>\n</div>";

        Assert.That(HtmlSniffer.LooksLikeHtml(fragment.AsSpan()), Is.True);
    }

    [Test]
    public void Body_tag_alone_is_enough()
    {
        Assert.That(HtmlSniffer.LooksLikeHtml("  \n<body>hello".AsSpan()), Is.True);
    }

    [Test]
    public void Plain_text_with_stray_less_than_signs_is_not_html()
    {
        var text = "Giá vàng hôm nay < 70 triệu đồng\n<<Sách hay>> của tháng\n" + TestPages.Vietnamese + "\nNếu a<b thì b>a.\n";

        Assert.That(HtmlSniffer.LooksLikeHtml(text.AsSpan()), Is.False);
    }

    [Test]
    public void Chinese_text_capture_is_not_html()
    {
        var text = "首页 > 新闻 > 国内\n" + TestPages.Simplified + "\n责任编辑：王明\n";

        Assert.That(HtmlSniffer.LooksLikeHtml(text.AsSpan()), Is.False);
    }

    [Test]
    public void Text_quoting_a_single_tag_is_not_html()
    {
        var text = "Hướng dẫn: dùng thẻ <p> để tạo đoạn văn.\n" + TestPages.Vietnamese;

        Assert.That(HtmlSniffer.LooksLikeHtml(text.AsSpan()), Is.False);
    }

    [Test]
    public void Bytes_overload_reads_legacy_encoded_html()
    {
        var bytes = TestPages.Gbk(TestPages.Html(TestPages.Simplified, TestPages.MetaCharset("gbk")));

        Assert.That(HtmlSniffer.LooksLikeHtml(bytes.AsSpan()), Is.True);
    }

    [Test]
    public void Empty_input_is_not_html()
    {
        Assert.That(HtmlSniffer.LooksLikeHtml(ReadOnlySpan<char>.Empty), Is.False);
    }
}
