using NewsExtract.Benchmarks.Warc;
using NewsExtract.Crawl;
using NewsExtract.Tests.Support;
using static NewsExtract.Tests.Crawl.CrawlTestSupport;

namespace NewsExtract.Tests.Crawl;

/// <summary>
/// The dev corpus written as a crawl (request, response and metadata for every page, responses plain, chunked, gzip- and
/// brotli-encoded, between them 404 pages, images, redirects and revisits) and read back: every page comes out as the page
/// file itself does, and nothing else comes out as a page.
/// </summary>
[TestFixture]
public class CorpusWarcTests
{
    [TestCase(false, TestName = "Corpus_as_plain_warc_gives_each_page_as_the_page_file_does")]
    [TestCase(true, TestName = "Corpus_as_gzip_warc_gives_each_page_as_the_page_file_does")]
    public async Task Corpus_round_trip(bool gzip)
    {
        var pages = CrawlGenerator.FromFolder(SharedData.Require("corpus/pages"));
        using var archive = new MemoryStream();
        var written = CrawlGenerator.Write(archive, pages, gzip);
        archive.Position = 0;

        var results = await ReadAllAsync(archive, new CrawlOptions { MaxDegreeOfParallelism = 2 });
        var extracted = results.Where(r => r.Status == CrawlRecordStatus.Extracted).ToList();
        Assert.That(results.Where(r => r.Status == CrawlRecordStatus.Failed).Select(r => r.Error), Is.Empty);
        Assert.That(extracted.Select(r => r.RecordId), Is.EqualTo(written.Select(w => w.RecordId)),
            "exactly the page responses come out as pages; 404s, images, redirects, revisits, requests and metadata never do");

        var extractor = ArticleExtractor.Default;
        Assert.Multiple(() =>
        {
            foreach (var (result, page) in extracted.Zip(written))
            {
                var own = extractor.Extract(page.Page.Content, new PageContext { Url = page.Page.Url, ReferenceTime = page.Date });
                var name = page.Page.Name;
                Assert.That(result.Url, Is.EqualTo(page.Page.Url.AbsoluteUri), name);
                Assert.That(result.WarcDate, Is.EqualTo(page.Date), name);
                Assert.That(result.Article!.Title, Is.EqualTo(own.Title), name);
                Assert.That(result.Article.Paragraphs.Select(p => p.Text), Is.EqualTo(own.Paragraphs.Select(p => p.Text)), name);
                Assert.That(result.Article.IsArticle, Is.EqualTo(own.IsArticle), name);
            }
        });

        var skipped = results.Where(r => r.Status == CrawlRecordStatus.Skipped).ToList();
        Assert.That(skipped.Where(r => r.Kind == CrawlRecordKind.Response).Select(r => r.SkipReason).Distinct(),
            Is.EquivalentTo(new[] { CrawlSkipReason.HttpStatus, CrawlSkipReason.ContentType }));
        Assert.That(skipped.Select(r => r.Kind).Distinct(), Is.SupersetOf(new[]
        {
            CrawlRecordKind.Warcinfo, CrawlRecordKind.Request, CrawlRecordKind.Metadata, CrawlRecordKind.Revisit,
        }));
    }
}
