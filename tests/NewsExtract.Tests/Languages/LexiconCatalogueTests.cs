using NewsExtract.Languages;

namespace NewsExtract.Tests.Languages;

/// <summary>The catalogue of lexicon lists is the files' schema and the README's table.</summary>
public class LexiconCatalogueTests
{
    private static string? FindReadme()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            var readme = Path.Combine(dir.FullName, "README.md");
            if (File.Exists(readme) && Directory.Exists(Path.Combine(dir.FullName, "src", "NewsExtract", "Languages")))
            {
                return readme;
            }
        }

        return null;
    }

    [Test]
    public void The_readme_documents_every_list_and_setting()
    {
        var readme = FindReadme() ?? throw new InconclusiveException("README.md not found above the test directory");
        var text = File.ReadAllText(readme);
        var documented = LexiconLists.All.Concat(LexiconLists.Settings).Select(n => n.EndsWith(".*", StringComparison.Ordinal) ? n[..^2] + ".{key}" : n);
        Assert.That(documented.Where(n => !text.Contains($"| `{n}` |", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void Every_built_in_list_is_a_catalogue_list_with_entries()
    {
        foreach (var language in LanguageRegistry.BuiltIn)
        {
            var lexicon = Lexicon.LoadBuiltIn(language.Tag);
            Assert.That(lexicon.Names.Where(n => LexiconLists.EntryFor(n) is null), Is.Empty, language.Tag);
        }
    }

    [Test]
    public void The_keys_of_keyed_lists_are_checked()
    {
        Assert.Multiple(() =>
        {
            Assert.That(LexiconLists.EntryFor("dates.zones.+08:00"), Is.EqualTo("dates.zones.*"));
            Assert.That(LexiconLists.EntryFor("dates.zones.GMT"), Is.Null);
            Assert.That(LexiconLists.EntryFor("dates.units.hour"), Is.EqualTo("dates.units.*"));
            Assert.That(LexiconLists.EntryFor("dates.units.fortnight"), Is.Null);
            Assert.That(LexiconLists.EntryFor("dates.daysBack.2"), Is.EqualTo("dates.daysBack.*"));
            Assert.That(LexiconLists.EntryFor("creditRoles"), Is.EqualTo("creditRoles"));
        });
    }
}
