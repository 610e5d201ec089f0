using System.Diagnostics;
using System.Text;
using System.Text.Json;
using NewsExtract.Benchmarks.Warc;
using NewsExtract.Cli;
using NewsExtract.Tests.Support;
using Parquet.Serialization;

namespace NewsExtract.Tests.Cli;

/// <summary><c>newsextract crawl</c>: inputs of every kind, output per input, resume, order, the record contract.</summary>
[TestFixture]
[NonParallelizable]
public class CrawlCommandTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "newsextract-crawl-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private static async Task<(int Exit, string Out, string Err)> RunWithInput(string standardInput, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(["crawl", .. args], new MemoryStream(Encoding.UTF8.GetBytes(standardInput)), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static Task<(int Exit, string Out, string Err)> Run(params string[] args) => RunWithInput("", args);

    /// <summary>The fixture pages (those we wrote), served under example URLs.</summary>
    private static List<CrawlPage> FixturePages() =>
        Directory.GetFiles(Fixtures.PathOf("Html")).Order(StringComparer.Ordinal)
            .Select(f => new CrawlPage(Path.GetFileName(f), File.ReadAllBytes(f), new Uri("https://news.example.cn/" + Path.GetFileName(f))))
            .ToList();

    /// <summary>Writes a generated crawl of the fixture pages; returns the pages' response records.</summary>
    private string WriteWarc(string name, bool gzip = true, long minBytes = 0)
    {
        var path = Path.Combine(_dir, name);
        using var file = File.Create(path);
        CrawlGenerator.Write(file, FixturePages(), gzip, minBytes);
        return path;
    }

    private static List<JsonElement> Lines(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement)];

    [Test]
    public async Task Each_record_line_starts_with_file_record_url_and_warc_date_then_the_article()
    {
        var warc = WriteWarc("crawl.warc.gz");
        var (exit, output, _) = await Run(warc, "--quiet");

        var lines = Lines(output);
        Assert.That(exit, Is.Zero);
        Assert.That(lines, Has.Count.EqualTo(FixturePages().Count), "one line per page; requests, metadata, 404s, images and revisits are not written");
        // The article's properties follow, from its schemaVersion (the JSON contract, docs/newsextract.schema.json).
        Assert.That(lines[0].EnumerateObject().Take(6).Select(p => p.Name), Is.EqualTo(new[] { "file", "record", "url", "warcDate", "schemaVersion", "isArticle" }));
        Assert.Multiple(() =>
        {
            Assert.That(lines[0].GetProperty("file").GetString(), Is.EqualTo(warc));
            Assert.That(lines[0].GetProperty("record").GetString(), Does.StartWith("<urn:uuid:"));
            Assert.That(lines[0].GetProperty("url").GetString(), Is.EqualTo("https://news.example.cn/vi-home-page.html"));
            Assert.That(lines[0].GetProperty("warcDate").GetString(), Is.EqualTo("2026-01-01T00:00:00Z"));
            Assert.That(lines[2].GetProperty("title").GetString(), Is.EqualTo("城市夜间公交线路再扩容 市民出行更便利"));
        });
    }

    [Test]
    public async Task Warcs_pages_folders_and_lists_mix_in_input_order()
    {
        var warc = WriteWarc("a.warc", gzip: false);
        var folder = Path.Combine(_dir, "pages");
        Directory.CreateDirectory(Path.Combine(folder, "nested"));
        File.Copy(Fixtures.PathOf("Html/zh-portal-article.html"), Path.Combine(folder, "nested", "b.html"));
        File.Copy(Fixtures.PathOf("Text/wrapped.zh.txt"), Path.Combine(folder, "a.txt"));
        var listed = WriteWarc("listed.warc.gz");
        var list = Path.Combine(_dir, "list.txt");
        await File.WriteAllTextAsync(list, $"# inputs\n{listed}\n\n");

        var (exit, output, _) = await Run(warc, folder, "--from-file", list, "--quiet");
        var files = Lines(output).Select(l => l.GetProperty("file").GetString()).Distinct();

        Assert.That(exit, Is.Zero);
        Assert.That(files, Is.EqualTo(new[] { warc, Path.Combine(folder, "a.txt"), Path.Combine(folder, "nested", "b.html"), listed }));
        var page = Lines(output).Single(l => l.GetProperty("file").GetString()!.EndsWith("b.html", StringComparison.Ordinal));
        Assert.That(page.GetProperty("record").ValueKind, Is.EqualTo(JsonValueKind.Null), "a page file has no record id");
    }

    [Test]
    public async Task File_list_is_read_from_standard_input_with_a_dash()
    {
        var warc = WriteWarc("a.warc.gz");
        var (exit, output, _) = await RunWithInput(warc + "\n", "--from-file", "-", "--quiet");
        Assert.That(exit, Is.Zero);
        Assert.That(Lines(output), Has.Count.EqualTo(FixturePages().Count));
    }

    [Test]
    public async Task Unreadable_input_gives_an_error_line_exit_1_and_the_others_are_processed()
    {
        var warc = WriteWarc("a.warc.gz");
        var missing = Path.Combine(_dir, "missing.warc.gz");
        var (exit, output, error) = await Run(missing, warc, "--quiet");

        var lines = Lines(output);
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(lines[0].GetProperty("error").GetString(), Is.EqualTo("no such file or folder"));
        Assert.That(lines.Skip(1).Select(l => l.GetProperty("file").GetString()), Is.All.EqualTo(warc));
        Assert.That(error, Does.Contain("missing.warc.gz"));
    }

    [Test]
    public async Task Output_directory_gets_one_complete_file_per_input_and_no_partial_files()
    {
        var first = WriteWarc("a.warc.gz");
        var second = WriteWarc("b.warc", gzip: false);
        var outDir = Path.Combine(_dir, "out");
        var (exit, output, _) = await Run(first, second, "-o", outDir, "--quiet");

        Assert.That(exit, Is.Zero);
        Assert.That(output, Is.Empty);
        var files = Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.That(files, Has.Count.EqualTo(2));
        Assert.That(files, Has.None.EndsWith(".partial"));
        Assert.That(files[0], Does.StartWith("a.warc.gz.").And.EndWith(".jsonl"));
        Assert.That(Lines(await File.ReadAllTextAsync(Path.Combine(outDir, files[1]!))).Select(l => l.GetProperty("file").GetString()), Is.All.EqualTo(second));
    }

    [Test]
    public async Task Rerun_skips_inputs_whose_output_is_complete()
    {
        var first = WriteWarc("a.warc.gz");
        var second = WriteWarc("b.warc.gz");
        var outDir = Path.Combine(_dir, "out");
        await Run(first, "-o", outDir, "--quiet");
        var done = Directory.GetFiles(outDir).Single();
        await File.WriteAllTextAsync(done, "kept\n");

        var (exit, _, error) = await Run(first, second, "-o", outDir);

        Assert.That(exit, Is.Zero);
        Assert.That(await File.ReadAllTextAsync(done), Is.EqualTo("kept\n"), "a complete output is not written again");
        Assert.That(Directory.GetFiles(outDir), Has.Length.EqualTo(2));
        Assert.That(error, Does.Contain("2/2 inputs (1 complete from an earlier run)"));
    }

    [Test]
    public async Task Output_is_the_same_on_one_and_on_many_workers()
    {
        var inputs = new[] { WriteWarc("a.warc.gz", minBytes: 300_000), WriteWarc("b.warc", gzip: false), WriteWarc("c.warc.gz") };
        var (_, one, _) = await Run([.. inputs, "--parallel", "1", "--quiet"]);
        var (_, many, _) = await Run([.. inputs, "--parallel", "4", "--quiet"]);
        Assert.That(Lines(one), Has.Count.GreaterThan(30));
        Assert.That(many, Is.EqualTo(one));
    }

    [Test]
    public async Task Parquet_output_holds_the_records_of_the_json_lines()
    {
        var warc = WriteWarc("a.warc.gz");
        var outDir = Path.Combine(_dir, "out");
        var (exit, jsonl, _) = await Run(warc, "--quiet");
        var (parquetExit, _, _) = await Run(warc, "-o", outDir, "--format", "parquet", "--quiet");

        await using var file = File.OpenRead(Directory.GetFiles(outDir).Single());
        var rows = (await ParquetSerializer.DeserializeAsync<NewsExtract.Cli.Crawl.CrawlParquetRow>(file)).Data;
        var lines = Lines(jsonl);
        Assert.That((exit, parquetExit), Is.EqualTo((0, 0)));
        Assert.That(rows.Select(r => (r.File, r.Record, r.Url, r.WarcDate, r.Title)),
            Is.EqualTo(lines.Select(l => (l.GetProperty("file").GetString()!, l.GetProperty("record").GetString(), l.GetProperty("url").GetString(), l.GetProperty("warcDate").GetString(), l.GetProperty("title").GetString()))));
        Assert.That(rows.Select(r => r.Paragraphs ?? []), Is.EqualTo(lines.Select(l => l.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!).ToList())));
    }

    [Test]
    public async Task Parquet_rows_past_a_row_group_are_appended_in_order()
    {
        using var file = new MemoryStream();
        var writer = new NewsExtract.Cli.Crawl.CrawlParquetWriter(file, rowGroupSize: 3);
        for (var i = 0; i < 7; i++)
        {
            writer.Add(new NewsExtract.Cli.Crawl.CrawlParquetRow { File = $"f{i}", Paragraphs = [$"p{i}"] });
        }

        writer.Complete();
        file.Position = 0;
        var rows = (await ParquetSerializer.DeserializeAsync<NewsExtract.Cli.Crawl.CrawlParquetRow>(file)).Data;
        Assert.That(rows.Select(r => r.File), Is.EqualTo(Enumerable.Range(0, 7).Select(i => $"f{i}")));
    }

    [Test]
    public async Task Summary_counts_records_by_kind_articles_and_skips()
    {
        var warc = WriteWarc("a.warc.gz");
        var (_, _, error) = await Run(warc, "--progress", "none");
        Assert.That(error, Does.Contain("crawl done: 1/1 inputs"));
        Assert.That(error, Does.Contain("records:  warcinfo 1 · response "));
        Assert.That(error, Does.Contain("request 3 · metadata 3 · revisit 1"));
        Assert.That(error, Does.Match(@"articles \d+ · non-articles \d+ · errors 0 · skipped \d+ \(record type \d+ · HTTP status \d+ · not HTML \d+\)"));
    }

    [TestCase("--format", "parquet")]
    [TestCase("--parallel", "0")]
    [TestCase("--format", "xml")]
    [TestCase("--progress", "loud")]
    [TestCase("-")]
    public async Task Bad_arguments_give_usage_and_exit_2(params string[] args)
    {
        var (exit, _, error) = await Run(["input.warc", .. args]);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("usage: newsextract crawl"));
    }

    // ---- as a process: interruption and resume ----

    private static string CliPath => Path.Combine(TestContext.CurrentContext.TestDirectory, "NewsExtract.Cli.dll");

    private static Process StartCli(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(CliPath);
        start.ArgumentList.Add("crawl");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NEWSEXTRACT_STARTUP_PROFILE"] = "0";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private List<string> Job(int inputs)
    {
        var list = new List<string>();
        for (var i = 0; i < inputs; i++)
        {
            list.Add(WriteWarc($"job-{i:D2}.warc.gz", minBytes: 1_500_000));
        }

        return list;
    }

    private static Dictionary<string, byte[]> Snapshot(string dir) =>
        Directory.GetFiles(dir).ToDictionary(f => Path.GetFileName(f)!, File.ReadAllBytes);

    [Test]
    public async Task Killed_run_resumed_gives_the_output_of_an_uninterrupted_run_byte_for_byte()
    {
        var job = Job(8);
        var whole = Path.Combine(_dir, "whole");
        using (var uninterrupted = StartCli([.. job, "-o", whole, "--quiet"]))
        {
            await uninterrupted.WaitForExitAsync();
            Assert.That(uninterrupted.ExitCode, Is.Zero);
        }

        var resumed = Path.Combine(_dir, "resumed");
        using (var killed = StartCli([.. job, "-o", resumed, "--quiet", "--parallel", "2"]))
        {
            // Kill it (SIGKILL: no clean-up) once some inputs are complete and others are not.
            var deadline = Stopwatch.StartNew();
            while (!killed.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(2)
                && (!Directory.Exists(resumed) || Directory.GetFiles(resumed, "*.jsonl").Length < 2))
            {
                await Task.Delay(20);
            }

            Assert.That(killed.HasExited, Is.False, "the run ended before it could be killed: make the job longer");
            killed.Kill(entireProcessTree: true);
            await killed.WaitForExitAsync();
        }

        var complete = Directory.GetFiles(resumed, "*.jsonl").Length;
        Assert.That(complete, Is.InRange(2, job.Count - 1), "killed mid-run");
        foreach (var done in Directory.GetFiles(resumed, "*.jsonl"))
        {
            Assert.That(File.ReadAllBytes(done), Is.EqualTo(File.ReadAllBytes(Path.Combine(whole, Path.GetFileName(done)))), "what is complete is whole");
        }

        using (var rerun = StartCli([.. job, "-o", resumed, "--quiet"]))
        {
            await rerun.WaitForExitAsync();
            Assert.That(rerun.ExitCode, Is.Zero);
        }

        var expected = Snapshot(whole);
        var actual = Snapshot(resumed);
        Assert.That(actual.Keys, Is.EquivalentTo(expected.Keys), "no partial files left, every input has its output");
        Assert.That(actual.Keys.Where(k => !actual[k].AsSpan().SequenceEqual(expected[k])), Is.Empty, "outputs differing from the uninterrupted run");
    }

    private const int SigTerm = 15;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    [Test]
    [Platform(Exclude = "Win")]
    public async Task Terminated_run_stops_cleanly_keeping_complete_outputs_only()
    {
        var job = Job(6);
        var outDir = Path.Combine(_dir, "out");
        using var run = StartCli([.. job, "-o", outDir, "--progress", "none", "--parallel", "1"]);
        var deadline = Stopwatch.StartNew();
        while (!run.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(2) && (!Directory.Exists(outDir) || Directory.GetFiles(outDir, "*.jsonl").Length < 1))
        {
            await Task.Delay(20);
        }

        Assert.That(run.HasExited, Is.False, "the run ended before it could be stopped: make the job longer");
        Assert.That(SendSignal(run.Id, SigTerm), Is.Zero);

        await run.WaitForExitAsync();
        Assert.That(run.ExitCode, Is.EqualTo(130));
        Assert.That(Directory.GetFiles(outDir, "*.partial"), Is.Empty, "the input in flight leaves nothing behind");
        Assert.That(Directory.GetFiles(outDir, "*.jsonl").Length, Is.InRange(1, job.Count - 1));
    }
}
