using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Corpus;

/// <summary>
/// Runs the CLI contract over the labelled corpora through <c>score.py</c> and holds every metric to the committed
/// baseline (<c>Corpus/baseline.json</c>): none may drop by more than 0.01. Raise the baseline as quality improves.
/// </summary>
[TestFixture]
[Category("Corpus")]
[NonParallelizable]
public class CorpusScoreTests
{
    private const double Tolerance = 0.01;

    private static readonly string[] Metrics =
    [
        "body_f1", "body_precision", "body_recall", "first_para", "last_para", "title", "date", "datetime",
        "sources_recall", "sources_precision", "authors_recall", "credits_recall", "non_article_rejected",
    ];

    [TestCase("corpus")]
    [TestCase("corpus-text")]
    public void No_metric_drops_below_the_committed_baseline(string corpus)
    {
        var corpusDir = SharedData.Require(corpus);
        var scorer = SharedData.Require(Path.Combine("tools", "score.py"));
        var summary = Score(scorer, corpusDir);
        var baseline = Baseline()[corpus]!.AsObject();

        TestContext.Out.WriteLine($"{corpus}: " + string.Join(", ", Metrics.Select(m => $"{m}={Format(summary[m])}")));
        Assert.Multiple(() =>
        {
            Assert.That(summary["errors"]?.GetValue<int>() ?? 0, Is.Zero, "pages that failed to extract");
            foreach (var metric in Metrics)
            {
                if (baseline[metric] is not { } expected)
                {
                    continue;
                }

                Assert.That(summary[metric]?.GetValue<double>() ?? 0, Is.GreaterThanOrEqualTo(expected.GetValue<double>() - Tolerance), metric);
            }
        });
    }

    private static string Format(JsonNode? node) => node is null ? "-" : node.GetValue<double>().ToString("F3", System.Globalization.CultureInfo.InvariantCulture);

    private static JsonObject Score(string scorer, string corpusDir)
    {
        var cli = Path.Combine(TestContext.CurrentContext.TestDirectory, "NewsExtract.Cli.dll");
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { scorer, "--corpus", corpusDir, "--json", "--run", $"dotnet \"{cli}\" --format jsonl" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, () => "score.py failed: " + stderr.Result);
        var report = JsonNode.Parse(stdout.Result)!.AsObject();
        return report["summary"]!["all"]!.AsObject();
    }

    private static JsonObject Baseline()
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Corpus", "baseline.json");
        return JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!.AsObject();
    }
}
