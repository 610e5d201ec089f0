using System.Runtime.InteropServices;

namespace NewsExtract.Cli.Distributed;

/// <summary>
/// <c>newsextract submit</c>, <c>worker</c> and <c>status</c>: the crawl engine on many machines, with RabbitMQ as the work
/// queue. Opt-in: without these commands nothing touches a broker. Each command parses its own arguments, so any
/// command-line front end can host it by handing over the arguments after the command's name.
/// </summary>
internal static class DistributedCommands
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal) { "submit", "worker", "status" };

    public static Task<int> RunAsync(string command, string[] args, TextReader standardInput, TextWriter output, TextWriter error) => command switch
    {
        "submit" => SubmitCommand.RunAsync(args, standardInput, output, error, Environment.GetEnvironmentVariable, TimeProvider.System, CancellationToken.None),
        "status" => StatusCommand.RunAsync(args, output, error, Environment.GetEnvironmentVariable, CancellationToken.None),
        "worker" => RunWorkerAsync(args, output, error),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "not a distributed command"),
    };

    /// <summary>
    /// The worker until SIGTERM or Ctrl-C: the first signal drains (no new work; the work in hand gets the drain time to
    /// finish, then is handed back), a second one hands back at once.
    /// </summary>
    private static async Task<int> RunWorkerAsync(string[] args, TextWriter output, TextWriter error)
    {
        WorkerOptions options;
        Uri broker;
        try
        {
            options = WorkerOptions.Parse(args);
            if (options.ShowHelp)
            {
                await output.WriteLineAsync(WorkerOptions.Usage).ConfigureAwait(false);
                return 0;
            }

            broker = DistributedCliOptions.ResolveBroker(options.Broker, Environment.GetEnvironmentVariable);
        }
        catch (FormatException e)
        {
            await error.WriteLineAsync($"newsextract worker: {SafeText.ForTerminal(e.Message)}\n{WorkerOptions.Usage}").ConfigureAwait(false);
            return 2;
        }

        using var stop = new CancellationTokenSource();
        using var abort = new CancellationTokenSource();
        var worker = new Worker(options, broker, error);
        void Signal()
        {
            if (!stop.IsCancellationRequested)
            {
                worker.Log($"stopping: draining (up to {options.DrainTimeout.TotalSeconds:N0} s; a second signal hands the work in hand back now)");
                stop.Cancel();
                abort.CancelAfter(options.DrainTimeout);
            }
            else
            {
                abort.Cancel();
            }
        }

        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            Signal();
        };
        Console.CancelKeyPress += onCancel;
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            Signal();
        });
        try
        {
            return await worker.RunAsync(stop.Token, abort.Token).ConfigureAwait(false);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
