namespace NewsExtract.Tests.Support;

/// <summary>The pages this project wrote for its tests (Fixtures/), read from the test output folder.</summary>
internal static class Fixtures
{
    public static string PathOf(string relative) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", relative);

    public static string Text(string relative) => File.ReadAllText(PathOf(relative));

    public static byte[] Bytes(string relative) => File.ReadAllBytes(PathOf(relative));

    /// <summary>The body as one string, for "contains" assertions.</summary>
    public static string Body(Article article) => string.Join("\n", article.Paragraphs.Select(p => p.Text));
}
