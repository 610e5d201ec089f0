namespace NewsExtract.Tests.Fields;

/// <summary>One row per written form of a source, author or credit, with the traps the issue lists.</summary>
public class FieldTests
{
    private static readonly ArticleExtractor Extractor = ArticleExtractor.Default;

    private const string ChineseLead = "国庆中秋长假过半，但外媒关注武汉的热情不减，“中国”“武汉”依然频频出现在各大主流媒体的新闻报道中，多家媒体刊发了相关报道。";
    private const string VietLead = "Cho rằng chủ hụi \"méc\" mẹ vợ chuyện mình thiếu nợ, bị cáo đã xách dao đi \"nói chuyện\" khiến một người vô can chết oan trong đêm.";

    private static Article Zh(string lead, string[]? header = null, string[]? trailer = null, string[]? middle = null) =>
        Extractor.ExtractHtml(FieldPages.Chinese(lead, header, trailer, middle: middle));

    private static Article Vi(string lead, string[]? header = null, string[]? trailer = null) =>
        Extractor.ExtractHtml(FieldPages.Vietnamese(lead, header, trailer));

    private static IEnumerable<TestCaseData> ChineseSources()
    {
        yield return new TestCaseData(ChineseLead, new[] { "2020-10-04 20:30 来源：长江网" }, null, new[] { "长江网" }).SetName("zh source 来源：X");
        yield return new TestCaseData(ChineseLead, new[] { "2020-10-04 20:30 来源丨新京报" }, null, new[] { "新京报" }).SetName("zh source 来源丨X");
        yield return new TestCaseData(ChineseLead, new[] { "2005年3月11日12:12 来源：[ 人民网 ]" }, null, new[] { "人民网" }).SetName("zh source in brackets");
        yield return new TestCaseData("据新华社报道，" + ChineseLead, null, null, new[] { "新华社" }).SetName("zh source 据X报道 in the lead");
        yield return new TestCaseData("据法新社引述路透社报道，" + ChineseLead, null, null, new[] { "法新社", "路透社" }).SetName("zh source 据X引述Y报道 gives both");
        yield return new TestCaseData("新华社北京7月12日电（记者张三）" + ChineseLead, null, null, new[] { "新华社" }).SetName("zh source 新华社北京7月12日电");
        yield return new TestCaseData("长江网10月4日讯（记者陈智 整合）" + ChineseLead, null, null, new[] { "长江网" }).SetName("zh source X10月4日讯");
        yield return new TestCaseData("新浪科技讯 " + ChineseLead, null, null, new[] { "新浪科技" }).SetName("zh source X讯");
        yield return new TestCaseData("【文匯網訊】" + ChineseLead, null, null, new[] { "文匯網" }).SetName("zh source 【X訊】, the bracket no part of the name");
        yield return new TestCaseData("【明報專訊】" + ChineseLead, null, null, new[] { "明報" }).SetName("zh source X專訊");
        yield return new TestCaseData("【本報訊】" + ChineseLead, null, null, Array.Empty<string>()).SetName("zh 【本報訊】 is the page's own report, no source");
        yield return new TestCaseData(ChineseLead, new[] { "2020-10-04 20:30" }, new[] { "转自：澎湃新闻" }, new[] { "澎湃新闻" }).SetName("zh source 转自X");
        yield return new TestCaseData(ChineseLead, null, new[] { "本文来源：新京报 责任编辑：姚立伟_NT6056" }, new[] { "新京报" }).SetName("zh source 本文来源 with a credit on the line");
        yield return new TestCaseData(ChineseLead, null, new[] { "（资料来源：参考消息、海外网等）" }, new[] { "参考消息", "海外网" }).SetName("zh source list");
        yield return new TestCaseData(ChineseLead, new[] { "http://house.sina.com.cn 2005年03月31日03:18 北京娱乐信报" }, null, new[] { "北京娱乐信报" }).SetName("zh source on the date line");
        yield return new TestCaseData(ChineseLead, new[] { "2005年03月21日 11:21 《理财周刊》" }, null, new[] { "理财周刊" }).SetName("zh source in book-title marks on the date line");
        yield return new TestCaseData(ChineseLead, null, new[] { "从数字经济到数字治理，再到数字社会，益阳的发展“蓝海”正不断拓展，书写着这座山乡之城新的传奇。（刊于《半月谈》2019年第24期）" }, new[] { "半月谈" }).SetName("zh source print origin");
        yield return new TestCaseData("中新社北京7月12日电 " + ChineseLead, new[] { "2020-10-04 20:30 来源：中新网" }, null, new[] { "中新网", "中新社" }).SetName("zh 中新社 and 中新网 are two sources");
        yield return new TestCaseData("朝中社平壤7月12日电 " + ChineseLead, new[] { "2020-10-04 20:30 来源：朝鲜中央通讯社" }, null, new[] { "朝鲜中央通讯社" }).SetName("zh 朝中社 = 朝鲜中央通讯社");
    }

