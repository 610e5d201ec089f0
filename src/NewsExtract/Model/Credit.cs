using System.Text.Json.Serialization;

namespace NewsExtract;

/// <summary>An editorial credit: a named person and the role the page gives them.</summary>
/// <param name="Role">The role as written (<c>责任编辑</c>, <c>编辑</c>, <c>审校</c>, <c>Biên tập</c>).</param>
/// <param name="Name">The person, with staff codes removed.</param>
public sealed record Credit(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("name")] string Name);
