namespace NewsExtract.Tests.Text;

/// <summary>Finds the shared seed captures by walking up from the test directory; tests ignore themselves without them.</summary>
internal static class SeedPaths
{
    public static string Read(string name)
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "seeds", name);
            if (File.Exists(path))
            {
                return File.ReadAllText(path);
            }
        }

        Assert.Ignore($"seed {name} not available");
        return "";
    }
}
