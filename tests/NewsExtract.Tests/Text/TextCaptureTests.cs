using System.Text;

namespace NewsExtract.Tests.Text;

public class TextCaptureTests
{
    [Test]
    public void Duplicated_caption_lines_are_not_body()
    {
        var article = TextFixtures.Extract("duplicated-caption.vi.txt");
        Assert.Multiple(() =>
        {
            Assert.That(article.Text, Does.Not.Contain("Lễ cắt băng"));
            Assert.That(article.Paragraphs, Has.Count.EqualTo(4));
            Assert.That(article.Paragraphs[^1].Text, Does.StartWith("Chính quyền tỉnh"));
        });
    }

    [Test]
    public void Player_readouts_are_dropped()
    {
        var article = TextFixtures.Extract("player-readout.vi.txt");
        Assert.Multiple(() =>
        {
            Assert.That(article.Title, Is.EqualTo("Giá xăng giảm lần thứ ba liên tiếp từ chiều nay"));
            Assert.That(article.Text, Does.Not.Contain("0:00"));
            Assert.That(article.Paragraphs[0].Text, Does.StartWith("(Báo Mẫu) - Liên bộ"));
        });
    }

    [TestCase("wrapped.vi.txt", "(Báo Mẫu) - Mưa lớn kéo dài nhiều ngày qua khiến nhiều tuyến đường ở các tỉnh miền núi phía Bắc bị sạt lở, giao thông bị chia cắt và hàng trăm hộ dân phải sơ tán đến nơi an toàn.")]
    [TestCase("wrapped.zh.txt", "新华社北京7月12日电 记者从有关部门获悉，今年上半年全国铁路累计发送旅客超过二十亿人次，同比增长百分之六，创历史同期新高，其中暑运首周日均发送旅客一千五百万人次。")]
    public void Wrapped_lines_are_joined_into_one_paragraph(string fixture, string firstParagraph)
    {
        var article = TextFixtures.Extract(fixture);
        Assert.That(article.Paragraphs, Has.Count.EqualTo(3));
        Assert.That(article.Paragraphs[0].Text, Is.EqualTo(firstParagraph));
    }

    [Test]
    public void Table_dump_with_a_deep_margin_and_a_sidebar_is_unwrapped_per_column()
    {
        var article = TextFixtures.Extract("table-dump-margin.zh.txt");
        Assert.Multiple(() =>
        {
            Assert.That(article.Title, Is.EqualTo("本市首条跨江隧道昨日正式通车"));
            Assert.That(article.Paragraphs.Select(p => p.Text), Is.EqualTo(new[]
            {
                "记者从市交通部门获悉，本市首条跨江隧道昨日正式通车，全长约4公里，双向六车道，设计时速六十公里。",
                "隧道通车后，两岸之间的车程将由原来的四十分钟缩短到十分钟以内，早晚高峰的拥堵情况有望明显缓解。据介绍，隧道建设历时五年，先后攻克了多项技术难题。",
                "市民陈先生说：“以前过江要绕大桥，现在方便多了。”交通部门提醒，隧道内禁止变道和停车，请驾驶人按标志行驶。",
                "交通部门表示，隧道两端还将增设公交线路，方便没有私家车的市民过江，相关线路将在本月底前公布。",
            }));
            Assert.That(article.Text, Does.Not.Contain("窍门").And.Not.Contain("风情城市"));
        });
    }

    [Test]
    public void Headline_is_not_a_button_bar_a_byline_or_a_place_label()
    {
        var article = TextFixtures.Extract("headline-among-furniture.zh.txt");
        Assert.Multiple(() =>
        {
            Assert.That(article.Title, Is.EqualTo("益州：数字农业见成效"));
            Assert.That(article.Paragraphs[0].Text, Is.EqualTo("“妈妈，这些菜为什么长在架子上？”"), "a quoted question opens the body");
            Assert.That(article.Text, Does.Not.Contain("王小燕").And.Not.Contain("打印"));
        });
    }