    [TestCaseSource(nameof(ChineseSources))]
    public void Chinese_sources(string lead, string[]? header, string[]? trailer, string[] expected)
    {
        var article = Zh(lead, header, trailer);
        Assert.That(article.Sources.Select(s => s.Name), Is.EquivalentTo(expected), string.Join(" | ", article.Sources));
    }

    [Test]
    public void A_report_cited_mid_body_is_not_a_source()
    {
        var article = Zh(ChineseLead, ["2020-10-04 20:30 来源：长江网"], middle: ["据澎湃新闻报道，当地警方已对此事立案调查，相关工作正在进行中，目前尚未公布更多细节，后续进展本网将持续关注。"]);
        Assert.That(article.Sources.Select(s => s.Name), Is.EquivalentTo(new[] { "长江网" }));
    }

    [Test]
    public void A_reprint_marker_is_not_a_source()
    {
        var article = Zh(ChineseLead, ["2005-04-28 11:13 来源：转载文章"]);
        Assert.That(article.Sources, Is.Empty);
    }

    [Test]
    public void Sources_keep_the_phrase_as_written()
    {
        var article = Zh("据新华社报道，" + ChineseLead);
        Assert.That(article.Sources.Single().Text, Does.Contain("据新华社报道"));
    }

    private static IEnumerable<TestCaseData> VietnameseSources()
    {
        yield return new TestCaseData("(Dân trí) - " + VietLead, null, new[] { "Dân trí" }).SetName("vi source (Dân trí) -");
        yield return new TestCaseData("(NLĐO)- " + VietLead, null, new[] { "NLĐO" }).SetName("vi source (NLĐO)- kept as written");
        yield return new TestCaseData("TTO - " + VietLead, null, new[] { "TTO" }).SetName("vi source TTO -");
        yield return new TestCaseData("VOV.VN - " + VietLead, null, new[] { "VOV.VN" }).SetName("vi source VOV.VN -");
        yield return new TestCaseData(VietLead, new[] { "Theo TTXVN" }, new[] { "TTXVN" }).SetName("vi source Theo X");
        yield return new TestCaseData(VietLead, new[] { "(Theo Tuổi Trẻ)" }, new[] { "Tuổi Trẻ" }).SetName("vi source (Theo X)");
        yield return new TestCaseData(VietLead, new[] { "Nguồn: VnExpress" }, new[] { "VnExpress" }).SetName("vi source Nguồn: X");
        yield return new TestCaseData(VietLead, new[] { "Theo Sầm Hoa (Vietnamnet/Reuters)" }, new[] { "Vietnamnet", "Reuters" }).SetName("vi source Theo writer (outlets)");
        yield return new TestCaseData("(TTXVN) - " + VietLead, new[] { "Theo Thông tấn xã Việt Nam" }, new[] { "TTXVN" }).SetName("vi TTXVN = Thông tấn xã Việt Nam");
    }

    [TestCaseSource(nameof(VietnameseSources))]
    public void Vietnamese_sources(string lead, string[]? trailer, string[] expected)
    {
        var article = Vi(lead, ["Thứ Tư, 26/12/2012 17:14"], trailer);
        Assert.That(article.Sources.Select(s => s.Name), Is.EquivalentTo(expected), string.Join(" | ", article.Sources));
    }

