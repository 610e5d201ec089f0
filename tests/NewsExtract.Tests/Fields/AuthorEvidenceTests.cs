namespace NewsExtract.Tests.Fields;

/// <summary>
/// Where a writer's name is taken from beyond a labelled byline: the markup that marks it as the writer's, and where on the
/// page it stands (a byline far from the article names someone else's story).
/// </summary>
public class AuthorEvidenceTests
{
    private static readonly ArticleExtractor Extractor = ArticleExtractor.Default;

    private const string ChineseLead = "國慶連假過半，各地景區迎來客流高峰，交通部門加強了運力調度，鐵路和公路客運總體平穩有序，旅客出行秩序良好。";
    private const string VietLead = "Cho rằng chủ hụi \"méc\" mẹ vợ chuyện mình thiếu nợ, bị cáo đã xách dao đi \"nói chuyện\" khiến một người vô can chết oan trong đêm.";

    private static IReadOnlyList<string> ZhAuthors(string[]? header = null, string[]? trailer = null, string[]? after = null) =>
        Extractor.ExtractHtml(FieldPages.Chinese(ChineseLead, header, trailer, after: after)).Authors;

    private static IReadOnlyList<string> ViAuthors(string[]? header = null, string[]? trailer = null, string[]? after = null) =>
        Extractor.ExtractHtml(FieldPages.Vietnamese(VietLead, header, trailer, after: after)).Authors;

    [Test]
    public void A_bare_name_in_a_reporter_element_is_the_author()
    {
        var authors = ZhAuthors(["2018年09月16日 15:31", "<div class=\"reporter\"><div class=\"rp_name\">謝明俊</div></div>"]);
        Assert.That(authors, Is.EqualTo(new[] { "謝明俊" }));
    }

    [Test]
    public void A_bare_vietnamese_name_in_an_author_element_is_the_author()
    {
        var authors = ViAuthors(["<p class=\"sgtoauthor\">Lê Ngọc Quỳnh</p>"]);
        Assert.That(authors, Is.EqualTo(new[] { "Lê Ngọc Quỳnh" }));
    }

    [Test]
    public void A_name_marked_itemprop_author_is_the_author()
    {
        var authors = ZhAuthors(["<span itemprop=\"author\">王大明</span> 2020-10-04 20:30"]);
        Assert.That(authors, Is.EqualTo(new[] { "王大明" }));
    }

    [Test]
    public void An_outlet_in_an_author_element_is_no_author()
    {
        var authors = ZhAuthors(["<div class=\"author\">新京报</div>"]);
        Assert.That(authors, Is.Empty);
    }

    [Test]
    public void A_reader_in_a_comment_author_element_is_no_author()
    {
        var authors = ZhAuthors(trailer: ["<span class=\"comment-author\">李小龍</span>"]);
        Assert.That(authors, Is.Empty);
    }

    [Test]
    public void An_ordinary_short_line_without_the_mark_is_no_author()
    {
        var authors = ZhAuthors(["<div class=\"tag\">體育新聞</div>"]);
        Assert.That(authors, Is.Empty);
    }

    [Test]
    public void A_labelled_line_in_a_sidebar_far_below_the_article_is_no_byline()
    {
        var links = Enumerable.Range(1, 8).Select(i => $"<li><a href=\"/n{i}\">熱門新聞第{i}則標題在此顯示</a></li>");
        var sidebar = "<div class=\"side\"><ul>" + string.Concat(links) + "</ul><h3>整理浴室翻到粉色棒狀物 他傻眼</h3></div>";
        var authors = ZhAuthors(["記者 張三"], after: [sidebar]);
        Assert.That(authors, Is.EqualTo(new[] { "張三" }));
    }

    private static IEnumerable<TestCaseData> ChineseBylineForms()
    {
        yield return new TestCaseData(ChineseLead, new[] { "記者林悅／南市報導" }, null, new[] { "林悅" }).SetName("zh-Hant 記者X／place報導: the place of the report is no name");
        yield return new TestCaseData("【文匯網訊】(香港文匯報記者 顏晉傑 文森)" + ChineseLead, null, null, new[] { "顏晉傑", "文森" }).SetName("zh-Hant reporters in the bracket after 【X訊】");
        yield return new TestCaseData("新华社北京5月19日电（刘艺、杨吉）" + ChineseLead, null, null, new[] { "刘艺", "杨吉" }).SetName("zh names without a label in the bracket after a 电 lead");
        yield return new TestCaseData("新华社北京5月19日电（国际观察）" + ChineseLead, null, null, Array.Empty<string>()).SetName("zh a bracket after a lead that holds no surnamed name is no signature");
        yield return new TestCaseData(ChineseLead, null, new[] { "共建清朗网络空间，让金融的发展更好地满足人民日益增长的美好生活需要。(文/图 刘玺东 易赛楠)" }, new[] { "刘玺东", "易赛楠" }).SetName("zh closing signature labelled 文/图");
        yield return new TestCaseData(ChineseLead, null, new[] { "警方已勘驗現場並報請相驗，將進一步釐清死因。（王煌忠／台中報導）" }, new[] { "王煌忠" }).SetName("zh-Hant closing signature X／place報導");
        yield return new TestCaseData(ChineseLead, new[] { "2020-11-23 10:22:14 出处：快科技 作者：宪瑞" }, new[] { "责任编辑：宪瑞" }, new[] { "宪瑞" }).SetName("zh a writer who is also the credited editor stays a writer");
    }

