using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using NewsExtract.Benchmarks;
using NewsExtract.Benchmarks.Pages;
using NewsExtract.Benchmarks.Warc;

// Usage (from this directory):
//   dotnet run -c Release -- --filter '*'                 full BenchmarkDotNet defaults (slow)
//   dotnet run -c Release -- --filter '*' --job short     what docs/benchmarks.md reports (~10 min on 2 cores)
//   dotnet run -c Release -- --quick [--filter '*Html*']  even shorter: 1 launch, 2 warm-ups, 3 iterations
//   dotnet run -c Release -- --filter '*CorpusParse*'     our parse against AngleSharp's on the real corpus pages
//   dotnet run -c Release -- --corpus-ratio [rounds]      the same two parsers taking turns page by page: their time ratio
//   dotnet run -c Release -- --pages <dir>                writes the generated pages to <dir> to look at them
if (args.Length == 2 && args[0] == "--pages")
{
    Directory.CreateDirectory(args[1]);
    foreach (var name in BenchPages.Names)
    {
        var path = Path.Combine(args[1], name + (name == BenchPages.ZhText ? ".txt" : ".html"));
        if (name == BenchPages.ZhGbk)
        {
            File.WriteAllBytes(path, BenchPages.GbkBytes);
        }
        else
        {
            File.WriteAllText(path, BenchPages.Get(name));
        }

        Console.WriteLine($"{path}: {BenchPages.StoredBytes(name):N0} bytes");
    }

    return 0;
}

// A crawl for tools/bench-crawl.sh:  --warc <out.warc|out.warc.gz> <megabytes> [<pages folder>]
// (the folder's HTML pages, default the benchmark pages, repeated under new URLs until the file has that size).
if (args.Length is 3 or 4 && args[0] == "--warc")
{
    var pages = args.Length == 4
        ? CrawlGenerator.FromFolder(args[3])
        : [.. BenchPages.Names.Where(n => n != BenchPages.ZhText).Select(n => new CrawlPage(n, n == BenchPages.ZhGbk ? BenchPages.GbkBytes : System.Text.Encoding.UTF8.GetBytes(BenchPages.Get(n)), new Uri($"https://news.example.cn/{n}.html")))];
    using var output = new BufferedStream(File.Create(args[1]), 1 << 20);
    var written = CrawlGenerator.Write(output, pages, args[1].EndsWith(".gz", StringComparison.Ordinal), long.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) * 1_000_000);
    output.Flush();
    Console.WriteLine($"{args[1]}: {new FileInfo(args[1]).Length:N0} bytes, {written.Count:N0} page responses");
    return 0;
}

if (args.Length >= 1 && args[0] == "--corpus-ratio")
{
    // A check that holds up on a busy machine: both parsers take turns on every corpus page, many rounds, and the
    // ratio of the summed times is printed (BenchmarkDotNet runs one after the other, so load that comes and goes
    // skews its ratio). Not a replacement for CorpusParseBenchmarks, a quick cross-check of it.
    var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30;
    CorpusRatio.Run(rounds);
    return 0;
}

var quick = args.Contains("--quick");
args = [.. args.Where(a => a != "--quick")];
if (quick && !args.Contains("--filter"))
{
    args = [.. args, "--filter", "*"];
}

IConfig? config = quick
    ? DefaultConfig.Instance.AddJob(Job.ShortRun.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(3).WithId("Quick"))
    : null;
// The corpus benchmark needs ../shared; without it it is left out (skipped) rather than failing.
var types = typeof(Program).Assembly.GetTypes()
    .Where(t => t.IsPublic && !t.IsAbstract && t.GetMethods().Any(m => m.IsDefined(typeof(BenchmarkDotNet.Attributes.BenchmarkAttribute), false)))
    .Where(t => t != typeof(CorpusParseBenchmarks) || CorpusPages.Available)
    .ToArray();
if (!CorpusPages.Available)
{
    Console.WriteLine("../shared/corpus/pages is not beside this checkout: CorpusParseBenchmarks skipped.");
}

BenchmarkSwitcher.FromTypes(types).Run(args, config);
return 0;
