namespace NewsExtract.Fields;

/// <summary>Resolves page links against the page URL; never fetches anything.</summary>
internal static class UrlResolver
{
    public static string? Resolve(string? href, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        href = href.Trim();
        if (href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || href.StartsWith('#'))
        {
            return null;
        }

        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.ToString();
        }

        if (baseUrl is not null && baseUrl.IsAbsoluteUri && Uri.TryCreate(baseUrl, href, out var resolved))
        {
            return resolved.ToString();
        }

        return href;
    }

    public static Uri? ToUri(string? href, Uri? baseUrl) =>
        Resolve(href, baseUrl) is { } resolved && Uri.TryCreate(resolved, UriKind.Absolute, out var uri) ? uri : null;
}
