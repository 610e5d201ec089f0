namespace NewsExtract;

/// <summary>One-call extraction with the default options. For many pages, or other options, use an <see cref="ArticleExtractor"/>.</summary>
public static class Articles
{
    /// <summary>Extracts the article from an HTML string.</summary>
    public static Article FromHtml(string html, Uri? url = null) =>
        ArticleExtractor.Default.ExtractHtml(html, PageContext.ForUrl(url));

    /// <summary>Extracts the article from HTML bytes in any supported encoding.</summary>
    public static Article FromHtml(byte[] html, Uri? url = null) =>
        ArticleExtractor.Default.ExtractHtml(html, PageContext.ForUrl(url));

    /// <summary>Extracts the article from a page already parsed by AngleSharp (the same article as from its bytes).</summary>
    public static Article FromHtml(AngleSharp.Dom.IDocument document, Uri? url = null) =>
        ArticleExtractor.Default.ExtractHtml(document, PageContext.ForUrl(url));

    /// <summary>Extracts the article from a plain-text capture of a page.</summary>
    public static Article FromText(string text, Uri? url = null) =>
        ArticleExtractor.Default.ExtractText(text, PageContext.ForUrl(url));
}
