using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp;
using AngleSharp.Html.Parser;
using NewsExtract.Decoding;
using NewsExtract.Serialization;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Extraction;

/// <summary>
/// A page the caller already holds as an AngleSharp document gives the article its bytes give: every field, every block
/// with its role, weight and hints (the trace), and every diagnostic but those about decoding bytes (the document was
/// decoded by the caller).
/// </summary>
public class AngleSharpDocumentTests
{
    private static readonly HtmlParser Parser = new();

    [Test]
    [Category("Corpus")]
    public void Every_corpus_page_gives_the_same_article_from_its_angle_sharp_document_as_from_its_bytes()
    {
        var pages = Directory.GetFiles(Path.Combine(SharedData.Require("corpus"), "pages"), "*.html").Order(StringComparer.Ordinal).ToList();
        var extractor = new ArticleExtractor(ExtractionOptions.Default with { ReferenceTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), TraceBlocks = true });
        Assert.That(pages, Has.Count.GreaterThan(50));
        var withBody = 0;
        Assert.Multiple(() =>
        {
            foreach (var path in pages)
            {
                var bytes = File.ReadAllBytes(path);

                // The caller's document: AngleSharp's parse of the page as decoded (this test is about the DOM, not decoding).
                using var document = Parser.ParseDocument(PageDecoder.Decode(bytes, null, lookForMetaCharset: true).Text);

                var fromBytes = extractor.ExtractHtml(bytes);
                var fromDocument = extractor.ExtractHtml(document);
                Assert.That(Comparable(fromDocument), Is.EqualTo(Comparable(fromBytes)), Path.GetFileName(path));
                withBody += fromDocument.Paragraphs.Count > 0 ? 1 : 0;
            }
        });

        // The comparison is of real articles, not of empty results.
        Assert.That(withBody, Is.GreaterThan(pages.Count / 2));
    }

    [Test]
    public void A_document_gives_the_article_its_markup_gives()
    {
        const string html = "<html><head><title>越南国会通过土地法修订案_示例网</title></head><body><div class=nav><a href=/>首页</a></div>"
            + "<div class=article><h1>越南国会通过土地法修订案</h1><p>新华社河内7月12日电 越南国会今天通过了关于修订土地法的决议，新法将于明年一月一日起正式生效。</p>"
            + "<p>国会代表们认为，新的土地法将进一步完善土地管理制度，保障土地使用者的合法权益，促进土地资源的合理和有效利用。</p>"
            + "<template><p>模板里的文字不是正文。</p></template><p>责任编辑：刘莹</p></div></body></html>";
        using var document = Parser.ParseDocument(html);

        var fromDocument = Articles.FromHtml(document);

        Assert.That(Comparable(fromDocument), Is.EqualTo(Comparable(Articles.FromHtml(html))));
        Assert.That(fromDocument.Text, Does.Not.Contain("模板"));
        Assert.That(fromDocument.Credits, Is.Not.Empty);
    }

    [Test]
    public async Task The_documents_own_web_address_stands_in_when_the_context_has_none()
    {
        const string address = "https://news.example.cn/2025/07/a.html";
        const string html = "<html><head><title>越南国会通过土地法修订案</title></head><body><div class=article><h1>越南国会通过土地法修订案</h1>"
            + "<p>越南国会今天通过了关于修订土地法的决议，新法将于明年一月一日起正式生效，对土地使用权作出多项重要调整。</p>"
            + "<figure><img src=/img/land.jpg><figcaption>国会会场，代表们正在投票表决土地法修订案</figcaption></figure>"
            + "<p>国会代表们认为，新的土地法将进一步完善土地管理制度，保障土地使用者的合法权益，促进土地资源的合理和有效利用。</p></div></body></html>";
        using var context = BrowsingContext.New();
        using var document = await context.OpenAsync(response => response.Content(html).Address(address));

        var fromDocument = ArticleExtractor.Default.ExtractHtml(document);
        var fromMarkup = ArticleExtractor.Default.ExtractHtml(html, new PageContext { Url = new Uri(address) });

        Assert.That(fromDocument.Images.Select(i => i.Url), Does.Contain("https://news.example.cn/img/land.jpg"));
        Assert.That(Comparable(fromDocument), Is.EqualTo(Comparable(fromMarkup)));
    }

    [Test]
    public void The_callers_document_is_not_changed()
    {
        using var document = Parser.ParseDocument("<body><div id=a><p>x</p><template><b>t</b></template></div></body>");
        var before = document.DocumentElement.OuterHtml;

        ArticleExtractor.Default.ExtractHtml(document);

        Assert.That(document.DocumentElement.OuterHtml, Is.EqualTo(before));
    }

    [Test]
    public void Nesting_past_the_depth_limit_is_read_flat_from_a_document_too()
    {
        // AngleSharp itself stops nesting at 512 levels; with a lower limit of ours the copy reads the rest flat.
        var html = "<body>" + string.Concat(Enumerable.Repeat("<div>", 400)) + "<div hidden><p>隐藏的文字</p></div><p>深处的段落文字，足够长的一段中文文字，用来让提取器把它当作正文来读取。</p></body>";
        using var document = Parser.ParseDocument(html);
        var extractor = new ArticleExtractor(ExtractionOptions.Default with { Limits = ExtractionLimits.Default with { MaxDepth = 100 } });

        var article = extractor.ExtractHtml(document);

        Assert.That(article.Diagnostics.Notes.Select(n => n.Code), Does.Contain("nesting.capped"));
        Assert.That(article.Text, Does.Contain("深处的段落文字").And.Not.Contain("隐藏"));
        Assert.That(Comparable(article), Is.EqualTo(Comparable(extractor.ExtractHtml(html))));
    }

    // The article as JSON (the CLI's contract, diagnostics and their notes included), without what decoding bytes adds.
    private static string Comparable(Article article)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            ArticleJson.WriteProperties(json, article);
            json.WriteEndObject();
        }

        var node = JsonNode.Parse(Encoding.UTF8.GetString(buffer.ToArray()))!.AsObject();
        var diagnostics = node["diagnostics"]!.AsObject();
        diagnostics.Remove("encoding");
        diagnostics.Remove("encodingEvidence");
        diagnostics.Remove("replacementCharacters");
        var notes = diagnostics["notes"]!.AsArray();
        for (var i = notes.Count - 1; i >= 0; i--)
        {
            if (notes[i]!["code"]!.GetValue<string>().StartsWith("encoding.", StringComparison.Ordinal))
            {
                notes.RemoveAt(i);
            }
        }

        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
