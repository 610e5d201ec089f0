using System.Text.Json.Serialization;

namespace NewsExtract;

/// <summary>An item of the page's "related articles" list.</summary>
/// <param name="Title">The linked headline.</param>
/// <param name="Url">Its address, where the page gives one (text captures have none).</param>
public sealed record RelatedLink(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("url")] string? Url = null)
{
    /// <summary>The item's summary, where shown.</summary>
    [JsonPropertyName("summary")]
    public string? Summary { get; init; }

    /// <summary>The item's date as written, where shown (JSON: <c>dateText</c>).</summary>
    [JsonPropertyName("dateText")]
    public string? DateText { get; init; }

    /// <summary>The item's date, parsed, where shown and parseable (JSON: <c>published</c>, ISO 8601 with offset).</summary>
    [JsonPropertyName("published")]
    public DateTimeOffset? Published { get; init; }
}
