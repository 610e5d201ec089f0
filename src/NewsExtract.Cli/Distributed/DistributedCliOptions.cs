using System.Globalization;
using NewsExtract.Cli.Crawl;

namespace NewsExtract.Cli.Distributed;

/// <summary>
/// The command lines of <c>newsextract submit</c>, <c>worker</c> and <c>status</c>. Each parser is self-contained (a list of
/// arguments in, an options record or a <see cref="FormatException"/> for the user out), so the commands can be hosted by
/// any command-line front end.
/// </summary>
internal static class DistributedCliOptions
{
    /// <summary>The broker URL when <c>--broker</c> is not given.</summary>
    public const string BrokerVariable = "NEWSEXTRACT_BROKER";

    /// <summary>Reads the arguments one by one; <paramref name="handle"/> returns false for an argument it does not know.</summary>
    internal static void Walk(IReadOnlyList<string> args, Func<string, Func<string>, bool> handle)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{arg} needs a value.");
            if (!handle(arg, Value))
            {
                throw new FormatException(arg.StartsWith('-') && arg != "-" ? $"Unknown option {arg}." : $"Unexpected argument {arg}.");
            }
        }
    }

    /// <summary>An amqp:// or amqps:// URL with a host.</summary>
    public static Uri ParseBroker(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps") || uri.Host.Length == 0)
        {
            throw new FormatException("--broker takes an amqp:// or amqps:// URL (amqp://user:password@host:5672/vhost).");
        }

        return uri;
    }

    public static Uri ResolveBroker(Uri? given, Func<string, string?> environment)
    {
        if (given is not null)
        {
            return given;
        }

        var fromEnvironment = environment(BrokerVariable);
        return string.IsNullOrEmpty(fromEnvironment)
            ? throw new FormatException($"give the broker with --broker amqp://… (or in {BrokerVariable}).")
            : ParseBroker(fromEnvironment);
    }

    public static int ParseCount(string option, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new FormatException($"{option} takes a number from {min} to {max}.");

    /// <summary>A bare date means noon UTC of that day, as for the page and crawl commands.</summary>
    public static DateTimeOffset ParseReference(string value)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? moment
            : throw new FormatException("--reference-date takes YYYY-MM-DD or an ISO 8601 date-time.");
    }

    /// <summary>Job ids are routing keys and parts of queue names: letters, digits, '-' and '_', at most 64.</summary>
    public static string ParseJob(string value) =>
        value.Length is > 0 and <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? value
            : throw new FormatException("a job id is 1 to 64 letters, digits, '-' or '_'.");
}

/// <summary><c>newsextract submit</c>: shards to the work queue.</summary>
internal sealed record SubmitOptions
{
    public Uri? Broker { get; init; }
    public string? OutputDirectory { get; init; }
    public IReadOnlyList<string> Inputs { get; init; } = [];
    public IReadOnlyList<string> ListFiles { get; init; } = [];
    public CrawlFormat Format { get; init; } = CrawlFormat.Jsonl;
    public DateTimeOffset? ReferenceTime { get; init; }
    public long? MaxRecordBytes { get; init; }
    public bool EachFile { get; init; }
    public string? Job { get; init; }
    public bool ShowHelp { get; init; }

    public const string Usage = """
        usage: newsextract submit --broker amqp://… --output DIR INPUT... [options]
          INPUT                one shard: a WARC/WET/ARC file, a page file or a folder, on storage every worker reaches
                               (paths are made absolute; the output's "file" field is the absolute path)
          --from-file LIST     also the inputs listed in LIST, one path a line ('-' reads the list from standard input)
          -o, --output DIR     where the workers write, as `newsextract crawl -o DIR` does (shared storage)
          --each-file          a folder gives one shard per file in it (default: the folder is one shard)
          --format FORMAT      jsonl (default) | parquet
          --reference-date D   as for crawl: dates of records without a WARC-Date are resolved against D
          --max-record-bytes N as for crawl (default 64 MiB)
          --job ID             the job id (default: generated, UTC time and a random suffix)
          --broker URL         amqp://user:password@host:5672/vhost (default: $NEWSEXTRACT_BROKER)
          -h, --help           this text
        Publishes one persistent message per shard to the quorum queue newsextract.shards, each confirmed by the broker,
        and prints the job id. Exit code: 0 all shards confirmed, 1 the broker refused or was unreachable, 2 usage.
        """;

    public static SubmitOptions Parse(IReadOnlyList<string> args)
    {
        var options = new SubmitOptions();
        var inputs = new List<string>();
        var lists = new List<string>();
        DistributedCliOptions.Walk(args, (arg, value) =>
        {
            switch (arg)
            {
                case "-h" or "--help":
                    options = options with { ShowHelp = true };
                    return true;
                case "--broker":
                    options = options with { Broker = DistributedCliOptions.ParseBroker(value()) };
                    return true;
                case "-o" or "--output":
                    options = options with { OutputDirectory = value() };
                    return true;
                case "--from-file":
                    lists.Add(value());
                    return true;
                case "--each-file":
                    options = options with { EachFile = true };
                    return true;
                case "--format":
                    options = options with
                    {
                        Format = Enum.TryParse<CrawlFormat>(value(), ignoreCase: true, out var f) && Enum.IsDefined(f) ? f : throw new FormatException("--format takes jsonl or parquet."),
                    };
                    return true;
                case "--reference-date":
                    options = options with { ReferenceTime = DistributedCliOptions.ParseReference(value()) };
                    return true;
                case "--max-record-bytes":
                    options = options with
                    {
                        MaxRecordBytes = long.TryParse(value(), NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m > 0
                            ? m
                            : throw new FormatException("--max-record-bytes takes a positive number."),
                    };
                    return true;
                case "--job":
                    options = options with { Job = DistributedCliOptions.ParseJob(value()) };
                    return true;
                default:
                    if (arg.StartsWith('-'))
                    {
                        return false;
                    }

                    inputs.Add(arg);
                    return true;
            }
        });

        if (!options.ShowHelp && options.OutputDirectory is null)
        {
            throw new FormatException("give the output folder with --output DIR (on storage every worker reaches).");
        }

        return options with { Inputs = inputs, ListFiles = lists };
    }
}

/// <summary><c>newsextract worker</c>: consumes shards (and pages) until stopped.</summary>
internal sealed record WorkerOptions
{
    public Uri? Broker { get; init; }
    public int Parallel { get; init; } = 1;
    public int Threads { get; init; } = Environment.ProcessorCount;
    public bool Shards { get; init; } = true;
    public bool Pages { get; init; }
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(60);
    public TimeSpan? ExitWhenIdle { get; init; }
    public string? Name { get; init; }
    public bool Quiet { get; init; }
    public bool ShowHelp { get; init; }

