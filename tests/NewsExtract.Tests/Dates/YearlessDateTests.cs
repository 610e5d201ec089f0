using static NewsExtract.Tests.Dates.DateAssert;

namespace NewsExtract.Tests.Dates;

public class YearlessDateTests
{
    private const string July = "2025-07-13T10:00:00+08:00";
    private const string JulyVi = "2025-07-13T10:00:00+07:00";
    private const string January = "2026-01-03T10:00:00+08:00";

    [TestCase("7月12日", "zh", ExpectedResult = "MonthDay 7/12")]
    [TestCase("7月12日 18:30", "zh", ExpectedResult = "MonthDay 7/12")]
    [TestCase("Ngày 12/7", "vi", ExpectedResult = "MonthDay 7/12")]
    [TestCase("sáng 12/7", "vi", ExpectedResult = "MonthDay 7/12")]
    [TestCase("chiều 12/7", "vi", ExpectedResult = "MonthDay 7/12")]
    [TestCase("12/7", "vi", ExpectedResult = "MonthDay 7/12")]
    [TestCase("12日", "zh", ExpectedResult = "none")]
    [TestCase("7月31日", "zh", ExpectedResult = "MonthDay 7/31")]
    [TestCase("2月30日", "zh", ExpectedResult = "none")]
    public string Yearless_dates_without_reference_stay_partial(string text, string language) => First(text, language);

    [TestCase("7月12日", "zh", July, ExpectedResult = "2025-07-12T00:00:00+08:00 Day")]
    [TestCase("7月12日 18:30", "zh", July, ExpectedResult = "2025-07-12T18:30:00+08:00 Minute")]
    [TestCase("7月14日", "zh", July, ExpectedResult = "2025-07-14T00:00:00+08:00 Day")]
    [TestCase("7月15日", "zh", July, ExpectedResult = "2024-07-15T00:00:00+08:00 Day")]
    [TestCase("12日", "zh", July, ExpectedResult = "2025-07-12T00:00:00+08:00 Day")]
    [TestCase("新华社北京20日电", "zh", July, ExpectedResult = "2025-06-20T00:00:00+08:00 Day")]
    [TestCase("Ngày 12/7", "vi", JulyVi, ExpectedResult = "2025-07-12T00:00:00+07:00 Day")]
    [TestCase("sáng 12/7, 09:30", "vi", JulyVi, ExpectedResult = "2025-07-12T09:30:00+07:00 Minute")]
    public string Yearless_dates_take_the_most_recent_year(string text, string language, string reference) => First(text, language, reference);

    [TestCase("12月30日", January, ExpectedResult = "2025-12-30T00:00:00+08:00 Day")]
    [TestCase("1月2日", January, ExpectedResult = "2026-01-02T00:00:00+08:00 Day")]
    [TestCase("1月4日", January, ExpectedResult = "2026-01-04T00:00:00+08:00 Day")]
    [TestCase("28日", January, ExpectedResult = "2025-12-28T00:00:00+08:00 Day")]
    public string December_dates_read_in_January_belong_to_last_year(string text, string reference) => First(text, "zh", reference);

    [TestCase("2月29日", "2025-03-01T10:00:00+08:00", ExpectedResult = "2024-02-29T00:00:00+08:00 Day")]
    public string Leap_days_go_back_to_a_leap_year(string text, string reference) => First(text, "zh", reference);
}
