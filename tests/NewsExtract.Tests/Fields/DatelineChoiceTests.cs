namespace NewsExtract.Tests.Fields;

/// <summary>The article's own date among the many on a page, and the place of its dateline lead.</summary>
public class DatelineChoiceTests
{
    private const string Lead = "国庆中秋长假过半，但外媒关注武汉的热情不减，“中国”“武汉”依然频频出现在各大主流媒体的新闻报道中，多家媒体刊发了相关报道。";

    private static readonly string[] RelatedList =
    [
        "<div class=\"related\"><h3>相关新闻</h3><ul>",
        "<li><a href=\"/1\">山东发现一处旧石器时期遗址 距今约3万年至5万年</a> 2021-03-05 09:12</li>",
        "<li><a href=\"/2\">丹宸永固！一展看尽紫禁城风云六百年</a> 2021-03-04 10:00</li>",
        "<li><a href=\"/3\">出租银行卡和支付账号，后果很严重</a> 2021-03-03 08:30</li>",
        "</ul></div>",
    ];

    private static readonly string[] Comments =
    [
        "<div class=\"comments\"><h3>网友评论</h3>",
        "<div class=\"comment\">往事随风 2021-06-01 17:51:44</div><div class=\"comment\">说得好</div>",
        "</div>",
    ];

    private static Article Extract(string[]? header, string? head = null, string[]? after = null, string lead = Lead) =>
        ArticleExtractor.Default.ExtractHtml(FieldPages.Chinese(lead, header, head: head, after: after));

    [Test]
    public void The_date_by_the_headline_beats_related_list_and_comment_times()
    {
        var article = Extract(["2020-10-04 20:30 来源：长江网"], after: [.. RelatedList, .. Comments]);
        Assert.That(article.Dateline.Published, Is.EqualTo(new DateTimeOffset(2020, 10, 4, 20, 30, 0, TimeSpan.FromHours(8))));
    }

    [Test]
    public void Related_list_dates_do_not_win_when_the_header_has_no_date()
    {
        var article = Extract(["来源：长江网"], after: RelatedList);
        Assert.That(article.Dateline.Published?.Year, Is.Not.EqualTo(2021));
    }

    [Test]
    public void A_visible_date_beats_metadata_that_lies()
    {
        var article = Extract(["2020-10-04 20:30 来源：长江网"], head: "<meta property=\"article:published_time\" content=\"2019-01-01T00:00:00+08:00\">");
        Assert.Multiple(() =>
        {
            Assert.That(article.Dateline.Published, Is.EqualTo(new DateTimeOffset(2020, 10, 4, 20, 30, 0, TimeSpan.FromHours(8))));
            Assert.That(article.Diagnostics.Notes.Where(n => n.Code == "dateline.source").Select(n => n.Message), Has.Some.Contains("differs"));
        });
    }

    [Test]
    public void Metadata_that_agrees_supplies_the_seconds()
    {
        var article = Extract(["2020-10-04 20:30 来源：长江网"], head: "<meta property=\"article:published_time\" content=\"2020-10-04T20:30:15+08:00\">");
        Assert.That(article.Dateline.Published, Is.EqualTo(new DateTimeOffset(2020, 10, 4, 20, 30, 15, TimeSpan.FromHours(8))));
    }

    [Test]
    public void A_last_updated_label_loses_to_the_publication_date()
    {
        var article = Extract(["发布时间：2020-10-04 20:30 更新时间：2020-10-06 08:00"]);
        Assert.That(article.Dateline.Published?.Day, Is.EqualTo(4));
    }

    [Test]
    public void The_copyright_year_is_not_the_date()
    {
        var article = Extract(["来源：长江网"]);
        Assert.That(article.Dateline.Published?.Year, Is.Not.EqualTo(2020).Or.Null);
    }

    [TestCase("新华社北京7月12日电（记者张三）", "北京")]
    [TestCase("中新网上海7月12日电 ", "上海")]
    [TestCase("长江网10月4日讯（记者陈智 整合）", null)]
    public void The_dateline_place_comes_from_the_lead(string opening, string? place)
    {
        var article = Extract(["2020-07-12 20:30"], lead: opening + Lead);
        Assert.That(article.Dateline.Place, Is.EqualTo(place));
    }

    [Test]
    public void A_Vietnamese_dateline_place()
    {
        var article = ArticleExtractor.Default.ExtractHtml(FieldPages.Vietnamese(
            "HÀ NỘI - Chiều ngày 26-12, Tòa Phúc thẩm TAND Tối cao đã tuyên bác kháng cáo, giữ nguyên mức án đối với bị cáo trong vụ án.",
            ["Thứ Tư, 26/12/2012 17:14"]));
        Assert.Multiple(() =>
        {
            Assert.That(article.Dateline.Place, Is.EqualTo("HÀ NỘI"));
            Assert.That(article.Dateline.Published, Is.EqualTo(new DateTimeOffset(2012, 12, 26, 17, 14, 0, TimeSpan.FromHours(7))));
        });
    }
}