    public const string Usage = """
        usage: newsextract worker --broker amqp://… [options]
          --parallel N         shards (or pages) held and processed at once; the broker's prefetch (default 1)
          --threads N          records extracted at once within a shard (default: the number of cores)
          --pages              also consume pages from the queue newsextract.pages (streaming: one page a message,
                               the article's JSON to the exchange newsextract.articles)
          --pages-only         consume pages only
          --drain-timeout S    on SIGTERM or Ctrl-C: stop taking work, give the shards in hand S seconds to finish,
                               then hand the rest back to the broker (default 60; a second signal hands back at once)
          --exit-when-idle S   exit once nothing has been delivered for S seconds with nothing in hand (batch clusters)
          --name NAME          this worker's name in logs and connection names (default: host name and process id)
          --broker URL         amqp://user:password@host:5672/vhost (default: $NEWSEXTRACT_BROKER)
          -q, --quiet          no log line per shard
          -h, --help           this text
        A shard's output is written as `newsextract crawl -o DIR` writes it (under a temporary name, renamed when complete)
        and acknowledged only once committed; a shard failing 5 deliveries goes to its job's dead-letter queue with its
        error. The connection is re-established when lost. Exit code: 0 stopped cleanly, 1 could not run, 2 usage.
        """;

    public static WorkerOptions Parse(IReadOnlyList<string> args)
    {
        var options = new WorkerOptions();
        DistributedCliOptions.Walk(args, (arg, value) =>
        {
            switch (arg)
            {
                case "-h" or "--help":
                    options = options with { ShowHelp = true };
                    return true;
                case "-q" or "--quiet":
                    options = options with { Quiet = true };
                    return true;
                case "--broker":
                    options = options with { Broker = DistributedCliOptions.ParseBroker(value()) };
                    return true;
                case "--parallel":
                    options = options with { Parallel = DistributedCliOptions.ParseCount(arg, value(), 1, 1024) };
                    return true;
                case "--threads":
                    options = options with { Threads = DistributedCliOptions.ParseCount(arg, value(), 1, 1024) };
                    return true;
                case "--pages":
                    options = options with { Pages = true };
                    return true;
                case "--pages-only":
                    options = options with { Pages = true, Shards = false };
                    return true;
                case "--drain-timeout":
                    options = options with { DrainTimeout = TimeSpan.FromSeconds(DistributedCliOptions.ParseCount(arg, value(), 0, 86_400)) };
                    return true;
                case "--exit-when-idle":
                    options = options with { ExitWhenIdle = TimeSpan.FromSeconds(DistributedCliOptions.ParseCount(arg, value(), 1, 86_400)) };
                    return true;
                case "--name":
                    var name = value();
                    options = options with
                    {
                        Name = name.Length is > 0 and <= 100 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
                            ? name
                            : throw new FormatException("--name takes 1 to 100 letters, digits, '-', '_' or '.'."),
                    };
                    return true;
                default:
                    return false;
            }
        });
        return options;
    }
}

/// <summary><c>newsextract status</c>: where a job (or every job) stands.</summary>
internal sealed record StatusOptions
{
    public Uri? Broker { get; init; }
    public string? Job { get; init; }
    public bool Json { get; init; }
    public bool ShowHelp { get; init; }

    public const string Usage = """
        usage: newsextract status --broker amqp://… [JOB] [--json]
          JOB                  one job (default: every job the broker knows)
          --json               one JSON object per job instead of text
          --broker URL         amqp://user:password@host:5672/vhost (default: $NEWSEXTRACT_BROKER)
          -h, --help           this text
        Per job: shards in all, done (their output committed: a marker per shard in DIR/.newsextract/jobs/JOB/done,
        read from here, so the output folder must be reachable), in flight (held by a live worker), dead-lettered
        (in the queue newsextract.dead.JOB) and queued (the rest); then the work queue's ready messages and consumers.
        Exit code: 0, 1 the broker was unreachable or the job unknown, 2 usage.
        """;

    public static StatusOptions Parse(IReadOnlyList<string> args)
    {
        var options = new StatusOptions();
        DistributedCliOptions.Walk(args, (arg, value) =>
        {
            switch (arg)
            {
                case "-h" or "--help":
                    options = options with { ShowHelp = true };
                    return true;
                case "--json":
                    options = options with { Json = true };
                    return true;
                case "--broker":
                    options = options with { Broker = DistributedCliOptions.ParseBroker(value()) };
                    return true;
                default:
                    if (arg.StartsWith('-') || options.Job is not null)
                    {
                        return false;
                    }

                    options = options with { Job = DistributedCliOptions.ParseJob(arg) };
                    return true;
            }
        });
        return options;
    }
}
