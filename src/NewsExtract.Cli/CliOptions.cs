namespace NewsExtract.Cli;

/// <summary>The output formats of the command.</summary>
internal enum OutputFormat
{
    Json,
    Jsonl,
    Text,
    Markdown,
}

/// <summary>How to read the inputs.</summary>
internal enum InputMode
{
    Auto,
    Html,
    Text,
}

/// <summary>The page command's parsed command line (Commands.cs parses it).</summary>
internal sealed record CliOptions
{
    /// <summary>Files, folders and '-' as given.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>Lists of paths (--from-file), '-' for standard input.</summary>
    public IReadOnlyList<string> ListFiles { get; init; } = [];

    public OutputFormat Format { get; init; } = OutputFormat.Json;
    public InputMode Input { get; init; } = InputMode.Auto;
    public Uri? Url { get; init; }
    public DateTimeOffset? ReferenceTime { get; init; }
    public string? Charset { get; init; }
    public int Parallelism { get; init; } = Math.Min(Environment.ProcessorCount, MaxParallelism);
    public long? MaxInputBytes { get; init; }
    public bool Explain { get; init; }

    /// <summary>The most pages extracted at once: each is a thread holding up to a page's worth of memory.</summary>
    public const int MaxParallelism = 256;
}
