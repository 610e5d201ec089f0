namespace NewsExtract.Cli.Crawl;

/// <summary>Where a run's records go, input by input, in input order.</summary>
internal interface ICrawlSink : IDisposable
{
    /// <summary>The first record of an input is coming.</summary>
    void Begin(CrawlInput input);

    void Write(CrawlOutputRecord record);

    /// <summary>The input's records are all written: make its output complete.</summary>
    void End(CrawlInput input);

    /// <summary>The run stops with <paramref name="input"/> unfinished: its output must not look complete.</summary>
    void Abandon(CrawlInput input);
}

/// <summary>JSON Lines to standard output.</summary>
internal sealed class StreamSink(Stream output) : ICrawlSink
{
    public void Begin(CrawlInput input) { }

    public void Write(CrawlOutputRecord record) => output.Write(record.Json);

    public void End(CrawlInput input) => output.Flush();

    public void Abandon(CrawlInput input) => output.Flush();

    public void Dispose() => output.Flush();
}

/// <summary>
/// One output file per input in a folder: written as <c>NAME.partial</c>, flushed to disk and renamed to its final name
/// when the input's last record is in, so a complete name always means a complete output (a rerun skips it) and an
/// interrupted run leaves at most the partial files of the inputs in flight, which the next run writes again.
/// </summary>
internal sealed class DirectorySink(CrawlFormat format) : ICrawlSink
{
    private FileStream? _file;
    private CrawlParquetWriter? _parquet;
    private string? _partial;

    public void Begin(CrawlInput input)
    {
        _partial = input.OutputPath! + ".partial";
        _file = new FileStream(_partial, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        _parquet = format == CrawlFormat.Parquet ? new CrawlParquetWriter(_file) : null;
    }

    public void Write(CrawlOutputRecord record)
    {
        if (_parquet is not null)
        {
            _parquet.Add(record.Row!);
        }
        else
        {
            _file!.Write(record.Json);
        }
    }

    public void End(CrawlInput input)
    {
        _parquet?.Complete();
        _file!.Flush(flushToDisk: true);
        _file.Dispose();
        _file = null;
        _parquet = null;
        File.Move(_partial!, input.OutputPath!, overwrite: true);
        _partial = null;
    }

    public void Abandon(CrawlInput input)
    {
        _file?.Dispose();
        _file = null;
        if (_partial is not null)
        {
            File.Delete(_partial);
            _partial = null;
        }
    }

    public void Dispose() => _file?.Dispose();
}
