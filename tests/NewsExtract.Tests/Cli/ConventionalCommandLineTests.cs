using System.Text;
using System.Text.Json;
using NewsExtract.Benchmarks.Warc;
using NewsExtract.Cli;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Cli;

/// <summary>
/// The command line follows the conventions: --help (with the exit codes), --version, --opt=value, '--' before inputs
/// that begin with a dash; the page command takes folders and lists too, and refuses a web archive with a pointer.
/// </summary>
[TestFixture]
[NonParallelizable]
public class ConventionalCommandLineTests
{
    private string _dir = "";

    private static string Page => Fixtures.PathOf("Html/zh-portal-article.html");

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "newsextract-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private static async Task<(int Exit, string Out, string Err)> Run(string standardInput, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(args, new MemoryStream(Encoding.UTF8.GetBytes(standardInput)), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static List<JsonElement> Lines(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement)];

    [Test]
    public async Task Help_lists_every_option_and_the_exit_codes()
    {
        var (exit, output, _) = await Run("", "--help");

        Assert.That(exit, Is.Zero);
        foreach (var option in new[] { "--format", "--input", "--url", "--reference-date", "--charset", "--parallel", "--max-input-bytes", "--explain", "--from-file", "--version", "crawl" })
        {
            Assert.That(output, Does.Contain(option));
        }

        Assert.That(output, Does.Contain("Exit codes:").And.Contain("  2    usage"));
    }

    [Test]
    public async Task Crawl_help_lists_its_options_and_its_exit_codes()
    {
        var (exit, output, _) = await Run("", "crawl", "-h");

        Assert.That(exit, Is.Zero);
        Assert.That(output, Does.Contain("--max-record-bytes").And.Contain("--progress").And.Contain("--output"));
        Assert.That(output, Does.Contain("130  interrupted"));
    }

    [Test]
    public async Task Version_prints_the_version()
    {
        var (exit, output, _) = await Run("", "--version");

        Assert.That(exit, Is.Zero);
        Assert.That(output.Trim(), Does.Match(@"^\d+\.\d+\.\d+"));
    }

    [Test]
    public async Task Option_values_can_be_joined_with_an_equals_sign()
    {
        var (exit, output, _) = await Run("", Page, "--format=jsonl", "--reference-date=2026-01-01", "--parallel=1");

        Assert.That(exit, Is.Zero);
        Assert.That(Lines(output).Single().GetProperty("title").GetString(), Is.EqualTo("城市夜间公交线路再扩容 市民出行更便利"));
    }

    [Test]
    public async Task An_input_named_like_an_option_goes_after_a_double_dash()
    {
        var dashed = Path.Combine(_dir, "-page.html");
        File.Copy(Page, dashed);
        var before = Directory.GetCurrentDirectory();
        (int, string, string) refusedRun, acceptedRun;
        Directory.SetCurrentDirectory(_dir); // the fixture is not run in parallel with others
        try
        {
            refusedRun = await Run("", "-page.html", "--format", "jsonl");
            acceptedRun = await Run("", "--format", "jsonl", "--", "-page.html");
        }
        finally
        {
            Directory.SetCurrentDirectory(before);
        }

        var (refused, _, error) = refusedRun;
        var (exit, output, _) = acceptedRun;

        Assert.That(refused, Is.EqualTo(2));
        Assert.That(error, Does.Contain("Unknown option -page.html").And.Contain("'--'"));
        Assert.That(exit, Is.Zero);
        Assert.That(Lines(output).Single().GetProperty("file").GetString(), Is.EqualTo("-page.html"));
    }

