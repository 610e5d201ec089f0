using static NewsExtract.Tests.Dates.DateAssert;

namespace NewsExtract.Tests.Dates;

public class AbsoluteDateTests
{
    [TestCase("2025-07-13 09:50:00", ExpectedResult = "2025-07-13T09:50:00+08:00 Second")]
    [TestCase("2025-07-13 09:50", ExpectedResult = "2025-07-13T09:50:00+08:00 Minute")]
    [TestCase("2025年7月13日 09:50", ExpectedResult = "2025-07-13T09:50:00+08:00 Minute")]
    [TestCase("2025年07月13日09:50", ExpectedResult = "2025-07-13T09:50:00+08:00 Minute")]
    [TestCase("2025年7月13日", ExpectedResult = "2025-07-13T00:00:00+08:00 Day")]
    [TestCase("2025/07/13", ExpectedResult = "2025-07-13T00:00:00+08:00 Day")]
    [TestCase("2025/7/13 9:50", ExpectedResult = "2025-07-13T09:50:00+08:00 Minute")]
    [TestCase("2025.07.13", ExpectedResult = "2025-07-13T00:00:00+08:00 Day")]
    [TestCase("发布时间：2025-07-13 09:50", ExpectedResult = "2025-07-13T09:50:00+08:00 Minute")]
    [TestCase("时间：2025-07-13 09:50  来源：新华网", ExpectedResult = "2025-07-13T09:50:00+08:00 Minute")]
    [TestCase("2025年7月13日 星期日 09:50", ExpectedResult = "2025-07-13T09:50:00+08:00 Minute")]
    [TestCase("2025年7月13日9时50分", ExpectedResult = "2025-07-13T09:50:00+08:00 Minute")]
    [TestCase("２０２５年７月１３日 ０９:５０", ExpectedResult = "2025-07-13T09:50:00+08:00 Minute")]
    [TestCase("·长期忍而不射下下之策（2005-04-01 09:56AM）", ExpectedResult = "2005-04-01T09:56:00+08:00 Minute")]
    [TestCase("二〇二五年七月十二日", ExpectedResult = "2025-07-12T00:00:00+08:00 Day")]
    [TestCase("二〇一九年十二月三十一日", ExpectedResult = "2019-12-31T00:00:00+08:00 Day")]
    public string Chinese_dates_read_year_month_day(string text) => First(text, "zh");

    [TestCase("民國114年7月12日", "zh", ExpectedResult = "2025-07-12T00:00:00+08:00 Day")]
    [TestCase("114年7月12日", "hant", ExpectedResult = "2025-07-12T00:00:00+08:00 Day")]
    [TestCase("中華民國101年12月25日 下午3:20", "hant", ExpectedResult = "2012-12-25T15:20:00+08:00 Minute")]
    [TestCase("114年7月12日", "zh", ExpectedResult = "none")]
    [TestCase("民國38年10月1日", "hant", ExpectedResult = "none")]
    public string Taiwan_roc_years_add_1911(string text, string language) => First(text, language);

    [TestCase("2025年7月12日 上午9:50", ExpectedResult = "2025-07-12T09:50:00+08:00 Minute")]
    [TestCase("2025年7月12日 下午3:20", ExpectedResult = "2025-07-12T15:20:00+08:00 Minute")]
    [TestCase("2025年7月12日 上午12:05", ExpectedResult = "2025-07-12T00:05:00+08:00 Minute")]
    [TestCase("2025年7月12日 下午12:05", ExpectedResult = "2025-07-12T12:05:00+08:00 Minute")]
    [TestCase("2025年7月12日 晚上8:30", ExpectedResult = "2025-07-12T20:30:00+08:00 Minute")]
    [TestCase("2025年7月12日 凌晨2:10", ExpectedResult = "2025-07-12T02:10:00+08:00 Minute")]
    [TestCase("2025年7月12日 下午15:20", ExpectedResult = "2025-07-12T15:20:00+08:00 Minute")]
    public string Chinese_am_pm_words_move_the_hour(string text) => First(text, "hant");

