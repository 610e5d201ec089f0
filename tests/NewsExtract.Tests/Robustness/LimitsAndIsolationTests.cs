using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NewsExtract.Tests.Robustness;

/// <summary>Input limits, cancellation, deep nesting, and the guarantees about the caller's input and the machine.</summary>
[NonParallelizable]
public class LimitsAndIsolationTests
{
    private const string Lead = "越南通讯社河内电越南国会今天通过了关于修订土地法的决议，新法将于明年一月一日起正式生效，对土地使用权作出多项重要调整。";
    private const string Second = "国会代表们认为，新的土地法将进一步完善土地管理制度，保障土地使用者的合法权益，促进土地资源的合理和有效利用。";

    private static readonly string Page =
        $"<html><head><title>越南国会通过土地法修订案</title></head><body><h1>越南国会通过土地法修订案</h1><p>{Lead}</p><p>{Second}</p></body></html>";

    private static string Nested(int depth, string inner)
    {
        var b = new StringBuilder(depth * 11 + inner.Length + 100);
        b.Append("<html><head><title>深层嵌套</title></head><body>");
        for (var i = 0; i < depth; i++)
        {
            b.Append("<div>");
        }

        b.Append(inner);
        for (var i = 0; i < depth; i++)
        {
            b.Append("</div>");
        }

        return b.Append("<p>").Append(Second).Append("</p></body></html>").ToString();
    }

    [Test]
    public void Input_larger_than_MaxInputBytes_is_refused_from_bytes_string_and_stream()
    {
        var extractor = new ArticleExtractor(ExtractionOptions.Default with { Limits = ExtractionLimits.Default with { MaxInputBytes = 1000 } });
        var big = Page + new string(' ', 1000);
        var bytes = Encoding.UTF8.GetBytes(big);

        Assert.Multiple(() =>
        {
            Assert.That(() => extractor.ExtractHtml(bytes), Throws.TypeOf<ExtractionLimitException>());
            Assert.That(() => extractor.ExtractHtml(bytes.AsMemory()), Throws.TypeOf<ExtractionLimitException>());
            Assert.That(() => extractor.Extract(bytes), Throws.TypeOf<ExtractionLimitException>());
            Assert.That(() => extractor.ExtractHtml(big), Throws.TypeOf<ExtractionLimitException>());
            Assert.That(() => extractor.ExtractText(big), Throws.TypeOf<ExtractionLimitException>());
            Assert.That(async () => await extractor.ExtractHtmlAsync(new MemoryStream(bytes)), Throws.TypeOf<ExtractionLimitException>());
            Assert.That(async () => await extractor.ExtractTextAsync(new MemoryStream(bytes)), Throws.TypeOf<ExtractionLimitException>());
            Assert.That(async () => await extractor.ExtractAsync(new MemoryStream(bytes)), Throws.TypeOf<ExtractionLimitException>());
        });
    }

    [Test]
    public void Input_at_MaxInputBytes_is_accepted()
    {
        var bytes = Encoding.UTF8.GetBytes(Page);
        var extractor = new ArticleExtractor(ExtractionOptions.Default with { Limits = ExtractionLimits.Default with { MaxInputBytes = bytes.Length } });

        Assert.That(extractor.ExtractHtml(bytes).Text, Does.Contain(Lead));
        Assert.That(extractor.ExtractHtmlAsync(new MemoryStream(bytes)).GetAwaiter().GetResult().Text, Does.Contain(Lead));
    }

    [Test]
    public void Pre_cancelled_token_throws_OperationCanceledException()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        var token = source.Token;
        var extractor = ArticleExtractor.Default;
        var bytes = Encoding.UTF8.GetBytes(Page);

