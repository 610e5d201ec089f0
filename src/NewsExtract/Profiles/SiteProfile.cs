namespace NewsExtract.Profiles;

/// <summary>
/// Rules for one site, applied before classification: which elements hold the article, which are boilerplate.
/// Optional: the general path works without any profile.
/// </summary>
public sealed record SiteProfile
{
    /// <summary>Creates a profile for hosts matching <paramref name="hostPattern"/>.</summary>
    /// <param name="hostPattern">A host name; a leading <c>*.</c> also matches its subdomains.</param>
    public SiteProfile(string hostPattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hostPattern);
        HostPattern = hostPattern.Trim().ToLowerInvariant();
    }

    /// <summary>The host this profile applies to; <c>*.example.com</c> also matches subdomains.</summary>
    public string HostPattern { get; }

    /// <summary>CSS selectors of the element(s) holding the article body; the first that matches wins.</summary>
    /// <remarks>
    /// Selectors may use type, <c>*</c>, <c>#id</c>, <c>.class</c> and attribute selectors, <c>:first-child</c>,
    /// <c>:last-child</c>, the descendant, <c>&gt;</c>, <c>+</c> and <c>~</c> combinators and comma lists. A selector
    /// using anything else is skipped, as is a malformed one: the general path still extracts the page.
    /// </remarks>
    public IReadOnlyList<string> ContentSelectors { get; init; } = [];

    /// <summary>CSS selectors of elements that are never body (dropped before classification); same syntax as <see cref="ContentSelectors"/>.</summary>
    public IReadOnlyList<string> DropSelectors { get; init; } = [];

    /// <summary>True when this profile applies to <paramref name="url"/>.</summary>
    public bool Matches(Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri)
        {
            return false;
        }

        var host = url.Host.ToLowerInvariant();
        if (HostPattern.StartsWith("*.", StringComparison.Ordinal))
        {
            var suffix = HostPattern[1..];
            return host.EndsWith(suffix, StringComparison.Ordinal) || host == HostPattern[2..];
        }

        return host == HostPattern;
    }
}