    [TestCaseSource(nameof(ChineseBylineForms))]
    public void Chinese_byline_forms(string lead, string[]? header, string[]? trailer, string[] expected)
    {
        var article = Extractor.ExtractHtml(FieldPages.Chinese(lead, header, trailer));
        Assert.That(article.Authors, Is.EquivalentTo(expected), string.Join(" | ", article.Diagnostics.Notes));
    }

    [Test]
    public void A_vietnamese_writer_before_an_end_attribution_is_the_author_and_the_outlet_the_source()
    {
        var article = Extractor.ExtractHtml(FieldPages.Vietnamese(VietLead, ["Long Trần - Theo Trí Thức Trẻ"]));
        Assert.Multiple(() =>
        {
            Assert.That(article.Authors, Is.EqualTo(new[] { "Long Trần" }));
            Assert.That(article.Sources.Select(s => s.Name), Is.EqualTo(new[] { "Trí Thức Trẻ" }));
        });
    }

    [Test]
    public void A_vietnamese_name_line_under_the_headline_is_the_author()
    {
        Assert.That(ViAuthors(["Hạ Trắng"]), Is.EqualTo(new[] { "Hạ Trắng" }));
    }

    [Test]
    public void A_vietnamese_heading_in_capitals_after_the_text_is_no_author()
    {
        Assert.That(ViAuthors(trailer: ["Ý KIẾN BẠN ĐỌC"]), Is.Empty);
    }

    [Test]
    public void A_vietnamese_sentence_under_the_headline_is_no_author()
    {
        Assert.That(ViAuthors(["Cập nhật lúc sáng nay"]), Is.Empty);
    }

    [Test]
    public void A_name_line_closing_a_vietnamese_text_capture_is_the_author()
    {
        var text = string.Join("\n", "Thiếu tiền hụi, xách dao đi nói chuyện với chủ nợ", "", VietLead, "",
            "Chiều ngày 26-12, Tòa Phúc thẩm TAND Tối cao tại TPHCM đã tuyên bác kháng cáo, giữ nguyên mức án đối với bị cáo trong vụ án gây xôn xao dư luận.", "",
            "Theo hồ sơ vụ án, bị cáo đã nhiều lần vay tiền của người quen để kinh doanh nhưng làm ăn thua lỗ nên không có khả năng trả nợ đúng hạn.", "",
            "Sau khi nghị án, hội đồng xét xử đã tuyên y án sơ thẩm, đồng thời buộc bị cáo bồi thường cho gia đình người bị hại theo quy định.", "",
            "Quang Phong - Tùng Nguyên", "", "Chia sẻ", "Bình luận");
        Assert.That(Extractor.ExtractText(text).Authors, Is.EquivalentTo(new[] { "Quang Phong", "Tùng Nguyên" }));
    }

    [Test]
    public void An_information_line_with_a_date_and_labelled_fields_is_a_byline_not_the_lead()
    {
        var article = Extractor.ExtractHtml(FieldPages.Chinese(ChineseLead, ["2020-11-23 10:22:14 出处：快科技 作者：宪瑞 编辑：宪瑞 人气： 5380 次 评论(18)"]));
        Assert.Multiple(() =>
        {
            Assert.That(article.Authors, Is.EqualTo(new[] { "宪瑞" }));
            Assert.That(article.Paragraphs[0].Text, Does.StartWith("國慶連假過半"));
        });
    }

    [Test]
    public void A_paragraph_naming_a_date_and_a_reporter_stays_body()
    {
        const string Paragraph = "2020-11-23 10:22，记者从快科技获悉，作者大会将于下月举行，编辑部已开始筹备相关工作。";
        var article = Extractor.ExtractHtml(FieldPages.Chinese(Paragraph));
        Assert.That(article.Paragraphs[0].Text, Is.EqualTo(Paragraph));
    }
}
