using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using NewsExtract.Cli;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Corpus;

/// <summary>
/// <c>newsextract explain</c> on every page of both corpora (../shared/corpus/pages, ../shared/corpus-text/pages):
/// each report is written and well-formed — it parses without a single HTML parse error (AngleSharp in strict mode;
/// the side frame's page, the page's own markup re-serialised, is read as a browser reads it), lists as many blocks as the page has, holds one script (its own) and, for HTML,
/// the sandboxed frame with the blocks outlined that its CSS path finds.
/// </summary>
[Category("Corpus")]
[NonParallelizable]
public partial class ExplainCorpusTests
{
    [TestCase("corpus")]
    [TestCase("corpus-text")]
    public async Task Every_page_gets_a_well_formed_report(string corpus)
    {
        var pages = Directory.GetFiles(Path.Combine(SharedData.Require(corpus), "pages")).Order(StringComparer.Ordinal).ToList();
        var folder = Path.Combine(Path.GetTempPath(), "newsextract-explain-corpus-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var strict = new HtmlParser(new HtmlParserOptions { IsStrictMode = true });
        var lenient = new HtmlParser();
        long marked = 0, markable = 0;
        try
        {
            Assert.That(pages, Is.Not.Empty);
            foreach (var page in pages)
            {
                var name = Path.GetFileName(page);
                var report = Path.Combine(folder, name + ".report.html");
                using var output = new StringWriter();
                using var error = new StringWriter();
                var exit = await CommandLine.RunAsync(["explain", page, "-o", report, "--reference-date", "2026-01-01"], Stream.Null, output, error);
                Assert.That(exit, Is.EqualTo(0), $"{name}: {error}");

                var html = await File.ReadAllTextAsync(report);
                var document = strict.ParseDocument(html); // throws at the first parse error
                var blocks = int.Parse(BlockCount().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                Assert.That(document.QuerySelectorAll("#blocks li.blk"), Has.Length.EqualTo(blocks), name);
                Assert.That(document.QuerySelectorAll("script"), Has.Length.EqualTo(1), name);
                Assert.That(document.QuerySelectorAll("#legend input[data-role]"), Is.Not.Empty, name);
                var frame = document.QuerySelector("iframe");
                if (corpus == "corpus")
                {
                    Assert.That(frame?.GetAttribute("sandbox"), Is.EqualTo(""), name);
                    // The page in the frame is the page's own markup, re-serialised: read as a browser reads it, not strictly.
                    var framed = lenient.ParseDocument(frame!.GetAttribute("srcdoc")!);
                    Assert.That(framed.QuerySelectorAll("script, iframe, object, embed, [onload], [onerror], [onclick], [href], [src]"), Is.Empty, name);
                    marked += framed.QuerySelectorAll("[data-nx-role]").Length;
                    markable += document.QuerySelectorAll("#blocks li.blk:not(.r-Boilerplate) code.path").Length;
                }
                else
                {
                    Assert.That(frame, Is.Null, name);
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        if (markable > 0)
        {
            TestContext.Out.WriteLine($"{corpus}: {pages.Count} reports; {marked:N0} elements outlined in the frames for {markable:N0} non-boilerplate blocks");
        }
    }

    [GeneratedRegex(@" · (\d+) blocks · ")]
    private static partial Regex BlockCount();
}
