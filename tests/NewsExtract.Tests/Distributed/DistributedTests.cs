using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using NewsExtract.Benchmarks.Warc;
using NewsExtract.Cli;
using NewsExtract.Tests.Support;
using RabbitMQ.Client;

namespace NewsExtract.Tests.Distributed;

/// <summary>
/// <c>newsextract submit</c>, <c>worker</c> and <c>status</c> against a real broker: a RabbitMQ node this fixture starts on
/// loopback (skipped, with the reason, where it cannot), workers as separate processes, killed and cut off from the
/// broker, and the output compared byte for byte with a single-machine <c>newsextract crawl -o</c> run.
/// </summary>
[TestFixture]
[NonParallelizable]
[Platform(Include = "Linux")]
public class DistributedTests
{
    private static readonly TimeSpan JobTimeout = TimeSpan.FromMinutes(6);

    private RabbitMqNode? _node;
    private string _dir = "";
    private readonly List<WorkerProcess> _workers = [];

    private RabbitMqNode Node => _node!;

    [OneTimeSetUp]
    public void StartBroker() => _node = RabbitMqNode.StartOrIgnore();

    [OneTimeTearDown]
    public void StopBroker() => _node?.Dispose();

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "newsextract-distributed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown()
    {
        foreach (var worker in _workers)
        {
            worker.Kill();
            if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
            {
                TestContext.Out.WriteLine($"--- worker {worker.Name} ---\n{worker.Log}");
            }

            worker.Dispose();
        }

        _workers.Clear();
        Directory.Delete(_dir, recursive: true);
    }

    // ---- the job: generated WARC shards, the single-machine run, submit, workers ----

    private static List<CrawlPage> FixturePages() =>
        Directory.GetFiles(Fixtures.PathOf("Html")).Order(StringComparer.Ordinal)
            .Select(f => new CrawlPage(Path.GetFileName(f), File.ReadAllBytes(f), new Uri("https://news.example.cn/" + Path.GetFileName(f))))
            .ToList();

    /// <summary>Shards of about <paramref name="bytes"/> each: gzip WARCs of the fixture pages under new URLs.</summary>
    private List<string> Shards(int count, long bytes)
    {
        var folder = Path.Combine(_dir, "in");
        Directory.CreateDirectory(folder);
        var pages = FixturePages();
        var shards = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(folder, $"shard-{i:D2}.warc.gz");
            using (var file = File.Create(path))
            {
                CrawlGenerator.Write(file, pages.Select(p => p with { Url = new Uri(p.Url, $"?shard={i}") }).ToList(), gzip: true, bytes);
            }

            shards.Add(path);
        }

