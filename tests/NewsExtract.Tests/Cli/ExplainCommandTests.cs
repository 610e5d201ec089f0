using System.Text;
using System.Text.RegularExpressions;
using NewsExtract.Cli;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Cli;

/// <summary>
/// <c>newsextract explain PAGE -o report.html</c>: one self-contained HTML file — fields with reasons, every block with
/// role, weight, rule and CSS path, the located article marked, a legend that filters, and for HTML the page beside
/// them in a sandboxed frame without scripts. Nothing from the page runs or is loaded; everything from it is escaped.
/// </summary>
[NonParallelizable]
public partial class ExplainCommandTests
{
    private string _folder = "";

    private static string ZhPage => Fixtures.PathOf("Explain/zh-explain-article.html");

    [SetUp]
    public void MakeFolder() => Directory.CreateDirectory(_folder = Path.Combine(Path.GetTempPath(), "newsextract-explain-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    internal static async Task<(int Exit, string Report, string Err)> Explain(string page, string report, params string[] more)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(["explain", page, "-o", report, "--reference-date", "2026-01-01", .. more], Stream.Null, output, error);
        return (exit, File.Exists(report) ? await File.ReadAllTextAsync(report) : "", error.ToString());
    }

    [Test]
    public async Task The_report_lists_every_block_with_role_weight_rule_and_css_path_and_marks_the_article()
    {
        var (exit, report, err) = await Explain(ZhPage, Path.Combine(_folder, "r.html"));

        Assert.That(exit, Is.EqualTo(0), err);
        Assert.That(BlockItem().Matches(report), Has.Count.EqualTo(20));
        Assert.That(report, Does.Contain("<li class=\"blk r-Credit in\" id=\"b13\" data-role=\"Credit\"><div class=\"meta\"><b>#13 Credit</b>"));
        Assert.That(report, Does.Contain("rule <code>credit-line</code>"));
        Assert.That(report, Does.Contain("<code class=\"path\">div#main &gt; div.article &gt; div.article-body &gt; p:nth-of-type(7)</code>"));
        Assert.That(report, Does.Contain("id=\"content-start\">▼ the article begins (block 6)"));
        Assert.That(report, Does.Contain("id=\"content-end\">▲ the article ends (block 13)"));
        Assert.That(report, Does.Contain("<nav id=\"legend\""));
        Assert.That(report, Does.Contain("data-role=\"Body\" checked>"));
        Assert.That(report, Does.Contain("<th>credits</th><td>责任编辑: 王丽</td>"));
        Assert.That(report, Does.Contain("<meta name=\"viewport\""));
    }

    [Test]
    public async Task Nothing_from_the_page_runs_the_page_sits_in_a_frame_without_scripts_and_only_the_reports_own_script_is_allowed()
    {
        var (_, report, _) = await Explain(ZhPage, Path.Combine(_folder, "r.html"));

        // One script element: the report's filter, allowed by its hash; none of the page's.
        Assert.That(Regex.Matches(report, "<script", RegexOptions.IgnoreCase), Has.Count.EqualTo(1));
        Assert.That(report, Does.Contain("script-src 'sha256-"));
        Assert.That(report, Does.Contain("default-src 'none'"));
        Assert.That(report, Does.Not.Contain("http://").And.Not.Contain("src=\"https"));
        var frame = Regex.Match(report, "<iframe [^>]*sandbox=\"\"[^>]*srcdoc=\"([^\"]*)\"");
        Assert.That(frame.Success, Is.True);
        var page = System.Net.WebUtility.HtmlDecode(frame.Groups[1].Value);
        Assert.That(page, Does.Not.Contain("<script").And.Not.Contain("__explain_page_script_ran"));
        Assert.That(page, Does.Not.Contain("onerror").And.Not.Contain("javascript:").And.Not.Contain(" href=").And.Not.Contain(" src="));
        Assert.That(page, Does.Contain("Content-Security-Policy"));
        Assert.That(page, Does.Contain("<h1 class=\"headline\" data-nx-role=\"Title\""));
        Assert.That(page, Does.Contain("data-nx-role=\"Credit\""));
    }

    [Test]
    public async Task Text_from_the_page_is_escaped()
    {
        var page = Path.Combine(_folder, "hostile.html");
        await File.WriteAllTextAsync(page, "<html><head><title>x</title></head><body><h1>标题 &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>"
            + "<p class='a\"b'>正文第一段，&lt;img src=x onerror=alert(2)&gt; 讲述城市书房的开放时间和借阅规则，市民可以凭身份证免费借书，每人每次最多借五本。</p></body></html>");

        var (exit, report, _) = await Explain(page, Path.Combine(_folder, "r.html"));

        Assert.That(exit, Is.EqualTo(0));
        Assert.That(report, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
        Assert.That(report, Does.Contain("&lt;img src=x onerror=alert(2)&gt;"));
        Assert.That(Regex.Matches(report, "<script", RegexOptions.IgnoreCase), Has.Count.EqualTo(1));
        Assert.That(Regex.Matches(report, "<img", RegexOptions.IgnoreCase), Has.Count.Zero);
    }

    [Test]
    public async Task A_text_capture_gets_the_blocks_without_a_page_frame()
    {
        var capture = Path.Combine(_folder, "capture.txt");
        await File.WriteAllTextAsync(capture, "首页 新闻 体育\n江畔书店夜读季开幕\n2025-09-20 20:15 来源：城南晚报\n"
            + "9月20日晚，位于滨江步道旁的江畔书店迎来第三届夜读季开幕，书店将营业时间延长至午夜，吸引了不少下班后的市民前来阅读。\n"
            + "据书店负责人介绍，本届夜读季将持续到11月底，期间每周六晚举办作家对谈、诗歌朗诵和旧书交换活动，所有活动均免费开放。\n");

        var (exit, report, _) = await Explain(capture, Path.Combine(_folder, "r.html"));

        Assert.That(exit, Is.EqualTo(0));
        Assert.That(report, Does.Contain("text capture"));
        Assert.That(BlockItem().Matches(report), Has.Count.EqualTo(5));
        Assert.That(report, Does.Not.Contain("<iframe").And.Not.Contain("class=\"path\""));
    }

    [Test]
    public async Task A_warc_record_is_explained_the_first_that_holds_a_page_or_the_one_named()
    {
        var warc = Path.Combine(_folder, "pages.warc");
        var html = await File.ReadAllBytesAsync(ZhPage);
        var vi = await File.ReadAllBytesAsync(Fixtures.PathOf("Explain/vi-explain-article.html"));
        await File.WriteAllBytesAsync(warc, [.. Record("urn:uuid:0001", "request", "application/http; msgtype=request", "GET / HTTP/1.1\r\nHost: news.example.cn\r\n\r\n"u8.ToArray()),
            .. Record("urn:uuid:0002", "response", "application/http; msgtype=response", HttpResponse(html)),
            .. Record("urn:uuid:0003", "response", "application/http; msgtype=response", HttpResponse(vi))]);

        var (firstExit, first, firstErr) = await Explain(warc, Path.Combine(_folder, "first.html"));
        var (namedExit, named, _) = await Explain(warc, Path.Combine(_folder, "named.html"), "--record", "urn:uuid:0003");
        var (missingExit, _, missingErr) = await Explain(warc, Path.Combine(_folder, "missing.html"), "--record", "urn:uuid:9999");

        Assert.That(firstExit, Is.EqualTo(0), firstErr);
        Assert.That(first, Does.Contain("record &lt;urn:uuid:0002&gt;").And.Contain("江畔书店夜读季开幕"));
        Assert.That(namedExit, Is.EqualTo(0));
        Assert.That(named, Does.Contain("Chợ phiên sách cũ cuối tuần hút khách trẻ"));
        Assert.That(missingExit, Is.EqualTo(1));
        Assert.That(missingErr, Does.Contain("no record urn:uuid:9999"));
        Assert.That(File.Exists(Path.Combine(_folder, "missing.html")), Is.False);
    }

    [Test]
    public async Task The_output_is_required_and_a_missing_page_is_an_error_without_a_report()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var usage = await CommandLine.RunAsync(["explain", ZhPage], Stream.Null, output, error);
        var (missing, _, err) = await Explain(Path.Combine(_folder, "nope.html"), Path.Combine(_folder, "r.html"));

        Assert.That(usage, Is.EqualTo(2));
        Assert.That(error.ToString(), Does.Contain("--output"));
        Assert.That(missing, Is.EqualTo(1));
        Assert.That(err, Does.StartWith("newsextract explain: "));
        Assert.That(File.Exists(Path.Combine(_folder, "r.html")), Is.False);
    }

    private static byte[] HttpResponse(byte[] body) =>
        [.. Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\n\r\n"), .. body];

    private static byte[] Record(string id, string type, string contentType, byte[] block) =>
        [.. Encoding.ASCII.GetBytes($"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Record-ID: <{id}>\r\nWARC-Date: 2025-09-21T00:00:00Z\r\nWARC-Target-URI: https://news.example.cn/a.html\r\nContent-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n"), .. block, .. "\r\n\r\n"u8.ToArray()];

    [GeneratedRegex("<li class=\"blk ")]
    private static partial Regex BlockItem();
}
