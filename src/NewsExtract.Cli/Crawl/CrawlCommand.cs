using System.Runtime.InteropServices;
using System.Text;
using NewsExtract.Crawl;

namespace NewsExtract.Cli.Crawl;

/// <summary>What the reading thread hands to the workers: a record, a page file, an input that cannot be read, or an input's end.</summary>
internal sealed record CrawlWorkItem(CrawlInput Input, CrawlRecord? Record = null, byte[]? Page = null, string? Error = null, bool IsEnd = false, bool InputFailed = false)
{
    public long Weight => Record?.Payload.Length ?? Page?.Length ?? 0;
}

/// <summary>What the workers hand to the writer, in input order.</summary>
internal sealed record CrawlOutputRecord(CrawlInput Input, CrawlRecordResult? Result = null, byte[]? Json = null, CrawlParquetRow? Row = null, bool IsEnd = false, bool InputFailed = false)
{
    public bool Written => Json is not null || Row is not null;
}

/// <summary>
/// <c>newsextract crawl</c>: WARC, WET and ARC files, page files, folders and file lists in; JSON Lines or Parquet out, one
/// file per input with -o; all cores, output in input order, memory bounded; progress, resume and a summary.
/// </summary>
internal static class CrawlCommand
{
    /// <summary>Records (or pages) between the reader and the writer, per worker, and their payload bytes in all.</summary>
    private const int ItemsPerWorker = 16;
    private const long MaxBytesInFlight = 96L * 1024 * 1024;

