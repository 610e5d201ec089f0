using NewsExtract.Html;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Diagnostics;

/// <summary>
/// <see cref="ExtractionTrace"/>: every block in page order with its role, rule, weight, whether it lies in the located
/// article and, for HTML, a CSS path that names its element the way a site profile's selector would; each field with
/// its reason and the blocks of its role.
/// </summary>
public class ExtractionTraceTests
{
    private static readonly ArticleExtractor Tracing = new(ExtractionOptions.Default with { TraceBlocks = true, ReferenceTime = new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero) });

    private static string ZhPage => File.ReadAllText(Fixtures.PathOf("Explain/zh-explain-article.html"));

    [Test]
    public void Each_css_path_selects_exactly_the_element_that_holds_the_block_text()
    {
        var trace = ExtractionTrace.Of(Tracing.ExtractHtml(ZhPage));
        var body = HtmlDocument.Parse(ZhPage).Body;

        Assert.That(trace.Blocks, Is.Not.Empty);
        foreach (var block in trace.Blocks)
        {
            Assert.That(block.CssPath, Is.Not.Null, $"#{block.Index}");
            var matched = HtmlSelector.Parse(block.CssPath!).Select(body).ToList();
            Assert.That(matched, Has.Count.EqualTo(1), $"#{block.Index} {block.CssPath}");
            Assert.That(TextKeyOf(matched[0].TextContent), Does.Contain(TextKeyOf(block.Text)), $"#{block.Index} {block.CssPath}");
        }
    }

    [Test]
    public void A_path_starts_at_the_nearest_id_and_numbers_a_step_only_where_a_sibling_shares_its_tag_and_classes()
    {
        var trace = ExtractionTrace.Of(Tracing.ExtractHtml(ZhPage));
        string PathOf(string text) => trace.Blocks.Single(b => b.Text.StartsWith(text, StringComparison.Ordinal)).CssPath!;

        Assert.That(PathOf("江畔书店夜读季开幕"), Is.EqualTo("div#main > div.article > h1.headline"));
        // p.caption is a p too: the plain p steps need their position, the caption's class names it alone.
        Assert.That(PathOf("“白天忙工作"), Is.EqualTo("div#main > div.article > div.article-body > p:nth-of-type(2)"));
        Assert.That(PathOf("市民在江畔书店露台夜读"), Is.EqualTo("div#main > div.article > div.article-body > p.caption"));
        Assert.That(PathOf("城南区新增三处城市书房"), Is.EqualTo("div#main > div.related > ul > li:nth-of-type(1)"));
        Assert.That(PathOf("版权所有"), Is.EqualTo("body > div.footer > p:nth-of-type(1)"));
    }

    [Test]
    public void Ids_and_classes_that_would_need_escapes_are_left_out()
    {
        const string Page = "<body><div id='1st' class='md:flex col-6 4up _ok'><p>第一段正文，讲述了城市书房的开放时间和借阅规则，市民可以凭身份证免费借书。</p></div></body>";
        var block = ExtractionTrace.Of(Tracing.ExtractHtml(Page)).Blocks.Single();

        Assert.That(block.CssPath, Is.EqualTo("body > div.col-6._ok > p"));
        Assert.That(HtmlSelector.Parse(block.CssPath!).Select(HtmlDocument.Parse(Page).Body).Single().Name, Is.EqualTo("p"));
    }

    [Test]
    public void The_located_article_is_the_run_of_blocks_marked_in_content_and_agrees_with_the_content_range_note()
    {
        var article = Tracing.ExtractHtml(ZhPage);
        var trace = ExtractionTrace.Of(article);

        Assert.That(trace.ContentFirst, Is.Not.Null);
        var inside = trace.Blocks.Where(b => b.InContent).Select(b => b.Index).ToList();
        Assert.That(inside, Is.EqualTo(Enumerable.Range(trace.ContentFirst!.Value, trace.ContentLast!.Value - trace.ContentFirst.Value + 1)));
        Assert.That(article.Diagnostics.Notes.Single(n => n.Code == DiagnosticCodes.ContentRange).Message, Does.StartWith($"Blocks {trace.ContentFirst}–{trace.ContentLast} "));
        Assert.That(trace.Blocks.Where(b => b.Role == "Body").All(b => b.InContent), Is.True);
        Assert.That(trace.Blocks.Single(b => b.Role == "RelatedHeading").InContent, Is.False);
    }

    [Test]
    public void Each_field_has_its_extractors_reason_and_the_blocks_of_its_role()
    {
        var article = Tracing.ExtractHtml(ZhPage);
        var trace = ExtractionTrace.Of(article);
        FieldTrace Field(string name) => trace.Fields.Single(f => f.Field == name);

        Assert.That(trace.Fields.Select(f => f.Field), Is.EqualTo(new[] { "title", "dateline", "paragraphs", "sources", "authors", "credits", "images", "related", "isArticle" }));
        Assert.That(Field("title").Reason, Is.EqualTo(article.Diagnostics.Notes.Single(n => n.Code == DiagnosticCodes.Title).Message));
        Assert.That(Field("credits").Blocks.Select(i => trace.Blocks[i].Text), Is.EqualTo(new[] { "责任编辑：王丽" }));
        Assert.That(Field("paragraphs").Blocks, Has.Count.EqualTo(article.Paragraphs.Count));
        Assert.That(Field("isArticle").Blocks, Is.Empty);
        Assert.That(Field("isArticle").Reason, Is.Not.Empty);
        // The notes not about a field stay in Notes; the field codes do not repeat there (but the located span does).
        Assert.That(trace.Notes.Select(n => n.Code), Does.Not.Contain(DiagnosticCodes.Title).And.Contain(DiagnosticCodes.ContentRange));
    }

    [Test]
    public void A_text_capture_has_no_css_paths_but_its_lines_are_traced_in_and_out_of_the_article()
    {
        const string Capture = "首页 新闻 体育\n江畔书店夜读季开幕\n2025-09-20 20:15 来源：城南晚报\n"
            + "9月20日晚，位于滨江步道旁的江畔书店迎来第三届夜读季开幕，书店将营业时间延长至午夜，吸引了不少下班后的市民前来阅读。\n"
            + "据书店负责人介绍，本届夜读季将持续到11月底，期间每周六晚举办作家对谈、诗歌朗诵和旧书交换活动，所有活动均免费开放。\n"
            + "责任编辑：王丽\n";
        var trace = ExtractionTrace.Of(Tracing.ExtractText(Capture));

        Assert.That(trace.Input, Is.EqualTo(InputKind.Text));
        Assert.That(trace.Blocks.Select(b => b.CssPath), Is.All.Null);
        Assert.That(trace.Blocks.Any(b => b.InContent), Is.True);
        Assert.That(trace.Blocks[0].InContent, Is.False);
    }

    [Test]
    public void Without_block_tracing_the_fields_keep_their_reasons_but_no_blocks_are_listed()
    {
        var trace = ExtractionTrace.Of(new ArticleExtractor().ExtractHtml(ZhPage));

        Assert.That(trace.Blocks, Is.Empty);
        Assert.That(trace.ContentFirst, Is.Null);
        Assert.That(trace.Fields.Single(f => f.Field == "title").Reason, Is.Not.Empty);
        Assert.That(trace.Fields.SelectMany(f => f.Blocks), Is.Empty);
    }

    [Test]
    public void A_path_never_names_more_than_its_nearest_steps()
    {
        var page = "<body>" + string.Concat(Enumerable.Repeat("<div class=w>", 40)) + "<p>第一段正文，讲述了城市书房的开放时间和借阅规则，市民可以凭身份证免费借书。</p></body>";
        var path = ExtractionTrace.Of(Tracing.ExtractHtml(page)).Blocks.Single().CssPath!;

        Assert.That(path.Split(" > "), Has.Length.EqualTo(16));
        Assert.That(path, Does.EndWith("div.w > p"));
    }

    private static string TextKeyOf(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
