namespace NewsExtract.Tests.Robustness;

/// <summary>One extractor shared by all cores gives every page exactly what a fresh single-threaded extractor gives.</summary>
public class ConcurrencyTests
{
    private static readonly DateTimeOffset FetchedAt = new(2024, 5, 1, 12, 0, 0, TimeSpan.FromHours(8));

    [Test]
    public void Shared_extractor_on_all_cores_matches_a_fresh_single_threaded_one_on_every_corpus_page()
    {
        var files = SharedCorpus.PageFilesOrIgnore();
        var pages = files.Select(File.ReadAllBytes).ToArray();
        var options = ExtractionOptions.Default with { ReferenceTime = FetchedAt };

        var expected = new string[pages.Length];
        for (var i = 0; i < pages.Length; i++)
        {
            expected[i] = CanonicalArticle.Of(new ArticleExtractor(options).ExtractHtml(pages[i]));
        }

        var shared = new ArticleExtractor(options);
        const int Rounds = 3;
        var work = Enumerable.Range(0, Rounds).SelectMany(round => Enumerable.Range(0, pages.Length).Select(page => (round, page)))
            .OrderBy(w => (w.page * 7919 + w.round * 104729) % 1009) // interleave pages and rounds deterministically
            .ToArray();
        var mismatches = new System.Collections.Concurrent.ConcurrentBag<string>();

        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount) }, w =>
        {
            var page = pages[w.page];
            var actual = (w.round % 3) switch
            {
                0 => shared.ExtractHtml(page),
                1 => shared.ExtractHtmlAsync(new MemoryStream(page, writable: false)).GetAwaiter().GetResult(),
                _ => shared.ExtractHtml(page.AsMemory()),
            };
            if (CanonicalArticle.Of(actual) != expected[w.page])
            {
                mismatches.Add($"{Path.GetFileName(files[w.page])} (round {w.round})");
            }
        });

        TestContext.Out.WriteLine($"{work.Length} parallel extractions over {pages.Length} pages compared.");
        Assert.That(mismatches, Is.Empty);
    }
}
