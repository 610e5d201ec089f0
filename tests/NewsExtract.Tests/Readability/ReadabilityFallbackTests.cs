using NewsExtract.Blocks;
using NewsExtract.Html;
using NewsExtract.Pipeline;
using NewsExtract.Readability;

namespace NewsExtract.Tests.Readability;

/// <summary>SmartReader is asked only when the own locator found too little, and its answer maps onto our blocks.</summary>
public class ReadabilityFallbackTests
{
    private static IReadOnlyList<Block> Paragraphs(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Block(i, "交通部门表示，线路走向依据过去一年的刷卡数据和市民建议确定，重点照顾夜班职工的出行需求。", BlockTag.Paragraph))];

    private static ContentFallbackContext Context(string html, IReadOnlyList<Block> blocks, List<DiagnosticNote> notes, CancellationToken cancellationToken = default) =>
        new(html, new Uri("https://news.example.cn/a.html"), nodeCount: 100, blocks, maxDepth: 528, notes, cancellationToken);

    [Test]
    public void It_is_asked_when_the_own_locator_found_nothing_on_a_page_with_text() =>
        Assert.That(ContentFallbacks.IsNeeded(NewsExtract.Classification.ContentRange.Empty, Paragraphs(6)), Is.True);

    [Test]
    public void It_is_not_asked_when_the_own_locator_found_the_article() =>
        Assert.That(ContentFallbacks.IsNeeded(new NewsExtract.Classification.ContentRange(0, 5, 400, 0.9), Paragraphs(6)), Is.False);

    [Test]
    public void It_is_not_asked_for_pages_without_running_text() =>
        Assert.That(ContentFallbacks.IsNeeded(NewsExtract.Classification.ContentRange.Empty, []), Is.False);

    [Test]
    public void Pages_over_its_size_or_node_budget_are_over_budget()
    {
        var fallback = new ReadabilityFallback();
        var limits = ReadabilityFallbackOptions.Default;
        Assert.That(fallback.OverBudget(20_000, 1_000), Is.Null);
        Assert.That(fallback.OverBudget(limits.MaxCharacters, limits.MaxNodes), Is.Null);
        Assert.That(fallback.OverBudget(50_000_000, 1_000), Does.Contain("characters"));
        Assert.That(fallback.OverBudget(20_000, limits.MaxNodes + 1), Does.Contain("nodes"));
        Assert.That(new ReadabilityFallback(new ReadabilityFallbackOptions { MaxNodes = 500 }).OverBudget(20_000, 1_000), Does.Contain("budget of 500"));
    }

    [Test]
    public void It_checks_the_cancellation_token_before_it_runs()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.That(() => new ReadabilityFallback().Locate(Context("<p>文字</p>", Paragraphs(6), [], source.Token)), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void Its_article_becomes_the_span_of_our_blocks_it_kept()
    {
        // Readability needs a few hundred characters of article text before it calls a page readable.
        var paragraphs = string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"<p>第{i}段：交通部门表示，线路走向依据过去一年的刷卡数据和市民建议确定，重点照顾夜班职工、医护人员和外卖骑手等群体的出行需求，并将持续优化站点设置。</p>"));
        var html = $"<html><body><div class=nav><a href=/>首页</a> <a href=/s>社会</a></div><div class=article><h1>夜间公交再扩容</h1>{paragraphs}</div>"
            + "<div class=footer><p>Copyright © 2025 示例新闻网 版权所有</p></div></body></html>";
        var blocks = HtmlBlockReader.Read(HtmlDocument.Parse(html).Body, ExtractionLimits.Default, CancellationToken.None).Blocks;
        var notes = new List<DiagnosticNote>();

        var span = new ReadabilityFallback().Locate(Context(html, blocks, notes));

        Assert.That(span, Is.Not.Null);
        var kept = blocks.Where(b => b.Index >= span!.Value.First && b.Index <= span.Value.Last).Select(b => b.Text).ToList();
        Assert.That(kept, Has.Some.StartsWith("第1段").And.Some.StartsWith("第8段"));
        Assert.That(kept, Has.None.Contains("版权所有"));
        Assert.That(notes.Single().Code, Is.EqualTo("content.second-opinion"));
    }

    [Test]
    public void The_extension_is_added_once_and_a_second_call_sets_its_budget()
    {
        var builder = ArticleExtractor.CreateBuilder().UseReadabilityFallback().UseReadabilityFallback(new ReadabilityFallbackOptions { MaxNodes = 100 });

        var extractor = builder.Build();

        Assert.That(extractor.Extensions.OfType<ReadabilityExtension>().Single().Options.MaxNodes, Is.EqualTo(100));
        Assert.That(builder.ContentFallbacks.OfType<ReadabilityFallback>().Count(), Is.EqualTo(1));
    }
}