        Assert.Multiple(() =>
        {
            Assert.That(() => extractor.ExtractHtml(Page, null, token), Throws.InstanceOf<OperationCanceledException>());
            Assert.That(() => extractor.ExtractHtml(bytes, null, token), Throws.InstanceOf<OperationCanceledException>());
            Assert.That(() => extractor.Extract(bytes, null, token), Throws.InstanceOf<OperationCanceledException>());
            Assert.That(() => extractor.ExtractText(Lead + "\n" + Second, null, token), Throws.InstanceOf<OperationCanceledException>());
            Assert.That(async () => await extractor.ExtractHtmlAsync(new MemoryStream(bytes), null, token), Throws.InstanceOf<OperationCanceledException>());
            Assert.That(async () => await extractor.ExtractTextAsync(new MemoryStream(bytes), null, token), Throws.InstanceOf<OperationCanceledException>());
            Assert.That(async () => await extractor.ExtractAsync(new MemoryStream(bytes), null, token), Throws.InstanceOf<OperationCanceledException>());
        });
    }

    [Test]
    public void Extraction_never_mutates_the_callers_byte_array()
    {
        var bytes = Encoding.UTF8.GetBytes("\uFEFF" + Page.Replace("<p>", "<p>\0\r\n", StringComparison.Ordinal));
        var copy = (byte[])bytes.Clone();

        ArticleExtractor.Default.ExtractHtml(bytes);
        ArticleExtractor.Default.Extract(bytes);
        ArticleExtractor.Default.ExtractHtml(bytes.AsMemory());

        Assert.That(bytes, Is.EqualTo(copy));
    }

    [Test]
    public void Stream_is_left_at_its_end_and_not_disposed()
    {
        var bytes = Encoding.UTF8.GetBytes(Page);
        using var html = new MemoryStream(bytes);
        html.Position = 6; // reading starts from the current position
        using var text = new MemoryStream(bytes);
        using var unknown = new MemoryStream(bytes);

        var fromHtml = ArticleExtractor.Default.ExtractHtmlAsync(html).GetAwaiter().GetResult();
        ArticleExtractor.Default.ExtractTextAsync(text).GetAwaiter().GetResult();
        ArticleExtractor.Default.ExtractAsync(unknown).GetAwaiter().GetResult();

        Assert.Multiple(() =>
        {
            Assert.That(fromHtml.Text, Does.Contain(Lead));
            foreach (var stream in new[] { html, text, unknown })
            {
                Assert.That(stream.CanRead, Is.True, "not disposed");
                Assert.That(stream.Position, Is.EqualTo(bytes.Length), "left at its end");
            }
        });
    }

    [Test]
    public void Page_references_are_never_fetched_and_scripts_never_run()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var url = $"http://127.0.0.1:{port}";
        var marker = Path.Combine(Path.GetTempPath(), "newsextract-" + Guid.NewGuid().ToString("N"));
        var html = $"<html><head><title>越南国会通过土地法修订案</title><link rel=stylesheet href=\"{url}/a.css\"><script src=\"{url}/a.js\"></script>"
            + $"<meta http-equiv=\"refresh\" content=\"0;url={url}/r\"><base href=\"{url}/\"><style>@import url({url}/b.css); body {{ background: url({url}/c.png) }}</style></head>"
            + $"<body onload=\"fetch('{url}/onload')\"><h1>越南国会通过土地法修订案</h1><iframe src=\"{url}/frame\"></iframe><img src=\"{url}/i.jpg\" onerror=\"document.body.innerHTML='<p>SCRIPT RAN</p>'\">"
            + $"<object data=\"{url}/o\"></object><embed src=\"{url}/e\"><video src=\"{url}/v\" poster=\"{url}/p.jpg\"></video><link rel=import href=\"file://{marker}\">"
            + $"<script>document.write('<p>SCRIPT RAN</p>'); var x = new XMLHttpRequest(); x.open('GET', '{url}/x'); x.send();</script>"
            + $"<p>{Lead}</p><p>{Second}</p><a href=\"file://{marker}\">file</a><form action=\"{url}/f\"><input autofocus onfocus=\"location='{url}/focus'\"></form></body></html>";

        var article = ArticleExtractor.Default.ExtractHtml(html, PageContext.ForUrl(new Uri(url + "/page")));

        Assert.Multiple(() =>
        {
            Assert.That(listener.Pending(), Is.False, "nothing connected to the page's URLs");
            Assert.That(article.Text, Does.Not.Contain("SCRIPT RAN"));
            Assert.That(article.Text, Does.Contain(Lead));
            Assert.That(File.Exists(marker) || Directory.Exists(marker), Is.False, "nothing from the page reaches the file system");
        });
    }

    [Test]
    public void Hundred_thousand_deep_nesting_does_not_overflow_the_stack()
    {
        // A stack overflow kills the process that hosts it, so the proof runs in a child process (the CLI, on threads with a
        // 256 KiB stack) first; only after it survived is the same page extracted here, on a thread with a small stack too.
        var html = Nested(100_000, $"<p>{Lead}</p>");
        var cli = Path.Combine(TestContext.CurrentContext.TestDirectory, "NewsExtract.Cli.dll");
        Assume.That(File.Exists(cli), "the CLI is copied next to the tests");

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(cli);
        start.ArgumentList.Add("--format");
        start.ArgumentList.Add("json");
        start.ArgumentList.Add("-");
        start.Environment["DOTNET_DefaultStackSize"] = "40000"; // hex: 256 KiB for every thread the runtime creates
        using (var child = Process.Start(start)!)
        {
            var output = child.StandardOutput.ReadToEndAsync();
            var error = child.StandardError.ReadToEndAsync();
            var stdin = new StreamWriter(child.StandardInput.BaseStream, new UTF8Encoding(false));
            stdin.Write(html);
            stdin.Close();
            child.WaitForExit();
            Assert.That(child.ExitCode, Is.Zero, $"the child process died: {error.Result}");
            Assert.That(output.Result, Does.Contain(Lead[..10]));
        }

        Article? article = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                article = ArticleExtractor.Default.ExtractHtml(html);
            }
