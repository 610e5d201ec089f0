using System.Text.Encodings.Web;
using System.Text.Json;
using NewsExtract.Serialization;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Serialization;

/// <summary>The JSON contract of an article: its shape, whatever the options, and the way back.</summary>
public class ArticleJsonTests
{
    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private static readonly NewsExtractJsonContext Unescaped = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static Article PortalArticle() => ArticleExtractor.Default.ExtractHtml(Fixtures.Bytes("Html/zh-portal-article.html"), new PageContext { Url = new Uri("https://news.example.cn/2025/0713/bus.html") });

    private static JsonElement Json(Article article) => JsonDocument.Parse(JsonSerializer.Serialize(article, NewsExtractJsonContext.Default.Article)).RootElement;

    [Test]
    public void Names_are_camel_case_and_enumerations_strings()
    {
        var json = Json(PortalArticle());

        Assert.That(json.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[]
        {
            "schemaVersion", "isArticle", "language", "title", "dateline", "paragraphs", "paragraphKinds", "sources", "authors",
            "credits", "images", "related", "siteName", "canonicalUrl", "diagnostics",
        }));
        Assert.Multiple(() =>
        {
            Assert.That(json.GetProperty("schemaVersion").GetInt32(), Is.EqualTo(ArticleJson.SchemaVersion));
            Assert.That(json.GetProperty("language").GetString(), Is.EqualTo("zh-Hans"));
            Assert.That(json.GetProperty("dateline").GetProperty("precision").GetString(), Is.EqualTo("second"));
            Assert.That(json.GetProperty("paragraphKinds")[0].GetString(), Is.EqualTo("lead"));
            Assert.That(json.GetProperty("credits")[0].GetProperty("role").GetString(), Is.EqualTo("责任编辑"));
            Assert.That(json.GetProperty("diagnostics").GetProperty("input").GetString(), Is.EqualTo("html"));
            Assert.That(json.GetProperty("diagnostics").GetProperty("encodingEvidence").GetString(), Is.EqualTo("metaTag"));
            Assert.That(json.GetProperty("diagnostics").GetProperty("notes")[0].GetProperty("code").GetString(), Does.Match("^[a-z]+\\."));
        });
    }

    [Test]
    public void Plain_JsonSerializer_with_default_options_writes_the_same_contract()
    {
        var article = PortalArticle();

        // The converter is declared on the type: reflection-based serialisation (where it is allowed) gives the same JSON.
        Assert.That(JsonSerializer.Serialize(article), Is.EqualTo(JsonSerializer.Serialize(article, NewsExtractJsonContext.Default.Article)));
        Assert.That(JsonSerializer.Serialize(article, SnakeCase),
            Does.Contain("\"isArticle\":true").And.Contain("\"paragraphKinds\""), "other naming policies do not change the contract");
    }

    [Test]
    public void Published_is_as_precise_as_the_page_with_its_offset()
    {
        var moment = new DateTimeOffset(2025, 7, 13, 9, 50, 30, TimeSpan.FromHours(8));
        string Published(DatePrecision precision) =>
            Json(new Article { Dateline = new Dateline { Published = moment, Precision = precision } }).GetProperty("dateline").GetProperty("published").GetString()!;

        Assert.That(Published(DatePrecision.Day), Is.EqualTo("2025-07-13"));
        Assert.That(Published(DatePrecision.Minute), Is.EqualTo("2025-07-13T09:50+08:00"));
        Assert.That(Published(DatePrecision.Second), Is.EqualTo("2025-07-13T09:50:30+08:00"));
    }

    [Test]
    public void Related_items_keep_the_date_as_written_and_the_parsed_date_apart()
    {
        var article = new Article
        {
            Related =
            [
                new RelatedLink("地铁新线开通", "https://news.example.cn/a.html") { DateText = "7月12日 18:30", Published = new DateTimeOffset(2025, 7, 12, 18, 30, 0, TimeSpan.FromHours(8)) },
                new RelatedLink("出租车起步价调整") { DateText = "昨天" },
            ],
        };

        var related = Json(article).GetProperty("related");

        Assert.That(related[0].GetProperty("dateText").GetString(), Is.EqualTo("7月12日 18:30"));
        Assert.That(related[0].GetProperty("published").GetString(), Is.EqualTo("2025-07-12T18:30:00+08:00"));
        Assert.That(related[1].GetProperty("dateText").GetString(), Is.EqualTo("昨天"));
        Assert.That(related[1].GetProperty("published").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public void An_extracted_article_reads_back_to_the_same_article()
    {
        var article = PortalArticle();

        var json = JsonSerializer.Serialize(article, Unescaped.Article);
        var back = JsonSerializer.Deserialize(json, NewsExtractJsonContext.Default.Article)!;

        Assert.That(json, Does.Contain("城市夜间公交线路再扩容"), "CJK unescaped with the relaxed encoder");
        Assert.That(JsonSerializer.Serialize(back, Unescaped.Article), Is.EqualTo(json));
        Assert.Multiple(() =>
        {
            Assert.That(back.Title, Is.EqualTo(article.Title));
            Assert.That(back.Language, Is.EqualTo(article.Language));
            Assert.That(back.Dateline, Is.EqualTo(article.Dateline));
            Assert.That(back.Paragraphs, Is.EqualTo(article.Paragraphs));
            Assert.That(back.Sources, Is.EqualTo(article.Sources));
            Assert.That(back.Authors, Is.EqualTo(article.Authors));
            Assert.That(back.Credits, Is.EqualTo(article.Credits));
            Assert.That(back.Images, Is.EqualTo(article.Images));
            Assert.That(back.Related, Is.EqualTo(article.Related));
            Assert.That(back.CanonicalUrl, Is.EqualTo(article.CanonicalUrl));
            Assert.That(back.Diagnostics.Notes, Is.EqualTo(article.Diagnostics.Notes));
            Assert.That(back.Diagnostics.Blocks, Is.EqualTo(article.Diagnostics.Blocks));
            Assert.That(back.Diagnostics with { Notes = [], Blocks = [] }, Is.EqualTo(article.Diagnostics with { Notes = [], Blocks = [] }));
        });
    }

    [Test]
    public void A_date_alone_reads_back_at_the_languages_default_offset()
    {
        var dateline = new Dateline { Published = new DateTimeOffset(2025, 7, 13, 0, 0, 0, TimeSpan.FromHours(7)), Precision = DatePrecision.Day, Month = 7, Day = 13, Text = "13/7/2025" };
        var article = new Article { Language = ContentLanguage.Vietnamese, Dateline = dateline };

        var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(article, NewsExtractJsonContext.Default.Article), NewsExtractJsonContext.Default.Article)!;

        Assert.That(back.Dateline, Is.EqualTo(dateline));
    }

    [Test]
    public void A_year_less_date_keeps_its_month_and_day()
    {
        var dateline = new Dateline { Precision = DatePrecision.MonthDay, Month = 7, Day = 12, Text = "7月12日" };
        var json = Json(new Article { Dateline = dateline }).GetProperty("dateline");

        Assert.That(json.GetProperty("published").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That((json.GetProperty("precision").GetString(), json.GetProperty("month").GetInt32(), json.GetProperty("day").GetInt32()), Is.EqualTo(("monthDay", 7, 12)));
        Assert.That(JsonSerializer.Deserialize(json.GetRawText(), NewsExtractJsonContext.Default.Dateline), Is.EqualTo(dateline));
    }

    [Test]
    public void Unknown_properties_are_skipped()
    {
        var back = JsonSerializer.Deserialize("""{"schemaVersion":1,"title":"标题","addedLater":{"x":[1,2]},"paragraphs":["一段。"]}""", NewsExtractJsonContext.Default.Article)!;

        Assert.That(back.Title, Is.EqualTo("标题"));
        Assert.That(back.Paragraphs, Is.EqualTo(new[] { new Paragraph("一段。") }));
    }

    [TestCase("""{"schemaVersion":2,"title":"标题"}""", "schema version 2")]
    [TestCase("""{"paragraphs":["一","二"],"paragraphKinds":["lead"]}""", "paragraphKinds has 1 entries for 2 paragraphs")]
    [TestCase("""{"dateline":{"published":"13/07/2025","precision":"day"}}""", "not an ISO 8601 date")]
    [TestCase("""{"paragraphKinds":["footnote"],"paragraphs":["一"]}""", "")]
    [TestCase("""{"sources":[{"text":"据新华社报道"}]}""", "")]
    public void Malformed_or_newer_json_is_refused_with_a_JsonException(string json, string message)
    {
        Assert.That(() => JsonSerializer.Deserialize(json, NewsExtractJsonContext.Default.Article), Throws.InstanceOf<JsonException>().With.Message.Contains(message));
    }

    [Test]
    public void WriteProperties_fills_an_object_of_the_callers()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("fetched", "2025-07-13T02:00:00Z");
            ArticleJson.WriteProperties(writer, PortalArticle());
            writer.WriteEndObject();
        }

        using var json = JsonDocument.Parse(buffer.ToArray());
        Assert.That(json.RootElement.EnumerateObject().Select(p => p.Name).Take(3), Is.EqualTo(new[] { "fetched", "schemaVersion", "isArticle" }));
        Assert.That(JsonSerializer.Deserialize(json.RootElement, NewsExtractJsonContext.Default.Article)!.Title, Is.EqualTo("城市夜间公交线路再扩容 市民出行更便利"));
    }
}
