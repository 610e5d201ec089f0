using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace NewsExtract.Fields;

/// <summary>
/// Resolves page links against the page URL; never fetches anything. Only http(s) comes out: a link with any other
/// scheme (<c>javascript:</c>, <c>vbscript:</c>, <c>data:</c>, <c>file:</c>, <c>mailto:</c>…) gives null, after removing
/// the tabs and line breaks a browser removes from a URL (<c>java&#9;script:</c> is <c>javascript:</c>), and a base that
/// is not http(s) is no base. A relative link resolves against an http(s) base; a protocol-relative one
/// (<c>//host/path</c>) without a base becomes <c>https:</c>; another relative link without a base stays as written (it has
/// no scheme, so it resolves to the page's own http(s) address wherever it is shown).
/// </summary>
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

    // Removed from anywhere in a URL, as the URL standard's parser does before reading it.
    private static readonly SearchValues<char> TabOrNewline = SearchValues.Create("\t\n\r");

    public static string? Resolve(string? href, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        href = Clean(href);
        if (href.Length == 0 || href.StartsWith('#'))
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

        if (HasScheme(href, out var http))
        {
            return http && Uri.TryCreate(href, UriKind.Absolute, out var absolute) && IsHttp(absolute) ? absolute.ToString() : null;
        }

        if (IsHttp(baseUrl))
        {
            return Uri.TryCreate(baseUrl, href, out var resolved) && IsHttp(resolved) ? resolved.ToString() : null;
        }

        if (href.StartsWith("//", StringComparison.Ordinal))
        {
            return Uri.TryCreate("https:" + href, UriKind.Absolute, out var secure) && IsHttp(secure) ? secure.ToString() : null;
        }

        return href;
    }

    /// <summary>The link as an absolute http(s) address, or null (another scheme, or relative with no http(s) base).</summary>
    public static Uri? ToUri(string? href, Uri? baseUrl) =>
        Resolve(href, baseUrl) is { } resolved && Uri.TryCreate(resolved, UriKind.Absolute, out var uri) && IsHttp(uri) ? uri : null;

    /// <summary>An absolute http or https address.</summary>
    public static bool IsHttp([NotNullWhen(true)] Uri? url) => url is { IsAbsoluteUri: true, Scheme: "http" or "https" };

    /// <summary>
    /// The URL standard's clean-up before parsing: leading and trailing C0 controls and spaces (and other white space)
    /// removed, tabs and line breaks removed wherever they are.
    /// </summary>
    internal static string Clean(string href)
    {
        var clean = href.Trim().Trim(C0AndSpace);
        return clean.AsSpan().ContainsAny(TabOrNewline) ? string.Concat(clean.Split(['\t', '\n', '\r'])) : clean;
    }

    private static readonly char[] C0AndSpace = [.. Enumerable.Range(0, 0x21).Select(c => (char)c)];

    /// <summary>
    /// True when the link starts with a scheme (a letter, then letters, digits, '+', '-' or '.', then ':'), so that it is
    /// absolute whatever the base; <paramref name="http"/> says whether the scheme is http or https.
    /// </summary>
    internal static bool HasScheme(string href, out bool http)
    {
        http = false;
        var colon = href.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !char.IsAsciiLetter(href[0]))
        {
            return false;
        }

        foreach (var c in href.AsSpan(1, colon - 1))
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        var scheme = href.AsSpan(0, colon);
        http = scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase);
        return true;
    }

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
