using System.Text.Json.Serialization;

namespace NewsExtract;

/// <summary>What the extractor found out about the input and why it chose what it did.</summary>
public sealed record ExtractionDiagnostics
{
    /// <summary>No diagnostics.</summary>
    public static ExtractionDiagnostics Empty { get; } = new();

    /// <summary>Whether the input was read as HTML or as a plain-text capture.</summary>
    [JsonPropertyName("input")]
    public InputKind Input { get; init; }

    /// <summary>The encoding the bytes were decoded with (web name), null for string input.</summary>
    [JsonPropertyName("encoding")]
    public string? Encoding { get; init; }

    /// <summary>Which evidence chose <see cref="Encoding"/>.</summary>
    [JsonPropertyName("encodingEvidence")]
    public EncodingEvidence EncodingEvidence { get; init; }

    /// <summary>How many byte sequences could not be decoded and became U+FFFD.</summary>
    [JsonPropertyName("replacementCharacters")]
    public int ReplacementCharacters { get; init; }

    /// <summary>True when a limit cut the input or the document short; the result covers what was read.</summary>
    [JsonPropertyName("truncated")]
    public bool Truncated { get; init; }

    /// <summary>Notes on each decision, in the order they were made.</summary>
    [JsonPropertyName("notes")]
    public IReadOnlyList<DiagnosticNote> Notes { get; init; } = [];

    /// <summary>Every block of the page with the role it was given; filled only when <see cref="ExtractionOptions.TraceBlocks"/> is set.</summary>
    [JsonPropertyName("blocks")]
    public IReadOnlyList<BlockTrace> Blocks { get; init; } = [];
}

/// <summary>One block of a page as the classifier saw it: for finding out why a line was kept or dropped.</summary>
/// <param name="Index">Position in reading order.</param>
/// <param name="Role">The role given (Body, Title, Credit, Related, Boilerplate…).</param>
/// <param name="Weight">How body-like the block scored (positive: running text).</param>
/// <param name="Text">The block's text.</param>
/// <param name="Hints">The tag, class and id words around it (HTML only).</param>
public sealed record BlockTrace(
    [property: JsonPropertyName("index")] int Index,
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("weight")] double Weight,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("hints")] string Hints)
{
    /// <summary>
    /// What gave the block its role: a classification rule (<c>credit-line</c>, <c>related-heading</c>,
    /// <c>link-list</c>…) or a pass over the page (<c>outside-article</c>, <c>related-list</c>, <c>body-edge</c>…); null for
    /// body that no rule claimed.
    /// </summary>
    [JsonPropertyName("rule")]
    public string? Rule { get; init; }

    /// <summary>True when the block lies in the span located as the article (the <c>content.range</c> note's blocks or lines).</summary>
    [JsonPropertyName("inContent")]
    public bool InContent { get; init; }

    /// <summary>
    /// For HTML, the CSS path of the element holding the block's text, as a site profile's selector would name it: from
    /// the nearest ancestor with an id (or <c>body</c>) down, each step its tag, id, up to three classes and
    /// <c>:nth-of-type(N)</c> where a sibling has the same tag and classes, at most 16 steps (<c>div#main &gt; div.text &gt; p:nth-of-type(3)</c>);
    /// ids and classes that would need escapes are left out. Null for text captures.
    /// </summary>
    [JsonPropertyName("cssPath")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CssPath { get; init; }
}

/// <summary>One decision or problem, with a stable code a program can test.</summary>
/// <param name="Code">A stable identifier such as <c>title.source</c> or <c>limit.nodes</c>.</param>
/// <param name="Message">What happened, for a person.</param>
public sealed record DiagnosticNote(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);

/// <summary>The kind of input an article was read from. JSON: <c>html</c>, <c>text</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InputKind>))]
public enum InputKind
{
    /// <summary>An HTML document.</summary>
    [JsonStringEnumMemberName("html")]
    Html = 0,

    /// <summary>A plain-text capture of a page's visible text.</summary>
    [JsonStringEnumMemberName("text")]
    Text,
}

/// <summary>
/// The evidence an encoding was chosen on, strongest first. JSON: <c>none</c>, <c>byteOrderMark</c>, <c>declared</c>,
/// <c>metaTag</c>, <c>detected</c>, <c>default</c>.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<EncodingEvidence>))]
public enum EncodingEvidence
{
    /// <summary>The input was already text.</summary>
    [JsonStringEnumMemberName("none")]
    None = 0,

    /// <summary>A byte-order mark.</summary>
    [JsonStringEnumMemberName("byteOrderMark")]
    ByteOrderMark,

    /// <summary>The charset the caller passed (from an HTTP header, say).</summary>
    [JsonStringEnumMemberName("declared")]
    Declared,

    /// <summary>A <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> tag that the bytes agree with.</summary>
    [JsonStringEnumMemberName("metaTag")]
    MetaTag,

    /// <summary>Detected from the bytes (no charset, or one the bytes contradict).</summary>
    [JsonStringEnumMemberName("detected")]
    Detected,

    /// <summary>Nothing better was found; UTF-8 was assumed.</summary>
    [JsonStringEnumMemberName("default")]
    Default,
}
