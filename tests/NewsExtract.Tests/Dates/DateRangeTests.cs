using System.Globalization;
using Microsoft.Extensions.Time.Testing;

namespace NewsExtract.Tests.Dates;

/// <summary>
/// Dates are read between 1990 and 2100 whatever the reference time; a reference outside those years — the default
/// <c>DateTimeOffset</c> included — is treated as none (with a diagnostic), and nothing throws.
/// </summary>
public class DateRangeTests
{
    private const string Body =
        "<p>国家统计局发布数据显示，上半年国内生产总值同比增长百分之五点五，经济运行总体平稳，稳中有进，就业形势总体稳定。</p>"
        + "<p>国家统计局新闻发言人表示，上半年居民消费价格温和上涨，国际收支基本平衡，主要指标处于合理区间，经济回升向好。</p>";

    private static string Page(string date) =>
        $"<html lang=zh-CN><head><title>上半年经济运行总体平稳</title></head><body><h1>上半年经济运行总体平稳</h1><div class=time>{date} 来源：新华社</div>{Body}</body></html>";

    private static Article Extract(string date, DateTimeOffset? reference) =>
        new ArticleExtractor(ExtractionOptions.Default with { ReferenceTime = reference }).ExtractHtml(Page(date));

    private static IEnumerable<string> Codes(Article article) => article.Diagnostics.Notes.Select(n => n.Code);

    [Test]
    public void A_default_reference_time_is_treated_as_none()
    {
        var article = Extract("3天前", default(DateTimeOffset));

        Assert.That(article.Dateline.Published, Is.Null);
        Assert.That(Codes(article), Does.Contain("dateline.reference-ignored"));
        Assert.That(article.Paragraphs, Is.Not.Empty);
    }

    [Test]
    public void A_default_reference_time_per_page_or_from_the_clock_is_treated_as_none()
    {
        var perPage = ArticleExtractor.Default.ExtractHtml(Page("昨天 18:30"), new PageContext { ReferenceTime = default(DateTimeOffset) });
        var fromClock = new ArticleExtractor(ExtractionOptions.Default with { Clock = new FakeTimeProvider(default) }).ExtractHtml(Page("3天前"));

        Assert.That(perPage.Dateline.Published, Is.Null);
        Assert.That(fromClock.Dateline.Published, Is.Null);
        Assert.That(Codes(perPage), Does.Contain("dateline.reference-ignored"));
        Assert.That(Codes(fromClock), Does.Contain("dateline.reference-ignored"));
    }

    [Test]
    public void Counting_back_999_months_is_no_date()
    {
        var article = Extract("999个月前", new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

        Assert.That(article.Dateline.Published, Is.Null, "1942 is out of range");
    }

    [Test]
    public void A_relative_date_within_range_is_still_read()
    {
        var article = Extract("3天前", new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

        Assert.That(article.Dateline.Published, Is.EqualTo(new DateTimeOffset(2025, 12, 29, 0, 0, 0, TimeSpan.FromHours(8))));
        Assert.That(Codes(article), Does.Not.Contain("dateline.reference-ignored"));
    }

    [Test]
    public void No_combination_of_reference_time_and_date_form_throws_or_leaves_1990_to_2100()
    {
        DateTimeOffset[] references =
        [
            default, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, DateTimeOffset.MinValue.ToOffset(TimeSpan.FromHours(14)),
            DateTimeOffset.MaxValue.ToOffset(TimeSpan.FromHours(-14)), new(1989, 12, 31, 23, 0, 0, TimeSpan.FromHours(-12)),
            new(1990, 1, 1, 0, 0, 0, TimeSpan.Zero), new(2100, 12, 31, 23, 59, 59, TimeSpan.Zero), new(2101, 1, 1, 0, 0, 0, TimeSpan.Zero),
        ];
        string[] dates = ["3天前", "999个月前", "999周前", "999天前", "999小时前", "昨天 18:30", "大前天", "刚刚", "12日 08:00", "7月12日", "2 giờ trước", "999 tháng trước", "hôm qua"];

        Assert.Multiple(() =>
        {
            foreach (var reference in references)
            {
                foreach (var date in dates)
                {
                    var name = $"{date} against {reference.ToString("O", CultureInfo.InvariantCulture)}";
                    Article? article = null;
                    Assert.That(() => article = Extract(date, reference), Throws.Nothing, name);
                    if (article?.Dateline.Published is { } published)
                    {
                        Assert.That(published.Year, Is.InRange(1990, 2100), name);
                    }
                }
            }
        });
    }
}
