using NewsExtract.Languages;
using NewsExtract.Dates;

namespace NewsExtract.Tests.Dates;

public class DatelinePlaceTests
{
    [TestCase("新华社北京7月12日电（记者张三）国务院总理…", ExpectedResult = "北京")]
    [TestCase("中新网上海7月12日电 上海市…", ExpectedResult = "上海")]
    [TestCase("　　新华社巴黎12月9日电（记者唐霁）法国9日…", ExpectedResult = "巴黎")]
    [TestCase("新华社记者 庞兴雷摄新华社圣彼得堡6月21日电 (记者胡晓光)", ExpectedResult = "圣彼得堡")]
    [TestCase("本报北京7月12日讯 记者…", ExpectedResult = "北京")]
    [TestCase("据新华社香港11月25日电 香港特别行政区…", ExpectedResult = "香港")]
    [TestCase("（中央社記者陳家倫台北12日電）行政院…", ExpectedResult = "台北")]
    [TestCase("北京7月12日电 今天…", ExpectedResult = "北京")]
    [TestCase("本报讯 记者从市政府获悉…", ExpectedResult = null)]
    [TestCase("有关部门7月12日消息称…", ExpectedResult = null)]
    [TestCase("美国总统12日表示…", ExpectedResult = null)]
    public string? Chinese_dateline_names_the_place_before_the_date(string lead) => DatelinePlace.Find(lead, ContentLanguage.ChineseSimplified, LanguageKnowledge.For([]).Chinese);

    [TestCase("HÀ NỘI - Sáng 12/7, Thủ tướng…", ExpectedResult = "HÀ NỘI")]
    [TestCase("TP.HCM - Chiều qua, UBND thành phố…", ExpectedResult = "TP.HCM")]
    [TestCase("ĐÀ NẴNG (TTXVN) – Ngày 12/7…", ExpectedResult = "ĐÀ NẴNG")]
    [TestCase("(Dân trí) - Sáng nay, giá vàng…", ExpectedResult = null)]
    [TestCase("VIDEO - Cảnh sát giao thông…", ExpectedResult = null)]
    [TestCase("Hà Nội - thành phố vì hòa bình", ExpectedResult = null)]
    [TestCase("Sau phiên tăng giá hôm qua, sáng nay…", ExpectedResult = null)]
    public string? Vietnamese_dateline_is_a_capitalised_place_and_a_dash(string lead) => DatelinePlace.Find(lead, ContentLanguage.Vietnamese, LanguageKnowledge.For([]).Vietnamese);
}
