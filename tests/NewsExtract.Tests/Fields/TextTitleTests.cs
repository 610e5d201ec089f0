namespace NewsExtract.Tests.Fields;

/// <summary>The headline of a plain-text capture among the page's other short lines.</summary>
public class TextTitleTests
{
    private static readonly string[] Paragraphs =
    [
        "看过电影的人可能会记得主角徒手抓子弹的剧情。那么在现实中，徒手抓子弹可不可以？首先介绍几个物理概念，再来考虑这件事是否行得通。",
        "第一个是相对运动，它指的是一个物体对于另一个物体相对位置的改变。例如，坐在一辆行进的火车上，从车窗向外望去，会发现外面的景象朝自己的身后运动。",
        "接下来讲讲徒手抓子弹的可行性。理论上，只要让你的速度和子弹的速度一样快，子弹相对于你来说就是静止的，就可以轻松地抓住它，但这在现实中做不到。",
        "所以徒手接子弹只是电影里的特效而已，在现实生活中并不存在，大家千万不要模仿，以免发生危险。",
    ];

    private static Article Extract(string[] before, string[]? after = null) =>
        ArticleExtractor.Default.ExtractText(string.Join("\n\n", [.. before, .. Paragraphs, .. after ?? []]));

    [Test]
    public void A_members_area_line_repeated_in_every_menu_is_not_the_headline()
    {
        var article = Extract(
            ["主页", "TOPick 會員專區", "新聞", "娛樂", "TOPick 會員專區", "【新冠肺炎】機動部隊男警初步確診　同組警員或要檢疫", "社會 17:30 2020/08/09"],
            ["TOPick 會員專區", "關於我們"]);
        Assert.That(article.Title, Is.EqualTo("【新冠肺炎】機動部隊男警初步確診　同組警員或要檢疫"));
    }

    [Test]
    public void A_category_line_after_the_text_is_not_the_headline()
    {
        var article = Extract(["首页", "辟谣", "徒手抓子弹真的存在吗？", "来源：科普中国-科学原理"], ["子弹  相对论", "所属分类：数理化", "时间：2019-09-24 17:08"]);
        Assert.That(article.Title, Is.EqualTo("徒手抓子弹真的存在吗？"));
    }

    [Test]
    public void A_caption_closing_on_its_photographer_is_not_the_headline()
    {
        var article = Extract(["論壇", "和男友口角鎖門吞藥　女墜樓不治", "出版時間：2016/05/21 11:44", "台中市賴姓女子酒後與男友發生口角後，從5樓租屋處墬落身亡。王煌忠攝"]);
        Assert.That(article.Title, Is.EqualTo("和男友口角鎖門吞藥　女墜樓不治"));
    }

    [Test]
    public void A_headline_in_a_dropdowns_brackets_loses_the_brackets()
    {
        var article = Extract(["2018年12月17日星期一", "港聞", "[駕超跑重返深水埗派錢遭警截 涉策劃撒錢                             ]", "下一篇"]);
        Assert.That(article.Title, Is.EqualTo("駕超跑重返深水埗派錢遭警截 涉策劃撒錢"));
    }

    [Test]
    public void A_site_banner_with_its_address_and_a_dashed_subtitle_are_not_the_headline()
    {
        var article = Extract(["首页>动态信息>政务动态", "为现代化建设凝聚强大智慧和力量", "——热烈祝贺市政协会议开幕", "市政府门户网站 www.example.gov.cn", "2022-02-11 09:52"]);
        Assert.That(article.Title, Is.EqualTo("为现代化建设凝聚强大智慧和力量"));
    }

    [Test]
    public void A_headline_naming_a_date_is_still_a_headline()
    {
        var article = Extract(["基金资讯", "【资讯汇总】9月26日盘中重要资讯汇总 准确把握市场走向", "2019年9月26日 15:10 来源：天天基金网", "收盘播报"]);
        Assert.That(article.Title, Is.EqualTo("【资讯汇总】9月26日盘中重要资讯汇总 准确把握市场走向"));
    }
}
