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

var quick = args.Contains("--quick");
args = [.. args.Where(a => a != "--quick")];
if (quick && !args.Contains("--filter"))
{
    args = [.. args, "--filter", "*"];
}

IConfig? config = quick
    ? DefaultConfig.Instance.AddJob(Job.ShortRun.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(3).WithId("Quick"))
    : null;
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return 0;
