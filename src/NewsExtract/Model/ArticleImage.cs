using System.Text.Json.Serialization;

namespace NewsExtract;

/// <summary>An image of the article.</summary>
/// <param name="Url">The image address, absolute when the page URL was given.</param>
/// <param name="Caption">Its caption, where the page shows one.</param>
public sealed record ArticleImage(
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("caption")] string? Caption = null);
