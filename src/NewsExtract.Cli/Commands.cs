using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;
using NewsExtract.Cli.Crawl;

namespace NewsExtract.Cli;

/// <summary>
/// The command line of <c>newsextract</c> and <c>newsextract crawl</c> (System.CommandLine): options with
/// <c>--opt value</c>, <c>--opt=value</c> or <c>--opt:value</c>, <c>--</c> before inputs that begin with a dash,
/// <c>-h</c>/<c>--help</c> (with the exit codes), <c>--version</c>. Values are range-checked while parsing, each with a
/// message that says what the option takes.
/// </summary>
internal sealed class Commands
{
    // The years the library reads dates in (a reference time outside them resolves no date).
    private const int MinReferenceYear = 1990;
    private const int MaxReferenceYear = 2100;
    private const int MaxCharsetLength = 100;

    public const string PageUsage = "usage: newsextract [options] FILE|FOLDER|- ...   (newsextract --help: every option and the exit codes)";
    public const string ExplainUsage = "usage: newsextract explain [options] PAGE -o REPORT.html   (newsextract explain --help: every option)";
    public const string CrawlUsage = "usage: newsextract crawl [options] INPUT...   (newsextract crawl --help: every option and the exit codes)";

    private const string PageExitCodes = """
        Exit codes:
          0    every input was extracted
          1    some input could not be read or extracted: it has an error record ({"file": ..., "error": ...} in json and
               jsonl) and a line on standard error; the other inputs are still written
          2    usage: an unknown option or a value out of range (nothing is read)
        """;

    private const string CrawlExitCodes = """
        Exit codes:
          0    done (records that could not be read or extracted are error records, not failures of the run)
          1    some input could not be read, or stopped being readable midway (it gets no complete output; a rerun tries it again)
          2    usage: an unknown option, a value out of range, or an output folder that cannot be made
          130  interrupted (Ctrl-C, SIGTERM): complete outputs are kept, the inputs in flight are not
        """;

    public RootCommand Root { get; }

    /// <summary>True when the command line asks for a command's work (not for help, the version, nor with errors).</summary>
    public bool IsRun(ParseResult parse) => parse.Action is not null && (parse.Action == Root.Action || parse.Action == Crawl.Action || parse.Action == Explain.Action);

    public Command Crawl { get; }

    public Command Explain { get; }

    // The page command.
    private readonly Argument<string[]> _inputs = new("FILE") { Arity = ArgumentArity.ZeroOrMore, Description = "HTML pages or plain-text captures, folders (read recursively, in name order), or '-' for standard input. A web archive (WARC, ARC, gzip) is refused with a pointer to 'newsextract crawl'." };
    private readonly Option<string[]> _fromFile = new("--from-file") { Description = "Also read the inputs listed in LIST, one path a line, '#' comments ('-' reads the list from standard input).", HelpName = "LIST", AllowMultipleArgumentsPerToken = false };
    private readonly Option<OutputFormat> _format = new("--format") { Description = "json (default) | jsonl (one object per input, with \"file\") | text | markdown.", HelpName = "FORMAT", CustomParser = r => Choice<OutputFormat>(r, "--format takes json, jsonl, text or markdown.") };
    private readonly Option<InputMode> _inputMode = new("--input") { Description = "auto (default: tell HTML from text by content) | html | text.", HelpName = "MODE", CustomParser = r => Choice<InputMode>(r, "--input takes auto, html or text.") };
    private readonly Option<Uri?> _url = new("--url") { Description = "The page's address (resolves relative links, selects site profiles); absolute http or https.", HelpName = "URL", CustomParser = ParseUrl };
    private readonly Option<DateTimeOffset?> _referenceDate = new("--reference-date") { Description = "Resolve year-less and relative dates against D (YYYY-MM-DD, noon UTC, or an ISO 8601 date-time; 1990-2100).", HelpName = "D", CustomParser = r => ParseReference(r, "--reference-date") };
    private readonly Option<string?> _charset = new("--charset") { Description = "The charset the transport declared (like an HTTP header).", HelpName = "NAME", CustomParser = ParseCharset };
    private readonly Option<int?> _parallel = new("--parallel") { Description = $"Pages extracted at once, 1 to {CliOptions.MaxParallelism} (default: the number of cores); output is in input order.", HelpName = "N", CustomParser = r => ParseInt(r, 1, CliOptions.MaxParallelism, $"--parallel takes a number from 1 to {CliOptions.MaxParallelism}.") };
    private readonly Option<long?> _maxInputBytes = new("--max-input-bytes") { Description = $"Refuse an input larger than N bytes (default 67108864, 64 MiB; at most {Array.MaxLength - 1}); no more than N + 1 bytes of any input are read.", HelpName = "N", CustomParser = r => ParseLong(r, 1, Array.MaxLength - 1, $"--max-input-bytes takes a number of bytes from 1 to {Array.MaxLength - 1}.") };
    private readonly Option<bool> _explain = new("--explain") { Description = "Also list every block with its role, the rule that gave it, and its weight (why a line was kept or dropped)." };

