using static NewsExtract.Tests.Dates.DateAssert;

namespace NewsExtract.Tests.Dates;

public class FalsePositiveTests
{
    [TestCase("giảm 3/4 số lượng", "vi")]
    [TestCase("chiếm 1/2 diện tích", "vi")]
    [TestCase("phục vụ 24/7", "vi")]
    [TestCase("tỷ số 2-1", "vi")]
    [TestCase("lãi suất 12/7%", "vi")]
    [TestCase("phiên bản 1.2.3", "vi")]
    [TestCase("Hotline: 0912-345-678", "vi")]
    [TestCase("2024年6月", "zh")]
    [TestCase("2019年", "zh")]
    [TestCase("比分2-1", "zh")]
    [TestCase("版本 3.10.12", "zh")]
    [TestCase("电话：010-65612345", "zh")]
    [TestCase("2025年2月31日", "zh")]
    [TestCase("31/2/2025", "vi")]
    [TestCase("2025-07-13 25:10", "zh")]
    [TestCase("2025-07-13 09:61", "zh")]
    [TestCase("1850-07-13", "zh")]
    [TestCase("12/13/2025", "vi")]
    [TestCase("3日元", "zh")]
    [TestCase("12.7 triệu đồng", "vi")]
    public void Not_a_date(string text, string language) => Assert.That(First(text, language, "2025-07-13T10:00:00+07:00"), Is.EqualTo("none"));

    [Test]
    public void A_range_yields_its_first_date_only()
    {
        var found = NewsExtract.Dates.DateFinder.FindAll("từ 12/7-15/7 tại Hà Nội", Vi());
        Assert.That(found, Has.Count.EqualTo(1));
        Assert.That(found[0].Dateline.Text, Is.EqualTo("12/7-15/7"));
        Assert.That(Describe(found[0].Dateline), Is.EqualTo("MonthDay 7/12"));
    }

    [Test]
    public void Text_without_digits_or_relative_words_is_skipped() =>
        Assert.That(Vi().Grammar.MayHoldDate("Tin mới cập nhật trong ngày"), Is.False);
}
