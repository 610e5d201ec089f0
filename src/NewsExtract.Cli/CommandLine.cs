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

        CliOptions options;
        try
        {
            options = CliOptions.Parse(args);
        }
        catch (FormatException e)
        {
            await error.WriteLineAsync($"newsextract: {e.Message}\n{CliOptions.Usage}").ConfigureAwait(false);
            return 2;
        }

        if (options.ShowHelp || options.Files.Count == 0)
        {
            await (options.ShowHelp ? output : error).WriteLineAsync(CliOptions.Usage).ConfigureAwait(false);
            return options.ShowHelp ? 0 : 2;
        }

        var extractor = new ArticleExtractor(ExtractionOptions.Default with { ReferenceTime = options.ReferenceTime, TraceBlocks = options.Explain });
        byte[]? stdin = options.Files.Contains("-") ? await ReadAllAsync(standardInput).ConfigureAwait(false) : null;

        // Pages are independent: extract and render them in parallel, write them in input order (the writing thread
        // only copies finished records, so it does not hold the batch back).
        var writer = new ArticleWriter(output, options.Format, options.Files.Count > 1);
        var results = OrderedParallel.Run(options.Files, options.Parallelism, file =>
        {
            var result = ExtractOne(extractor, options, file, stdin);
            return (result.File, result.Problem, Record: writer.Render(result.File, result.Article, result.Problem));
        });

        var failures = 0;
        foreach (var (file, problem, record) in results)
        {
            if (problem is not null)
            {
                failures++;
                await error.WriteLineAsync($"newsextract: {file}: {problem}").ConfigureAwait(false);
            }

            writer.Write(record);
        }

        writer.Finish();
        await output.FlushAsync().ConfigureAwait(false);
        return failures == 0 ? 0 : 1;
    }

    private static (string File, Article? Article, string? Problem) ExtractOne(ArticleExtractor extractor, CliOptions options, string file, byte[]? stdin)
    {
        try
        {
            var bytes = file == "-" ? stdin! : File.ReadAllBytes(file);
            var context = new PageContext { Url = options.Url, Charset = options.Charset };
            var article = options.Input switch
            {
                InputMode.Html => extractor.ExtractHtml(bytes, context),
                InputMode.Text => extractor.ExtractTextAsync(new MemoryStream(bytes, writable: false), context).GetAwaiter().GetResult(),
                _ => extractor.Extract(bytes, context),
            };
            return (file, article, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ExtractionLimitException or ArgumentException or NotSupportedException)
        {
            return (file, null, e.Message);
        }
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer).ConfigureAwait(false);
        return buffer.ToArray();
    }
}