    [Test]
    public void A_line_echoed_next_to_itself_is_an_image_label_not_a_repeated_headline()
    {
        var article = TextFixtures.Extract("headline-cell-echo.zh.txt");
        Assert.That(article.Title, Is.EqualTo("《关于做好年度信用修复工作的通知》政策问答"));
    }

    [Test]
    public void A_lead_full_of_dates_is_a_paragraph_not_a_ticker_and_a_pointer_link_is_related()
    {
        var article = TextFixtures.Extract("timetable-lead.vi.txt");
        Assert.Multiple(() =>
        {
            Assert.That(article.Paragraphs[0].Text, Does.StartWith("(Báo Mẫu) - UBND thành phố"));
            Assert.That(article.Paragraphs, Has.Count.EqualTo(3));
            Assert.That(article.Text, Does.Not.Contain("Người lao động được nghỉ 9 ngày"));
        });
    }

    [Test]
    public void Photo_captions_closing_the_article_are_not_body_and_the_byline_after_them_is_read()
    {
        var article = TextFixtures.Extract("gallery-ending.vi.txt");
        Assert.Multiple(() =>
        {
            Assert.That(article.Paragraphs, Has.Count.EqualTo(2));
            Assert.That(article.Paragraphs[^1].Text, Does.EndWith("sự háo hức của mọi người."));
            Assert.That(article.Authors, Is.EqualTo(new[] { "Nhóm PV" }));
        });
    }

    [Test]
    public void The_title_of_an_embedded_video_is_not_the_first_paragraph()
    {
        var article = TextFixtures.Extract("video-title.zh.txt");
        Assert.That(article.Paragraphs[0].Text, Does.StartWith("“你们将开始明白"));
    }

    [Test]
    public void Unwrapped_captures_keep_one_paragraph_per_line()
    {
        var article = TextFixtures.Extract("duplicated-caption.vi.txt");
        Assert.That(article.Paragraphs[1].Text, Does.StartWith("Theo ban quản lý dự án").And.EndWith("cùng bố trí."));
    }

    [Test]
    public void Related_bullets_keep_title_summary_and_time()
    {
        var related = TextFixtures.Extract("related-list.zh.txt").Related;
        Assert.That(related, Has.Count.EqualTo(3));
        Assert.Multiple(() =>
        {
            Assert.That(related[1].Title, Is.EqualTo("某市公交线路优化调整方案公布"));
            Assert.That(related[1].Summary, Does.StartWith("市交通部门日前公布"));
            Assert.That(related[1].DateText, Is.EqualTo("2025-07-05 20:52:00"));
            Assert.That(related[1].Url, Is.Null);
        });
    }

    [Test]
    public void Headline_repeated_in_related_list_is_the_title()
    {
        var article = TextFixtures.Extract("related-list.zh.txt");
        Assert.That(article.Title, Is.EqualTo("某市地铁三号线今日开通运营,沿线居民出行更便捷"));
    }

    [Test]
    public void Navigation_tags_breadcrumbs_credits_and_related_items_stay_out_of_the_body()
    {
        var article = TextFixtures.Extract("related-list.zh.txt");
        Assert.Multiple(() =>
        {
            Assert.That(article.Paragraphs, Has.Count.EqualTo(3));
            Assert.That(article.Paragraphs[0].Text, Does.StartWith("据新华社报道"));
            Assert.That(article.Paragraphs[^1].Text, Does.EndWith("做好换乘衔接。"));
            Assert.That(article.Credits.Select(c => (c.Role, c.Name)), Is.SupersetOf(new[] { ("排版", "张小明"), ("编辑", "李华") }));
            Assert.That(article.Sources.Select(s => s.Name), Does.Contain("新华社"));
        });
    }