    // The crawl command.
    private readonly Argument<string[]> _crawlInputs = new("INPUT") { Arity = ArgumentArity.ZeroOrMore, Description = "WARC (.warc, .warc.gz, .warc.wet.gz), ARC, HTML pages or text captures, or folders (read recursively); kinds are told apart by content and may be mixed." };
    private readonly Option<string[]> _crawlFromFile = new("--from-file") { Description = "Also read the inputs listed in LIST, one path a line ('-' reads the list from standard input).", HelpName = "LIST", AllowMultipleArgumentsPerToken = false };
    private readonly Option<string?> _output = new("--output", "-o") { Description = "One output file per input in DIR (written under a temporary name, renamed when complete); a rerun with the same DIR skips inputs whose output is complete. Default: standard output.", HelpName = "DIR" };
    private readonly Option<CrawlFormat> _crawlFormat = new("--format") { Description = "jsonl (default) | parquet (needs -o).", HelpName = "FORMAT", CustomParser = r => Choice<CrawlFormat>(r, "--format takes jsonl or parquet.") };
    private readonly Option<int?> _crawlParallel = new("--parallel") { Description = $"Records extracted at once, 1 to {CrawlCliOptions.MaxParallelism} (default: the number of cores); output is in input order.", HelpName = "N", CustomParser = r => ParseInt(r, 1, CrawlCliOptions.MaxParallelism, $"--parallel takes a number from 1 to {CrawlCliOptions.MaxParallelism}.") };
    private readonly Option<DateTimeOffset?> _crawlReferenceDate = new("--reference-date") { Description = "Resolve dates of records without a WARC-Date (page files) against D (YYYY-MM-DD or ISO 8601).", HelpName = "D", CustomParser = r => ParseReference(r, "--reference-date") };
    private readonly Option<long?> _maxRecordBytes = new("--max-record-bytes") { Description = "Records (and decoded bodies) larger than N bytes are reported, not read (default 64 MiB).", HelpName = "N", CustomParser = r => ParseLong(r, 1, long.MaxValue, "--max-record-bytes takes a positive number.") };
    private readonly Option<ProgressMode> _progress = new("--progress") { Description = "auto (default: live on a terminal, log lines otherwise) | live | plain | none.", HelpName = "MODE", CustomParser = r => Choice<ProgressMode>(r, "--progress takes auto, live, plain or none.") };
    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "No progress and no summary." };

    // The explain command.
    private readonly Argument<string> _explainPage = new("PAGE") { Arity = ArgumentArity.ExactlyOne, Description = "An HTML page, a plain-text capture, or a WARC/ARC file (its first record that holds a page, or --record)." };
    private readonly Option<string> _explainOutput = new("--output", "-o") { Description = "The report to write: one self-contained HTML file (no network, no script from the page).", HelpName = "REPORT.html", Required = true };
    private readonly Option<string?> _explainRecord = new("--record") { Description = "In a WARC file: the WARC-Record-ID of the record to explain (with or without <>).", HelpName = "ID" };
    private readonly Option<InputMode> _explainInput = new("--input") { Description = "auto (default) | html | text.", HelpName = "MODE", CustomParser = r => Choice<InputMode>(r, "--input takes auto, html or text.") };
    private readonly Option<Uri?> _explainUrl = new("--url") { Description = "The page's address (resolves relative links, selects site profiles); absolute http or https.", HelpName = "URL", CustomParser = ParseUrl };
    private readonly Option<DateTimeOffset?> _explainReferenceDate = new("--reference-date") { Description = "Resolve year-less and relative dates against D (YYYY-MM-DD or ISO 8601; 1990-2100).", HelpName = "D", CustomParser = r => ParseReference(r, "--reference-date") };
    private readonly Option<string?> _explainCharset = new("--charset") { Description = "The charset the transport declared (like an HTTP header).", HelpName = "NAME", CustomParser = ParseCharset };

    public Commands()
    {
        Explain = new Command("explain", "Write a report that shows why: every block of one page in page order, coloured by role, with its weight, the rule that gave the role and its CSS path, the located article, each field with its reason, and the page itself beside them (HTML).")
        {
            _explainPage, _explainOutput, _explainRecord, _explainInput, _explainUrl, _explainReferenceDate, _explainCharset,
        };
        Explain.SetAction(_ => 0);

        Crawl = new Command("crawl", "Extract every page of WARC, WET and ARC files (and page files, folders, lists) to JSON Lines or Parquet, on all cores, resumable.")
        {
            _crawlInputs, _crawlFromFile, _output, _crawlFormat, _crawlParallel, _crawlReferenceDate, _maxRecordBytes, _progress, _quiet,
        };
        Crawl.Validators.Add(result =>
        {
            var format = result.GetResult(_crawlFormat)?.Tokens;
            if (format is [.., var last] && last.Value.Equals("parquet", StringComparison.OrdinalIgnoreCase))
            {
                if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
                {
                    result.AddError("--format parquet is not in the NativeAOT build of newsextract (Parquet.Net generates code at run time): use --format jsonl, or the portable build (dotnet NewsExtract.Cli.dll).");
                }
                else if (result.GetResult(_output) is null)
                {
                    result.AddError("--format parquet writes one file per input: give -o DIR.");
                }
            }
        });

        Root = new RootCommand("Extracts articles (title, dateline, body, sources, authors, credits, images, related links) from Chinese and Vietnamese news pages, HTML or plain-text captures.")
        {
            _inputs, _fromFile, _format, _inputMode, _url, _referenceDate, _charset, _parallel, _maxInputBytes, _explain, Crawl, Explain,
        };
        // The commands' own work is done by CommandLine.RunAsync; these actions only mark that no help or version was asked for.
        Root.SetAction(_ => 0);
        Crawl.SetAction(_ => 0);
        foreach (var help in Root.Options.OfType<HelpOption>())
        {
            if (help.Action is HelpAction standard)
            {
                help.Action = new HelpWithExitCodes(standard, parse => parse.CommandResult.Command == Crawl ? CrawlExitCodes : PageExitCodes);
            }
        }
    }

    /// <summary>The parser's settings: no response files (a page named <c>@x.html</c> is a page).</summary>
    public static ParserConfiguration Configuration { get; } = new() { ResponseFileTokenReplacer = null };

    public CliOptions PageOptions(ParseResult parse)
    {
        var options = new CliOptions
        {
            Inputs = parse.GetValue(_inputs) ?? [],
            ListFiles = parse.GetValue(_fromFile) ?? [],
            Format = parse.GetValue(_format),
            Input = parse.GetValue(_inputMode),
            Url = parse.GetValue(_url),
            ReferenceTime = parse.GetValue(_referenceDate),
            Charset = parse.GetValue(_charset),
            MaxInputBytes = parse.GetValue(_maxInputBytes),
            Explain = parse.GetValue(_explain),
        };
        return parse.GetValue(_parallel) is { } n ? options with { Parallelism = n } : options;
    }

    public Explain.ExplainOptions ExplainOptions(ParseResult parse) => new()
    {
        Page = parse.GetValue(_explainPage) ?? "",
        Output = parse.GetValue(_explainOutput) ?? "",
        RecordId = parse.GetValue(_explainRecord),
        Input = parse.GetValue(_explainInput),
        Url = parse.GetValue(_explainUrl),
        ReferenceTime = parse.GetValue(_explainReferenceDate),
        Charset = parse.GetValue(_explainCharset),
    };

    public CrawlCliOptions CrawlOptions(ParseResult parse)
    {
        var options = new CrawlCliOptions
        {
            Inputs = parse.GetValue(_crawlInputs) ?? [],
            ListFiles = parse.GetValue(_crawlFromFile) ?? [],
            OutputDirectory = parse.GetValue(_output),
            Format = parse.GetValue(_crawlFormat),
            ReferenceTime = parse.GetValue(_crawlReferenceDate),
            MaxRecordBytes = parse.GetValue(_maxRecordBytes),
            Progress = parse.GetValue(_progress),
            Quiet = parse.GetValue(_quiet),
        };
        return parse.GetValue(_crawlParallel) is { } n ? options with { Parallelism = n } : options;
    }

    /// <summary>
    /// What the parser cannot see: an input that looks like an option (<c>--no-such-option</c>) is an unknown option,
    /// unless it comes after <c>--</c>; crawl does not read pages from standard input.
    /// </summary>
    public IEnumerable<string> MoreErrors(ParseResult parse)
    {
        var crawl = parse.CommandResult.Command == Crawl;
        var inputs = parse.GetResult(crawl ? _crawlInputs : _inputs);
        if (inputs is null)
        {
            yield break;
        }

        var all = parse.Tokens;
        var doubleDash = IndexOf(all, t => t.Type == TokenType.DoubleDash);
        foreach (var token in inputs.Tokens)
        {
            var at = IndexOf(all, t => ReferenceEquals(t, token));
            if (doubleDash >= 0 && at > doubleDash)
            {
                continue;
            }

            if (token.Value == "-" && crawl)
            {
                yield return "crawl reads files, not standard input; '--from-file -' reads a list of paths from it.";
            }
            else if (token.Value.Length > 1 && token.Value[0] == '-')
            {
                yield return $"Unknown option {token.Value}. (An input whose name begins with '-' goes after '--'.)";
            }
        }
    }

    private static int IndexOf(IReadOnlyList<Token> tokens, Func<Token, bool> match)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (match(tokens[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static T Choice<T>(ArgumentResult result, string message) where T : struct, Enum
    {
        if (Enum.TryParse<T>(Single(result), ignoreCase: true, out var value) && Enum.IsDefined(value) && !char.IsAsciiDigit(Single(result).FirstOrDefault()))
        {
            return value;
        }

        result.AddError(message);
        return default;
    }

    private static string Single(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";

    private static int? ParseInt(ArgumentResult result, int min, int max, string message)
    {
        if (int.TryParse(Single(result), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        result.AddError(message);
        return null;
    }

    private static long? ParseLong(ArgumentResult result, long min, long max, string message)
    {
        if (long.TryParse(Single(result), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        result.AddError(message);
        return null;
    }

    private static Uri? ParseUrl(ArgumentResult result)
    {
        if (Uri.TryCreate(Single(result), UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            return url;
        }

        result.AddError("--url takes an absolute http or https URL.");
        return null;
    }

    private static string? ParseCharset(ArgumentResult result)
    {
        if (Single(result) is { Length: > 0 and <= MaxCharsetLength } charset && !charset.Any(char.IsControl))
        {
            return charset;
        }

        result.AddError($"--charset takes a charset name (at most {MaxCharsetLength} characters).");
        return null;
    }

    // A bare date means noon UTC of that day: year-less dates resolve the same anywhere from UTC-12 to UTC+12.
    private static DateTimeOffset? ParseReference(ArgumentResult result, string name)
    {
        var value = Single(result);
        DateTimeOffset moment;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            moment = new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        }
        else if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out moment))
        {
            result.AddError($"{name} takes YYYY-MM-DD or an ISO 8601 date-time.");
            return null;
        }

        if (moment.UtcDateTime.Year is >= MinReferenceYear and <= MaxReferenceYear)
        {
            return moment;
        }

        result.AddError($"{name} takes a date from {MinReferenceYear} to {MaxReferenceYear}.");
        return null;
    }

    /// <summary>The command's help, then its exit codes.</summary>
    private sealed class HelpWithExitCodes(HelpAction standard, Func<ParseResult, string> exitCodes) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var result = standard.Invoke(parseResult);
            parseResult.InvocationConfiguration.Output.WriteLine(exitCodes(parseResult));
            return result;
        }
    }
}
