using System.Text;
using NewsExtract.Benchmarks.Warc;
using NewsExtract.Cli;
using NewsExtract.Cli.Distributed;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Distributed;

/// <summary>A worker's step on one shard, without a broker: the crawl engine's output committed as crawl -o commits it, idempotently.</summary>
[TestFixture]
[NonParallelizable]
public class ShardProcessorTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "newsextract-shard-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    /// <summary>A folder shard: a WARC and two page files.</summary>
    private string FolderShard()
    {
        var folder = Path.Combine(_dir, "in");
        Directory.CreateDirectory(Path.Combine(folder, "nested"));
        var pages = Directory.GetFiles(Fixtures.PathOf("Html")).Order(StringComparer.Ordinal)
            .Select(f => new CrawlPage(Path.GetFileName(f), File.ReadAllBytes(f), new Uri("https://news.example.cn/" + Path.GetFileName(f)))).ToList();
        using (var file = File.Create(Path.Combine(folder, "a.warc.gz")))
        {
            CrawlGenerator.Write(file, pages, gzip: true);
        }

        File.Copy(Fixtures.PathOf("Html/zh-portal-article.html"), Path.Combine(folder, "nested", "b.html"));
        File.Copy(Fixtures.PathOf("Text/wrapped.zh.txt"), Path.Combine(folder, "c.txt"));
        return folder;
    }

    private ShardMessage Message(string input, int shard = 3) =>
        new() { Job = "job-1", Shard = shard, Input = input, Output = Path.Combine(_dir, "out") };

    private static Dictionary<string, byte[]> Snapshot(string dir) =>
        Directory.GetFiles(dir).ToDictionary(f => Path.GetFileName(f)!, File.ReadAllBytes);

    private static string Marker(ShardMessage m) => JobFolder.DoneMarker(m.Output, m.Job, m.Shard);

    [Test]
    public async Task A_shard_is_written_as_crawl_o_writes_it_then_its_done_marker()
    {
        var folder = FolderShard();
        var whole = Path.Combine(_dir, "whole");
        await CommandLine.RunAsync(["crawl", folder, "-o", whole, "--quiet"], new MemoryStream(), TextWriter.Null, TextWriter.Null);
        var message = Message(folder);

        var result = ShardProcessor.Run(message, "w1", threads: 2, CancellationToken.None);

        Assert.That(result.Outcome, Is.EqualTo(ShardOutcome.Done), result.Error);
        Assert.That(result.Outputs, Is.EqualTo(3));
        var expected = Snapshot(whole);
        var actual = Snapshot(message.Output);
        Assert.That(actual.Keys, Is.EquivalentTo(expected.Keys));
        Assert.That(actual.Keys.Where(k => !actual[k].AsSpan().SequenceEqual(expected[k])), Is.Empty);
        var marker = DoneMarker.Read(Marker(message))!;
        Assert.That(marker.Outputs, Is.EquivalentTo(expected.Keys));
        Assert.That(Directory.GetDirectories(Path.Combine(message.Output, ".newsextract", "staging")), Is.Empty, "the worker's staging folder is removed");
    }

    [Test]
    public void A_shard_written_twice_is_written_identically()
    {
        var message = Message(FolderShard());
        ShardProcessor.Run(message, "w1", 2, CancellationToken.None);
        var first = Snapshot(message.Output);
        var firstMarker = File.ReadAllBytes(Marker(message));

        // As if a worker died after committing the outputs but before the marker: the redelivery writes everything again.
        File.Delete(Marker(message));
        foreach (var output in first.Keys)
        {
            File.Delete(Path.Combine(message.Output, output));
        }

        var again = ShardProcessor.Run(message, "w2", 1, CancellationToken.None);

        Assert.That(again.Outcome, Is.EqualTo(ShardOutcome.Done));
        var second = Snapshot(message.Output);
        Assert.That(second.Keys, Is.EquivalentTo(first.Keys));
        Assert.That(second.Keys.Where(k => !second[k].AsSpan().SequenceEqual(first[k])), Is.Empty);
        Assert.That(File.ReadAllBytes(Marker(message)), Is.EqualTo(firstMarker), "the marker depends on the shard alone");
    }

    [Test]
    public void A_redelivered_shard_whose_marker_and_outputs_are_there_is_done_without_work()
    {
        var message = Message(FolderShard());
        ShardProcessor.Run(message, "w1", 2, CancellationToken.None);
        var output = Directory.GetFiles(message.Output).First();
        File.WriteAllText(output, "kept\n");

        var again = ShardProcessor.Run(message, "w2", 2, CancellationToken.None);

        Assert.That((again.Outcome, again.AlreadyDone), Is.EqualTo((ShardOutcome.Done, true)));
        Assert.That(File.ReadAllText(output), Is.EqualTo("kept\n"), "not written again");
    }

    [Test]
    public void Outputs_committed_by_an_earlier_delivery_are_kept_and_the_rest_written()
    {
        var folder = FolderShard();
        var message = Message(folder);
        ShardProcessor.Run(message, "w1", 2, CancellationToken.None);
        var complete = Snapshot(message.Output);
        File.Delete(Marker(message));
        var kept = complete.Keys.Order(StringComparer.Ordinal).First();
        File.WriteAllText(Path.Combine(message.Output, kept), "kept\n");
        foreach (var other in complete.Keys.Where(k => k != kept))
        {
            File.Delete(Path.Combine(message.Output, other));
        }

        var again = ShardProcessor.Run(message, "w2", 2, CancellationToken.None);

        Assert.That(again.Outcome, Is.EqualTo(ShardOutcome.Done));
        Assert.That(File.ReadAllText(Path.Combine(message.Output, kept)), Is.EqualTo("kept\n"), "a complete output is not written again (crawl's resume)");
        Assert.That(complete.Keys.Where(k => k != kept).Select(k => File.ReadAllBytes(Path.Combine(message.Output, k))), Is.EqualTo(complete.Where(p => p.Key != kept).Select(p => p.Value)));
    }

    [Test]
    public void A_missing_input_fails_the_shard_with_its_error_and_no_marker()
    {
        var message = Message(Path.Combine(_dir, "gone.warc.gz"));

        var result = ShardProcessor.Run(message, "w1", 1, CancellationToken.None);

        Assert.That(result.Outcome, Is.EqualTo(ShardOutcome.Failed));
        Assert.That(result.Error, Does.Contain("gone.warc.gz").And.Contain("no such file or folder"));
        Assert.That(File.Exists(Marker(message)), Is.False);
    }

    [Test]
    public void A_cancelled_shard_commits_nothing()
    {
        var message = Message(FolderShard());
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var result = ShardProcessor.Run(message, "w1", 1, cancelled.Token);

        Assert.That(result.Outcome, Is.EqualTo(ShardOutcome.Cancelled));
        Assert.That(Snapshot(message.Output), Is.Empty);
        Assert.That(File.Exists(Marker(message)), Is.False);
        Assert.That(Directory.GetDirectories(Path.Combine(message.Output, ".newsextract", "staging")), Is.Empty);
    }

    [Test]
    public void Staging_folders_killed_workers_left_for_a_shard_are_removed_once_it_is_done()
    {
        var message = Message(FolderShard());
        var stale = JobFolder.Staging(message.Output, message.Job, message.Shard, "killed-worker");
        Directory.CreateDirectory(stale);
        File.WriteAllText(Path.Combine(stale, "a.warc.gz.0000.jsonl.partial"), "half");
        var otherShard = JobFolder.Staging(message.Output, message.Job, message.Shard + 1, "killed-worker");
        Directory.CreateDirectory(otherShard);

        ShardProcessor.Run(message, "w1", 1, CancellationToken.None);

        Assert.That(Directory.Exists(stale), Is.False);
        Assert.That(Directory.Exists(otherShard), Is.True, "another shard's folder is that shard's business");
    }

    [Test]
    public void A_shard_message_must_name_absolute_paths_and_a_valid_job()
    {
        var good = new ShardMessage { Job = "j", Shard = 0, Input = "/data/a.warc.gz", Output = "/data/out" };
        Assert.Multiple(() =>
        {
            Assert.That(ShardMessage.Read(good.ToBytes()).Shard, Is.EqualTo(good));
            Assert.That(ShardMessage.Read((good with { Input = "a.warc.gz" }).ToBytes()).Problem, Does.Contain("absolute"));
            Assert.That(ShardMessage.Read((good with { Job = "../x" }).ToBytes()).Problem, Does.Contain("job id"));
            Assert.That(ShardMessage.Read("not json"u8).Problem, Does.StartWith("the message body is not a shard"));
        });
    }
}
