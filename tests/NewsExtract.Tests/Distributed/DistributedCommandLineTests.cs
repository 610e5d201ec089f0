using System.Net;
using System.Net.Sockets;
using System.Text;
using NewsExtract.Cli;
using NewsExtract.Cli.Crawl;
using NewsExtract.Cli.Distributed;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Distributed;

/// <summary>The command lines of submit, worker and status, and what they do without a broker.</summary>
[TestFixture]
public class DistributedCommandLineTests
{
    private static Func<string, string?> NoEnvironment => _ => null;

    [Test]
    public void Submit_needs_an_output_folder_and_takes_crawls_options()
    {
        Assert.That(() => SubmitOptions.Parse(["--broker", "amqp://h/", "a.warc"]), Throws.TypeOf<FormatException>().With.Message.Contains("--output"));
        var options = SubmitOptions.Parse(["--broker", "amqp://h/", "-o", "out", "a.warc", "--format", "parquet", "--reference-date", "2025-07-12", "--each-file", "--job", "nightly-1"]);
        Assert.Multiple(() =>
        {
            Assert.That(options.Inputs, Is.EqualTo(new[] { "a.warc" }));
            Assert.That(options.Format, Is.EqualTo(CrawlFormat.Parquet));
            Assert.That(options.ReferenceTime, Is.EqualTo(new DateTimeOffset(2025, 7, 12, 12, 0, 0, TimeSpan.Zero)));
            Assert.That((options.EachFile, options.Job), Is.EqualTo((true, "nightly-1")));
        });
    }

    [TestCase("http://host/")]
    [TestCase("host:5672")]
    [TestCase("amqp:///vhost")]
    public void A_broker_is_an_amqp_url(string url) =>
        Assert.That(() => WorkerOptions.Parse(["--broker", url]), Throws.TypeOf<FormatException>().With.Message.Contains("amqp://"));

    [Test]
    public void The_broker_comes_from_the_environment_when_not_given()
    {
        Assert.That(DistributedCliOptions.ResolveBroker(null, name => name == "NEWSEXTRACT_BROKER" ? "amqps://u:p@mq.example/v" : null),
            Is.EqualTo(new Uri("amqps://u:p@mq.example/v")));
        Assert.That(() => DistributedCliOptions.ResolveBroker(null, NoEnvironment), Throws.TypeOf<FormatException>().With.Message.Contains("--broker"));
    }

    [TestCase("../etc")]
    [TestCase("a b")]
    [TestCase("")]
    public void A_job_id_is_a_safe_routing_key(string job) =>
        Assert.That(() => StatusOptions.Parse([job]), Throws.TypeOf<FormatException>().With.Message.Contains("job id"));

    [Test]
    public void Worker_options_bound_prefetch_and_threads()
    {
        var options = WorkerOptions.Parse(["--parallel", "3", "--threads", "1", "--pages", "--drain-timeout", "0", "--exit-when-idle", "5", "--name", "w-1"]);
        Assert.That((options.Parallel, options.Threads, options.Shards, options.Pages, options.DrainTimeout, options.ExitWhenIdle, options.Name),
            Is.EqualTo((3, 1, true, true, TimeSpan.Zero, (TimeSpan?)TimeSpan.FromSeconds(5), "w-1")));
        Assert.That(() => WorkerOptions.Parse(["--parallel", "0"]), Throws.TypeOf<FormatException>());
        Assert.That(() => WorkerOptions.Parse(["--name", "a/b"]), Throws.TypeOf<FormatException>());
        Assert.That(WorkerOptions.Parse(["--pages-only"]).Shards, Is.False);
    }

