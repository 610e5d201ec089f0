using NewsExtract.Crawl;
using NewsExtract.Tests.Support;
using static NewsExtract.Tests.Crawl.CrawlTestSupport;

namespace NewsExtract.Tests.Crawl;

/// <summary>
/// The real WARC and ARC files of ../shared/warc-samples (warcio's test data, Apache-2.0), read from there: one test per
/// file, named for what the file is. They are English test captures, so they test the container reading, not extraction.
/// </summary>
[TestFixture]
public class WarcSampleTests
{
    private static readonly string[] Tested =
    [
        "bad.arc", "example-bad-non-chunked.warc.gz", "example-bad.warc.gz.bad", "example-digest.warc", "example-iana.org-chunked.warc",
        "example-resource.warc.gz", "example-space-in-target-uri.warc.gz", "example-space-in-url.arc", "example-trunc.warc",
        "example-wget-bad-target-uri.warc.gz", "example-wrong-chunks.warc.gz", "example.arc", "example.arc.gz", "example.warc",
        "example.warc.gz", "post-test.warc.gz",
    ];

    [Test]
    public void Every_sample_file_has_a_test()
    {
        var folder = SharedData.Require("warc-samples");
        var files = Directory.GetFiles(folder).Select(Path.GetFileName)
            .Where(f => f is not ("LICENSE" or "SOURCE.md"))
            .Order(StringComparer.Ordinal);
        Assert.That(files, Is.EquivalentTo(Tested));
    }

    [Test]
    public async Task Plain_warc_gives_the_response_page_and_skips_warcinfo_request_and_revisit()
    {
        var results = await ReadSampleAsync("example.warc");
        Assert.That(results.Select(Shape), Is.EqualTo(new[]
        {
            "Warcinfo Skipped RecordType", "Warcinfo Skipped RecordType", "Response Extracted None",
            "Request Skipped RecordType", "Revisit Skipped RecordType", "Request Skipped RecordType",
        }));
        var page = results[2];
        Assert.Multiple(() =>
        {
            Assert.That(page.RecordId, Is.EqualTo("<urn:uuid:a9c51e3e-0221-11e7-bf66-0242ac120005>"));
            Assert.That(page.Url, Is.EqualTo("http://example.com/"));
            Assert.That(page.WarcDate, Is.EqualTo(new DateTimeOffset(2017, 3, 6, 4, 2, 6, TimeSpan.Zero)));
            Assert.That(page.HttpStatus, Is.EqualTo(200));
            Assert.That(page.Offset, Is.EqualTo(1197), "the record's byte offset in the file");
            // The body is gzip content-encoded in the capture.
            Assert.That(page.Article!.Title, Is.EqualTo("Example Domain"));
            Assert.That(page.Article.Text, Does.StartWith("This domain is established to be used for illustrative examples"));
        });
    }

    [Test]
    public async Task Gzip_warc_is_read_member_by_member_with_member_offsets()
    {
        var results = await ReadSampleAsync("example.warc.gz");
        Assert.That(results.Select(r => r.Offset), Is.EqualTo(new long[] { 0, 353, 784, 2012, 2621, 3207 }));
        Assert.That(results.Single(r => r.Status == CrawlRecordStatus.Extracted).Article!.Title, Is.EqualTo("Example Domain"));
    }

    [Test]
    public async Task Chunked_response_is_dechunked()
    {
        var results = await ReadSampleAsync("example-iana.org-chunked.warc");
        var page = results.Single(r => r.Status == CrawlRecordStatus.Extracted);
        Assert.Multiple(() =>
        {
            Assert.That(page.Url, Is.EqualTo("http://www.iana.org/"));
            Assert.That(page.Article!.Title, Is.EqualTo("Internet Assigned Numbers Authority"));
            // A chunk-size line left in would show up as a stray hex line in the body.
            Assert.That(page.Article.Text, Does.Not.Match(@"(?m)^[0-9a-f]{4,6}$"));
            Assert.That(page.Article.Diagnostics.Encoding, Is.EqualTo("utf-8"));
        });
    }