    [TestCase("Thứ bảy, 12/7/2025, 09:30 (GMT+7)", ExpectedResult = "2025-07-12T09:30:00+07:00 Minute")]
    [TestCase("Thứ Ba, 25/12/2012 - 10:03", ExpectedResult = "2012-12-25T10:03:00+07:00 Minute")]
    [TestCase("12/07/2025 - 09:30", ExpectedResult = "2025-07-12T09:30:00+07:00 Minute")]
    [TestCase("Cập nhật: 12/07/2025 09:30", ExpectedResult = "2025-07-12T09:30:00+07:00 Minute")]
    [TestCase("09:30 12/07/2025", ExpectedResult = "2025-07-12T09:30:00+07:00 Minute")]
    [TestCase("10h30 ngày 12/7/2025", ExpectedResult = "2025-07-12T10:30:00+07:00 Minute")]
    [TestCase("ngày 12 tháng 7 năm 2025", ExpectedResult = "2025-07-12T00:00:00+07:00 Day")]
    [TestCase("12-07-2025", ExpectedResult = "2025-07-12T00:00:00+07:00 Day")]
    [TestCase("Trước đó, ngày 6.4.2012, cơ quan công an", ExpectedResult = "2012-04-06T00:00:00+07:00 Day")]
    [TestCase("Thứ năm, 4/9/2014 | 13:28 GMT+7", ExpectedResult = "2014-09-04T13:28:00+07:00 Minute")]
    [TestCase("Thứ Hai, 24/12/2012, 03:04 AM (GMT+7)", ExpectedResult = "2012-12-24T03:04:00+07:00 Minute")]
    [TestCase("Cập nhật thứ sáu, ngày 30/11/12 04:00 chiều", ExpectedResult = "2012-11-30T16:00:00+07:00 Minute")]
    [TestCase("Cập nhật thứ hai, ngày 24/12/12 11:05 tối", ExpectedResult = "2012-12-24T23:05:00+07:00 Minute")]
    [TestCase("Chủ nhật, 13/2/2022, 16:08 (GMT+7)", ExpectedResult = "2022-02-13T16:08:00+07:00 Minute")]
    public string Vietnamese_dates_read_day_month_year(string text) => First(text, "vi");

    [TestCase("5/7/2025", "vi", ExpectedResult = "2025-07-05T00:00:00+07:00 Day")]
    [TestCase("12/7/2025", "vi", ExpectedResult = "2025-07-12T00:00:00+07:00 Day")]
    [TestCase("7/13/2025", "vi", ExpectedResult = "none")]
    [TestCase("2025/07/13", "vi", ExpectedResult = "2025-07-13T00:00:00+07:00 Day")]
    [TestCase("07/13/2025", "zh", ExpectedResult = "2025-07-13T00:00:00+08:00 Day")]
    public string Vietnamese_numeric_dates_are_day_first(string text, string language) => First(text, language);

    [TestCase("2025-07-13 09:50 (GMT+7)", ExpectedResult = "2025-07-13T09:50:00+07:00 Minute")]
    [TestCase("2025-07-13 09:50 UTC+8", ExpectedResult = "2025-07-13T09:50:00+08:00 Minute")]
    [TestCase("2025-07-13 09:50 GMT+08:00", ExpectedResult = "2025-07-13T09:50:00+08:00 Minute")]
    [TestCase("2025-07-13 09:50 GMT-5", ExpectedResult = "2025-07-13T09:50:00-05:00 Minute")]
    [TestCase("2025-07-13 09:50 (GMT)", ExpectedResult = "2025-07-13T09:50:00+00:00 Minute")]
    [TestCase("北京时间2025年7月13日 09:50", ExpectedResult = "2025-07-13T09:50:00+08:00 Minute")]
    [TestCase("2025-07-13T09:50:00+05:30", ExpectedResult = "2025-07-13T09:50:00+05:30 Second")]
    [TestCase("2025-07-13T09:50:00Z", ExpectedResult = "2025-07-13T09:50:00+00:00 Second")]
    [TestCase("2025-07-13 09:50", ExpectedResult = "2025-07-13T09:50:00+00:00 Minute")]
    [TestCase("更新时间 2012年12月10日, 格林尼治标准时间10:41", ExpectedResult = "2012-12-10T10:41:00+00:00 Minute")]
    public string Explicit_offsets_win_over_the_default(string text) => First(text, "any");

    [TestCase("发布时间：18-03-0823:16优质原创作者", null, ExpectedResult = "2018-03-08T23:16:00+08:00 Minute")]
    [TestCase("发布时间：10-0812:00优质原创作者", "2019-10-09T08:00:00+08:00", ExpectedResult = "2019-10-08T12:00:00+08:00 Minute")]
    [TestCase("发布时间：10-0812:00", null, ExpectedResult = "MonthDay 10/8")]
    [TestCase("比分 10-08 落后", null, ExpectedResult = "none")]
    public string Compressed_portal_dates_need_a_clock(string text, string? reference) => First(text, "zh", reference);

    [TestCase("　　2005年03月21日 11:21 《理财周刊》", ExpectedResult = "2005年03月21日 11:21")]
    [TestCase("民國 114年7月12日", ExpectedResult = "民國 114年7月12日")]
    public string The_match_text_has_no_surrounding_space(string text) =>
        NewsExtract.Dates.DateFinder.FindAll(text, Hant())[0].Dateline.Text!;
}