#pragma warning disable CA1031 // any exception is reported as the failure
            catch (Exception e)
#pragma warning restore CA1031
            {
                failure = e;
            }
        }, 256 * 1024);
        thread.Start();
        thread.Join();

        Assert.That(failure, Is.Null);
        ArticleInvariants.AssertWellFormed(article!);
        Assert.That(article!.Text, Does.Contain(Lead));
        Assert.That(article.Text, Does.Contain(Second));
        Assert.That(article.Diagnostics.Notes.Select(n => n.Code), Does.Contain("nesting.capped"));
    }

    [Test]
    public void Deep_nesting_keeps_hidden_and_script_content_out_of_the_body()
    {
        var inner = "<div style=\"display:none\"><p>深处隐藏的段落，这段文字设置为不显示，不应出现在提取的正文里面，长度足够像正文。</p><div><p>更深的隐藏文字。</p></div></div>"
            + "<template><p>深处模板里的段落，这段文字在模板中，不应出现在提取的正文里面，长度足够像正文内容。</p></template>"
            + "<script>var fake = '</div><p>深处脚本里的文字</p>';</script>"
            + $"<p>{Lead}</p>";

        var article = ArticleExtractor.Default.ExtractHtml(Nested(5_000, inner));

        ArticleInvariants.AssertWellFormed(article);
        Assert.That(article.Text, Does.Contain(Lead));
        Assert.That(article.Text, Does.Not.Contain("深处"));
        Assert.That(article.Text, Does.Not.Contain("更深"));
    }

    [Test]
    public void Nesting_within_the_limit_is_left_to_the_parser()
    {
        var article = ArticleExtractor.Default.ExtractHtml(Nested(300, $"<p>{Lead}</p>"));

        Assert.That(article.Diagnostics.Notes.Select(n => n.Code), Does.Not.Contain("nesting.capped"));
        Assert.That(article.Text, Does.Contain(Lead));
    }

    [Test]
    public void Hundred_thousand_unclosed_inline_and_table_tags_finish()
    {
        foreach (var open in new[] { "<span>", "<font color=red>", "<b><i>", "<table><tr><td>", "<ul><li>", "<p><table><td><div>" })
        {
            var html = "<html><body>" + string.Concat(Enumerable.Repeat(open + "文字", 100_000 / open.Length * 6)) + $"<p>{Lead}</p></body></html>";

            var article = ArticleExtractor.Default.ExtractHtml(html);

            ArticleInvariants.AssertWellFormed(article);
            Assert.That(article.Text, Does.Contain(Lead), open);
        }
    }
}