    private static IEnumerable<TestCaseData> ChineseAuthors()
    {
        yield return new TestCaseData(ChineseLead, new[] { "2020-10-04 20:30 记者 张三" }, null, new[] { "张三" }).SetName("zh author 记者 X");
        yield return new TestCaseData(ChineseLead, new[] { "2020-10-04 20:30", "记者 张三 李四" }, null, new[] { "张三", "李四" }).SetName("zh authors 记者 X Y");
        yield return new TestCaseData(ChineseLead, new[] { "2020-10-04 20:30", "文/王五" }, null, new[] { "王五" }).SetName("zh author 文/X");
        yield return new TestCaseData(ChineseLead, new[] { "2020-10-04 20:30 作者：赵六" }, null, new[] { "赵六" }).SetName("zh author 作者：X");
        yield return new TestCaseData(ChineseLead, new[] { "2020-10-04 20:30", "撰文：孙七" }, null, new[] { "孙七" }).SetName("zh author 撰文");
        yield return new TestCaseData(ChineseLead, new[] { "2020-10-04 20:30", "记者 张三 通讯员 李四" }, null, new[] { "张三", "李四" }).SetName("zh author 通讯员");
        yield return new TestCaseData(ChineseLead, new[] { "2020-10-04 20:30", "澎湃新闻记者 段彦超 廖艳" }, null, new[] { "段彦超", "廖艳" }).SetName("zh authors after an outlet name");
        yield return new TestCaseData(ChineseLead, new[] { "石佳/中国青年报", "2019-09-24 09:10" }, null, new[] { "石佳" }).SetName("zh author name/outlet");
        yield return new TestCaseData("新京报讯（记者 陆一夫）" + ChineseLead, null, null, new[] { "陆一夫" }).SetName("zh author in a 讯 lead");
        yield return new TestCaseData("新华社北京7月12日电（记者张三、李四）" + ChineseLead, null, null, new[] { "张三", "李四" }).SetName("zh authors in a 电 lead");
        yield return new TestCaseData(ChineseLead, new[] { "2020-10-04 20:30" }, new[] { "正是有了英勇的你们，才有这座英雄的城！（评论员 罗博 萧海川）" }, new[] { "罗博", "萧海川" }).SetName("zh authors in a closing signature");
        yield return new TestCaseData(ChineseLead, new[] { "2020-10-04 20:30" }, new[] { "天猫联合蜂鸟在上海、杭州首次推出最快一小时达业务，同时可以分期免息。(李楠)" }, new[] { "李楠" }).SetName("zh author as a bare closing name");
        yield return new TestCaseData(ChineseLead, new[] { "2020-10-04 20:30" }, new[] { "作者︱春春" }, new[] { "春春" }).SetName("zh author with the ︱ separator");
    }

    [TestCaseSource(nameof(ChineseAuthors))]
    public void Chinese_authors(string lead, string[]? header, string[]? trailer, string[] expected)
    {
        var article = Zh(lead, header, trailer);
        Assert.That(article.Authors, Is.EquivalentTo(expected));
    }

    [Test]
    public void Credited_editors_are_never_authors()
    {
        var article = Zh(ChineseLead, ["2020-10-04 20:30 作者：赵六"], ["责任编辑：杨倩_NF4425"]);
        Assert.Multiple(() =>
        {
            Assert.That(article.Authors, Is.EquivalentTo(new[] { "赵六" }));
            Assert.That(article.Credits.Select(c => c.Name), Does.Contain("杨倩"));
            Assert.That(article.Text, Does.Not.Contain("杨倩"));
        });
    }

    [Test]
    public void Photographers_named_in_captions_are_not_authors()
    {
        var html = FieldPages.Chinese(ChineseLead, ["2020-10-04 20:30 记者 张三"],
            middle: ["<img src=\"a.jpg\"></p><p class=\"caption\">10月4日，旅游专列开往襄阳。 通讯员刘娟 摄"]);
        var article = Extractor.ExtractHtml(html);
        Assert.That(article.Authors, Is.EquivalentTo(new[] { "张三" }));
    }

