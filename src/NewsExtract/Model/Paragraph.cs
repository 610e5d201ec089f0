using System.Text.Json.Serialization;

namespace NewsExtract;

/// <summary>One paragraph of the article body.</summary>
/// <param name="Text">The paragraph's text, trimmed, never empty.</param>
/// <param name="Kind">What part of the article it is.</param>
public sealed record Paragraph(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("kind")] ParagraphKind Kind = ParagraphKind.Text);

/// <summary>The part a paragraph plays in the body. JSON: <c>text</c>, <c>lead</c>, <c>heading</c>, <c>quote</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ParagraphKind>))]
public enum ParagraphKind
{
    /// <summary>Running text.</summary>
    [JsonStringEnumMemberName("text")]
    Text = 0,

    /// <summary>The lead: a Chinese dateline lead or a Vietnamese sapo.</summary>
    [JsonStringEnumMemberName("lead")]
    Lead,

    /// <summary>An in-article subheading.</summary>
    [JsonStringEnumMemberName("heading")]
    Heading,

    /// <summary>A quoted block.</summary>
    [JsonStringEnumMemberName("quote")]
    Quote,
}
