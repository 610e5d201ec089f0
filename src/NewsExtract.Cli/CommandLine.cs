using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text;

namespace NewsExtract.Cli;

/// <summary>The newsextract command: reads pages, extracts articles, writes them in the chosen format.</summary>
internal static class CommandLine
{
    public static async Task<int> RunAsync(string[] args, Stream standardInput, TextWriter output, TextWriter error)
    {
        if (args.Length > 0 && Distributed.DistributedCommands.Names.Contains(args[0]))
        {
            // submit, worker, status: many machines over a RabbitMQ broker (Distributed/, with its own option reader).
            using var list = new StreamReader(standardInput, Encoding.UTF8);
            return await Distributed.DistributedCommands.RunAsync(args[0], args[1..], list, output, error).ConfigureAwait(false);
        }

        var commands = new Commands();
        var parse = commands.Root.Parse(args, Commands.Configuration);
        var crawl = parse.CommandResult.Command == commands.Crawl;
        var explain = parse.CommandResult.Command == commands.Explain;
        if (parse.Action is not null and not ParseErrorAction && !commands.IsRun(parse))
        {
            // --help (with the exit codes) or --version.
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }).ConfigureAwait(false);
        }

        var problems = parse.Errors.Select(e => e.Message).Concat(commands.MoreErrors(parse)).Distinct().ToList();
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                await error.WriteLineAsync($"newsextract{(crawl ? " crawl" : explain ? " explain" : "")}: {SafeText.ForTerminal(problem)}").ConfigureAwait(false);
            }

            await error.WriteLineAsync(crawl ? Commands.CrawlUsage : explain ? Commands.ExplainUsage : Commands.PageUsage).ConfigureAwait(false);
            return 2;
        }

        if (crawl)
        {
            // Archives, folders and file lists at crawl scale: Crawl/CrawlCommand.cs.
            var console = ReferenceEquals(output, Console.Out);
            using var list = new StreamReader(standardInput, Encoding.UTF8);
            return Crawl.CrawlCommand.Run(commands.CrawlOptions(parse), list, output, error, console ? Console.OpenStandardOutput() : null,
                errorIsTerminal: ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected);
        }

        if (explain)
        {
            // One page, its report: Explain/ExplainCommand.cs.
            return await Explain.ExplainCommand.RunAsync(commands.ExplainOptions(parse), output, error).ConfigureAwait(false);
        }

        return await RunPagesAsync(commands.PageOptions(parse), standardInput, output, error).ConfigureAwait(false);
    }

    private static async Task<int> RunPagesAsync(CliOptions options, Stream standardInput, TextWriter output, TextWriter error)
    {
        if (options.Inputs.Count == 0 && options.ListFiles.Count == 0)
        {
            await error.WriteLineAsync(Commands.PageUsage).ConfigureAwait(false);
            return 2;
        }

        // Standard input can be read once: for the lists ('--from-file -'), or else by the first '-' input.
        var listsReadStdin = options.ListFiles.Contains("-");
        List<InputPath> inputs;
        try
        {
            using var lists = listsReadStdin ? new StreamReader(standardInput, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true) : null;
            inputs = InputPaths.Expand(options.Inputs, options.ListFiles, lists ?? TextReader.Null, keepDash: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"newsextract: {SafeText.ForTerminal(e.Message)}").ConfigureAwait(false);
            return 2;
        }

        var limits = options.MaxInputBytes is { } max ? ExtractionLimits.Default with { MaxInputBytes = max } : ExtractionLimits.Default;
        var extractor = new ArticleExtractor(ExtractionOptions.Default with { ReferenceTime = options.ReferenceTime, TraceBlocks = options.Explain, Limits = limits });
        var stdinAt = listsReadStdin ? -1 : inputs.FindIndex(i => i.Path == "-");

        // Pages are independent: extract and render them in parallel, write them in input order (the writing thread
        // only copies finished records, so it does not hold the batch back).
        var writer = new ArticleWriter(output, options.Format, inputs.Count > 1);
        var results = OrderedParallel.Run(Enumerable.Range(0, inputs.Count).ToList(), options.Parallelism, i =>
        {
            var input = inputs[i];
            var (article, problem) = input.Problem is { } known ? (null, known) : ExtractOne(extractor, options, input.Path, i == stdinAt ? standardInput : null);
            return (File: input.Path, Problem: problem, Record: Render(writer, input.Path, article, problem));
        });
        var failures = 0;
        foreach (var (file, problem, record) in results)
        {
            if (problem is not null)
            {
                failures++;
                await error.WriteLineAsync($"newsextract: {SafeText.ForTerminal(file)}: {SafeText.ForTerminal(problem)}").ConfigureAwait(false);
            }

            writer.Write(record);
        }

        writer.Finish();
        await output.FlushAsync().ConfigureAwait(false);
        return failures == 0 ? 0 : 1;
    }

    /// <summary>
    /// One input's article, or why there is none. Any failure is this input's alone: it becomes its error line and the
    /// batch goes on. Every input (a file, standard input) is read as a stream through the extractor's size limit, so
    /// no more than <see cref="ExtractionLimits.MaxInputBytes"/> + 1 bytes of it are ever read or held.
    /// </summary>
    private static (Article? Article, string? Problem) ExtractOne(ArticleExtractor extractor, CliOptions options, string file, Stream? stdin)
    {
        try
        {
            if (file == "-" && stdin is null)
            {
                return (null, "standard input was already read (by an earlier '-', or for the --from-file list)");
            }

            using var owned = file == "-" ? null : new FileStream(file, new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,
                Share = FileShare.ReadWrite,
                BufferSize = 0, // the extractor reads in large blocks itself
                Options = FileOptions.SequentialScan,
            });
            // A web archive is many pages: read as one it would make one article of them all.
            var head = new byte[16];
            var got = (owned ?? stdin!).ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            if (Crawl.CrawlCommand.IsArchive(head.AsSpan(0, got)))
            {
                return (null, $"a web archive (WARC or ARC) or a gzip file, not a page: extract its pages with 'newsextract crawl {(file == "-" ? "FILE" : file)}'");
            }

            using var input = new PrefixedStream(head.AsMemory(0, got), owned ?? stdin!);
            var context = new PageContext { Url = options.Url, Charset = options.Charset };
            var article = options.Input switch
            {
                InputMode.Html => extractor.ExtractHtmlAsync(input, context),
                InputMode.Text => extractor.ExtractTextAsync(input, context),
                _ => extractor.ExtractAsync(input, context),
            };
            return (article.GetAwaiter().GetResult(), null);
        }
#pragma warning disable CA1031 // whatever goes wrong with one input is reported for it, and the others are still processed
        catch (Exception e)
#pragma warning restore CA1031
        {
            return (null, Describe(e));
        }
    }

    /// <summary>The record for one input; a failure to render an article is that input's error too.</summary>
    private static string? Render(ArticleWriter writer, string file, Article? article, string? problem)
    {
        try
        {
            return writer.Render(file, article, problem);
        }
#pragma warning disable CA1031 // as in ExtractOne: one input's failure never sinks the batch
        catch (Exception e)
#pragma warning restore CA1031
        {
            return writer.Render(SafeText.ForJson(file), null, Describe(e));
        }
    }

    private static string Describe(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException or ExtractionLimitException or ArgumentException or NotSupportedException => e.Message,
        OutOfMemoryException => "out of memory while reading or extracting this input",
        _ => $"{e.GetType().Name}: {e.Message}",
    };
}