    public static int Run(CrawlCliOptions options, TextReader standardInput, TextWriter output, TextWriter error, Stream? rawOutput, bool errorIsTerminal)
    {
        if (options.Inputs.Count == 0 && options.ListFiles.Count == 0)
        {
            error.WriteLine(Commands.CrawlUsage);
            return 2;
        }

        List<CrawlInput> inputs;
        try
        {
            if (options.OutputDirectory is { } dir)
            {
                Directory.CreateDirectory(dir);
            }

            inputs = CrawlInputs.Expand(options, standardInput);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"newsextract crawl: {e.Message}");
            return 2;
        }

        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            // The first Ctrl-C stops the run cleanly (complete outputs kept, the one in flight removed); a second one kills.
            if (!stop.IsCancellationRequested)
            {
                e.Cancel = true;
                stop.Cancel();
            }
        };
        Console.CancelKeyPress += onCancel;
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        try
        {
            return Crawl(options, inputs, output, error, rawOutput, errorIsTerminal, stop.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>The run itself, past parsing and signal handling: also what a distributed worker runs on one shard (Distributed/).</summary>
    internal static int Crawl(CrawlCliOptions options, List<CrawlInput> inputs, TextWriter output, TextWriter error, Stream? rawOutput, bool errorIsTerminal, CancellationToken cancellationToken)
    {
        var extractor = new ArticleExtractor(ExtractionOptions.Default with { ReferenceTime = options.ReferenceTime });
        var crawl = new CrawlExtractor(extractor, new CrawlOptions { MaxRecordBytes = options.MaxRecordBytes });
        var maxBytes = options.MaxRecordBytes ?? extractor.Options.Limits.MaxInputBytes;
        var stats = new CrawlStats(inputs.Count, inputs.Sum(i => i.Size));
        var mode = options.Quiet ? ProgressMode.None
            : options.Progress != ProgressMode.Auto ? options.Progress
            : errorIsTerminal ? ProgressMode.Live : ProgressMode.Plain;

        using ICrawlSink sink = options.OutputDirectory is not null ? new DirectorySink(options.Format)
            : rawOutput is not null ? new StreamSink(new BufferedStream(rawOutput, 1 << 16))
            : new TextWriterSink(output);
        var interrupted = CrawlProgress.Run(mode, stats, error, () =>
        {
            var items = Produce(inputs, maxBytes, cancellationToken);
            var results = StreamingOrderedParallel.Run(items, i => i.Weight, options.Parallelism, options.Parallelism * ItemsPerWorker,
                MaxBytesInFlight, item => Process(crawl, options.Format, item, cancellationToken), cancellationToken);
            return Write(results, sink, stats, error, mode, cancellationToken);
        });

        if (mode == ProgressMode.Live)
        {
            foreach (var line in stats.InputErrors)
            {
                error.WriteLine($"newsextract crawl: {line}");
            }
        }

        if (!options.Quiet)
        {
            error.WriteLine(stats.Summary(interrupted));
        }

        return interrupted ? 130 : stats.InputsFailed > 0 ? 1 : 0;
    }

    /// <summary>The writer's side: records in input order to the sink, each input's output completed at its end.</summary>
    private static bool Write(IEnumerable<CrawlOutputRecord> results, ICrawlSink sink, CrawlStats stats, TextWriter error, ProgressMode mode, CancellationToken cancellationToken)
    {
        CrawlInput? open = null;
        try
        {
            foreach (var record in results)
            {
                if (record.IsEnd)
                {
                    if (record.Input.AlreadyDone)
                    {
                        stats.InputDone(resumed: true, failed: false, record.Input.Size);
                        continue;
                    }

                    if (record.InputFailed)
                    {
                        // No complete output for an input that could not be read: a rerun tries it again.
                        if (open is not null)
                        {
                            sink.Abandon(open);
                        }
                    }
                    else
                    {
                        if (open != record.Input)
                        {
                            sink.Begin(record.Input);
                        }

                        sink.End(record.Input);
                    }

                    open = null;
                    stats.InputDone(resumed: false, record.InputFailed, record.Input.Size);
                    continue;
                }

                stats.Count(record.Result!);
                if (record.InputFailed)
                {
                    stats.InputError(record.Input.Path, record.Result!.Error!);
                    if (mode != ProgressMode.Live)
                    {
                        lock (error)
                        {
                            error.WriteLine($"newsextract crawl: {record.Input.Path}: {record.Result!.Error}");
                        }
                    }
                }

                if (record.Written)
                {
                    if (open != record.Input)
                    {
                        sink.Begin(record.Input);
                        open = record.Input;
                    }

                    sink.Write(record);
                }
            }
        }
        finally
        {
            if (open is not null && cancellationToken.IsCancellationRequested)
            {
                sink.Abandon(open);
            }
        }

        return cancellationToken.IsCancellationRequested;
    }

    /// <summary>A worker's side: extract (or pass on) one item and render it for the output.</summary>
    private static CrawlOutputRecord Process(CrawlExtractor crawl, CrawlFormat format, CrawlWorkItem item, CancellationToken cancellationToken)
    {
        if (item.IsEnd)
        {
            return new CrawlOutputRecord(item.Input, IsEnd: true, InputFailed: item.InputFailed);
        }

        CrawlRecordResult result;
        if (item.Record is { } record)
        {
            result = crawl.Extract(record, item.Input.Path, cancellationToken);
        }
        else if (item.Page is { } page)
        {
            result = new CrawlRecordResult { File = item.Input.Path, Kind = CrawlRecordKind.Page };
            try
            {
                result = result with { Article = crawl.Extractor.Extract(page, PageContext.None, cancellationToken) };
            }
            catch (ExtractionLimitException e)
            {
                result = result with { Error = e.Message };
            }
        }
        else
        {
            result = new CrawlRecordResult { File = item.Input.Path, Kind = CrawlRecordKind.Other, Error = item.Error };
        }

        if (result.Status == CrawlRecordStatus.Skipped)
        {
            return new CrawlOutputRecord(item.Input, result);
        }

        return format == CrawlFormat.Parquet
            ? new CrawlOutputRecord(item.Input, result, Row: CrawlParquetRow.From(result), InputFailed: item.Error is not null)
            : new CrawlOutputRecord(item.Input, result, Json: CrawlJson.Render(result), InputFailed: item.Error is not null);
    }

    /// <summary>The reading thread: every input in order, record by record, each closed by an end marker.</summary>
    private static IEnumerable<CrawlWorkItem> Produce(List<CrawlInput> inputs, long maxBytes, CancellationToken cancellationToken)
    {
        foreach (var input in inputs)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                yield break;
            }

            if (input.AlreadyDone)
            {
                yield return new CrawlWorkItem(input, IsEnd: true);
                continue;
            }

            var failed = false;
            foreach (var item in ReadInput(input, maxBytes, cancellationToken))
            {
                failed |= item.Error is not null;
                yield return item;
            }

            if (cancellationToken.IsCancellationRequested)
            {
                yield break;
            }

            yield return new CrawlWorkItem(input, IsEnd: true, InputFailed: failed);
        }
    }

    private static IEnumerable<CrawlWorkItem> ReadInput(CrawlInput input, long maxBytes, CancellationToken cancellationToken)
    {
        if (input.Problem is not null)
        {
            yield return new CrawlWorkItem(input, Error: input.Problem);
            yield break;
        }

        FileStream file;
        var head = new byte[16];
        int got;
        try
        {
            file = new FileStream(input.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            got = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            file.Position = 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            file = null!;
            got = -1;
            head = Encoding.UTF8.GetBytes(e.Message);
        }

        if (got < 0)
        {
            yield return new CrawlWorkItem(input, Error: Encoding.UTF8.GetString(head));
            yield break;
        }

        using (file)
        {
            if (IsArchive(head.AsSpan(0, got)))
            {
                var records = CrawlReader.ReadAsync(file, new CrawlOptions { MaxRecordBytes = maxBytes }, cancellationToken).GetAsyncEnumerator(cancellationToken);
                try
                {
                    while (true)
                    {
                        string? problem = null;
                        bool more;
                        try
                        {
                            more = records.MoveNextAsync().AsTask().GetAwaiter().GetResult();
                        }
#pragma warning disable CA1031 // A failure reading one input (a disk error, a defect) is that input's error, not the run's end.
                        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
                        {
                            more = false;
                            problem = $"reading stopped at byte {file.Position:N0}: {e.Message}";
                        }

                        if (problem is not null)
                        {
                            yield return new CrawlWorkItem(input, Error: problem);
                        }

                        if (!more)
                        {
                            break;
                        }

                        yield return new CrawlWorkItem(input, Record: records.Current);
                    }
                }
                finally
                {
                    records.DisposeAsync().AsTask().GetAwaiter().GetResult();
                }
            }
            else
            {
                string? problem = null;
                byte[]? page = null;
                try
                {
                    page = input.Size > maxBytes ? null : ReadAll(file, maxBytes);
                    problem = page is null ? $"the page exceeds the limit of {maxBytes:N0} bytes" : null;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    problem = e.Message;
                }

                yield return problem is null ? new CrawlWorkItem(input, Page: page) : new CrawlWorkItem(input, Error: problem);
            }
        }
    }

    /// <summary>gzip (a .warc.gz, .arc.gz, .wet.gz), WARC/ or filedesc:// at the start: an archive; anything else is a page.</summary>
    internal static bool IsArchive(ReadOnlySpan<byte> head) =>
        (head.Length >= 2 && head[0] == 0x1f && head[1] == 0x8b) || head.StartsWith("WARC/"u8) || head.StartsWith("filedesc://"u8);

    private static byte[]? ReadAll(Stream stream, long maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>JSON Lines to a text writer (standard output when it is not a console stream, and tests).</summary>
    private sealed class TextWriterSink(TextWriter output) : ICrawlSink
    {
        public void Begin(CrawlInput input) { }

        public void Write(CrawlOutputRecord record) => output.Write(Encoding.UTF8.GetString(record.Json!));

        public void End(CrawlInput input) => output.Flush();

        public void Abandon(CrawlInput input) => output.Flush();

        public void Dispose() => output.Flush();
    }
}
