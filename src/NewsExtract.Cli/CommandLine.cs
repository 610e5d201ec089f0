using System.Text;

namespace NewsExtract.Cli;

/// <summary>The newsextract command: reads pages, extracts articles, writes them in the chosen format.</summary>
internal static class CommandLine
{
    public static async Task<int> RunAsync(string[] args, Stream standardInput, TextWriter output, TextWriter error)
    {
        if (args.Length > 0 && args[0] == "crawl")
        {
            // Archives, folders and file lists at crawl scale: Crawl/CrawlCommand.cs.
            var console = ReferenceEquals(output, Console.Out);
            using var list = new StreamReader(standardInput, Encoding.UTF8);
            return Crawl.CrawlCommand.Run(args[1..], list, output, error, console ? Console.OpenStandardOutput() : null,
                errorIsTerminal: ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected);
        }

        if (args.Length > 0 && Distributed.DistributedCommands.Names.Contains(args[0]))
        {
            // submit, worker, status: many machines over a RabbitMQ broker (Distributed/).
            using var list = new StreamReader(standardInput, Encoding.UTF8);
            return await Distributed.DistributedCommands.RunAsync(args[0], args[1..], list, output, error).ConfigureAwait(false);
        }

        CliOptions options;
        try
        {
            options = CliOptions.Parse(args);
        }
        catch (FormatException e)
        {
            await error.WriteLineAsync($"newsextract: {SafeText.ForTerminal(e.Message)}\n{CliOptions.Usage}").ConfigureAwait(false);
            return 2;
        }

        if (options.ShowHelp || options.Files.Count == 0)
        {
            await (options.ShowHelp ? output : error).WriteLineAsync(CliOptions.Usage).ConfigureAwait(false);
            return options.ShowHelp ? 0 : 2;
        }

        var limits = options.MaxInputBytes is { } max ? ExtractionLimits.Default with { MaxInputBytes = max } : ExtractionLimits.Default;
        var extractor = new ArticleExtractor(ExtractionOptions.Default with { ReferenceTime = options.ReferenceTime, TraceBlocks = options.Explain, Limits = limits });

        // Standard input can be read once: by the first '-' (later ones are told so).
        var stdinAt = options.Files.ToList().IndexOf("-");

        // Pages are independent: extract and render them in parallel, write them in input order (the writing thread
        // only copies finished records, so it does not hold the batch back).
        var writer = new ArticleWriter(output, options.Format, options.Files.Count > 1);
        var results = OrderedParallel.Run(Enumerable.Range(0, options.Files.Count).ToList(), options.Parallelism, i =>
        {
            var file = options.Files[i];
            var (article, problem) = ExtractOne(extractor, options, file, i == stdinAt ? standardInput : null);
            return (File: file, Problem: problem, Record: Render(writer, file, article, problem));
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
                return (null, "standard input was already read for an earlier '-'");
            }

            using var owned = file == "-" ? null : new FileStream(file, new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,
                Share = FileShare.ReadWrite,
                BufferSize = 0, // the extractor reads in large blocks itself
                Options = FileOptions.SequentialScan,
            });
            var input = owned ?? stdin!;
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
