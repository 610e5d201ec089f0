namespace NewsExtract;

/// <summary>What the caller knows about one page besides its content. All optional.</summary>
public sealed record PageContext
{
    /// <summary>No context.</summary>
    public static PageContext None { get; } = new();

    /// <summary>The page's address: resolves relative links and selects site profiles.</summary>
    public Uri? Url { get; init; }

    /// <summary>The charset the transport declared (the HTTP <c>Content-Type</c> header), if any.</summary>
    public string? Charset { get; init; }

    /// <summary>
    /// The moment relative and year-less dates resolve against for this page (the fetch time of a crawl record);
    /// overrides <see cref="ExtractionOptions.ReferenceTime"/>. Outside 1990–2100 (<c>default</c> included) it counts as none.
    /// </summary>
    public DateTimeOffset? ReferenceTime { get; init; }

    /// <summary>A context carrying only a URL.</summary>
    public static PageContext ForUrl(Uri? url) => url is null ? None : new() { Url = url };
}
