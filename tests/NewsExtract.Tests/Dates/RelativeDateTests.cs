using static NewsExtract.Tests.Dates.DateAssert;

namespace NewsExtract.Tests.Dates;

public class RelativeDateTests
{
    // The reference is given in UTC: results come back in the page's default offset.
    private const string Reference = "2025-07-13T02:00:30+00:00";

    [TestCase("昨天 18:30", "zh", ExpectedResult = "2025-07-12T18:30:00+08:00 Minute")]
    [TestCase("前天", "zh", ExpectedResult = "2025-07-11T00:00:00+08:00 Day")]
    [TestCase("今天 09:00", "zh", ExpectedResult = "2025-07-13T09:00:00+08:00 Minute")]
    [TestCase("3小时前", "zh", ExpectedResult = "2025-07-13T07:00:00+08:00 Minute")]
    [TestCase("10分钟前", "zh", ExpectedResult = "2025-07-13T09:50:00+08:00 Minute")]
    [TestCase("2天前", "zh", ExpectedResult = "2025-07-11T00:00:00+08:00 Day")]
    [TestCase("刚刚", "zh", ExpectedResult = "2025-07-13T10:00:00+08:00 Minute")]
    [TestCase("半小时前", "zh", ExpectedResult = "2025-07-13T09:30:00+08:00 Minute")]
    [TestCase("3個小時前", "hant", ExpectedResult = "2025-07-13T07:00:00+08:00 Minute")]
    [TestCase("2 giờ trước", "vi", ExpectedResult = "2025-07-13T07:00:00+07:00 Minute")]
    [TestCase("30 phút trước", "vi", ExpectedResult = "2025-07-13T08:30:00+07:00 Minute")]
    [TestCase("3 ngày trước", "vi", ExpectedResult = "2025-07-10T00:00:00+07:00 Day")]
    [TestCase("hôm qua", "vi", ExpectedResult = "2025-07-12T00:00:00+07:00 Day")]
    [TestCase("Hôm qua, 18:30", "vi", ExpectedResult = "2025-07-12T18:30:00+07:00 Minute")]
    [TestCase("13 giờ 33 phút trước", "vi", ExpectedResult = "2025-07-12T19:27:00+07:00 Minute")]
    public string Relative_dates_count_back_from_the_reference(string text, string language) => First(text, language, Reference);

    [TestCase("昨天 18:30", "zh")]
    [TestCase("3小时前", "zh")]
    [TestCase("刚刚", "zh")]
    [TestCase("2 giờ trước", "vi")]
    [TestCase("hôm qua", "vi")]
    public void Relative_dates_without_reference_are_not_returned(string text, string language) =>
        Assert.That(First(text, language), Is.EqualTo("none"));

    [TestCase("目前天气晴朗", "zh")]
    [TestCase("今日头条", "zh")]
    [TestCase("Thực ra, trong các đêm trước ở vòng bán kết", "vi")]
    public void Relative_words_inside_other_words_are_not_dates(string text, string language) =>
        Assert.That(First(text, language, Reference), Is.EqualTo("none"));
}
