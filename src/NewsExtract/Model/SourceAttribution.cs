using System.Text.Json.Serialization;

namespace NewsExtract;

/// <summary>Where the content came from: a news agency or outlet named by the page.</summary>
/// <param name="Name">The source's name as the page writes it (NLĐO, 朝中社); aliases of one agency are reported once.</param>
/// <param name="Text">The phrase as written on the page (<c>据新华社报道</c>, <c>(Dân trí) -</c>).</param>
public sealed record SourceAttribution(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("text")] string Text);
