using System.Text.Json;
using NewsExtract.Cli;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Cli;

/// <summary>The newsextract command's contract: what score.py and scripts read.</summary>
public class CommandLineTests
{
    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(args, Stream.Null, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Test]
    public async Task Jsonl_gives_one_object_per_file_with_the_path_as_given()
    {
        var page = Fixtures.PathOf("Html/zh-portal-article.html");
        var (exit, output, _) = await Run(page, page, "--format", "jsonl");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(exit, Is.Zero);
        Assert.That(lines, Has.Length.EqualTo(2));
        using var json = JsonDocument.Parse(lines[0]);
        var root = json.RootElement;
        Assert.That(root.GetProperty("file").GetString(), Is.EqualTo(page));
        Assert.That(root.GetProperty("isArticle").GetBoolean(), Is.True);
        Assert.That(root.GetProperty("language").GetString(), Is.EqualTo("zh-Hans"));
        Assert.That(root.GetProperty("title").GetString(), Is.EqualTo("城市夜间公交线路再扩容 市民出行更便利"));
        Assert.That(root.GetProperty("dateline").GetProperty("published").GetString(), Is.EqualTo("2025-07-13T09:50:00+08:00"));
        Assert.That(root.GetProperty("paragraphs")[0].GetString(), Does.StartWith("示例日报讯"));
        Assert.That(root.GetProperty("credits")[0].GetProperty("name").GetString(), Is.EqualTo("李华"));
        Assert.That(root.GetProperty("sources")[0].TryGetProperty("text", out _), Is.True);
    }

    [Test]
    public async Task An_unreadable_file_gives_an_error_line_and_the_others_are_still_processed()
    {
        var page = Fixtures.PathOf("Html/zh-portal-article.html");
        var missing = Path.Combine(TestContext.CurrentContext.WorkDirectory, "no-such-page.html");
        var (exit, output, error) = await Run(missing, page, "--format", "jsonl");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(exit, Is.Not.Zero);
        Assert.That(lines, Has.Length.EqualTo(2));
        using (var first = JsonDocument.Parse(lines[0]))
        {
            Assert.That(first.RootElement.GetProperty("file").GetString(), Is.EqualTo(missing));
            Assert.That(first.RootElement.GetProperty("error").GetString(), Is.Not.Empty);
        }

        using var second = JsonDocument.Parse(lines[1]);
        Assert.That(second.RootElement.GetProperty("isArticle").GetBoolean(), Is.True);
        Assert.That(error, Does.Contain("no-such-page.html"));
    }

    [Test]
    public async Task A_date_only_dateline_is_written_as_a_date()
    {
        var file = Path.Combine(TestContext.CurrentContext.WorkDirectory, "date-only.html");
        const string para = "<p>本市将于下月起新增六条夜间公交线路，覆盖主要商圈、医院和交通枢纽，夜间出行将更加便利，市民普遍表示欢迎，认为这是一项实实在在的民生工程。</p>";
        await File.WriteAllTextAsync(file, $"<html><body><h1>夜间公交线路扩容</h1><div class=info>2025年7月13日</div><div>{para}{para.Replace("本市", "全市")}</div></body></html>");

        var (_, output, _) = await Run(file, "--format", "jsonl");

        using var json = JsonDocument.Parse(output);
        Assert.That(json.RootElement.GetProperty("dateline").GetProperty("published").GetString(), Is.EqualTo("2025-07-13"));
    }

    [Test]
    public async Task Unknown_options_are_refused_with_usage()
    {
        var (exit, _, error) = await Run("--no-such-option");
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("usage: newsextract"));
    }
}
