using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using NewsExtract.Benchmarks.Warc;
using NewsExtract.Cli;
using NewsExtract.Serialization;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Serialization;

/// <summary>
/// <c>docs/newsextract.schema.json</c> describes what the library and the command really write: every fixture page's
/// article, the page command's records and the crawl command's records are validated against it.
/// </summary>
[TestFixture]
public class JsonSchemaTests
{
    private const string Id = "urn:newsextract:schema:1";

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(Path.Combine(TestContext.CurrentContext.TestDirectory, "Schema", "newsextract.schema.json")));

    private static EvaluationOptions Options()
    {
        var options = new EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List, RequireFormatValidation = true };
        options.SchemaRegistry.Register(Schema.Value);
        return options;
    }

    /// <summary>The problems of <paramref name="json"/> against the schema's definition <paramref name="definition"/> (null: the root, an article).</summary>
    private static List<string> Problems(string json, string? definition = null)
    {
        var schema = definition is null ? Schema.Value : JsonSchema.FromText($$"""{"$schema":"https://json-schema.org/draft/2020-12/schema","$ref":"{{Id}}#/$defs/{{definition}}"}""");
        var result = schema.Evaluate(JsonNode.Parse(json), Options());
        return result.IsValid ? [] : [.. result.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"))];
    }

    private static IEnumerable<string> FixturePages() =>
        Directory.GetFiles(Fixtures.PathOf("Html")).Concat(Directory.GetFiles(Fixtures.PathOf("Text"))).Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(FixturePages))]
    public async Task Every_fixture_pages_article_is_valid(string page)
    {
        var extractor = new ArticleExtractor(ExtractionOptions.Default with { ReferenceTime = new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero), TraceBlocks = true });
        await using var file = File.OpenRead(page);
        var article = await extractor.ExtractAsync(file, new PageContext { Url = new Uri("https://news.example.cn/a/1.html") });

        Assert.That(Problems(JsonSerializer.Serialize(article, NewsExtractJsonContext.Default.Article)), Is.Empty);
    }

    [Test]
    public void Hand_made_articles_with_every_optional_value_are_valid()
    {
        var article = new Article
        {
            Language = ContentLanguage.Vietnamese,
            Dateline = new Dateline { Precision = DatePrecision.MonthDay, Month = 7, Day = 12, Text = "Ngày 12/7" },
            Paragraphs = [new Paragraph("(Dân trí) - Mở đầu.", ParagraphKind.Lead), new Paragraph("Tiêu đề", ParagraphKind.Heading), new Paragraph("Trích dẫn.", ParagraphKind.Quote)],
            Related = [new RelatedLink("Tin liên quan", "https://news.example.vn/b.html") { Summary = "Tóm tắt", DateText = "12/7/2025 09:30", Published = new DateTimeOffset(2025, 7, 12, 9, 30, 0, TimeSpan.FromHours(7)) }],
            CanonicalUrl = new Uri("https://news.example.vn/a.html"),
        };

        Assert.That(Problems(JsonSerializer.Serialize(article, NewsExtractJsonContext.Default.Article)), Is.Empty);
    }

    [Test]
    public void The_schema_refuses_what_the_contract_no_longer_is()
    {
        var valid = JsonNode.Parse(JsonSerializer.Serialize(ArticleExtractor.Default.ExtractHtml(Fixtures.Bytes("Html/zh-portal-article.html")), NewsExtractJsonContext.Default.Article))!.AsObject();
        Assume.That(Problems(valid.ToJsonString()), Is.Empty);

        JsonObject Changed(Action<JsonObject> change)
        {
            var copy = valid.DeepClone().AsObject();
            change(copy);
            return copy;
        }

        Assert.Multiple(() =>
        {
            // related[].date mixing an ISO date and raw text, lower-cased precision names, notes as "code: message" strings.
            Assert.That(Problems(Changed(o => o["related"]![0]!.AsObject().Add("date", "昨天")).ToJsonString()), Is.Not.Empty);
            Assert.That(Problems(Changed(o => o["dateline"]!["precision"] = "monthday").ToJsonString()), Is.Not.Empty);
            Assert.That(Problems(Changed(o => o["diagnostics"]!["notes"] = new JsonArray("title.source: h1")).ToJsonString()), Is.Not.Empty);
            Assert.That(Problems(Changed(o => o["dateline"]!["published"] = "2025-07-13 09:50").ToJsonString()), Is.Not.Empty);
            Assert.That(Problems(Changed(o => o.Remove("schemaVersion")).ToJsonString()), Is.Not.Empty);
            Assert.That(Problems(Changed(o => o["canonicalUrl"] = "javascript:alert(1)").ToJsonString()), Is.Not.Empty);
        });
    }

    [Test]
    public async Task The_page_commands_records_are_valid_page_records()
    {
        var missing = Path.Combine(TestContext.CurrentContext.WorkDirectory, "no-such-page.html");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var pages = FixturePages().ToList();

        var exit = await CommandLine.RunAsync([.. pages, missing, "--format", "jsonl", "--explain", "--reference-date", "2026-01-01"], Stream.Null, output, error);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(exit, Is.EqualTo(1), "the missing page");
        Assert.That(lines, Has.Length.EqualTo(pages.Count + 1));
        Assert.That(lines[^1], Does.Contain("\"error\""));
        Assert.That(lines.SelectMany(line => Problems(line, "pageRecord")), Is.Empty);
    }

    [Test]
    public async Task The_crawl_commands_records_are_valid_crawl_records()
    {
        var dir = Path.Combine(Path.GetTempPath(), "newsextract-schema-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var warc = Path.Combine(dir, "a.warc.gz");
            var pages = Directory.GetFiles(Fixtures.PathOf("Html")).Order(StringComparer.Ordinal)
                .Select(f => new CrawlPage(Path.GetFileName(f), File.ReadAllBytes(f), new Uri("https://news.example.cn/" + Path.GetFileName(f)))).ToList();
            await using (var file = File.Create(warc))
            {
                CrawlGenerator.Write(file, pages, gzip: true, 0);
            }

            using var output = new StringWriter();
            using var error = new StringWriter();
            await CommandLine.RunAsync(["crawl", warc, Path.Combine(dir, "missing.warc"), Fixtures.PathOf("Text/wrapped.vi.txt"), "--quiet"], new MemoryStream(Encoding.UTF8.GetBytes("")), output, error);

            var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.That(lines, Has.Length.EqualTo(pages.Count + 2));
            Assert.That(lines, Has.Some.Contains("\"error\""));
            Assert.That(lines.SelectMany(line => Problems(line, "crawlRecord")), Is.Empty);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
