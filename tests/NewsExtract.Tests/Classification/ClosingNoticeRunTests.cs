namespace NewsExtract.Tests.Classification;

/// <summary>
/// A notice a site closes its articles with (reprint notice, hotline notice, call to readers) ends the body; the same
/// words inside the article's text do not.
/// </summary>
public class ClosingNoticeRunTests
{
    private const string First = "研究团队表示，下一步将继续扩大训练数据的规模，并与多家医院合作，探索这项技术在医疗诊断领域的实际应用价值。";
    private const string Second = "这款设备能够根据以往的经验自己学习解决新的问题，研究人员认为这是人工智能发展的重要一步，未来可能用于更多复杂场景。";
    private const string Third = "专家指出，相关技术仍需经过严格的临床验证，才能真正走进医院，为患者提供帮助，这一过程可能需要数年时间。";

    private static Article Extract(string paragraphs, string title = "人工智能迈上新台阶") => Articles.FromHtml(
        $"<html><head><title>{title}_示例网</title></head><body><div class=main><h1>{title}</h1><div class=text>{paragraphs}</div></div></body></html>");

    private static string P(params string[] texts) => string.Concat(texts.Select(t => $"<p>{t}</p>"));

    [Test]
    public void A_reprint_notice_after_the_last_paragraph_is_not_body()
    {
        var article = Extract(P(First, Second, Third, "本作品为“示例科普”原创，转载时务请注明出处。"));
        Assert.That(article.Paragraphs[^1].Text, Is.EqualTo(Third));
    }

    [Test]
    public void A_hotline_notice_and_its_numbers_close_the_body()
    {
        const string first = "台中市凌晨發生一起墜樓案，一名女子與男友發生口角後，從5樓租屋處墜落，送醫後仍不治，警方正調查事發經過。";
        const string second = "警方表示，女子墜樓前曾與男友爭吵，男友發現後立即報案，救護人員到場時女子已無生命跡象，詳細原因仍待釐清。";
        var article = Extract(P(first, second, "《示例報》關心你", "自殺解決不了問題，卻留給家人無比悲痛。請珍惜生命。", "再給自己一次機會",
            "自殺防治諮詢安心專線：0800-788995（24小時）", "生命線協談專線：1995"), "女子墜樓不治");
        Assert.That(article.Paragraphs.Select(p => p.Text), Is.EqualTo(new[] { first, second }));
    }

    [Test]
    public void A_call_to_readers_closing_a_vietnamese_article_is_not_body()
    {
        const string first = "Theo các nhà khoa học, tình trạng ô nhiễm môi trường tại nhiều khu vực đang ở mức báo động, ảnh hưởng đến sức khỏe người dân.";
        const string second = "Chính quyền địa phương cho biết sẽ tăng cường kiểm tra các cơ sở sản xuất và xử lý nghiêm các trường hợp vi phạm.";
        var article = Extract(P(first, second, "Chia sẻ bài viết của bạn về môi trường tại đây."), "Ô nhiễm môi trường ở mức báo động");
        Assert.That(article.Paragraphs[^1].Text, Is.EqualTo(second));
    }

    [Test]
    public void The_notice_words_inside_the_article_s_text_are_body()
    {
        const string policy = "衛福部表示，今年將投入更多經費推動自殺防治工作，並擴大安心專線的服務人力。";
        var article = Extract(P(First, policy, Second, Third, Second + "更多", Third + "此外"));
        Assert.That(article.Paragraphs.Select(p => p.Text), Does.Contain(policy));
    }
}