    [Test]
    public async Task Truncated_record_reports_the_stray_bytes_and_reading_goes_on()
    {
        // The response's Content-Length is two bytes short of its gzip body: those bytes are left between records.
        var results = await ReadSampleAsync("example-trunc.warc");
        Assert.That(results.Select(Shape), Is.EqualTo(new[]
        {
            "Warcinfo Skipped RecordType", "Warcinfo Skipped RecordType", "Response Extracted None",
            "Other Failed None", "Request Skipped RecordType",
        }));
        Assert.That(results[3].Error, Does.Contain("no WARC record"));
        Assert.That(results[4].RecordId, Is.EqualTo("<urn:uuid:a9c5c23a-0221-11e7-8fe3-0242ac120007>"));
    }

    [Test]
    public async Task Record_split_over_gzip_members_is_read_across_them()
    {
        // "Wrong chunks": the response's HTTP body sits in gzip members of its own, not in the record's member.
        var results = await ReadSampleAsync("example-wrong-chunks.warc.gz");
        Assert.That(results.Select(Shape), Is.EqualTo(new[] { "Response Extracted None", "Request Skipped RecordType" }));
        Assert.That(results[0].Article!.Title, Is.EqualTo("Example Domain"));
        Assert.That(results[1].Offset, Is.EqualTo(1130));
    }

    [Test]
    public async Task Whole_file_in_one_gzip_member_is_read()
    {
        var results = await ReadSampleAsync("example-bad-non-chunked.warc.gz");
        Assert.That(results.Select(Shape), Is.EqualTo(new[]
        {
            "Warcinfo Skipped RecordType", "Warcinfo Skipped RecordType", "Response Extracted None",
            "Request Skipped RecordType", "Revisit Skipped RecordType", "Request Skipped RecordType",
        }));
        Assert.That(results.Select(r => r.Offset), Is.All.EqualTo(0), "every record starts in the one member");
    }

    [Test]
    public async Task Gzip_warc_with_an_odd_extension_is_told_by_content_and_a_redirect_is_skipped()
    {
        var results = await ReadSampleAsync("example-bad.warc.gz.bad");
        Assert.That(results.Select(Shape), Is.EqualTo(new[]
        {
            "Warcinfo Skipped RecordType", "Response Extracted None", "Request Skipped RecordType",
            "Revisit Skipped RecordType", "Request Skipped RecordType", "Response Skipped HttpStatus",
        }));
        Assert.That(results[1].Url, Is.EqualTo("http://example.com?example=1"));
        Assert.That(results[5].HttpStatus, Is.EqualTo(302));
    }

    [Test]
    public async Task Records_with_wrong_digests_are_read_as_written()
    {
        // Four request records, the later ones with payload digests that do not match: digests are not checked.
        var results = await ReadSampleAsync("example-digest.warc");
        Assert.That(results.Select(Shape), Is.All.EqualTo("Request Skipped RecordType"));
        Assert.That(results.Select(r => r.Offset), Is.EqualTo(new long[] { 0, 922, 1840, 2758 }));
    }

    [Test]
    public async Task Html_resource_record_is_extracted_as_a_page()
    {
        var results = await ReadSampleAsync("example-resource.warc.gz");
        Assert.That(results.Select(Shape), Is.EqualTo(new[] { "Warcinfo Skipped RecordType", "Warcinfo Skipped RecordType", "Resource Extracted None" }));
        Assert.That(results[2].ContentType, Is.EqualTo("text/html"));
        Assert.That(results[2].Article!.Title, Is.EqualTo("Example Domain"));
    }

    [Test]
    public async Task Space_in_target_uri_is_kept_and_an_image_resource_is_skipped()
    {
        var results = await ReadSampleAsync("example-space-in-target-uri.warc.gz");
        Assert.That(results.Select(Shape), Is.EqualTo(new[] { "Warcinfo Skipped RecordType", "Resource Skipped ContentType" }));
        Assert.That(results[1].Url, Is.EqualTo("file:///example with spaces.png"));
        Assert.That(results[1].ContentType, Is.EqualTo("image/png"));
    }

