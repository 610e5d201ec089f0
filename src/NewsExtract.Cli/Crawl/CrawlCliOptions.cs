using System.Globalization;

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

/// <summary>The parsed <c>newsextract crawl</c> command line.</summary>
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
    public bool ShowHelp { get; init; }

    public const string Usage = """
        usage: newsextract crawl INPUT... [options]
          INPUT                a WARC (.warc, .warc.gz, .warc.wet.gz), an ARC, an HTML page or text capture, or a folder
                               (read recursively); kinds are told apart by content, and may be mixed
          --from-file LIST     also read the inputs listed in LIST, one path a line ('-' reads the list from standard input)
          -o, --output DIR     one output file per input in DIR (written under a temporary name, renamed when complete);
                               a rerun with the same DIR skips the inputs whose output is complete. Default: standard output
          --format FORMAT      jsonl (default) | parquet (needs -o)
          --parallel N         records extracted at once (default: the number of cores); output order is the input order
          --reference-date D   resolve dates of records without a WARC-Date (page files) against D (YYYY-MM-DD or ISO)
          --max-record-bytes N records (and decoded bodies) larger than N bytes are reported, not read (default 64 MiB)
          --progress MODE      auto (default: live on a terminal, log lines otherwise) | live | plain | none
          -q, --quiet          no progress and no summary
          -h, --help           this text
        Each output line (row) carries file, record (the WARC-Record-ID), url, warcDate, then the article's fields as
        `newsextract --format jsonl` writes them, or error. Requests, metadata, revisits, non-200 and non-HTML responses
        are counted in the summary, not written. Exit code: 0 done, 1 some input could not be read, 2 usage, 130 interrupted.
        """;

    /// <summary>Parses arguments; throws <see cref="FormatException"/> with a message for the user on bad input.</summary>
    public static CrawlCliOptions Parse(IReadOnlyList<string> args)
    {
        var options = new CrawlCliOptions();
        var inputs = new List<string>();
        var lists = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{arg} needs a value.");
            switch (arg)
            {
                case "-h" or "--help":
                    options = options with { ShowHelp = true };
                    break;
                case "-q" or "--quiet":
                    options = options with { Quiet = true };
                    break;
                case "--from-file":
                    lists.Add(Value());
                    break;
                case "-o" or "--output":
                    options = options with { OutputDirectory = Value() };
                    break;
                case "--format":
                    options = options with
                    {
                        Format = Enum.TryParse<CrawlFormat>(Value(), ignoreCase: true, out var f) && Enum.IsDefined(f) ? f : throw new FormatException("--format takes jsonl or parquet."),
                    };
                    break;
                case "--progress":
                    options = options with
                    {
                        Progress = Enum.TryParse<ProgressMode>(Value(), ignoreCase: true, out var p) && Enum.IsDefined(p) ? p : throw new FormatException("--progress takes auto, live, plain or none."),
                    };
                    break;
                case "--parallel":
                    options = options with
                    {
                        Parallelism = int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 1024
                            ? n
                            : throw new FormatException("--parallel takes a number from 1 to 1024."),
                    };
                    break;
                case "--max-record-bytes":
                    options = options with
                    {
                        MaxRecordBytes = long.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m > 0
                            ? m
                            : throw new FormatException("--max-record-bytes takes a positive number."),
                    };
                    break;
                case "--reference-date":
                    options = options with { ReferenceTime = ParseReference(Value()) };
                    break;
                default:
                    if (arg.StartsWith('-') && arg != "-")
                    {
                        throw new FormatException($"Unknown option {arg}.");
                    }

                    if (arg == "-")
                    {
                        throw new FormatException("crawl reads files, not standard input; '--from-file -' reads a list of paths from it.");
                    }

                    inputs.Add(arg);
                    break;
            }
        }

        if (options.Format == CrawlFormat.Parquet && options.OutputDirectory is null)
        {
            throw new FormatException("--format parquet writes one file per input: give -o DIR.");
        }

        return options with { Inputs = inputs, ListFiles = lists };
    }

    // A bare date means noon UTC of that day, as for the page command.
    private static DateTimeOffset ParseReference(string value)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? moment
            : throw new FormatException("--reference-date takes YYYY-MM-DD or an ISO 8601 date-time.");
    }
}
