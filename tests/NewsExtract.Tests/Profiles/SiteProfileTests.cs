using NewsExtract.Profiles;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Profiles;

/// <summary>Site profiles: host matching, dropped elements, pinned content.</summary>
public class SiteProfileTests
{
    private static readonly Uri PageUrl = new("https://news.example.cn/2025/0713/bus.html");

    [TestCase("news.example.cn", true)]
    [TestCase("*.example.cn", true)]
    [TestCase("example.cn", false)]
    [TestCase("news.example.com", false)]
    public void Host_patterns_match_the_page_host(string pattern, bool matches) =>
        Assert.That(new SiteProfile(pattern).Matches(PageUrl), Is.EqualTo(matches));

    [Test]
    public void Drop_selectors_remove_elements_before_extraction()
    {
        var profile = new SiteProfile("news.example.cn") { DropSelectors = ["h3"] };
        var article = Extract(profile);
        Assert.That(Fixtures.Body(article), Does.Not.Contain("客流数据支撑线路规划"));
    }

    [Test]
    public void Content_selector_pins_the_article()
    {
        var profile = new SiteProfile("*.example.cn") { ContentSelectors = [".comment-box"] };
        var article = Extract(profile);
        Assert.That(Fixtures.Body(article), Does.Contain("终于等到了").And.Not.Contain("示例日报讯"));
        Assert.That(article.Diagnostics.Notes.Select(n => n.Code), Does.Contain("content.profile"));
    }

    [Test]
    public void A_profile_for_another_host_changes_nothing()
    {
        var profile = new SiteProfile("other.example.org") { ContentSelectors = [".comment-box"] };
        Assert.That(Fixtures.Body(Extract(profile)), Does.Contain("示例日报讯"));
    }

    [TestCase("[[[", "DropSelectors[1]: Selector '[[[': expected a name at 1.")]
    [TestCase("p:hover", "DropSelectors[1]: Selector 'p:hover': unsupported pseudo-class :hover at 7.")]
    public void A_malformed_selector_fails_when_the_profile_is_built(string selector, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => _ = new SiteProfile("news.example.cn") { DropSelectors = ["h3", selector] });
        Assert.That(error!.Message, Does.StartWith(message));
    }

    [Test]
    public void The_selectors_are_copied_when_the_profile_is_built()
    {
        var selectors = new List<string> { "h3" };
        var profile = new SiteProfile("news.example.cn") { DropSelectors = selectors };
        selectors.Add("[[[");
        Assert.That(profile.DropSelectors, Is.EqualTo(new[] { "h3" }));
    }

    private static Article Extract(SiteProfile profile) =>
        new ArticleExtractor(ExtractionOptions.Default with { SiteProfiles = [profile] })
            .ExtractHtml(Fixtures.Text("Html/zh-portal-article.html"), new PageContext { Url = PageUrl });
}