    [Test]
    public async Task Angle_brackets_around_target_uri_are_removed_and_metadata_resources_skipped()
    {
        var results = await ReadSampleAsync("example-wget-bad-target-uri.warc.gz");
        Assert.That(results.Select(Shape), Is.EqualTo(new[]
        {
            "Warcinfo Skipped RecordType", "Request Skipped RecordType", "Response Extracted None",
            "Metadata Skipped RecordType", "Resource Skipped ContentType", "Resource Skipped ContentType",
        }));
        Assert.That(results[2].Url, Is.EqualTo("http://example.com/"));
        Assert.That(results[3].Url, Is.EqualTo("metadata://gnu.org/software/wget/warc/MANIFEST.txt"));
    }

    [Test]
    public async Task Post_responses_of_json_are_skipped_as_not_html()
    {
        var results = await ReadSampleAsync("post-test.warc.gz");
        Assert.That(results.Where(r => r.Kind == CrawlRecordKind.Response).Select(r => (r.SkipReason, r.ContentType)),
            Is.All.EqualTo((CrawlSkipReason.ContentType, (string?)"application/json")));
        Assert.That(results.Count(r => r.Kind == CrawlRecordKind.Request), Is.EqualTo(3));
        Assert.That(results[4].Url, Is.EqualTo("http://httpbin.org/post?foo=bar"));
    }

    [Test]
    public async Task Arc_file_is_read_with_its_archive_date()
    {
        var results = await ReadSampleAsync("example.arc");
        Assert.That(results.Select(Shape), Is.EqualTo(new[] { "Warcinfo Skipped RecordType", "Response Extracted None" }));
        Assert.Multiple(() =>
        {
            Assert.That(results[1].RecordId, Is.Null);
            Assert.That(results[1].Url, Is.EqualTo("http://example.com/"));
            Assert.That(results[1].WarcDate, Is.EqualTo(new DateTimeOffset(2014, 2, 16, 5, 2, 21, TimeSpan.Zero)));
            Assert.That(results[1].Offset, Is.EqualTo(151));
            Assert.That(results[1].Article!.Title, Is.EqualTo("Example Domain"));
        });
    }

    [Test]
    public async Task Gzip_arc_file_is_read_member_by_member()
    {
        var results = await ReadSampleAsync("example.arc.gz");
        Assert.That(results.Select(Shape), Is.EqualTo(new[] { "Warcinfo Skipped RecordType", "Response Extracted None" }));
        Assert.That(results[1].Offset, Is.EqualTo(171));
    }

    [Test]
    public async Task Arc_url_with_spaces_is_kept_whole_and_its_short_record_reported_truncated()
    {
        // The record's length counts CRLF line ends the stored file does not have: it ends 12 bytes early.
        var results = await ReadSampleAsync("example-space-in-url.arc");
        Assert.That(results.Select(Shape), Is.EqualTo(new[] { "Warcinfo Skipped RecordType", "Response Failed None" }));
        Assert.That(results[1].Url, Is.EqualTo("http://example.com/index.cfm?FuseAction=Email&EmailTitle=Examples From The Live Web&IsPopUp=False"));
        Assert.That(results[1].Error, Does.StartWith("truncated record: 1,579 of 1,591 bytes"));
    }

    [Test]
    public async Task Bad_arc_lengths_give_errors_and_reading_goes_on_at_the_next_header()
    {
        var results = await ReadSampleAsync("bad.arc");
        Assert.That(results.Select(Shape), Is.EqualTo(new[]
        {
            "Warcinfo Failed None", "Response Failed None", "Response Skipped ContentType", "Response Failed None",
        }));
        Assert.That(results[0].Error, Does.Contain("no valid length"));
        Assert.That(results[3].Error, Does.Contain("'http://example.com/ 93.184.216.119 201404010000000000 text/html abc'"));
    }
}
