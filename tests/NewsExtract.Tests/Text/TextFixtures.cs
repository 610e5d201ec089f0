namespace NewsExtract.Tests.Text;

internal static class TextFixtures
{
    public static Article Extract(string name) =>
        ArticleExtractor.Default.ExtractText(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "Text", name)));

    public static string Body(Article article) => article.Text;
}
