using CsCheck;
using NewsExtract.Dates;

namespace NewsExtract.Tests.Dates;

public class DateFinderPropertyTests
{
    private static readonly Gen<string> Texts = Gen.String[Gen.Char["0123456789/-.:年月日号时分前天 ngàyhôm quatrướcgiờ上午下午()GMT+7"], 0, 40];

    [Test]
    public void Any_text_yields_ordered_non_overlapping_matches_that_quote_the_input() =>
        Texts.Sample(text =>
        {
            var found = DateFinder.FindAll(text, DateAssert.Vi(DateTimeOffset.Parse("2025-07-13T10:00:00+07:00", System.Globalization.CultureInfo.InvariantCulture)));
            var end = 0;
            foreach (var c in found)
            {
                if (c.Index < end || c.Dateline.Text != text.Substring(c.Index, c.Length))
                {
                    return false;
                }

                end = c.Index + c.Length;
            }

            return DateFinder.FindAll(text, DateAssert.Zh()).Count >= 0;
        });
}
