// A user's first program: extract one page given on the command line (HTML or a plain-text capture) and print
// what NewsExtract found. Run (after packing, see samples/Directory.Build.props):
//   dotnet run --project samples/QuickStart -- samples/pages/zh-greenway-article.html [https://page.url/]
using NewsExtract;

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: QuickStart FILE [URL]");
    return 2;
}

// One extractor, reused for every page: it is immutable and thread-safe.
var extractor = new ArticleExtractor(ExtractionOptions.Default with
{
    // Year-less dates such as 7月12日 or "Ngày 12/7" resolve against the time the page was fetched.
    ReferenceTime = File.GetLastWriteTimeUtc(args[0]),
});

await using var file = File.OpenRead(args[0]);
var context = new PageContext { Url = args.Length > 1 ? new Uri(args[1]) : null };
Article article = await extractor.ExtractAsync(file, context);

Console.WriteLine($"{article.Title} [{article.Language.ToLanguageTag()}] article: {article.IsArticle}");
Console.WriteLine($"published: {article.Dateline.Published?.ToString("O") ?? "(unknown)"}  place: {article.Dateline.Place}");
Console.WriteLine($"sources: {string.Join(", ", article.Sources.Select(s => $"{s.Name} ({s.Text})"))}");
Console.WriteLine($"authors: {string.Join(", ", article.Authors)}");
Console.WriteLine($"credits: {string.Join(", ", article.Credits.Select(c => $"{c.Role} {c.Name}"))}");
Console.WriteLine();
foreach (var paragraph in article.Paragraphs)
{
    Console.WriteLine(paragraph.Kind == ParagraphKind.Text ? paragraph.Text : $"[{paragraph.Kind}] {paragraph.Text}");
}

return 0;