    [Test]
    public async Task A_folder_gives_its_pages_recursively_in_name_order()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "b"));
        File.Copy(Page, Path.Combine(_dir, "b", "page.html"));
        File.Copy(Fixtures.PathOf("Text/wrapped.zh.txt"), Path.Combine(_dir, "a.txt"));

        var (exit, output, _) = await Run("", _dir, "--format", "jsonl");

        Assert.That(exit, Is.Zero);
        Assert.That(Lines(output).Select(l => l.GetProperty("file").GetString()), Is.EqualTo(new[] { Path.Combine(_dir, "a.txt"), Path.Combine(_dir, "b", "page.html") }));
    }

    [Test]
    public async Task A_folder_walk_leaves_out_files_that_are_plainly_no_page_but_a_named_one_is_read()
    {
        File.Copy(Page, Path.Combine(_dir, "page.html"));
        await File.WriteAllTextAsync(Path.Combine(_dir, "README.md"), "# 说明\n本文件夹存放抓取的网页。\n");
        await File.WriteAllTextAsync(Path.Combine(_dir, "out.jsonl"), "{\"file\":\"page.html\"}\n");
        await File.WriteAllBytesAsync(Path.Combine(_dir, "logo.png"), [0x89, 0x50, 0x4E, 0x47]);

        var (exit, output, _) = await Run("", _dir, "--format", "jsonl");
        var (namedExit, namedOutput, _) = await Run("", Path.Combine(_dir, "README.md"), "--format", "jsonl");

        Assert.That((exit, namedExit), Is.EqualTo((0, 0)));
        Assert.That(Lines(output).Select(l => l.GetProperty("file").GetString()), Is.EqualTo(new[] { Path.Combine(_dir, "page.html") }));
        Assert.That(Lines(namedOutput).Single().GetProperty("file").GetString(), Is.EqualTo(Path.Combine(_dir, "README.md")));
    }

    [Test]
    public async Task A_list_of_files_is_read_from_a_file_or_standard_input()
    {
        var list = Path.Combine(_dir, "list.txt");
        await File.WriteAllTextAsync(list, $"# pages\n{Page}\n\n{Fixtures.PathOf("Text/wrapped.zh.txt")}\n");

        var (exit, output, _) = await Run("", "--from-file", list, "--format", "jsonl");
        var (stdinExit, stdinOutput, _) = await Run(Page + "\n", "--from-file", "-", "--format", "jsonl");

        Assert.That((exit, stdinExit), Is.EqualTo((0, 0)));
        Assert.That(Lines(output), Has.Count.EqualTo(2));
        Assert.That(Lines(stdinOutput).Single().GetProperty("file").GetString(), Is.EqualTo(Page));
    }

    [Test]
    public async Task A_web_archive_given_to_the_page_command_is_refused_with_a_pointer_to_crawl()
    {
        var warc = Path.Combine(_dir, "crawl.warc.gz");
        await using (var file = File.Create(warc))
        {
            CrawlGenerator.Write(file, [new CrawlPage("a.html", File.ReadAllBytes(Page), new Uri("https://news.example.cn/a.html"))], gzip: true, 0);
        }

        var plain = Path.Combine(_dir, "crawl.warc");
        await using (var file = File.Create(plain))
        {
            CrawlGenerator.Write(file, [new CrawlPage("a.html", File.ReadAllBytes(Page), new Uri("https://news.example.cn/a.html"))], gzip: false, 0);
        }

        var (exit, output, error) = await Run("", warc, plain, Page, "--format", "jsonl");

        var lines = Lines(output);
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(lines, Has.Count.EqualTo(3), "one record per input: an archive is not merged into one article");
        Assert.That(lines[0].GetProperty("error").GetString(), Does.Contain("newsextract crawl " + warc));
        Assert.That(lines[1].GetProperty("error").GetString(), Does.Contain("web archive"));
        Assert.That(lines[2].GetProperty("isArticle").GetBoolean(), Is.True);
        Assert.That(error, Does.Contain("newsextract crawl"));
    }

    [Test]
    public async Task Response_files_are_not_expanded_a_page_named_with_an_at_sign_is_a_page()
    {
        var at = Path.Combine(_dir, "@page.html");
        File.Copy(Page, at);

        var (exit, output, _) = await Run("", at, "--format", "jsonl");

        Assert.That(exit, Is.Zero);
        Assert.That(Lines(output).Single().GetProperty("file").GetString(), Is.EqualTo(at));
    }
}
