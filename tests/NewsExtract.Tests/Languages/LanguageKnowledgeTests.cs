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

/// <summary>A user extends or replaces any list of the lexicon files, in code or with a file of the same format.</summary>
public class LexiconExtensionTests
{
    [Test]
    public void Any_list_can_be_extended_by_its_name()
    {
        var knowledge = LanguageKnowledge.For([new LexiconExtension(ContentLanguage.Vietnamese)
        {
            Lists = new Dictionary<string, IReadOnlyList<string>> { ["navigationCues"] = ["Bạn đang ở"] },
        }]);

        Assert.That(knowledge.Vietnamese.Lexicon.NavigationCues, Does.Contain("Bạn đang ở").And.Contain("Trang chủ"));
    }

    [Test]
    public void A_replaced_list_loses_its_built_in_entries()
    {
        var knowledge = LanguageKnowledge.For([new LexiconExtension(ContentLanguage.ChineseSimplified)
        {
            CreditRoles = ["特约审校"],
            ReplacedLists = ["creditRoles"],
        }]);

        Assert.Multiple(() =>
        {
            Assert.That(knowledge.Chinese.Lexicon.CreditRoles, Is.EqualTo(new[] { "特约审校" }));
            Assert.That(knowledge.Chinese.CreditRole.IsMatch("责任编辑：刘莹"), Is.False);
        });
    }

    [Test]
    public void A_user_lexicon_file_reads_like_a_built_in_one()
    {
        var extension = LexiconExtension.FromJson("""
            {
              "language": "zh-Hans",
              "replace": ["agencies"],
              "creditRoles": ["特约审校"],
              "agencies": [["示例通讯社", "示例社"]],
              "dates": { "units": { "hour": ["钟点"] } }
            }
            """);

        Assert.Multiple(() =>
        {
            Assert.That(extension.Language, Is.EqualTo(ContentLanguage.ChineseSimplified));
            Assert.That(extension.Lists["creditRoles"], Is.EqualTo(new[] { "特约审校" }));
            Assert.That(extension.Lists["dates.units.hour"], Is.EqualTo(new[] { "钟点" }));
            Assert.That(extension.ReplacedLists, Is.EqualTo(new[] { "agencies" }));
            var lexicon = LanguageKnowledge.For([extension]).Chinese.Lexicon;
            Assert.That(lexicon.Agencies.SelectMany(a => a), Is.EqualTo(new[] { "示例通讯社", "示例社" }));
            Assert.That(lexicon.CreditRoles, Does.Contain("特约审校").And.Contain("责任编辑"));
        });
    }

    [Test]
    public void A_list_that_does_not_exist_fails_when_the_extractor_is_built()
    {
        var extension = new LexiconExtension(ContentLanguage.Vietnamese) { Lists = new Dictionary<string, IReadOnlyList<string>> { ["creditRole"] = ["Biên soạn"] } };

        var error = Assert.Throws<ArgumentException>(() => _ = new ArticleExtractor(ExtractionOptions.Default with { LexiconExtensions = [extension] }));
        Assert.That(error!.Message, Does.Contain("\"creditRole\" is no lexicon list").And.Contain("creditRoles"));
    }

    [TestCase("""{ "creditRoles": ["X"] }""", "does not say its language")]
    [TestCase("""{ "language": "fr", "creditRoles": ["X"] }""", "\"fr\"")]
    [TestCase("""{ "language": "vi", "creditRole": ["X"] }""", "\"creditRole\" is no lexicon list")]
    [TestCase("""{ "language": "vi", "ignoreCase": false }""", "lists only")]
    [TestCase("""{ "language": "vi", "replace": ["roles"] }""", "\"roles\"")]
    [TestCase("""{ "language": "vi", "dates": { "zones": { "GMT+7": ["giờ Hà Nội"] } } }""", "\"dates.zones.GMT+7\" is no lexicon list")]
    [TestCase("""{ "language": "vi", """, "not valid JSON")]
    public void A_malformed_user_file_says_what_is_wrong(string json, string message)
    {
        var error = Assert.Throws<FormatException>(() => LexiconExtension.FromJson(json));
        Assert.That(error!.Message, Does.Contain(message));
    }
}
