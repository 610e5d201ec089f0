namespace NewsExtract.Metadata;

/// <summary>What a page states about itself in its head: meta tags, OpenGraph, JSON-LD, canonical link.</summary>
internal sealed record PageMetadata
{
    public static PageMetadata Empty { get; } = new();

    /// <summary>The <c>&lt;title&gt;</c> text.</summary>
    public string? DocumentTitle { get; init; }

    /// <summary><c>og:title</c>, JSON-LD <c>headline</c>, or similar.</summary>
    public string? Headline { get; init; }

    public string? SiteName { get; init; }

    public string? CanonicalUrl { get; init; }

    public string? OpenGraphUrl { get; init; }

    /// <summary><c>og:type</c> (<c>article</c>, <c>website</c>…).</summary>
    public string? OpenGraphType { get; init; }

    /// <summary>JSON-LD <c>@type</c> values seen (NewsArticle, WebPage…).</summary>
    public IReadOnlyList<string> SchemaTypes { get; init; } = [];

    /// <summary>Published date-time strings, most authoritative first (JSON-LD, then article:published_time, then others).</summary>
    public IReadOnlyList<string> PublishedValues { get; init; } = [];

    /// <summary>Other dates the page states about itself (modified, updated): no publication date, but a year and a day to check against.</summary>
    public IReadOnlyList<string> OtherDateValues { get; init; } = [];

    /// <summary>Author names from JSON-LD or the author meta tag.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The <c>lang</c> attribute of the root element or a content-language meta.</summary>
    public string? LanguageTag { get; init; }

    public string? Description { get; init; }

    /// <summary>True when the metadata calls the page an article.</summary>
    public bool DeclaresArticle =>
        string.Equals(OpenGraphType, "article", StringComparison.OrdinalIgnoreCase)
        || SchemaTypes.Any(t => t.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || t.Equals("BlogPosting", StringComparison.OrdinalIgnoreCase));
}
