using System.Buffers;

namespace NewsExtract.Fields;

/// <summary>Resolves page links against the page URL; never fetches anything.</summary>
internal static class UrlResolver
{
    // Characters that System.Uri leaves as they are in a path or query (unreserved, and the / ? = &amp; it keeps):
    // a link made only of these needs no escaping, unescaping or case change.
    private static readonly SearchValues<char> PlainChars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/?=&");

    private static readonly SearchValues<char> HostChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-.");

    // The base URL last resolved against on this thread, and what Uri gives for its root ("http://host"), so that
    // the links of one page (one base) ask Uri once.
    [ThreadStatic]
    private static Uri? t_base;

    [ThreadStatic]
    private static string? t_root;

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

        // A page has hundreds of links and a Uri costs about 1.8 KB of garbage each. Links in their canonical form
        // already (the usual http://host/path and /path) come out of Uri unchanged, so they skip it: the two checks
        // below accept only strings Uri would not change.
        if (IsCanonicalHttp(href))
        {
            return href;
        }

        if (IsPlainRootPath(href) && RootOf(baseUrl) is { } root)
        {
            return string.Concat(root, href);
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

    /// <summary>
    /// <c>http://</c> or <c>https://</c>, a lower-case DNS name (labels of a-z 0-9 -, the last starting with a letter, so
    /// never an IP address; no punycode), no port or user, then a plain path (<see cref="IsPlainPath"/>).
    /// </summary>
    internal static bool IsCanonicalHttp(string href)
    {
        var rest = href.StartsWith("http://", StringComparison.Ordinal) ? href.AsSpan(7)
            : href.StartsWith("https://", StringComparison.Ordinal) ? href.AsSpan(8)
            : default;
        var slash = rest.IndexOf('/');
        if (slash <= 0)
        {
            return false;
        }

        var host = rest[..slash];
        if (href.Length > 2048 || host.Length > 253 || host.ContainsAnyExcept(HostChars))
        {
            return false;
        }

        foreach (var range in host.Split('.'))
        {
            var label = host[range];
            if (label.Length is 0 or > 63 || !char.IsAsciiLetterOrDigit(label[0]) || !char.IsAsciiLetterOrDigit(label[^1])
                || label.StartsWith("xn--", StringComparison.Ordinal))
            {
                return false;
            }
        }

        var lastLabel = host[(host.LastIndexOf('.') + 1)..];
        return char.IsAsciiLetterLower(lastLabel[0]) && IsPlainPath(rest[slash..]);
    }

    /// <summary>A path from the root (<c>/a/b.htm</c>, not <c>//host</c>) that <see cref="IsPlainPath"/> accepts.</summary>
    internal static bool IsPlainRootPath(string href) => href.Length <= 2048 && IsPlainPath(href);

    /// <summary>
    /// A path starting with '/' of plain characters only: no '%' or other character Uri would escape or unescape, no
    /// dot segment or anything like one ("/."), no empty segment ("//"), at most one '?' and nothing after a query's
    /// characters that Uri treats specially.
    /// </summary>
    private static bool IsPlainPath(ReadOnlySpan<char> path) =>
        path.Length > 0 && path[0] == '/' && !path.ContainsAnyExcept(PlainChars)
        && !path.Contains("/.", StringComparison.Ordinal) && !path.Contains("//", StringComparison.Ordinal) && path.Count('?') <= 1;

    /// <summary>What Uri gives for the root of an http(s) base ("http://host", no '/'), or null when no fast path applies.</summary>
    private static string? RootOf(Uri? baseUrl)
    {
        if (baseUrl is null || !baseUrl.IsAbsoluteUri || baseUrl.Scheme is not ("http" or "https"))
        {
            return null;
        }

        if (!ReferenceEquals(t_base, baseUrl))
        {
            var root = Uri.TryCreate(baseUrl, "/", out var rootUri) ? rootUri.ToString() : null;
            t_root = root is [.., '/'] ? root[..^1] : null;
            t_base = baseUrl;
        }

        return t_root;
    }
}
