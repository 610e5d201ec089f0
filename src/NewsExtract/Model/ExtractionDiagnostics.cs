namespace NewsExtract;

/// <summary>What the extractor found out about the input and why it chose what it did.</summary>
public sealed record ExtractionDiagnostics
{
    /// <summary>No diagnostics.</summary>
    public static ExtractionDiagnostics Empty { get; } = new();

    /// <summary>Whether the input was read as HTML or as a plain-text capture.</summary>
    public InputKind Input { get; init; }

    /// <summary>The encoding the bytes were decoded with (web name), null for string input.</summary>
    public string? Encoding { get; init; }

    /// <summary>Which evidence chose <see cref="Encoding"/>.</summary>
    public EncodingEvidence EncodingEvidence { get; init; }

    /// <summary>How many byte sequences could not be decoded and became U+FFFD.</summary>
    public int ReplacementCharacters { get; init; }

    /// <summary>True when a limit cut the input or the document short; the result covers what was read.</summary>
    public bool Truncated { get; init; }

    /// <summary>Notes on each decision, in the order they were made.</summary>
    public IReadOnlyList<DiagnosticNote> Notes { get; init; } = [];
}

/// <summary>One decision or problem, with a stable code a program can test.</summary>
/// <param name="Code">A stable identifier such as <c>title.source</c> or <c>limit.nodes</c>.</param>
/// <param name="Message">What happened, for a person.</param>
public sealed record DiagnosticNote(string Code, string Message);

/// <summary>The kind of input an article was read from.</summary>
public enum InputKind
{
    /// <summary>An HTML document.</summary>
    Html = 0,

    /// <summary>A plain-text capture of a page's visible text.</summary>
    Text,
}

/// <summary>The evidence an encoding was chosen on, strongest first.</summary>
public enum EncodingEvidence
{
    /// <summary>The input was already text.</summary>
    None = 0,

    /// <summary>A byte-order mark.</summary>
    ByteOrderMark,

    /// <summary>The charset the caller passed (from an HTTP header, say).</summary>
    Declared,

    /// <summary>A <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> tag that the bytes agree with.</summary>
    MetaTag,

    /// <summary>Detected from the bytes (no charset, or one the bytes contradict).</summary>
    Detected,

    /// <summary>Nothing better was found; UTF-8 was assumed.</summary>
    Default,
}
