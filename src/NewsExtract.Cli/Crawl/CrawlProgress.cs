using Spectre.Console;

namespace NewsExtract.Cli.Crawl;

/// <summary>
/// Shows a run's progress while <c>work</c> runs: a live panel on a terminal (Spectre.Console), a status line every ten
/// seconds otherwise, or nothing.
/// </summary>
internal static class CrawlProgress
{
    public static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(10);

    public static T Run<T>(ProgressMode mode, CrawlStats stats, TextWriter error, Func<T> work)
    {
        switch (mode)
        {
            case ProgressMode.Live:
                return RunLive(stats, error, work);
            case ProgressMode.Plain:
                using (var timer = new Timer(_ => WriteLine(error, "newsextract crawl: " + stats.StatusLine()), null, PlainInterval, PlainInterval))
                {
                    return work();
                }

            default:
                return work();
        }
    }

    private static void WriteLine(TextWriter error, string line)
    {
        lock (error)
        {
            error.WriteLine(line);
            error.Flush();
        }
    }

    private static T RunLive<T>(CrawlStats stats, TextWriter error, Func<T> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
        var result = default(T)!;
        console.Live(Render(stats)).AutoClear(false).Start(context =>
        {
            var task = Task.Factory.StartNew(work, TaskCreationOptions.LongRunning);
            while (!task.Wait(250))
            {
                context.UpdateTarget(Render(stats));
            }

            context.UpdateTarget(Render(stats));
            result = task.GetAwaiter().GetResult();
        });
        return result;
    }

    private static Panel Render(CrawlStats stats)
    {
        var seconds = Math.Max(stats.Elapsed.TotalSeconds, 0.001);
        var fraction = stats.TotalBytes > 0 ? Math.Clamp((double)stats.BytesDone / stats.TotalBytes, 0, 1) : 0;
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        grid.AddRow(new Markup("[bold]inputs[/]"), new Spectre.Console.Text($"{stats.InputsDone:N0} / {stats.Inputs:N0}"));
        grid.AddRow(new Markup("[bold]records[/]"), new Spectre.Console.Text($"{stats.Records:N0}  ({stats.Records / seconds:N0}/s)"));
        grid.AddRow(new Markup("[bold]done[/]"), new Spectre.Console.Text($"{stats.BytesDone / 1e6:N1} / {stats.TotalBytes / 1e6:N1} MB  ({stats.BytesDone / 1e6 / seconds:N1} MB/s)"));
        grid.AddRow(new Markup("[bold]errors[/]"), new Spectre.Console.Text($"{stats.Errors:N0}", stats.Errors > 0 ? new Style(Color.Red) : Style.Plain));
        var filled = (int)Math.Round(fraction * 40);
        grid.AddRow(new Markup("[bold]progress[/]"), new Markup($"[green]{new string('━', filled)}[/][grey]{new string('━', 40 - filled)}[/] {fraction * 100:N0} %"));
        grid.AddRow(new Markup("[bold]time[/]"), new Spectre.Console.Text(stats.StatusLine().Split("ETA ")[^1] is { } eta ? $"{stats.Elapsed:h\\:mm\\:ss} elapsed, ETA {eta}" : ""));
        return new Panel(grid).Header("newsextract crawl").Border(BoxBorder.Rounded);
    }
}
