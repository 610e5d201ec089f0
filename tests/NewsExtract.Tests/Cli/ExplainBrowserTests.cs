using System.Diagnostics;
using System.Text.RegularExpressions;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Cli;

/// <summary>
/// The explain report in a real browser: headless Chromium (Debian package <c>chromium</c>; another binary with
/// <c>NEWSEXTRACT_CHROMIUM</c>) loads a report from a file, offline, runs its filter script — which marks the body
/// with <c>data-report-ready</c> — and takes screenshots at a desktop and a phone width; the console shows no script
/// error and no blocked script. Skipped, with the reason, where Chromium is missing or cannot start, unless
/// <c>NEWSEXTRACT_REQUIRE_BROWSER=1</c> (CI) makes that a failure.
/// </summary>
[Category("Browser")]
[NonParallelizable]
public class ExplainBrowserTests
{
    private string _folder = "";

    [SetUp]
    public void MakeFolder() => Directory.CreateDirectory(_folder = Path.Combine(Path.GetTempPath(), "newsextract-browser-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [TestCase("Explain/zh-explain-article.html", 20)]
    [TestCase("Explain/vi-explain-article.html", 17)]
    public async Task The_report_loads_in_chromium_without_script_errors_and_shows_the_legend_and_every_block(string fixture, int blocks)
    {
        var chromium = Chromium.Find() ?? Unavailable("Chromium was not found (install the Debian package 'chromium', or set NEWSEXTRACT_CHROMIUM)");
        var report = Path.Combine(_folder, "report.html");
        var (exit, _, err) = await ExplainCommandTests.Explain(Fixtures.PathOf(fixture), report);
        Assert.That(exit, Is.EqualTo(0), err);

        var dom = Chromium.Run(chromium, _folder, "--dump-dom", new Uri(report).AbsoluteUri);
        if (dom.Exit != 0 || dom.Output.Length == 0)
        {
            Unavailable($"Chromium could not start (exit {dom.Exit}): {Tail(dom.Error)}");
        }

        Assert.That(dom.Output, Does.Contain($"data-report-ready=\"{blocks}\""), "the report's script ran to its end");
        Assert.That(Regex.Matches(dom.Output, "<li class=\"blk "), Has.Count.EqualTo(blocks));
        Assert.That(dom.Output, Does.Contain("<nav id=\"legend\""));
        Assert.That(dom.Output, Does.Contain($"<span id=\"shown\">{blocks}</span>"));
        Assert.That(ScriptProblems(dom.Error), Is.Empty);

        foreach (var (name, size) in new[] { ("desktop", "1400,1000"), ("phone", "390,844") })
        {
            var png = Path.Combine(_folder, name + ".png");
            var shot = Chromium.Run(chromium, _folder, $"--window-size={size}", $"--screenshot={png}", new Uri(report).AbsoluteUri);
            Assert.That(shot.Exit, Is.EqualTo(0), Tail(shot.Error));
            var bytes = await File.ReadAllBytesAsync(png);
            Assert.That(bytes.AsSpan(0, 8).ToArray(), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), name);
            Assert.That(bytes, Has.Length.GreaterThan(10_000), $"{name}: a screenshot with something on it");
            Assert.That(ScriptProblems(shot.Error), Is.Empty);
            TestContext.AddTestAttachment(png, $"{fixture} at {size}");
        }
    }

    /// <summary>Console lines that report an uncaught script error or a script the page's policy refused.</summary>
    private static List<string> ScriptProblems(string console) =>
        [.. console.Split('\n').Where(l => l.Contains("Uncaught", StringComparison.Ordinal) || l.Contains("Refused to execute", StringComparison.Ordinal) || (l.Contains("CONSOLE", StringComparison.Ordinal) && l.Contains("Error", StringComparison.Ordinal)))];

    private static string Tail(string text) => text.Length <= 600 ? text : text[^600..];

    private static string Unavailable(string why)
    {
        if (Environment.GetEnvironmentVariable("NEWSEXTRACT_REQUIRE_BROWSER") == "1")
        {
            Assert.Fail(why + " (NEWSEXTRACT_REQUIRE_BROWSER=1)");
        }

        Assert.Ignore(why);
        return "";
    }
}

/// <summary>Finding and running headless Chromium for the browser tests.</summary>
internal static class Chromium
{
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("NEWSEXTRACT_CHROMIUM") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" })
        {
            foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Runs Chromium headless, offline, with a profile of its own in <paramref name="folder"/>; its console on standard error.</summary>
    public static (int Exit, string Output, string Error) Run(string chromium, string folder, params string[] args)
    {
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--hide-scrollbars",
                     "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000", $"--user-data-dir={Path.Combine(folder, "profile")}",
                     "--proxy-server=127.0.0.1:9", "--disable-background-networking",
                     // Headless screenshots leave an out-of-process frame (the sandboxed page) unpainted: keep it in process.
                     "--disable-site-isolation-trials", "--disable-features=IsolateOrigins,site-per-process", .. args])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "", "Chromium did not finish within two minutes");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
