namespace NewsExtract;

/// <summary>An item of the page's "related articles" list.</summary>
/// <param name="Title">The linked headline.</param>
/// <param name="Url">Its address, where the page gives one (text captures have none).</param>
public sealed record RelatedLink(string Title, string? Url = null)
{
    /// <summary>The item's summary, where shown.</summary>
    public string? Summary { get; init; }

    /// <summary>The item's date as written, where shown.</summary>
    public string? DateText { get; init; }

    /// <summary>The item's date, parsed, where shown and parseable.</summary>
    public DateTimeOffset? Published { get; init; }
}
