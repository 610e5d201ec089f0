using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NewsExtract.Html;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Html.Conformance;

/// <summary>
/// Runs the html5lib-tests conformance suite (<c>../shared/html5lib-tests</c>, read in place) through our tokenizer and
/// tree builder and compares text placement (<see cref="TextPlacement"/>, <see cref="TokenizerSuite"/>). Each file must
/// pass at least as many tests as <c>Conformance/baseline.json</c> records; raise the baseline as the parser improves.
/// Skipped: the tests listed with a one-line reason in <c>Conformance/skipped.txt</c> — every fragment (innerHTML) test,
/// every scripting-on test, and the tokenizer's XML-coercion tests. Reported as skipped where <c>../shared</c> is absent.
/// </summary>
[TestFixture]
[Category("Conformance")]
public partial class ConformanceTests
{
    private static readonly Lazy<JsonObject> BaselineFile = new(() => JsonNode.Parse(
        File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Html", "Conformance", "baseline.json")),
        documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!.AsObject());

    private static readonly Lazy<Dictionary<string, string>> SkipList = new(ReadSkipList);

    public static IEnumerable<TestCaseData> TreeFiles() => FilesOf("tree-construction");

    public static IEnumerable<TestCaseData> TokenizerFiles() => FilesOf("tokenizer");

    [TestCaseSource(nameof(TreeFiles))]
    public void A_tree_construction_file_places_text_as_well_as_its_baseline(string file)
    {
        var results = RunTreeFile(Path.Combine(SharedData.Require("html5lib-tests"), "tree-construction", file));
        Report(file, results);
        AssertAtBaseline("tree-construction", file, results);
    }

    [TestCaseSource(nameof(TokenizerFiles))]
    public void A_tokenizer_file_gives_the_tokens_of_its_baseline(string file)
    {
        var results = RunTokenizerFile(Path.Combine(SharedData.Require("html5lib-tests"), "tokenizer", file));
        Report(file, results);
        AssertAtBaseline("tokenizer", file, results);
    }

    /// <summary>
    /// Issue 17's figures: text placement at least 98% over all tree-construction tests run, 100% in every file on the
    /// tests without frameset, template or ruby, and every tokenizer test passed.
    /// </summary>
    [Test]
    public void The_suite_is_passed_at_the_figures_the_parser_is_held_to()
    {
        var root = SharedData.Require("html5lib-tests");
        var all = new FileResults();
        Assert.Multiple(() =>
        {
            foreach (var path in Directory.GetFiles(Path.Combine(root, "tree-construction"), "*.dat"))
            {
                var results = RunTreeFile(path);
                all.Add(results);
                Assert.That(results.PlainPassed, Is.EqualTo(results.PlainRun), $"{Path.GetFileName(path)}: tests without frameset, template or ruby");
            }

            Assert.That((double)all.Passed / all.Run, Is.GreaterThanOrEqualTo(0.98), "tree construction, all files");
            foreach (var path in Directory.GetFiles(Path.Combine(root, "tokenizer"), "*.test"))
            {
                var results = RunTokenizerFile(path);
                Assert.That(results.Passed, Is.EqualTo(results.Run), Path.GetFileName(path));
            }
        });
    }

    [Test]
    public void Every_file_of_the_suite_has_a_baseline()
    {
        var root = SharedData.Require("html5lib-tests");
        Assert.Multiple(() =>
        {
            foreach (var (section, pattern) in new[] { ("tree-construction", "*.dat"), ("tokenizer", "*.test") })
            {
                var files = Directory.GetFiles(Path.Combine(root, section), pattern).Select(Path.GetFileName).Order(StringComparer.Ordinal);
                Assert.That(Baseline(section).Select(p => p.Key).Order(StringComparer.Ordinal), Is.EqualTo(files), section);
            }
        });
    }

    [Test]
    public void The_skip_list_holds_every_fragment_and_scripting_on_test_and_nothing_else_of_the_tree_construction_suite()
    {
        var root = SharedData.Require("html5lib-tests");
        var expected = Directory.GetFiles(Path.Combine(root, "tree-construction"), "*.dat")
            .SelectMany(TreeConstructionSuite.Read)
            .Where(t => t.FragmentContext is not null || t.Scripting == true)
            .Select(t => t.Id)
            .Order(StringComparer.Ordinal);
        var listed = SkipList.Value.Keys.Where(id => id.Contains(".dat#", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        Assert.That(listed, Is.EqualTo(expected));
        Assert.That(SkipList.Value.Values, Has.All.Not.Empty);
    }

    [Test]
    public void The_skip_list_names_tokenizer_tests_of_the_suite()
    {
        var root = SharedData.Require("html5lib-tests");
        foreach (var id in SkipList.Value.Keys.Where(id => id.Contains(".test#", StringComparison.Ordinal)))
        {
            var (file, number) = SplitId(id);
            Assert.That(TokenizerSuite.Read(Path.Combine(root, "tokenizer", file)), Has.Some.Matches<TokenizerTest>(t => t.Number == number), id);
        }
    }

    /// <summary>The per-file table (figures for the README and the closing note), and the baseline to commit when
    /// <c>NEWSEXTRACT_CONFORMANCE_BASELINE</c> names a file to write it to.</summary>
    [Test]
    [Explicit("Prints the figures; run by hand.")]
    public void Print_the_figures()
    {
        var root = SharedData.Require("html5lib-tests");
        var baseline = new JsonObject();
        var table = new StringBuilder();
        foreach (var (section, pattern) in new[] { ("tree-construction", "*.dat"), ("tokenizer", "*.test") })
        {
            var files = new JsonObject();
            var total = new FileResults();
            table.AppendLine(CultureInfo.InvariantCulture, $"{section}: file | run | passed | % | run without frameset/template/ruby | passed | %");
            foreach (var path in Directory.GetFiles(Path.Combine(root, section), pattern).Order(StringComparer.Ordinal))
            {
                var results = section == "tokenizer" ? RunTokenizerFile(path) : RunTreeFile(path);
                total.Add(results);
                files[Path.GetFileName(path)] = new JsonObject { ["run"] = results.Run, ["passed"] = results.Passed };
                table.AppendLine(Row(Path.GetFileName(path), results));
            }

            table.AppendLine(Row("all", total)).AppendLine();
            baseline[section] = files;
        }

        TestContext.Out.WriteLine(table);
        if (Environment.GetEnvironmentVariable("NEWSEXTRACT_CONFORMANCE_BASELINE") is { Length: > 0 } target)
        {
            File.WriteAllText(target, baseline.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        }
    }

    private static string Row(string name, FileResults r) => string.Create(
        CultureInfo.InvariantCulture,
        $"{name} | {r.Run} | {r.Passed} | {Percent(r.Passed, r.Run)} | {r.PlainRun} | {r.PlainPassed} | {Percent(r.PlainPassed, r.PlainRun)} | skipped {r.Skipped}");

    private static string Percent(int passed, int run) => run == 0 ? "-" : (100.0 * passed / run).ToString("F1", CultureInfo.InvariantCulture);

    private static IEnumerable<TestCaseData> FilesOf(string section) =>
        Baseline(section).Select(p => new TestCaseData(p.Key).SetArgDisplayNames(p.Key));

    private static JsonObject Baseline(string section) => BaselineFile.Value[section]!.AsObject();

    private static void AssertAtBaseline(string section, string file, FileResults results)
    {
        var expected = BaselineFile.Value[section]![file]!;
        Assert.Multiple(() =>
        {
            Assert.That(results.Run, Is.EqualTo(expected["run"]!.GetValue<int>()), "tests run (the suite or the skip list changed?)");
            Assert.That(results.Passed, Is.GreaterThanOrEqualTo(expected["passed"]!.GetValue<int>()), "tests passed");
        });
    }

    private static void Report(string file, FileResults results)
    {
        TestContext.Out.WriteLine(Row(file, results));
        foreach (var failure in results.Failures.Take(20))
        {
            TestContext.Out.WriteLine(failure);
        }
    }

    private static FileResults RunTreeFile(string path)
    {
        var results = new FileResults();
        foreach (var test in TreeConstructionSuite.Read(path))
        {
            if (SkipReason(test) is not null)
            {
                results.Skipped++;
                continue;
            }

            var expected = TextPlacement.OfExpected(test.Document);
            string actual;
            try
            {
                actual = TextPlacement.OfOurs(HtmlDocument.Parse(test.Data));
            }
            catch (Exception e) when (e is not AssertionException)
            {
                actual = "threw " + e;
            }

            results.Record(Plain(test.Data), expected == actual, () => $"--- {test.Id}\n{test.Data}\n--- expected\n{expected}--- ours\n{actual}");
        }

        return results;
    }

    private static FileResults RunTokenizerFile(string path)
    {
        var results = new FileResults();
        foreach (var test in TokenizerSuite.Read(path))
        {
            if (SkipList.Value.ContainsKey($"{test.File}#{test.Number}"))
            {
                results.Skipped++;
                continue;
            }

            IReadOnlyList<string> actual;
            try
            {
                actual = TokenizerSuite.Run(test);
            }
            catch (Exception e) when (e is not AssertionException)
            {
                actual = ["threw " + e.Message];
            }

            var passed = actual.SequenceEqual(test.Expected);
            results.Record(plain: true, passed, () => $"--- {test.Id}: {test.Description}\n{test.Input}\n--- expected\n{string.Join("\n", test.Expected)}\n--- ours\n{string.Join("\n", actual)}");
        }

        return results;
    }

    private static string? SkipReason(TreeTest test) => SkipList.Value.GetValueOrDefault(test.Id);

    // Tests whose markup has none of the constructs the issue sets apart (frameset, template, ruby).
    private static bool Plain(string data) => !SetApart().IsMatch(data);

    [GeneratedRegex(@"<\s*/?\s*(frameset|frame|template|ruby|rb|rtc|rt|rp)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SetApart();

    private static Dictionary<string, string> ReadSkipList()
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Html", "Conformance", "skipped.txt");
        var skips = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var space = line.IndexOf(' ', StringComparison.Ordinal);
            skips[line[..space]] = line[(space + 1)..].Trim();
        }

        return skips;
    }

    private static (string File, int Number) SplitId(string id)
    {
        var hash = id.IndexOf('#', StringComparison.Ordinal);
        return (id[..hash], int.Parse(id[(hash + 1)..], CultureInfo.InvariantCulture));
    }

    private sealed class FileResults
    {
        public int Run { get; private set; }

        public int Passed { get; private set; }

        public int PlainRun { get; private set; }

        public int PlainPassed { get; private set; }

        public int Skipped { get; set; }

        public List<string> Failures { get; } = [];

        public void Record(bool plain, bool passed, Func<string> failure)
        {
            Run++;
            Passed += passed ? 1 : 0;
            PlainRun += plain ? 1 : 0;
            PlainPassed += plain && passed ? 1 : 0;
            if (!passed)
            {
                Failures.Add(failure());
            }
        }

        public void Add(FileResults other)
        {
            Run += other.Run;
            Passed += other.Passed;
            PlainRun += other.PlainRun;
            PlainPassed += other.PlainPassed;
            Skipped += other.Skipped;
        }
    }
}
