namespace NewsExtract.Tests.Support;

/// <summary>
/// Finds the project's <c>shared</c> folder (corpus, seeds, scorer), which sits beside the repository in the team's
/// and CI's checkouts and is absent from a user's clone; tests that need it skip themselves then.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string?> Root = new(Find);

    public static string? Directory => Root.Value;

    /// <summary>The path of <paramref name="relative"/> inside shared, or an ignored test when shared is absent.</summary>
    public static string Require(string relative)
    {
        if (Root.Value is not { } root)
        {
            Assert.Ignore("../shared is not beside this checkout; corpus tests are skipped.");
            return "";
        }

        var path = Path.Combine(root, relative);
        if (!File.Exists(path) && !System.IO.Directory.Exists(path))
        {
            Assert.Ignore($"{relative} is not in ../shared; skipped.");
        }

        return path;
    }

    private static string? Find()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("NEWSEXTRACT_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment) && System.IO.Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (System.IO.Directory.Exists(Path.Combine(candidate, "corpus")))
            {
                return candidate;
            }
        }

        return null;
    }
}
