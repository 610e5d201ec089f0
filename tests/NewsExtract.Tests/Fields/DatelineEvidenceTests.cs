using System.Globalization;
using System.Text;

namespace NewsExtract.Tests.Fields;

/// <summary>
/// Where the date comes from when the headline shows no full one: a date line above the headline or under the text,
/// the metadata and the page's scripts, the year of a year-less date, a last-updated date.
/// </summary>
public class DatelineEvidenceTests
{
    private const string Lead = "为持续推动金融消费者教育和金融知识普及工作，引导广大金融消费者弘扬金融正能量，提高社会公众防范风险和正确使用金融服务的意识，多家单位联合开展了宣传活动。";

    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static readonly ArticleExtractor Later = new(ExtractionOptions.Default with { ReferenceTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) });

    private static Article Extract(string[]? header = null, string? head = null, string[]? trailer = null, string[]? after = null, string lead = Lead, ArticleExtractor? extractor = null) =>
        (extractor ?? ArticleExtractor.Default).ExtractHtml(FieldPages.Chinese(lead, header, head: head, trailer: null, after: [.. (trailer ?? []).Select(l => $"<div class=\"meta\">{l}</div>"), .. after ?? []]));

    [Test]
    public void A_date_line_under_the_text_dates_an_article_with_none_by_its_headline()
    {
        var article = Extract(header: ["来源：当代商报"], trailer: ["发布日期：2019-09-23 14:34:05 所属分类：要闻"]);
        Assert.That(article.Dateline.Published, Is.EqualTo(new DateTimeOffset(2019, 9, 23, 14, 34, 5, China)));
    }

    [Test]
    public void Several_times_under_the_text_are_comments_not_the_date()
    {
        var article = Extract(header: ["来源：当代商报"], trailer: ["网友小鳳 于 2013/12/28 10:28", "网友茜妈咪 于 2013/12/28 10:42", "网友阿明 于 2014/01/01 20:31"]);
        Assert.That(article.Dateline.Published, Is.Null);
    }

    [Test]
    public void A_full_date_above_the_headline_beats_a_day_named_in_the_lead()
    {
        var html = PageWithLineAboveHeadline("2018年12月17日星期一", "【明报专讯】深水埗福荣街周六（15日）发生天降钞票事件，网名「币少爷」的男子事前站在跑车旁高呼，警员其后截停车辆将他拘捕，并带返警署扣查。");
        var article = Later.ExtractHtml(html);
        Assert.That(article.Dateline.Published, Is.EqualTo(new DateTimeOffset(2018, 12, 17, 0, 0, 0, China)));
    }

    [Test]
    public void A_year_less_date_takes_the_year_of_the_metadata_date_on_the_same_day()
    {
        var article = Extract(header: ["发布时间：10-0812:00"], head: "<meta itemprop=\"dateUpdate\" content=\"2019-10-08 12:00:57\">");
        Assert.That(article.Dateline.Published, Is.EqualTo(new DateTimeOffset(2019, 10, 8, 12, 0, 57, China)));
    }

    [Test]
    public void A_year_less_date_keeps_no_year_when_the_metadata_names_another_day()
    {
        var article = Extract(header: ["发布时间：10-0812:00"], head: "<meta itemprop=\"dateModified\" content=\"2019-11-20 09:00:00\">");
        Assert.Multiple(() =>
        {
            Assert.That(article.Dateline.Published, Is.Null);
            Assert.That((article.Dateline.Month, article.Dateline.Day), Is.EqualTo(((int?)10, (int?)8)));
        });
    }

    [Test]
    public void Metadata_with_its_year_beats_a_year_less_date_read_against_the_reference()
    {
        var article = Extract(header: ["12月10日 来源：本网"], head: "<meta property=\"article:published_time\" content=\"2012-12-10T09:24:01+00:00\">", extractor: Later);
        Assert.That(article.Dateline.Published, Is.EqualTo(new DateTimeOffset(2012, 12, 10, 9, 24, 1, TimeSpan.Zero)));
    }

    [Test]
    public void A_last_updated_date_dates_the_page_when_no_other_full_date_is_shown()
    {
        var article = ArticleExtractor.Default.ExtractHtml(FieldPages.Vietnamese(
            "Đêm Giáng sinh, 24/12, người dân khắp Việt Nam đã ùn ùn đổ về trung tâm các thành phố lớn, các nhà thờ để vui chơi, đường phố tắc nghẽn nhiều giờ.",
            ["Xã hội | Cập nhật thứ hai, ngày 24/12/12 11:05 tối"]));
        Assert.That(article.Dateline.Published, Is.EqualTo(new DateTimeOffset(2012, 12, 24, 23, 5, 0, TimeSpan.FromHours(7))));
    }

    [Test]
    public void A_publication_key_in_an_inline_script_dates_a_page_that_shows_none()
    {
        var article = Extract(header: ["来源：当代商报"], head: "<script>var config = { id: 7, pubtime: '2019-09-23 07:48', site: 'news' };</script>");
        Assert.That(article.Dateline.Published, Is.EqualTo(new DateTimeOffset(2019, 9, 23, 7, 48, 0, China)));
    }

    [Test]
    public void Other_dates_in_a_script_are_not_the_publication_date()
    {
        var article = Extract(header: ["来源：当代商报"], head: "<script>var config = { serverTime: '2019-09-23 07:48', expires: '2030-01-01' };</script>");
        Assert.That(article.Dateline.Published, Is.Null);
    }

    [Test]
    public void A_date_by_the_headline_beats_the_script_and_the_date_line_under_the_text()
    {
        var article = Extract(header: ["2020-10-04 20:30 来源：长江网"], head: "<script>var pubtime = '2019-09-23 07:48';</script>", trailer: ["发布日期：2019-09-23 14:34:05"]);
        Assert.That(article.Dateline.Published, Is.EqualTo(new DateTimeOffset(2020, 10, 4, 20, 30, 0, China)));
    }

    /// <summary>A page whose only full date stands in the section bar above the headline.</summary>
    private static string PageWithLineAboveHeadline(string dateLine, string lead)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"zh-Hant\"><head><meta charset=\"utf-8\"><title>驾超跑重返深水埗派钱遭警截</title></head><body>");
        html.Append("<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/a\">港闻</a> <a href=\"/b\">经济</a></div>");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"bar\"><div class=\"date\">{dateLine}</div><h3>港闻</h3></div>");
        html.Append("<div class=\"article\"><h1>驾超跑重返深水埗派钱遭警截 涉策划撒钱被捕</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"content\"><p>{lead}</p>");
        html.Append("<p>被捕的男子24岁，涉嫌策划公众地方扰乱秩序，由探员带返深水埗警署扣查。昨晚7时许，他被锁上手铐由探员押至跑车停泊处，探员将车门打开搜查。</p>");
        html.Append("<p>前日有钞票在空中飘扬的福荣街与桂林街交界，昨早仍有零星百元钞票随风飘落，有市民只敢用手机拍摄，在场警员没收市民拾获的钞票及登记资料。</p>");
        html.Append("</div></div><div class=\"footer\">版权所有</div></body></html>");
        return html.ToString();
    }
}