    [Test]
    public void Shards_are_absolute_paths_and_a_folder_is_one_shard_or_one_per_file()
    {
        var dir = Path.Combine(Path.GetTempPath(), "newsextract-submit-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, "f", "nested"));
        try
        {
            File.WriteAllText(Path.Combine(dir, "f", "b.html"), "<p>b</p>");
            File.WriteAllText(Path.Combine(dir, "f", "nested", "a.html"), "<p>a</p>");
            File.WriteAllText(Path.Combine(dir, "f", ".hidden"), "");
            var folder = Path.Combine(dir, "f");

            var whole = SubmitCommand.Shards(new SubmitOptions { Inputs = [folder] }, TextReader.Null);
            var each = SubmitCommand.Shards(new SubmitOptions { Inputs = [folder], EachFile = true }, TextReader.Null);

            Assert.That(whole, Is.EqualTo(new[] { folder }));
            Assert.That(each, Is.EqualTo(new[] { Path.Combine(folder, "b.html"), Path.Combine(folder, "nested", "a.html") }), "as crawl orders a folder, hidden files left out");
            Assert.That(() => SubmitCommand.Shards(new SubmitOptions { Inputs = [Path.Combine(dir, "missing.warc")] }, TextReader.Null),
                Throws.TypeOf<FormatException>().With.Message.Contains("missing.warc"));
            var listed = SubmitCommand.Shards(new SubmitOptions { ListFiles = ["-"] }, new StringReader($"# list\n{folder}\n\n"));
            Assert.That(listed, Is.EqualTo(new[] { folder }));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public async Task Submit_to_a_broker_that_does_not_answer_fails_with_a_line_and_exit_code_1()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var dir = Path.Combine(Path.GetTempPath(), "newsextract-submit-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var page = Path.Combine(dir, "a.html");
            File.Copy(Fixtures.PathOf("Html/zh-portal-article.html"), page);
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exit = await CommandLine.RunAsync(["submit", "--broker", $"amqp://guest:guest@127.0.0.1:{port}/", "-o", Path.Combine(dir, "out"), page], new MemoryStream(), output, error);

            Assert.That(exit, Is.EqualTo(1));
            Assert.That(output.ToString(), Is.Empty, "no job id: nothing was queued");
            Assert.That(error.ToString(), Does.Contain("unreachable").And.Not.Contain("guest:guest"), "the password is not shown");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public async Task Each_command_has_its_usage_and_a_usage_error_is_exit_code_2()
    {
        foreach (var command in new[] { "submit", "worker", "status" })
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            Assert.That(await CommandLine.RunAsync([command, "--help"], new MemoryStream(), output, error), Is.Zero);
            Assert.That(output.ToString(), Does.StartWith($"usage: newsextract {command}"));
            Assert.That(await CommandLine.RunAsync([command, "--no-such-option"], new MemoryStream(), output, error), Is.EqualTo(2));
            Assert.That(error.ToString(), Does.Contain("Unknown option --no-such-option"));
        }
    }

    [Test]
    public void A_page_message_is_read_by_its_content_type_and_routed_by_language_and_kind()
    {
        var extractor = new ArticleExtractor();
        var text = Encoding.UTF8.GetBytes(Fixtures.Text("Text/wrapped.zh.txt"));
        var headers = new Dictionary<string, object?> { ["content-type"] = Encoding.UTF8.GetBytes("text/plain; charset=utf-8"), ["url"] = "https://news.example.cn/a" };

        var result = PageProcessor.Run(extractor, text, headers, CancellationToken.None);

        var expected = extractor.ExtractText(Fixtures.Text("Text/wrapped.zh.txt"), new PageContext { Url = new Uri("https://news.example.cn/a") });
        Assert.That(result.Error, Is.Null);
        Assert.That(result.RoutingKey, Is.EqualTo($"{(expected.IsArticle ? "article" : "other")}.zh-Hans"));
        Assert.That(Encoding.UTF8.GetString(result.Json!), Does.StartWith("{\"url\":\"https://news.example.cn/a\",\"fetchedAt\":null,"));
    }

    [TestCase("url", "javascript:alert(1)", "url header")]
    [TestCase("fetched-at", "not a date", "fetched-at")]
    public void A_page_message_with_a_header_that_does_not_parse_gives_an_error(string header, string value, string error)
    {
        var result = PageProcessor.Run(new ArticleExtractor(), "<p>x</p>"u8.ToArray(), new Dictionary<string, object?> { [header] = value }, CancellationToken.None);
        Assert.That(result.Json, Is.Null);
        Assert.That(result.Error, Does.Contain(error));
    }

    [Test]
    public void A_page_over_the_size_limit_gives_an_error_without_being_read()
    {
        var extractor = new ArticleExtractor(ExtractionOptions.Default with { Limits = ExtractionLimits.Default with { MaxInputBytes = 100 } });
        var result = PageProcessor.Run(extractor, new byte[101], null, CancellationToken.None);
        Assert.That(result.Error, Does.Contain("exceeds the limit"));
    }
}
