using NewsExtract.Dates;
using static NewsExtract.Tests.Dates.DateAssert;

namespace NewsExtract.Tests.Dates;

public class DateCueTests
{
    [TestCase("发布时间：2025-07-13 09:50", "zh", ExpectedResult = "Published")]
    [TestCase("发表时间: 2025-07-13 09:50", "zh", ExpectedResult = "Published")]
    [TestCase("时间：2025-07-13", "zh", ExpectedResult = "Published")]
    [TestCase("日期：2025年7月13日", "zh", ExpectedResult = "Published")]
    [TestCase("发布于 2025-07-13", "zh", ExpectedResult = "Published")]
    [TestCase("發佈時間：2025/07/13 09:50", "hant", ExpectedResult = "Published")]
    [TestCase("更新时间：2025-07-13 09:50", "zh", ExpectedResult = "Updated")]
    [TestCase("最后更新: 2019-09-07 15:14:21", "zh", ExpectedResult = "Updated")]
    [TestCase("北京时间 2025-07-13 09:50", "zh", ExpectedResult = "None")]
    [TestCase("新华网河北频道 ( 2012-06-04 09:20:26 )", "zh", ExpectedResult = "None")]
    [TestCase("Ngày đăng: 12/07/2025 09:30", "vi", ExpectedResult = "Published")]
    [TestCase("Đăng lúc 09:30 12/07/2025", "vi", ExpectedResult = "Published")]
    [TestCase("Cập nhật: 12/07/2025 09:30", "vi", ExpectedResult = "Updated")]
    [TestCase("Cập nhật lúc 09:30 ngày 12/07/2025", "vi", ExpectedResult = "Updated")]
    public string The_label_in_front_names_the_cue(string text, string language) => DateFinder.FindAll(text, For(language))[0].Cue.ToString();

    [Test]
    public void Every_date_in_a_line_is_found_in_order_with_its_text()
    {
        var found = DateFinder.FindAll("发布时间：2025-07-13 09:50:00 更新时间：2025-07-14 08:00", Zh());
        Assert.That(found.Select(c => (c.Dateline.Text, c.Cue)), Is.EqualTo(new[]
        {
            ("2025-07-13 09:50:00", DateCue.Published),
            ("2025-07-14 08:00", DateCue.Updated),
        }));
        Assert.That(found[1].Index, Is.EqualTo(30));
        Assert.That(found[1].Length, Is.EqualTo(16));
    }

    [Test]
    public void The_match_text_keeps_weekday_time_and_offset() =>
        Assert.That(DateFinder.FindAll("Ngày đăng: Thứ bảy, 12/7/2025, 09:30 (GMT+7) | Thời sự", Vi())[0].Dateline.Text,
            Is.EqualTo("Thứ bảy, 12/7/2025, 09:30 (GMT+7)"));
}
