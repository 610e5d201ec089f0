namespace NewsExtract;

/// <summary>
/// Bounds that keep extraction safe on hostile input. Past a limit the extractor either throws
/// <see cref="ExtractionLimitException"/> (input size) or stops reading and flags the result as truncated.
/// </summary>
public sealed record ExtractionLimits
{
    /// <summary>The defaults: 64 MiB of input, 2,000,000 DOM nodes, 512 levels of nesting considered.</summary>
    public static ExtractionLimits Default { get; } = new();

    /// <summary>Input larger than this is refused with <see cref="ExtractionLimitException"/>.</summary>
    /// <remarks>
    /// It also bounds memory: a stream is never read past this + 1 bytes, and an extraction peaks at about ten times
    /// its input's size (a 58 MB page: about 500 MB), so the default keeps one extraction under about 700 MB.
    /// </remarks>
    public long MaxInputBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// Nodes (elements and text) past this count are not made: the parser stops building the page there, and the result
    /// is flagged truncated. Whatever this allows, a page gets at most 65,536 nodes plus one per 16 characters, which
    /// keeps the parsed tree within about five times the page (pages have 20 or more characters per node).
    /// </summary>
    public int MaxNodes { get; init; } = 2_000_000;

    /// <summary>Elements nested deeper than this are read as text of their ancestor at this depth.</summary>
    public int MaxDepth { get; init; } = 512;
}

/// <summary>Thrown when input exceeds a hard limit of <see cref="ExtractionLimits"/>.</summary>
public sealed class ExtractionLimitException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ExtractionLimitException() { }

    /// <summary>Creates the exception with a message.</summary>
    public ExtractionLimitException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public ExtractionLimitException(string message, Exception innerException) : base(message, innerException) { }
}
