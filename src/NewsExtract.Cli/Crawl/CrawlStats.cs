using System.Diagnostics;
using System.Globalization;
using System.Text;
using NewsExtract.Crawl;

namespace NewsExtract.Cli.Crawl;

/// <summary>
/// The run's counters, kept by the thread writing the output, in input order; the progress display reads them from
/// another thread, each atomically. Bytes done are the inputs written whole plus the offset of the last record written
/// in the current one, so rates and the time left follow the output, not the reading ahead of it.
/// </summary>
internal sealed class CrawlStats(int inputs, long totalBytes)
{
    private readonly long[] _byKind = new long[Enum.GetValues<CrawlRecordKind>().Length];
    private readonly long[] _bySkip = new long[Enum.GetValues<CrawlSkipReason>().Length];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _bytesDone;
    private long _bytesCompleted;
    private long _records;
    private long _articles;
    private long _nonArticles;
    private long _errors;
    private int _inputsDone;
    private int _inputsResumed;
    private int _inputsFailed;
    private readonly List<string> _inputErrors = [];

    public int Inputs => inputs;
    public long TotalBytes => totalBytes;
    public long BytesDone => Interlocked.Read(ref _bytesDone);
    public long Records => Interlocked.Read(ref _records);
    public long Errors => Interlocked.Read(ref _errors);
    public int InputsDone => Volatile.Read(ref _inputsDone);
    public int InputsResumed => Volatile.Read(ref _inputsResumed);
    public int InputsFailed => Volatile.Read(ref _inputsFailed);
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>The first 50 inputs that could not be read, with why (shown after a live display, which hides them).</summary>
    public IReadOnlyList<string> InputErrors => _inputErrors;

    public void InputError(string path, string message)
    {
        if (_inputErrors.Count < 50)
        {
            _inputErrors.Add($"{path}: {message}");
        }
    }

    public void Count(CrawlRecordResult result)
    {
        Interlocked.Exchange(ref _bytesDone, _bytesCompleted + result.Offset);
        Interlocked.Increment(ref _records);
        Interlocked.Increment(ref _byKind[(int)result.Kind]);
        switch (result.Status)
        {
            case CrawlRecordStatus.Extracted when result.Article!.IsArticle:
                Interlocked.Increment(ref _articles);
                break;
            case CrawlRecordStatus.Extracted:
                Interlocked.Increment(ref _nonArticles);
                break;
            case CrawlRecordStatus.Skipped:
                Interlocked.Increment(ref _bySkip[(int)result.SkipReason]);
                break;
            default:
                Interlocked.Increment(ref _errors);
                break;
        }
    }

    public void InputDone(bool resumed, bool failed, long size)
    {
        Interlocked.Increment(ref _inputsDone);
        _bytesCompleted += size;
        Interlocked.Exchange(ref _bytesDone, _bytesCompleted);
        if (resumed)
        {
            Interlocked.Increment(ref _inputsResumed);
        }

        if (failed)
        {
            Interlocked.Increment(ref _inputsFailed);
        }
    }

    /// <summary>One line: inputs, records, rates, errors and time left (estimated from the bytes still to read).</summary>
    public string StatusLine()
    {
        var seconds = Math.Max(Elapsed.TotalSeconds, 0.001);
        var read = BytesDone;
        var rate = read / seconds;
        var eta = rate > 0 && TotalBytes > read ? TimeSpan.FromSeconds((TotalBytes - read) / rate) : TimeSpan.Zero;
        return string.Create(CultureInfo.InvariantCulture,
            $"{InputsDone:N0}/{Inputs:N0} inputs · {Records:N0} records ({Records / seconds:N0}/s) · {read / 1e6:N1}/{TotalBytes / 1e6:N1} MB ({rate / 1e6:N1} MB/s) · {Errors:N0} errors · ETA {Format(eta)}");
    }

    /// <summary>The end-of-run summary: records by kind, articles, non-articles, skips by reason, errors, time.</summary>
    public string Summary(bool interrupted)
    {
        var seconds = Math.Max(Elapsed.TotalSeconds, 0.001);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"crawl {(interrupted ? "interrupted" : "done")}: {InputsDone:N0}/{Inputs:N0} inputs");
        if (InputsResumed > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" ({InputsResumed:N0} complete from an earlier run)");
        }

        if (InputsFailed > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $", {InputsFailed:N0} unreadable");
        }

        text.Append(CultureInfo.InvariantCulture, $", {Records:N0} records in {Format(Elapsed)} ({Records / seconds:N0}/s, {BytesDone / 1e6 / seconds:N1} MB/s)\n");
        var kinds = Enum.GetValues<CrawlRecordKind>().Where(k => _byKind[(int)k] > 0).Select(k => $"{k.ToString().ToLowerInvariant()} {_byKind[(int)k]:N0}");
        text.Append(CultureInfo.InvariantCulture, $"  records:  {string.Join(" · ", kinds.DefaultIfEmpty("none"))}\n");
        var skips = Enum.GetValues<CrawlSkipReason>().Where(r => r != CrawlSkipReason.None && _bySkip[(int)r] > 0).Select(r => $"{Describe(r)} {_bySkip[(int)r]:N0}");
        text.Append(CultureInfo.InvariantCulture, $"  articles {Interlocked.Read(ref _articles):N0} · non-articles {Interlocked.Read(ref _nonArticles):N0} · errors {Errors:N0} · skipped {_bySkip.Sum():N0}");
        if (skips.Any())
        {
            text.Append(CultureInfo.InvariantCulture, $" ({string.Join(" · ", skips)})");
        }

        return text.ToString();
    }

    private static string Describe(CrawlSkipReason reason) => reason switch
    {
        CrawlSkipReason.RecordType => "record type",
        CrawlSkipReason.HttpStatus => "HTTP status",
        CrawlSkipReason.ContentType => "not HTML",
        CrawlSkipReason.EmptyPayload => "empty",
        _ => reason.ToString(),
    };

    private static string Format(TimeSpan time) =>
        time.TotalHours >= 1 ? time.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : time.ToString(@"m\:ss", CultureInfo.InvariantCulture);
}