    [Test]
    public void Decomposed_vietnamese_is_normalised()
    {
        var text = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "Text", "player-readout.vi.txt"));
        var article = ArticleExtractor.Default.ExtractText(text.Normalize(NormalizationForm.FormD));
        Assert.Multiple(() =>
        {
            Assert.That(article.Title, Is.EqualTo("Giá xăng giảm lần thứ ba liên tiếp từ chiều nay"));
            Assert.That(article.Title.IsNormalized(NormalizationForm.FormC), Is.True);
            Assert.That(article.Language, Is.EqualTo(ContentLanguage.Vietnamese));
        });
    }

    [Test]
    public void Comment_section_after_the_article_is_not_body()
    {
        var article = TextFixtures.Extract("comments.zh.txt");
        Assert.Multiple(() =>
        {
            Assert.That(article.Paragraphs[0].Text, Does.StartWith("本报讯 记者从市园林局获悉"));
            Assert.That(article.Paragraphs[^1].Text, Does.EndWith("让市民出门五分钟就能走进绿地。"));
            Assert.That(article.Text, Does.Not.Contain("家门口终于有地方散步了"));
            Assert.That(article.Text, Does.Not.Contain("孩子们放学后总算有个去处"));
        });
    }

    [Test]
    public void Headline_over_the_date_line_is_the_title_not_a_share_label()
    {
        var article = TextFixtures.Extract("comments.zh.txt");
        Assert.That(article.Title, Is.EqualTo("市区新建三座口袋公园本月开放"));
    }

    [Test]
    public void Home_page_capture_is_not_an_article()
    {
        var article = TextFixtures.Extract("homepage.vi.txt");
        Assert.That(article.IsArticle, Is.False);
    }
    [Test]
    public void An_editor_credit_line_ends_the_article()
    {
        var article = TextFixtures.Extract("credit-ends-article.zh.txt");
        Assert.Multiple(() =>
        {
            Assert.That(article.Paragraphs, Has.Count.EqualTo(4));
            Assert.That(article.Paragraphs[^1].Text, Does.StartWith("不少市民一早就来到公园散步"));
            Assert.That(article.Text, Does.Not.Contain("我的收藏").And.Not.Contain("责任编辑"));
        });
    }

    [Test]
    public void Previous_and_next_links_end_the_article()
    {
        var article = TextFixtures.Extract("prev-next-ends-article.zh.txt");
        Assert.Multiple(() =>
        {
            Assert.That(article.Paragraphs, Has.Count.EqualTo(3));
            Assert.That(article.Paragraphs[^1].Text, Does.EndWith("（李红）"));
            Assert.That(article.Text, Does.Not.Contain("上一篇").And.Not.Contain("欢迎来电咨询"));
        });
    }

    [Test]
    public void A_bracketed_note_that_ends_a_sentence_is_the_last_paragraph()
    {
        var article = TextFixtures.Extract("bracketed-note-last.zh.txt");
        Assert.That(article.Paragraphs[^1].Text, Is.EqualTo("（应受访者要求，文中张严为化名。）"));
    }
    [Test]
    public void A_closing_byline_ends_the_article_before_links_and_the_comment_form()
    {
        var article = TextFixtures.Extract("byline-ends-article.vi.txt");
        Assert.Multiple(() =>
        {
            Assert.That(article.Paragraphs, Has.Count.EqualTo(3));
            Assert.That(article.Paragraphs[^1].Text, Does.StartWith("Trước đó, cơ quan công an"));
            Assert.That(article.Text, Does.Not.Contain("hoan nghênh").And.Not.Contain(">>"));
        });
    }

    [Test]
    public void A_line_holding_one_sentence_twice_apart_is_a_caption()
    {
        var article = TextFixtures.Extract("doubled-apart.zh.txt");
        Assert.That(article.Text, Does.Not.Contain("老年人运动场"));
    }
    [Test]
    public void A_sidebar_printed_beside_the_article_is_read_after_it()
    {
        var article = TextFixtures.Extract("side-by-side-columns.zh.txt");
        Assert.Multiple(() =>
        {
            Assert.That(article.Text, Does.Not.Contain("年利").And.Not.Contain("•"));
            Assert.That(article.Text, Does.Contain("本周起正式对市民免费开放"));
            Assert.That(article.Paragraphs[0].Text, Does.StartWith("记者从市园林部门获悉"));
        });
    }
}
