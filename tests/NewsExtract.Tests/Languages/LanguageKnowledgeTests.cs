using NewsExtract.Languages;

namespace NewsExtract.Tests.Languages;

/// <summary>The lexicons are compiled once each, lazily or ahead on the thread pool, from the extensions as given.</summary>
public class LanguageKnowledgeTests
{
    private static LexiconExtension ChineseRoles(IReadOnlyList<string> roles) => new(ContentLanguage.ChineseSimplified) { CreditRoles = roles };

    [Test]
    public void Threads_asking_at_once_get_the_same_compiled_lexicon()
    {
        var knowledge = LanguageKnowledge.For([ChineseRoles(["特约审校"])]).Prepare();
        var seen = new CompiledLexicon[16];
        Parallel.For(0, seen.Length, i => seen[i] = knowledge.For(i % 2 == 0 ? ContentLanguage.Vietnamese : ContentLanguage.ChineseTraditional));

        Assert.Multiple(() =>
        {
            Assert.That(seen.Where((_, i) => i % 2 == 0), Is.All.SameAs(knowledge.Vietnamese));
            Assert.That(seen.Where((_, i) => i % 2 == 1), Is.All.SameAs(knowledge.Chinese));
        });
    }

    [Test]
    public void A_chinese_extension_reaches_the_chinese_lexicon_only()
    {
        var knowledge = LanguageKnowledge.For([ChineseRoles(["特约审校"])]);

        Assert.Multiple(() =>
        {
            Assert.That(knowledge.Chinese.Lexicon.CreditRoles, Does.Contain("特约审校"));
            Assert.That(knowledge.Vietnamese.Lexicon.CreditRoles, Does.Not.Contain("特约审校"));
            Assert.That(knowledge.Chinese.CreditRole.IsMatch("特约审校：王芳"), Is.True);
        });
    }

    [Test]
    public void A_list_changed_after_the_knowledge_is_built_does_not_change_it()
    {
        var roles = new List<string> { "特约审校" };
        var agencies = new List<IReadOnlyList<string>> { new List<string> { "示例通讯社" } };
        var knowledge = LanguageKnowledge.For([ChineseRoles(roles) with { Agencies = agencies }]);
        roles.Add("后加角色");
        ((List<string>)agencies[0]).Add("后加别名");

        // Compiled only now, on first use: from the lists as they were when the knowledge was built.
        var lexicon = knowledge.Chinese.Lexicon;
        Assert.Multiple(() =>
        {
            Assert.That(lexicon.CreditRoles, Does.Contain("特约审校").And.Not.Contain("后加角色"));
            Assert.That(lexicon.Agencies.SelectMany(a => a), Does.Contain("示例通讯社").And.Not.Contain("后加别名"));
        });
    }

    [Test]
    public void The_built_in_knowledge_is_shared_and_prepared_once()
    {
        var first = LanguageKnowledge.For([]).Prepare();
        var second = LanguageKnowledge.For([]).Prepare();

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.SameAs(first));
            Assert.That(second.Chinese, Is.SameAs(first.Chinese));
            Assert.That(second.Vietnamese, Is.SameAs(first.Vietnamese));
        });
    }
}
