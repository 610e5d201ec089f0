using System.Text.Json;
using NewsExtract.Cli;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Cli;

/// <summary>
/// One bad input never sinks a batch: whatever goes wrong with it becomes its <c>{"file":…,"error":…}</c> line; every
/// input is read through the size limit as a stream; argument values are range-checked.
/// </summary>
public class CliIsolationTests
{
    private static string Page => Fixtures.PathOf("Html/zh-portal-article.html");

    private static async Task<(int Exit, string[] Lines, string Err)> Run(Stream stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(args, stdin, output, error);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), error.ToString());
    }

    private static void AssertErrorLine(string line, string file)
    {
        using var json = JsonDocument.Parse(line);
        Assert.That(json.RootElement.GetProperty("file").GetString(), Is.EqualTo(file));
        Assert.That(json.RootElement.GetProperty("error").GetString(), Is.Not.Empty);
    }

    private static void AssertArticleLine(string line)
    {
        using var json = JsonDocument.Parse(line);
        Assert.That(json.RootElement.GetProperty("isArticle").GetBoolean(), Is.True);
    }

    [Test]
    public async Task An_input_failing_with_any_exception_gives_its_error_line_and_the_batch_goes_on()
    {
        // Out of memory while reading standard input (what /dev/zero did): before, it escaped the batch and every other
        // line was lost.
#pragma warning disable CA2201 // the runtime's exception is the one to simulate
        var (exit, lines, error) = await Run(new FailingStream(() => new OutOfMemoryException()), "-", Page, "--format", "jsonl");
#pragma warning restore CA2201

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(lines, Has.Length.EqualTo(2));
        AssertErrorLine(lines[0], "-");
        AssertArticleLine(lines[1]);
        Assert.That(error, Does.Contain("newsextract: -: "));
    }

    [Test]
    public async Task An_unexpected_exception_type_is_reported_by_name()
    {
        var (_, lines, _) = await Run(new FailingStream(() => new InvalidDataException("bad block")), "-", "--format", "jsonl");

        using var json = JsonDocument.Parse(lines.Single());
        Assert.That(json.RootElement.GetProperty("error").GetString(), Is.EqualTo("InvalidDataException: bad block"));
    }

    [Test]
    public async Task Dev_zero_gives_an_error_line_once_the_size_limit_is_read()
    {
        Assume.That(File.Exists("/dev/zero"), "a Unix device that never ends");

        var (exit, lines, _) = await Run(Stream.Null, "/dev/zero", Page, "--format", "jsonl", "--max-input-bytes", "1000000");

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(lines, Has.Length.EqualTo(2));
        AssertErrorLine(lines[0], "/dev/zero");
        Assert.That(lines[0], Does.Contain("exceeds the limit of 1,000,000 bytes"));
        AssertArticleLine(lines[1]);
    }

    [Test]
    public async Task An_endless_standard_input_gives_an_error_line_after_reading_the_default_limit_and_no_more()
    {
        // It gives up after 256 MiB only so that a reader that does not stop cannot take the test host down.
        var stdin = new EndlessStream(giveUpAfter: 256L * 1024 * 1024);

        var (exit, lines, _) = await Run(stdin, "-", Page, "--format", "jsonl");

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(lines, Has.Length.EqualTo(2));
        AssertErrorLine(lines[0], "-");
        AssertArticleLine(lines[1]);
        Assert.That(stdin.BytesRead, Is.EqualTo(ExtractionLimits.Default.MaxInputBytes + 1), "read through the limit, one byte past it");
    }

    [Test]
    public async Task Standard_input_within_the_limit_is_extracted_and_a_second_dash_is_told_it_was_read()
    {
        using var stdin = new MemoryStream(File.ReadAllBytes(Page));

        var (exit, lines, _) = await Run(stdin, "-", "-", "--format", "jsonl");

        Assert.That(exit, Is.EqualTo(1));
        AssertArticleLine(lines[0]);
        AssertErrorLine(lines[1], "-");
    }

    [TestCase("200000000")]
    [TestCase("257")]
    [TestCase("0")]
    [TestCase("-1")]
    [TestCase("2x")]
    public async Task Parallel_values_out_of_range_are_refused_with_a_clear_message(string value)
    {
        var (exit, _, error) = await Run(Stream.Null, Page, "--parallel", value);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("--parallel takes a number from 1 to 256."));
    }

    [Test]
    public async Task The_largest_parallel_value_runs()
    {
        var (exit, lines, _) = await Run(Stream.Null, Page, Page, "--parallel", "256", "--format", "jsonl");

        Assert.That(exit, Is.Zero);
        Assert.That(lines, Has.Length.EqualTo(2));
    }

    [TestCase("--reference-date", "0001-01-01", "--reference-date takes a date from 1990 to 2100.")]
    [TestCase("--reference-date", "9999-12-31T23:59:59Z", "--reference-date takes a date from 1990 to 2100.")]
    [TestCase("--url", "file:///etc/passwd", "--url takes an absolute http or https URL.")]
    [TestCase("--url", "javascript:alert(1)", "--url takes an absolute http or https URL.")]
    [TestCase("--max-input-bytes", "0", "--max-input-bytes takes a number of bytes from 1 to")]
    [TestCase("--max-input-bytes", "99999999999", "--max-input-bytes takes a number of bytes from 1 to")]
    [TestCase("--charset", "", "--charset takes a charset name")]
    public async Task Other_argument_values_are_range_checked(string option, string value, string message)
    {
        var (exit, _, error) = await Run(Stream.Null, Page, option, value);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain(message));
    }

    [Test]
    public async Task A_file_name_with_control_characters_reaches_standard_error_escaped()
    {
        var missing = Path.Combine(TestContext.CurrentContext.WorkDirectory, "no-such-\u001b[2J\u202e-page.html");

        var (_, _, error) = await Run(Stream.Null, missing, "--format", "text");

        Assert.That(error, Does.Contain("no-such-\\u001B[2J\\u202E-page.html"));
        Assert.That(error.Trim(), Has.None.Matches<char>(c => char.IsControl(c) || c == '\u202E'));
    }
}