        return shards;
    }

    /// <summary>What one machine makes of the shards: <c>newsextract crawl -o DIR</c>.</summary>
    private async Task<Dictionary<string, byte[]>> SingleMachine(IEnumerable<string> shards)
    {
        var whole = Path.Combine(_dir, "whole");
        var (exit, _, error) = await Cli(["crawl", .. shards, "-o", whole, "--quiet"]);
        Assert.That(exit, Is.Zero, error);
        return Snapshot(whole);
    }

    /// <summary>The output folder's files (not the job records under .newsextract).</summary>
    private static Dictionary<string, byte[]> Snapshot(string dir) =>
        Directory.GetFiles(dir).ToDictionary(f => Path.GetFileName(f)!, File.ReadAllBytes);

    private static async Task<(int Exit, string Out, string Err)> Cli(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(args, new MemoryStream(), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private async Task<string> Submit(IEnumerable<string> shards, string output)
    {
        var (exit, job, error) = await Cli(["submit", "--broker", Node.Url.ToString(), "--output", output, .. shards]);
        Assert.That(exit, Is.Zero, error);
        return job.Trim();
    }

    private async Task<JsonElement> Status(string job)
    {
        var (exit, output, error) = await Cli(["status", "--broker", Node.Url.ToString(), job, "--json"]);
        Assert.That(exit, Is.Zero, error);
        return JsonDocument.Parse(output.Split('\n')[0]).RootElement;
    }

    private WorkerProcess StartWorker(string name, params string[] args)
    {
        var worker = new WorkerProcess(name, ["worker", "--broker", Node.Url.ToString(), "--name", name, .. args]);
        _workers.Add(worker);
        return worker;
    }

    private static string DoneFolder(string output, string job) => Path.Combine(output, ".newsextract", "jobs", job, "done");

    private static int DoneCount(string output, string job) =>
        Directory.Exists(DoneFolder(output, job)) ? Directory.GetFiles(DoneFolder(output, job), "*.json").Length : 0;

    private static async Task WaitFor(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > (timeout ?? JobTimeout))
            {
                Assert.Fail($"timed out waiting for {what}");
            }

            await Task.Delay(25);
        }
    }

    /// <summary>The shard a worker is writing right now: its staging folder holds a partial output.</summary>
    private static string? ShardInHand(string output, string worker)
    {
        var staging = Path.Combine(output, ".newsextract", "staging");
        if (!Directory.Exists(staging))
        {
            return null;
        }

        try
        {
            return Directory.GetDirectories(staging, $"*.{worker}")
                .FirstOrDefault(d => Directory.GetFiles(d, "*.partial").Length > 0) is { } folder
                ? Path.GetFileName(folder)!.Split('.')[1]
                : null;
        }
        catch (DirectoryNotFoundException)
        {
            return null; // finished between listing and looking in
        }
    }

    // ---- the checks ----

    [Test]
    public async Task Three_workers_one_killed_mid_shard_write_the_single_machine_output_byte_for_byte_each_shard_once()
    {
        var shards = Shards(12, 1_200_000);
        var expected = await SingleMachine(shards);
        var output = Path.Combine(_dir, "out");
        var job = await Submit(shards, output);

        var victim = StartWorker("w1", "--threads", "1");
        StartWorker("w2", "--threads", "1");
        StartWorker("w3", "--threads", "1");

        // SIGKILL w1 while it is writing a shard: no drain, no clean-up, its delivery unacknowledged.
        string? killedShard = null;
        await WaitFor(() => (killedShard = ShardInHand(output, "w1")) is not null || victim.HasExited, "w1 to be writing a shard");
        Assert.That(victim.HasExited, Is.False, "w1 ended before it could be killed");
        victim.Kill();
        Assert.That(DoneCount(output, job), Is.LessThan(12), "killed before the job was over");

        await WaitFor(() => DoneCount(output, job) == 12, "all 12 shards to be done");

        var actual = Snapshot(output);
        Assert.That(actual.Keys, Is.EquivalentTo(expected.Keys), "every shard's output present once, no partial file");
        Assert.That(actual.Keys.Where(k => !actual[k].AsSpan().SequenceEqual(expected[k])), Is.Empty, "outputs differing from the single-machine run");

        var markers = Directory.GetFiles(DoneFolder(output, job)).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.That(markers, Is.EqualTo(Enumerable.Range(0, 12).Select(i => $"{i:D6}.json")), "one done marker per shard");
        var others = _workers.Where(w => w != victim).Select(w => w.Log).ToList();
        Assert.That(others, Has.Some.Contains($"shard {job}/{killedShard}: done"), "the killed worker's shard was redelivered and done by another");

        var status = await Status(job);
        Assert.Multiple(() =>
        {
            Assert.That(status.GetProperty("shards").GetInt32(), Is.EqualTo(12));
            Assert.That(status.GetProperty("done").GetInt32(), Is.EqualTo(12));
            Assert.That(status.GetProperty("queued").GetInt32(), Is.Zero);
            Assert.That(status.GetProperty("deadLettered").GetInt32(), Is.Zero);
        });

        // The survivors drain on SIGTERM and exit cleanly.
        foreach (var worker in _workers.Where(w => w != victim))
        {
            Assert.That(await worker.Terminate(), Is.Zero, worker.Log);
        }
    }

    [Test]
    public async Task Workers_reconnect_when_the_broker_closes_their_connections_and_finish_the_job()
    {
        var shards = Shards(10, 600_000);
        var expected = await SingleMachine(shards);
        var output = Path.Combine(_dir, "out");
        var job = await Submit(shards, output);
        var workers = new[] { StartWorker("r1", "--threads", "1"), StartWorker("r2", "--threads", "1") };

        await WaitFor(() => DoneCount(output, job) >= 1, "a first shard to be done");
        Assert.That(DoneCount(output, job), Is.LessThan(10), "connections closed before the job was over");
        Node.Control("close_all_connections", "newsextract test: the broker drops every connection");

        // On a quiet machine the shards left may all be done by the time a worker's reconnection back-off is over: wait
        // for both, then check each worker came back rather than racing its back-off.
        await WaitFor(() => DoneCount(output, job) == 10 && workers.All(w => w.Log.Contains("(connection 2)", StringComparison.Ordinal)), "all 10 shards to be done and both workers to connect again");
        Assert.Multiple(() =>
        {
            foreach (var worker in workers)
            {
                Assert.That(worker.HasExited, Is.False, $"{worker.Name} is still running");
                Assert.That(worker.Log, Does.Contain("connection lost"), $"{worker.Name} saw its connection go");
                Assert.That(worker.Log, Does.Contain("(connection 2)"), $"{worker.Name} connected again");
            }
        });

        var actual = Snapshot(output);
        Assert.That(actual.Keys, Is.EquivalentTo(expected.Keys));
        Assert.That(actual.Keys.Where(k => !actual[k].AsSpan().SequenceEqual(expected[k])), Is.Empty, "outputs differing from the single-machine run");
        foreach (var worker in workers)
        {
            Assert.That(await worker.Terminate(), Is.Zero, worker.Log);
        }
    }

    [Test]
    public async Task A_shard_failing_five_deliveries_goes_to_its_jobs_dead_letter_queue_with_its_error()
    {
        var shards = Shards(2, 0);
        var output = Path.Combine(_dir, "out");
        var job = await Submit(shards, output);
        File.Delete(shards[1]); // gone from the shared storage after submission: every delivery fails

        var worker = StartWorker("d1");
        var status = default(JsonElement);
        await WaitFor(() => (status = Status(job).GetAwaiter().GetResult()).GetProperty("deadLettered").GetInt32() == 1
            && status.GetProperty("done").GetInt32() == 1, "one shard done and one dead-lettered", TimeSpan.FromMinutes(2));
        Assert.That(status.GetProperty("queued").GetInt32(), Is.Zero);

        await using var connection = await new ConnectionFactory { Uri = Node.Url }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var dead = await channel.BasicGetAsync($"newsextract.dead.{job}", autoAck: true);
        Assert.That(dead, Is.Not.Null);
        var headers = dead!.BasicProperties.Headers!;
        Assert.Multiple(() =>
        {
            Assert.That(Encoding.UTF8.GetString((byte[])headers["newsextract-error"]!), Does.Contain("failed 5 deliveries").And.Contain("no such file or folder"));
            Assert.That(Encoding.UTF8.GetString((byte[])headers["newsextract-worker"]!), Is.EqualTo("d1"));
            Assert.That(JsonDocument.Parse(dead.Body).RootElement.GetProperty("input").GetString(), Is.EqualTo(shards[1]));
        });
        Assert.That(worker.Log, Does.Contain("dead-lettered after 5 deliveries"));
        Assert.That(await worker.Terminate(), Is.Zero);
    }

    [Test]
    public async Task Sigterm_drains_a_shard_in_hand_finishes_within_the_drain_time_and_is_handed_back_past_it()
    {
        var shards = Shards(2, 2_500_000);
        var expected = await SingleMachine(shards);
        var output = Path.Combine(_dir, "out");
        var job = await Submit(shards, output);

        // Drain time 0: the shard in hand is handed back (a copy to the queue, then the original acknowledged), the worker exits 0.
        var quick = StartWorker("t1", "--threads", "1", "--drain-timeout", "0");
        await WaitFor(() => ShardInHand(output, "t1") is not null, "t1 to be writing a shard");
        Assert.That(await quick.Terminate(), Is.Zero, quick.Log);
        Assert.That(quick.Log, Does.Contain(": handed back (stopping)"));
        Assert.That(Snapshot(output), Is.Empty, "nothing of the handed-back shard is committed");
        var status = await Status(job);
        Assert.That((status.GetProperty("done").GetInt32(), status.GetProperty("inFlight").GetInt32(), status.GetProperty("queued").GetInt32()), Is.EqualTo((0, 0, 2)));

        // A long drain time: the shard in hand is finished, acknowledged, then the worker exits 0.
        var patient = StartWorker("t2", "--threads", "1", "--drain-timeout", "600");
        await WaitFor(() => ShardInHand(output, "t2") is not null, "t2 to be writing a shard");
        Assert.That(await patient.Terminate(), Is.Zero, patient.Log);
        Assert.That(DoneCount(output, job), Is.EqualTo(1), "the shard in hand was finished, and no other taken");

        var last = StartWorker("t3");
        await WaitFor(() => DoneCount(output, job) == 2, "the last shard");
        var actual = Snapshot(output);
        Assert.That(actual.Keys, Is.EquivalentTo(expected.Keys));
        Assert.That(actual.Keys.Where(k => !actual[k].AsSpan().SequenceEqual(expected[k])), Is.Empty);
        Assert.That(await last.Terminate(), Is.Zero);
    }

    [Test]
    public async Task A_page_message_gives_its_article_json_on_the_articles_exchange_and_a_bad_one_is_dead_lettered_with_its_error()
    {
        var worker = StartWorker("p1", "--pages-only");
        await WaitFor(() => worker.Log.Contains("consuming pages", StringComparison.Ordinal) || worker.HasExited, "the page worker to be consuming", TimeSpan.FromMinutes(1));
        Assert.That(worker.HasExited, Is.False, worker.Log);

        await using var connection = await new ConnectionFactory { Uri = Node.Url }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var results = (await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true)).QueueName;
        await channel.QueueBindAsync(results, "newsextract.articles", "#");

        var page = Fixtures.Bytes("Html/zh-portal-article.html");
        var url = "https://news.example.cn/2025/07/12/a.html";
        await channel.BasicPublishAsync("", "newsextract.pages", mandatory: true, new BasicProperties
        {
            Persistent = true,
            MessageId = "page-1",
            Headers = new Dictionary<string, object?> { ["url"] = url, ["content-type"] = "text/html; charset=utf-8", ["fetched-at"] = "2025-07-12T08:00:00Z" },
        }, page);

        BasicGetResult? result = null;
        await WaitFor(() => (result = channel.BasicGetAsync(results, autoAck: true).GetAwaiter().GetResult()) is not null, "the article", TimeSpan.FromMinutes(1));
        var json = JsonDocument.Parse(result!.Body).RootElement;
        var expected = new ArticleExtractor().ExtractHtml(page, new PageContext { Url = new Uri(url), Charset = "utf-8", ReferenceTime = DateTimeOffset.Parse("2025-07-12T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Multiple(() =>
        {
            Assert.That(result.RoutingKey, Is.EqualTo("article.zh-Hans"));
            Assert.That(result.BasicProperties.CorrelationId, Is.EqualTo("page-1"));
            Assert.That(json.EnumerateObject().Take(4).Select(p => p.Name), Is.EqualTo(new[] { "url", "fetchedAt", "schemaVersion", "isArticle" }));
            Assert.That(json.GetProperty("url").GetString(), Is.EqualTo(url));
            Assert.That(json.GetProperty("title").GetString(), Is.EqualTo(expected.Title));
            Assert.That(json.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()), Is.EqualTo(expected.Paragraphs.Select(p => p.Text)));
        });

        // A header no retry can mend: straight to newsextract.pages.dead, with why.
        await channel.BasicPublishAsync("", "newsextract.pages", mandatory: true, new BasicProperties
        {
            Persistent = true,
            MessageId = "page-2",
            Headers = new Dictionary<string, object?> { ["url"] = url, ["fetched-at"] = "yesterday-ish" },
        }, page);
        BasicGetResult? dead = null;
        await WaitFor(() => (dead = channel.BasicGetAsync("newsextract.pages.dead", autoAck: true).GetAwaiter().GetResult()) is not null, "the dead letter", TimeSpan.FromMinutes(1));
        Assert.That(dead!.BasicProperties.MessageId, Is.EqualTo("page-2"));
        Assert.That(Encoding.UTF8.GetString((byte[])dead.BasicProperties.Headers!["newsextract-error"]!), Does.Contain("fetched-at"));
        Assert.That(await worker.Terminate(), Is.Zero);
    }

    /// <summary>A <c>newsextract worker</c> process; its standard error collected.</summary>
    private sealed class WorkerProcess : IDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _log = new();

        public WorkerProcess(string name, IEnumerable<string> args)
        {
            Name = name;
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "NewsExtract.Cli.dll"));
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["NEWSEXTRACT_STARTUP_PROFILE"] = "0";
            _process = Process.Start(start)!;
            _process.OutputDataReceived += (_, e) => Append(e.Data);
            _process.ErrorDataReceived += (_, e) => Append(e.Data);
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        public string Name { get; }

        public bool HasExited => _process.HasExited;

        public string Log
        {
            get
            {
                lock (_log)
                {
                    return _log.ToString();
                }
            }
        }

        private void Append(string? line)
        {
            if (line is not null)
            {
                lock (_log)
                {
                    _log.AppendLine(line);
                }
            }
        }

        /// <summary>SIGKILL: the process dies where it stands.</summary>
        public void Kill()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }

        /// <summary>SIGTERM, then the exit code once it has drained and exited.</summary>
        public async Task<int> Terminate()
        {
            Assert.That(SendSignal(_process.Id, 15), Is.Zero);
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await _process.WaitForExitAsync(timeout.Token);
            return _process.ExitCode;
        }

        public void Dispose() => _process.Dispose();

        [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
        private static extern int SendSignal(int pid, int signal);
    }
}
