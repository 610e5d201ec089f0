using NewsExtract.Decoding;

namespace NewsExtract.Tests.Decoding;

/// <summary>The lead-byte share that lets a GB claim skip detection tells GBK from Big5 in either script.</summary>
public class ByteStatsTests
{
    [TestCase(TestPages.Simplified)]
    [TestCase(TestPages.Traditional)]
    public void Chinese_in_gbk_has_almost_no_lead_bytes_in_the_kana_rows(string text)
    {
        var (leads, kanaRowLeads) = ByteStats.CountGbkLeads(TestPages.Gbk(TestPages.Html(text)));

        Assert.That(leads, Is.GreaterThan(100));
        Assert.That(kanaRowLeads * 20, Is.LessThan(leads));
    }

    [Test]
    public void Traditional_chinese_in_big5_has_many_lead_bytes_in_the_kana_rows()
    {
        var (leads, kanaRowLeads) = ByteStats.CountGbkLeads(TestPages.Big5(TestPages.Html(TestPages.Traditional)));

        Assert.That(kanaRowLeads * 5, Is.GreaterThan(leads));
    }

    [Test]
    public void Ascii_has_no_leads_and_a_trailing_lead_byte_counts_once()
    {
        Assert.That(ByteStats.CountGbkLeads("<p>plain ascii</p>"u8), Is.EqualTo((0, 0)));
        Assert.That(ByteStats.CountGbkLeads([0x41, 0xA4]), Is.EqualTo((1, 1)));
    }
}
