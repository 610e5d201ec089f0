using System.Globalization;

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

/// <summary>The parsed command line.</summary>
internal sealed record CliOptions
{
    public IReadOnlyList<string> Files { get; init; } = [];
    public OutputFormat Format { get; init; } = OutputFormat.Json;
    public InputMode Input { get; init; } = InputMode.Auto;
    public Uri? Url { get; init; }
    public DateTimeOffset? ReferenceTime { get; init; }
    public string? Charset { get; init; }
    public int Parallelism { get; init; } = Math.Min(Environment.ProcessorCount, MaxParallelism);
    public long? MaxInputBytes { get; init; }
    public bool ShowHelp { get; init; }
    public bool Explain { get; init; }

    /// <summary>The most pages extracted at once: each is a thread holding up to a page's worth of memory.</summary>
    public const int MaxParallelism = 256;

    // The years the library reads dates in (a reference time outside them resolves no date).
    private const int MinReferenceYear = 1990;
    private const int MaxReferenceYear = 2100;

    private const int MaxCharsetLength = 100;

    public const string Usage = """
        usage: newsextract FILE... [options]
          FILE                 an HTML page or a plain-text capture; '-' reads standard input
          --format FORMAT      json (default) | jsonl (one object per file, with "file") | text | markdown
          --input MODE         auto (default: tell HTML from text by content) | html | text
          --url URL            the page's address (resolves relative links, selects site profiles)
          --reference-date D   resolve year-less and relative dates against D (YYYY-MM-DD or an ISO date-time)
          --charset NAME       the charset the transport declared (like an HTTP header)
          --parallel N         pages extracted at once, 1 to 256 (default: the number of cores); output order is the input order
          --max-input-bytes N  refuse an input larger than N bytes (default 67108864, 64 MiB; at most 2147483590); no more
                               than N + 1 bytes of any input are read
          --explain            also list every block with its role, the rule that gave it, and its weight (why a line was kept or dropped)
          -h, --help           this text
        newsextract crawl --help: WARC, WET and ARC files, folders and file lists, to JSON Lines or Parquet
        """;

    /// <summary>Parses arguments; throws <see cref="FormatException"/> with a message for the user on bad input.</summary>
    public static CliOptions Parse(IReadOnlyList<string> args)
    {
        var options = new CliOptions();
        var files = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{arg} needs a value.");
            switch (arg)
            {
                case "-h" or "--help":
                    options = options with { ShowHelp = true };
                    break;
                case "--explain":
                    options = options with { Explain = true };
                    break;
                case "--format":
                    options = options with { Format = Enum.TryParse<OutputFormat>(Value(), ignoreCase: true, out var f) ? f : throw new FormatException("--format takes json, jsonl, text or markdown.") };
                    break;
                case "--input":
                    options = options with { Input = Enum.TryParse<InputMode>(Value(), ignoreCase: true, out var m) ? m : throw new FormatException("--input takes auto, html or text.") };
                    break;
                case "--url":
                    options = options with { Url = Uri.TryCreate(Value(), UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? u : throw new FormatException("--url takes an absolute http or https URL.") };
                    break;
                case "--reference-date":
                    options = options with { ReferenceTime = ParseReference(Value()) };
                    break;
                case "--charset":
                    options = options with { Charset = Value() is { Length: > 0 and <= MaxCharsetLength } c && !c.Any(char.IsControl) ? c : throw new FormatException($"--charset takes a charset name (at most {MaxCharsetLength} characters).") };
                    break;
                case "--parallel":
                    options = options with { Parallelism = int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= MaxParallelism ? n : throw new FormatException($"--parallel takes a number from 1 to {MaxParallelism}.") };
                    break;
                case "--max-input-bytes":
                    options = options with { MaxInputBytes = long.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max > 0 && max < Array.MaxLength ? max : throw new FormatException($"--max-input-bytes takes a number of bytes from 1 to {Array.MaxLength - 1}.") };
                    break;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        throw new FormatException($"Unknown option {arg}.");
                    }

                    files.Add(arg);
                    break;
            }
        }

        return options with { Files = files };
    }

    // A bare date means noon UTC of that day: year-less dates resolve the same anywhere from UTC-12 to UTC+12.
    private static DateTimeOffset ParseReference(string value)
    {
        DateTimeOffset moment;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            moment = new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        }
        else if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out moment))
        {
            throw new FormatException("--reference-date takes YYYY-MM-DD or an ISO 8601 date-time.");
        }

        return moment.UtcDateTime.Year is >= MinReferenceYear and <= MaxReferenceYear
            ? moment
            : throw new FormatException($"--reference-date takes a date from {MinReferenceYear} to {MaxReferenceYear}.");
    }
}
