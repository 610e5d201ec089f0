using NewsExtract.Tests.Support;
using System.Globalization;
using System.Text;

namespace NewsExtract.Tests.Robustness;

/// <summary>The shared evaluation corpus, read in place (never copied into the repository).</summary>
internal static class SharedCorpus
{
    private static readonly Lazy<string?> Pages = new(FindPages);

    /// <summary>The corpus page files, sorted by name; the test is ignored when the corpus is absent.</summary>
    public static IReadOnlyList<string> PageFilesOrIgnore()
    {
        if (Pages.Value is not { } directory)
        {
            Assert.Ignore("The shared corpus (shared/corpus/pages) is not present.");
            return [];
        }

        var files = Directory.GetFiles(directory, "*.html").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            Assert.Ignore("The shared corpus has no pages.");
        }

        return files;
    }

    private static string? FindPages() => SharedData.Directory is { } shared ? Path.Combine(shared, "corpus", "pages") : null;
}

/// <summary>Checks every article must pass, whatever the input.</summary>
internal static class ArticleInvariants
{
    // Navigation labels that are never a headline.
    private static readonly HashSet<string> NavLabels = new(StringComparer.Ordinal)
    {
        "首页", "首頁", "主页", "登录", "登入", "注册", "新闻", "返回首页", "网站首页", "更多", "下一页", "上一页",
        "Trang chủ", "Trang Chủ", "TRANG CHỦ", "Đăng nhập", "Đăng ký", "Tin tức", "Xem thêm", "Home", "Login",
    };

    /// <summary>The exceptions the extractor documents; anything else is a defect.</summary>
    public static bool IsDocumented(Exception e) => e is ExtractionLimitException or OperationCanceledException or ArgumentNullException;

    /// <summary>Returns the violations (empty when the article is well-formed).</summary>
    public static List<string> Violations(Article article)
    {
        var problems = new List<string>();
        if (article.Title is null || article.Paragraphs is null || article.Sources is null || article.Authors is null
            || article.Credits is null || article.Images is null || article.Related is null || article.Diagnostics is null)
        {
            problems.Add("a member is null");
            return problems;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in article.Paragraphs)
        {
            if (string.IsNullOrWhiteSpace(paragraph.Text))
            {
                problems.Add("empty paragraph");
            }
            else if (paragraph.Text != paragraph.Text.Trim())
            {
                problems.Add($"untrimmed paragraph: «{Snip(paragraph.Text)}»");
            }

            if (!seen.Add(paragraph.Text))
            {
                problems.Add($"repeated paragraph: «{Snip(paragraph.Text)}»");
            }

            if (HasLoneSurrogate(paragraph.Text))
            {
                problems.Add($"lone surrogate in paragraph: «{Snip(paragraph.Text)}»");
            }

            if (paragraph.Text.Contains('\0', StringComparison.Ordinal))
            {
                problems.Add($"NUL in paragraph: «{Snip(paragraph.Text)}»");
            }
        }

        if (NavLabels.Contains(article.Title.Trim()))
        {
            problems.Add($"title is a navigation label: «{article.Title}»");
        }

        if (HasLoneSurrogate(article.Title))
        {
            problems.Add("lone surrogate in title");
        }

        if (article.IsArticle && article.Paragraphs.Count == 0)
        {
            problems.Add("an article without paragraphs");
        }

        return problems;
    }

    public static void AssertWellFormed(Article article)
    {
        var problems = Violations(article);
        Assert.That(problems, Is.Empty, string.Join("; ", problems));
    }

    public static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return true;
            }

            if (char.IsLowSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string Snip(string text) => text.Length > 40 ? text[..40] + "…" : text;
}

/// <summary>A canonical text form of an article's fields, for comparing two extractions.</summary>
internal static class CanonicalArticle
{
    public static string Of(Article article)
    {
        var b = new StringBuilder();
        b.Append("title=").Append(article.Title).Append('\n');
        b.Append("isArticle=").Append(article.IsArticle).Append('\n');
        b.Append("language=").Append(article.Language).Append('\n');
        var d = article.Dateline;
        b.Append("dateline=").Append(d.Published?.ToString("O", CultureInfo.InvariantCulture)).Append('|').Append(d.Precision)
            .Append('|').Append(d.Month).Append('|').Append(d.Day).Append('|').Append(d.Text).Append('|').Append(d.Place).Append('\n');
        foreach (var p in article.Paragraphs)
        {
            b.Append("p[").Append(p.Kind).Append("]=").Append(p.Text).Append('\n');
        }

        foreach (var s in article.Sources)
        {
            b.Append("source=").Append(s.Name).Append('|').Append(s.Text).Append('\n');
        }

        foreach (var a in article.Authors)
        {
            b.Append("author=").Append(a).Append('\n');
        }

        foreach (var c in article.Credits)
        {
            b.Append("credit=").Append(c.Role).Append('|').Append(c.Name).Append('\n');
        }

        foreach (var i in article.Images)
        {
            b.Append("image=").Append(i.Url).Append('|').Append(i.Caption).Append('\n');
        }

        foreach (var r in article.Related)
        {
            b.Append("related=").Append(r.Title).Append('|').Append(r.Url).Append('|').Append(r.Summary).Append('|').Append(r.DateText)
                .Append('|').Append(r.Published?.ToString("O", CultureInfo.InvariantCulture)).Append('\n');
        }

        b.Append("site=").Append(article.SiteName).Append('\n');
        b.Append("canonical=").Append(article.CanonicalUrl).Append('\n');
        return b.ToString();
    }
}
