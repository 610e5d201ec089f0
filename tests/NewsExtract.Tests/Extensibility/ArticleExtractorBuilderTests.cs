using System.Globalization;
using System.Text;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Extensibility;

/// <summary>
/// The extension point: a builder with options and extensions gives an immutable extractor; an extension's content
/// fallback is asked only when the own locator finds too little, and its answer (or its failure) is handled safely.
/// </summary>
public class ArticleExtractorBuilderTests
{
    /// <summary>A page whose every line of text is a link: the own locator finds no article, though there is text.</summary>
    private static string LinkListPage()
    {
        var html = new StringBuilder("<html><head><meta charset=utf-8><title>链接列表</title></head><body>");
        for (var i = 0; i < 40; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><a href=/n/{i}>第{i}条新闻，交通部门表示线路走向依据过去一年的刷卡数据确定，重点照顾夜班职工。</a></p>");
        }

        return html.Append("</body></html>").ToString();
    }

    private sealed class RecordingFallback(Func<ContentFallbackContext, ContentSpan?> answer) : IContentFallback
    {
        public int Calls { get; private set; }

        public ContentSpan? Locate(ContentFallbackContext context)
        {
            Calls++;
            return answer(context);
        }
    }

    private sealed class FallbackExtension(IContentFallback fallback) : IArticleExtractorExtension
    {
        public int SetupCalls { get; private set; }

        public void Setup(ArticleExtractorBuilder builder)
        {
            SetupCalls++;
            builder.ContentFallbacks.Add(fallback);
        }
    }

    private static IEnumerable<string> Codes(Article article) => article.Diagnostics.Notes.Select(n => n.Code);

    [Test]
    public void Options_and_extensions_go_into_the_built_extractor()
    {
        var extension = new FallbackExtension(new RecordingFallback(_ => null));
        var reference = new DateTimeOffset(2025, 7, 13, 12, 0, 0, TimeSpan.Zero);

        var extractor = ArticleExtractor.CreateBuilder().Configure(o => o with { ReferenceTime = reference }).Use(extension).Use(new FallbackExtension(new RecordingFallback(_ => null))).Build();

        Assert.That(extractor.Options.ReferenceTime, Is.EqualTo(reference));
        Assert.That(extractor.Extensions, Is.EqualTo(new[] { extension }), "one extension of a type");
        Assert.That(extension.SetupCalls, Is.EqualTo(1));
    }

    [Test]
    public void The_built_extractor_does_not_change_with_its_builder()
    {
        var builder = ArticleExtractor.CreateBuilder();
        var extractor = builder.Build();
        var late = new RecordingFallback(_ => null);

        builder.ContentFallbacks.Add(late);
        builder.Options = builder.Options with { TraceBlocks = true };
        var article = extractor.ExtractHtml(LinkListPage());

        Assert.That(late.Calls, Is.Zero);
        Assert.That(extractor.Options.TraceBlocks, Is.False);
        Assert.That(article.Diagnostics.Blocks, Is.Empty);
    }

    [Test]
    public void A_fallback_is_asked_on_a_page_without_located_text_and_its_span_becomes_the_body()
    {
        var fallback = new RecordingFallback(context => context.SpanOfText(string.Concat(context.BlockTexts.Skip(2).Take(3))));
        var extractor = ArticleExtractor.CreateBuilder().Use(new FallbackExtension(fallback)).Build();

        var article = extractor.ExtractHtml(LinkListPage());

        Assert.That(fallback.Calls, Is.EqualTo(1));
        Assert.That(Codes(article), Does.Contain("content.range"));
        Assert.That(article.Diagnostics.Notes.Single(n => n.Code == "content.range").Message, Does.StartWith("Blocks 2–4"));
    }

    [Test]
    public void A_fallback_is_not_asked_when_the_own_locator_found_the_article()
    {
        var fallback = new RecordingFallback(_ => throw new InvalidOperationException("must not be asked"));
        var extractor = ArticleExtractor.CreateBuilder().Use(new FallbackExtension(fallback)).Build();

        var article = extractor.ExtractHtml(Fixtures.Bytes("Html/zh-portal-article.html"));

        Assert.That(fallback.Calls, Is.Zero);
        Assert.That(article.IsArticle, Is.True);
    }

    [Test]
    public void A_failing_fallback_leaves_the_own_answer_with_a_note()
    {
        var extractor = ArticleExtractor.CreateBuilder().Use(new FallbackExtension(new RecordingFallback(_ => throw new InvalidOperationException("broken")))).Build();

        var article = extractor.ExtractHtml(LinkListPage());

        Assert.That(article.Diagnostics.Notes.Single(n => n.Code == "content.fallback-failed").Message, Does.Contain("InvalidOperationException: broken"));
        Assert.That(article.Diagnostics.Notes.Single(n => n.Code == "content.range").Message, Is.EqualTo(ArticleExtractor.Default.ExtractHtml(LinkListPage()).Diagnostics.Notes.Single(n => n.Code == "content.range").Message));
    }

    [TestCase(-1, 3)]
    [TestCase(5, 2)]
    [TestCase(0, 10_000)]
    public void A_span_outside_the_page_is_ignored_with_a_note(int first, int last)
    {
        var extractor = ArticleExtractor.CreateBuilder().Use(new FallbackExtension(new RecordingFallback(_ => new ContentSpan(first, last)))).Build();

        var article = extractor.ExtractHtml(LinkListPage());

        Assert.That(Codes(article), Does.Contain("content.fallback-ignored"));
    }

    [Test]
    public void A_cancelled_extraction_stops_before_the_fallback()
    {
        using var source = new CancellationTokenSource();
        var fallback = new RecordingFallback(context =>
        {
            source.Cancel();
            return null;
        });
        var extractor = ArticleExtractor.CreateBuilder().Use(new FallbackExtension(fallback)).Build();

        Assert.That(() => extractor.ExtractHtml(LinkListPage(), null, source.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(fallback.Calls, Is.EqualTo(1));
    }

    [Test]
    public void Extensions_list_adds_a_type_once()
    {
        var list = new ExtensionList();
        var first = list.AddIfNotAlready<NoOpExtension>();
        var second = list.AddIfNotAlready<NoOpExtension>();

        Assert.That(second, Is.SameAs(first));
        Assert.That(list, Has.Count.EqualTo(1));
        Assert.That(list.Contains<NoOpExtension>(), Is.True);
    }

    private sealed class NoOpExtension : IArticleExtractorExtension
    {
        public void Setup(ArticleExtractorBuilder builder) { }
    }
}
