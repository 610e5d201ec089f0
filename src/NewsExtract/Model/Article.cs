using System.Text.Json.Serialization;
using NewsExtract.Serialization;

namespace NewsExtract;

/// <summary>A news article extracted from one page. Immutable; every collection is read-only and never null.</summary>
/// <remarks>
/// Serialises to (and from) the JSON contract described by <c>docs/newsextract.schema.json</c> with any
/// <see cref="System.Text.Json.JsonSerializer"/> call, through <see cref="ArticleJsonConverter"/>; in trimmed and NativeAOT
/// applications pass <see cref="NewsExtractJsonContext.Default"/>.<see cref="NewsExtractJsonContext.Article"/>.
/// </remarks>
[JsonConverter(typeof(ArticleJsonConverter))]
public sealed record Article
{
    /// <summary>The visible headline, without site-name suffixes; empty when none was found.</summary>
    public string Title { get; init; } = "";

    /// <summary>The page's language.</summary>
    public ContentLanguage Language { get; init; }

    /// <summary>When and where the article was published, as the page states it; <see cref="Dateline.None"/> when it does not.</summary>
    public Dateline Dateline { get; init; } = Dateline.None;

    /// <summary>The body, from the lead to the last paragraph, without boilerplate.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; init; } = [];

    /// <summary>Content-origin attributions (<c>据新华社报道</c>, <c>来源：…</c>, <c>(Dân trí) -</c>, <c>Theo TTXVN</c>).</summary>
    public IReadOnlyList<SourceAttribution> Sources { get; init; } = [];

    /// <summary>Writers and reporters. Editors and other credited staff are in <see cref="Credits"/>, never here.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Editorial credits (<c>责任编辑：刘莹</c>, <c>Biên tập: …</c>).</summary>
    public IReadOnlyList<Credit> Credits { get; init; } = [];

    /// <summary>Images of the article with their captions.</summary>
    public IReadOnlyList<ArticleImage> Images { get; init; } = [];

    /// <summary>The page's "related articles" items.</summary>
    public IReadOnlyList<RelatedLink> Related { get; init; } = [];

    /// <summary>The publication's name, where the page gives it.</summary>
    public string? SiteName { get; init; }

    /// <summary>The canonical URL of the article, where the page gives one.</summary>
    public Uri? CanonicalUrl { get; init; }

    /// <summary>False for list, section, home and other pages that are not a single article.</summary>
    public bool IsArticle { get; init; }

    /// <summary>What the extractor decided and why: encoding, limits hit, field choices.</summary>
    public ExtractionDiagnostics Diagnostics { get; init; } = ExtractionDiagnostics.Empty;

    /// <summary>The body as plain text, one paragraph a line.</summary>
    [JsonIgnore]
    public string Text => string.Join('\n', Paragraphs.Select(p => p.Text));
}