    private static IEnumerable<TestCaseData> VietnameseAuthors()
    {
        yield return new TestCaseData(new[] { "K. Miên" }, new[] { "K. Miên" }).SetName("vi author name line with an initial");
        yield return new TestCaseData(new[] { "Tác giả: Nguyễn Văn An" }, new[] { "Nguyễn Văn An" }).SetName("vi author Tác giả:");
        yield return new TestCaseData(new[] { "Tin, ảnh: Vũ Phương Thảo" }, new[] { "Vũ Phương Thảo" }).SetName("vi author Tin, ảnh:");
        yield return new TestCaseData(new[] { "Nhóm PV" }, new[] { "Nhóm PV" }).SetName("vi author Nhóm PV");
        yield return new TestCaseData(new[] { "HOÀNG ANH" }, new[] { "HOÀNG ANH" }).SetName("vi author in capitals");
        yield return new TestCaseData(new[] { "Theo Minh Nguyễn/Vcamp.vn" }, new[] { "Minh Nguyễn" }).SetName("vi author in Theo writer/outlet");
    }

    [TestCaseSource(nameof(VietnameseAuthors))]
    public void Vietnamese_authors(string[] trailer, string[] expected)
    {
        var article = Vi("(NLĐO) - " + VietLead, ["Thứ Tư, 26/12/2012 17:14"], trailer);
        Assert.That(article.Authors, Is.EquivalentTo(expected));
    }

    [Test]
    public void A_vietnamese_label_is_a_whole_word()
    {
        // "Công tác giải phóng": "tác giả" runs into "giải", so the subheading is no "Tác giả" byline and stays in the body.
        const string subheading = "Công tác giải phóng mặt bằng: hoàn thành trước Tết";
        var article = Extractor.ExtractHtml(FieldPages.Vietnamese("(NLĐO) - " + VietLead, middle: [subheading]));
        Assert.That(article.Paragraphs.Select(p => p.Text), Does.Contain(subheading));
    }

    private static IEnumerable<TestCaseData> Credits()
    {
        yield return new TestCaseData("编辑：刘莹", "编辑", "刘莹").SetName("credit 编辑：");
        yield return new TestCaseData("责任编辑：杨倩_NF4425", "责任编辑", "杨倩").SetName("credit staff code trimmed");
        yield return new TestCaseData("责编丨薛艺磊", "责编", "薛艺磊").SetName("credit 责编丨");
        yield return new TestCaseData("审校 | 王一", "审校", "王一").SetName("credit 审校 |");
        yield return new TestCaseData("审核：李二", "审核", "李二").SetName("credit 审核");
        yield return new TestCaseData("校对 李铭", "校对", "李铭").SetName("credit 校对 with a space");
        yield return new TestCaseData("监制：张三", "监制", "张三").SetName("credit 监制");
        yield return new TestCaseData("排版：赵四", "排版", "赵四").SetName("credit 排版");
        yield return new TestCaseData("编审：钱五", "编审", "钱五").SetName("credit 编审");
        yield return new TestCaseData("【编辑：姚昊】", "编辑", "姚昊").SetName("credit in brackets");
        yield return new TestCaseData("[责任编辑：alonliu]", "责任编辑", "alonliu").SetName("credit login id");
    }

    [TestCaseSource(nameof(Credits))]
    public void Chinese_credits(string line, string role, string name)
    {
        var article = Zh(ChineseLead, ["2020-10-04 20:30"], [line]);
        Assert.Multiple(() =>
        {
            Assert.That(article.Credits, Does.Contain(new Credit(role, name)), string.Join(" | ", article.Credits));
            Assert.That(article.Authors, Does.Not.Contain(name));
            Assert.That(article.Text, Does.Not.Contain(name));
        });
    }

    [Test]
    public void Several_credits_on_one_line()
    {
        var article = Zh(ChineseLead, ["2020-10-04 20:30"], ["编辑 刘晓阳 校对 李铭"]);
        Assert.That(article.Credits, Is.SupersetOf(new[] { new Credit("编辑", "刘晓阳"), new Credit("校对", "李铭") }));
    }

    [Test]
    public void Vietnamese_editor_credit()
    {
        var article = Vi("(NLĐO) - " + VietLead, ["Thứ Tư, 26/12/2012 17:14"], ["Biên tập: Trần Minh"]);
        Assert.Multiple(() =>
        {
            Assert.That(article.Credits.Select(c => c.Name), Does.Contain("Trần Minh"));
            Assert.That(article.Authors, Does.Not.Contain("Trần Minh"));
        });
    }
}
