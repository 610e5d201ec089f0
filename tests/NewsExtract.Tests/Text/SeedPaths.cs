using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Text;

/// <summary>Reads the shared seed captures; tests ignore themselves without them.</summary>
internal static class SeedPaths
{
    public static string Read(string name) => File.ReadAllText(SharedData.Require(Path.Combine("seeds", name)));
}
