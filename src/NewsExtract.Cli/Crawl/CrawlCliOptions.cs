namespace NewsExtract.Cli.Crawl;

/// <summary>The output formats of <c>newsextract crawl</c>.</summary>
internal enum CrawlFormat
{
    Jsonl,
    Parquet,
}

/// <summary>How progress is shown.</summary>
internal enum ProgressMode
{
    Auto,
    Live,
    Plain,
    None,
}

/// <summary>The parsed <c>newsextract crawl</c> command line (Commands.cs parses it).</summary>
internal sealed record CrawlCliOptions
{
    public IReadOnlyList<string> Inputs { get; init; } = [];
    public IReadOnlyList<string> ListFiles { get; init; } = [];
    public string? OutputDirectory { get; init; }
    public CrawlFormat Format { get; init; } = CrawlFormat.Jsonl;
    public int Parallelism { get; init; } = Environment.ProcessorCount;
    public DateTimeOffset? ReferenceTime { get; init; }
    public bool Quiet { get; init; }
    public ProgressMode Progress { get; init; } = ProgressMode.Auto;
    public long? MaxRecordBytes { get; init; }

    /// <summary>The most records extracted at once.</summary>
    public const int MaxParallelism = 1024;
}
