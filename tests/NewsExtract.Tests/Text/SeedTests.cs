namespace NewsExtract.Tests.Text;

public class SeedTests
{
    private static Article Chinese() => ArticleExtractor.Default.ExtractText(SeedPaths.Read("000_c82b3b50ee48d4b0.txt"));

    private static Article Vietnamese() => ArticleExtractor.Default.ExtractText(SeedPaths.Read("001_8cb2bb9eb5a444dc.txt"));

    [Test]
    public void Chinese_seed_title_sources_and_credits()
    {
        var article = Chinese();
        Assert.Multiple(() =>
        {
            Assert.That(article.Title, Is.EqualTo("金正恩在游艇上会见拉夫罗夫,朝俄高层会谈“特殊安排”意味深长"));
            Assert.That(article.Sources.Select(s => s.Name), Is.SupersetOf(new[] { "新华社", "朝鲜中央通讯社", "塔斯社", "综合" }));
            Assert.That(article.Credits.Select(c => (c.Role, c.Name)), Is.SupersetOf(new[] { ("排版", "陈翩翩"), ("编辑", "刘莹"), ("审校", "曾子瑾"), ("监制", "王云霞") }));
        });
    }

    [Test]
    public void Chinese_seed_body_is_the_article_alone()
    {
        var article = Chinese();
        Assert.Multiple(() =>
        {
            Assert.That(article.Paragraphs[0].Text, Does.StartWith("据新华社引述朝鲜中央通讯社报道"));
            Assert.That(article.Paragraphs[^1].Text, Does.EndWith("俄罗斯红场、朝鲜凯旋广场凯旋门。"));
            foreach (var leak in new[] { "当前位置", "时间 公司 贷款", "鸡毛百科", "排版丨", "审校丨", "监制丨", "相关文章", "俄方正发动大规模夏季攻势", "泰国关闭两个泰柬边境检查站", "2025-07-13 09:50:00" })
            {
                Assert.That(article.Text, Does.Not.Contain(leak));
            }
        });
    }

    [Test]
    public void Chinese_seed_related_items_keep_their_times()
    {
        var related = Chinese().Related;
        Assert.That(related, Has.Count.EqualTo(8));
        Assert.Multiple(() =>
        {
            Assert.That(related[0].Title, Is.EqualTo("金正恩在游艇上会见拉夫罗夫,朝俄高层会谈“特殊安排”意味深长"));
            Assert.That(related[0].DateText, Is.EqualTo("2025-07-13 09:50:00"));
            Assert.That(related[7].Title, Is.EqualTo("泰国关闭两个泰柬边境检查站"));
            Assert.That(related[7].DateText, Is.EqualTo("2025-06-07 19:05:00"));
            Assert.That(related.All(r => r.Url is null && r.Summary is { Length: > 20 }), Is.True);
        });
    }

    [Test]
    public void Chinese_seed_published_time_comes_from_the_related_list() =>
        Assert.That(Chinese().Dateline.Published, Is.EqualTo(new DateTimeOffset(2025, 7, 13, 9, 50, 0, TimeSpan.FromHours(8))));

    [Test]
    public void Vietnamese_seed_title_source_and_body()
    {
        var article = Vietnamese();
        Assert.Multiple(() =>
        {
            Assert.That(article.Title, Is.EqualTo("Ngoại trưởng Nga-Triều Tiên hội đàm, củng cố liên minh chiến lược"));
            Assert.That(article.Sources.Select(s => s.Name), Does.Contain("Ngày Nay"));
            Assert.That(article.Paragraphs[0].Text, Does.StartWith("(Ngày Nay) - Ngoại trưởng Nga nhấn mạnh"));
            Assert.That(article.Paragraphs[^1].Text, Does.EndWith("đầu tuần tới."));
            foreach (var leak in new[] { "0:00", "hồi tháng 10/2023", "Liên kết giáo dục", "Lòng tự tôn dân tộc", "Tham vọng ở Mỹ Latinh", "Thiền ở ngay tại đây", "NSƯT Lê Trung Thảo" })
            {
                Assert.That(article.Text, Does.Not.Contain(leak));
            }
        });
    }

    [Test]
    public void Vietnamese_seed_related_items_are_its_four_teasers_with_their_summaries()
    {
        var related = Vietnamese().Related;
        Assert.That(related.Select(r => r.Title), Is.EqualTo(new[]
        {
            "Liên kết giáo dục tại TP.HCM - Bài 7: Trường ĐH KHXH&NV “treo chứng chỉ, cấp cái gì?”",
            "Lòng tự tôn dân tộc trong vở cải lương \"Lưu vong - Khí tiết một trung thần\"",
            "Tham vọng ở Mỹ Latinh của chính quyền Trump",
            "Nhà văn - dịch giả Nguyễn Tường Bách và “Thiền ở ngay tại đây”",
        }));
        Assert.Multiple(() =>
        {
            Assert.That(related[0].Summary, Does.StartWith("(Ngày Nay) - Trường Đại học Khoa học Xã hội và Nhân văn TP.HCM thời gian qua"));
            Assert.That(related[1].Summary, Does.StartWith("(Ngày Nay) -Tối 10/1, Đoàn 1 Nhà hát Cải lương Trần Hữu Trang"));
            Assert.That(related[2].Summary, Is.EqualTo("(Ngày Nay) - Từ cảnh báo can thiệp quân sự, gây áp lực kinh tế đến thao túng chính trường, chiến lược của chính quyền Trump đang đẩy 3 quốc gia Mỹ Latinh khác vào thế khó giữa bảo vệ chủ quyền và phụ thuộc kinh tế Mỹ."));
            Assert.That(related[3].Summary, Does.StartWith("(Ngày Nay) -Chiều ngày 10/1, buổi giao lưu và giới thiệu tác phẩm"));
            Assert.That(related.All(r => r.Url is null), Is.True);

            // The teasers' image captions are neither body nor related titles.
            Assert.That(related.Select(r => r.Title), Has.None.Contains("Ảnh:").And.None.EqualTo("Tổng thống Mỹ Donald Trump."));
        });
    }

    [Test]
    public void Vietnamese_seed_yearless_date_stays_partial_without_a_reference_date()
    {
        var dateline = Vietnamese().Dateline;
        Assert.That(dateline.Published, Is.Null);
        Assert.That((dateline.Month, dateline.Day, dateline.Precision), Is.EqualTo(((int?)7, (int?)12, DatePrecision.MonthDay)));
    }

    [Test]
    public void Vietnamese_seed_yearless_date_resolves_against_a_reference_date()
    {
        var extractor = new ArticleExtractor(ExtractionOptions.Default with { ReferenceTime = new DateTimeOffset(2025, 7, 13, 12, 0, 0, TimeSpan.Zero) });
        var dateline = extractor.ExtractText(SeedPaths.Read("001_8cb2bb9eb5a444dc.txt")).Dateline;
        Assert.That(dateline.Published, Is.EqualTo(new DateTimeOffset(2025, 7, 12, 0, 0, 0, TimeSpan.FromHours(7))));
        Assert.That(dateline.Precision, Is.EqualTo(DatePrecision.Day));
    }
}
