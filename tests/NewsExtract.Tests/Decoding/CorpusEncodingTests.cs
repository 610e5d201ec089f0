using NewsExtract.Tests.Support;
using System.Text.Json;
using NewsExtract.Decoding;

namespace NewsExtract.Tests.Decoding;

/// <summary>Checks the decoder's choice against the labelled encoding of every page in the shared corpus (read in place, never copied).</summary>
public class CorpusEncodingTests
{
    [Test]
    public void Every_corpus_page_decodes_with_its_labelled_encoding()
    {
        var corpus = FindCorpus();
        if (corpus is null)
        {
            Assert.Ignore("The shared corpus (../shared/corpus next to the repository) is not present.");
            return;
        }

        var pages = Directory.GetFiles(Path.Combine(corpus, "pages"), "*.html").Order(StringComparer.Ordinal).ToList();
        Assert.That(pages, Is.Not.Empty);
        var wrong = new List<string>();
        foreach (var path in pages)
        {
            var id = Path.GetFileNameWithoutExtension(path);
            var labelPath = Path.Combine(corpus, "labels", id + ".json");
            if (!File.Exists(labelPath))
            {
                continue;
            }

            using var label = JsonDocument.Parse(File.ReadAllText(labelPath));
            var expected = label.RootElement.GetProperty("encoding").GetString();
            var page = PageDecoder.Decode(File.ReadAllBytes(path), null, lookForMetaCharset: true);
            TestContext.Out.WriteLine($"{id}: {page.EncodingName} ({page.Evidence}, {page.ReplacementCount} replaced) expected {expected}; {TestPages.Codes(page)}");
            if (!string.Equals(page.EncodingName, expected, StringComparison.OrdinalIgnoreCase) || page.LooksBinary)
            {
                wrong.Add($"{id}: got {page.EncodingName}, expected {expected}");
            }
        }

        TestContext.Out.WriteLine($"{pages.Count - wrong.Count}/{pages.Count} encodings right");
        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void Corpus_html_pages_sniff_as_html_and_text_captures_as_text()
    {
        var corpus = FindCorpus();
        if (corpus is null)
        {
            Assert.Ignore("The shared corpus (../shared/corpus next to the repository) is not present.");
            return;
        }

        var wrong = new List<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(corpus, "pages"), "*.html"))
        {
            var page = PageDecoder.Decode(File.ReadAllBytes(path), null, lookForMetaCharset: true);
            if (!HtmlSniffer.LooksLikeHtml(page.Text.AsSpan()))
            {
                wrong.Add("html read as text: " + Path.GetFileName(path));
            }
        }

        var textDir = Path.Combine(Path.GetDirectoryName(corpus)!, "corpus-text", "pages");
        foreach (var path in Directory.Exists(textDir) ? Directory.GetFiles(textDir, "*.txt") : [])
        {
            var page = PageDecoder.Decode(File.ReadAllBytes(path), null, lookForMetaCharset: false);
            if (HtmlSniffer.LooksLikeHtml(page.Text.AsSpan()) || page.EncodingName != "utf-8" || page.LooksBinary)
            {
                wrong.Add($"text capture misread ({page.EncodingName}): {Path.GetFileName(path)}");
            }
        }

        Assert.That(wrong, Is.Empty);
    }

    /// <summary>Walks up from the test directory to a directory that has a sibling <c>shared/corpus</c>.</summary>
    internal static string? FindCorpus() => SharedData.Directory is { } shared ? Path.Combine(shared, "corpus") : null;
}
