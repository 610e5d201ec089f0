using NewsExtract.Dates;
using static NewsExtract.Tests.Dates.DateAssert;

namespace NewsExtract.Tests.Dates;

public class IsoDateTests
{
    [TestCase("2025-07-13T09:50:00+08:00", ExpectedResult = "2025-07-13T09:50:00+08:00 Second")]
    [TestCase("2025-07-13T09:50:00Z", ExpectedResult = "2025-07-13T09:50:00+00:00 Second")]
    [TestCase("2025-07-13T09:50:00+0700", ExpectedResult = "2025-07-13T09:50:00+07:00 Second")]
    [TestCase("2025-07-13T09:50:00.123+07:00", ExpectedResult = "2025-07-13T09:50:00+07:00 Second")]
    [TestCase("2025-07-13 09:50:00", ExpectedResult = "2025-07-13T09:50:00+07:00 Second")]
    [TestCase("2025-07-13", ExpectedResult = "2025-07-13T00:00:00+07:00 Day")]
    [TestCase("2012-12-25T10:03", ExpectedResult = "2012-12-25T10:03:00+07:00 Minute")]
    [TestCase(" 2012-12-25T10:03+07:00 ", ExpectedResult = "2012-12-25T10:03:00+07:00 Minute")]
    [TestCase("2025/07/13 09:50", ExpectedResult = "2025-07-13T09:50:00+07:00 Minute")]
    [TestCase("2025年7月13日", ExpectedResult = "2025-07-13T00:00:00+07:00 Day")]
    [TestCase("2025-02-30", ExpectedResult = "none")]
    [TestCase("2025-07-13T24:10:00", ExpectedResult = "none")]
    [TestCase("2025-07-13T09:50:00+15:00", ExpectedResult = "none")]
    [TestCase("not a date", ExpectedResult = "none")]
    [TestCase("", ExpectedResult = "none")]
    public string Iso_values_keep_their_offset_and_precision(string value) => Describe(DateFinder.ParseIso(value, Vietnam, NewsExtract.Languages.LanguageKnowledge.For([]).AnyLanguageDates));
}
