using NewsExtract.Html;

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
    /// Selectors may use type, <c>*</c>, <c>#id</c>, <c>.class</c> and attribute selectors, <c>:first-child</c>, <c>:nth-of-type(N)</c>,
    /// <c>:last-child</c>, the descendant, <c>&gt;</c>, <c>+</c> and <c>~</c> combinators and comma lists. Each is parsed
    /// when the profile is built: a selector using anything else, or a malformed one, is an <see cref="ArgumentException"/>
    /// naming the selector and the position where it goes wrong.
    /// </remarks>
    /// <exception cref="ArgumentException">A selector is malformed or uses what is not supported.</exception>
    public IReadOnlyList<string> ContentSelectors
    {
        get => _contentSelectors;
        init => (_contentSelectors, Content) = Parse(value, nameof(ContentSelectors));
    }

    /// <summary>CSS selectors of elements that are never body (dropped before classification); same syntax as <see cref="ContentSelectors"/>.</summary>
    /// <exception cref="ArgumentException">A selector is malformed or uses what is not supported.</exception>
    public IReadOnlyList<string> DropSelectors
    {
        get => _dropSelectors;
        init => (_dropSelectors, Drop) = Parse(value, nameof(DropSelectors));
    }

    private readonly IReadOnlyList<string> _contentSelectors = [];
    private readonly IReadOnlyList<string> _dropSelectors = [];

    /// <summary><see cref="ContentSelectors"/>, parsed.</summary>
    internal IReadOnlyList<HtmlSelector> Content { get; private init; } = [];

    /// <summary><see cref="DropSelectors"/>, parsed.</summary>
    internal IReadOnlyList<HtmlSelector> Drop { get; private init; } = [];

    // The selectors as given (copied: a caller's list changed later does not change the profile) and parsed.
    private static (IReadOnlyList<string>, IReadOnlyList<HtmlSelector>) Parse(IReadOnlyList<string> selectors, string list)
    {
        ArgumentNullException.ThrowIfNull(selectors, list);
        string[] copy = [.. selectors];
        var parsed = new HtmlSelector[copy.Length];
        for (var i = 0; i < copy.Length; i++)
        {
            try
            {
                parsed[i] = HtmlSelector.Parse(copy[i] ?? throw new ArgumentException($"{list}[{i}] is null.", list));
            }
            catch (FormatException e)
            {
                throw new ArgumentException($"{list}[{i}]: {e.Message}", list, e);
            }
        }

        return (copy, parsed);
    }

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
