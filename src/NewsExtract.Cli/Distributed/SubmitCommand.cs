using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RabbitMQ.Client;

namespace NewsExtract.Cli.Distributed;

/// <summary>
/// <c>newsextract submit</c>: one persistent message per shard to the work queue, each confirmed by the broker; the job's
/// record to <c>DIR/.newsextract/jobs/JOB/job.json</c> and to the stream <c>newsextract.jobs</c>; the job id on standard output.
/// </summary>
internal static class SubmitCommand
{
    /// <summary>Publishes awaiting their confirms at once.</summary>
    private const int ConfirmWindow = 256;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextReader standardInput, TextWriter output, TextWriter error,
        Func<string, string?> environment, TimeProvider time, CancellationToken cancellationToken)
    {
        SubmitOptions options;
        Uri broker;
        try
        {
            options = SubmitOptions.Parse(args);
            if (options.ShowHelp)
            {
                await output.WriteLineAsync(SubmitOptions.Usage).ConfigureAwait(false);
                return 0;
            }

            broker = DistributedCliOptions.ResolveBroker(options.Broker, environment);
        }
        catch (FormatException e)
        {
            await error.WriteLineAsync($"newsextract submit: {SafeText.ForTerminal(e.Message)}\n{SubmitOptions.Usage}").ConfigureAwait(false);
            return 2;
        }

        List<string> shards;
        string outputDirectory;
        try
        {
            outputDirectory = Path.GetFullPath(options.OutputDirectory!);
            shards = Shards(options, standardInput);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            await error.WriteLineAsync($"newsextract submit: {SafeText.ForTerminal(e.Message)}").ConfigureAwait(false);
            return 2;
        }

        if (shards.Count == 0)
        {
            await error.WriteLineAsync($"newsextract submit: no inputs.\n{SubmitOptions.Usage}").ConfigureAwait(false);
            return 2;
        }

        var job = options.Job ?? NewJobId(time);
        var record = new JobRecord { Job = job, Output = outputDirectory, Shards = shards.Count, Submitted = time.GetUtcNow(), Inputs = shards };
        try
        {
            Directory.CreateDirectory(JobFolder.DoneFolder(outputDirectory, job));
            if (File.Exists(JobFolder.Manifest(outputDirectory, job)))
            {
                await error.WriteLineAsync($"newsextract submit: job {job} already exists in {SafeText.ForTerminal(outputDirectory)}").ConfigureAwait(false);
                return 2;
            }

        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"newsextract submit: the output folder cannot be written: {SafeText.ForTerminal(e.Message)}").ConfigureAwait(false);
            return 2;
        }

        try
        {
            await using var connection = await Broker.ConnectAsync(broker, $"newsextract submit {job}", cancellationToken).ConfigureAwait(false);
            await using var channel = await Broker.ConfirmingChannelAsync(connection, cancellationToken).ConfigureAwait(false);
            await Topology.DeclareShardsAsync(channel, cancellationToken).ConfigureAwait(false);
            await Topology.DeclareJobAsync(channel, job, cancellationToken).ConfigureAwait(false);
            await Topology.DeclareJobsAsync(channel, cancellationToken).ConfigureAwait(false);

            var pending = new List<Task>(ConfirmWindow);
            for (var i = 0; i < shards.Count; i++)
            {
                var message = new ShardMessage
                {
                    Job = job,
                    Shard = i,
                    Input = shards[i],
                    Output = outputDirectory,
                    Format = options.Format,
                    ReferenceTime = options.ReferenceTime,
                    MaxRecordBytes = options.MaxRecordBytes,
                };
                pending.Add(channel.BasicPublishAsync(Topology.ShardExchange, job, mandatory: true, Properties(job, i, record.Submitted), message.ToBytes(), cancellationToken).AsTask());
                if (pending.Count == ConfirmWindow)
                {
                    await Task.WhenAll(pending).ConfigureAwait(false);
                    pending.Clear();
                }
            }

            await Task.WhenAll(pending).ConfigureAwait(false);

            // The job's record, without its list of inputs (job.json in the output folder has it).
            var summary = record with { Inputs = null };
            await channel.BasicPublishAsync("", Topology.JobsStream, mandatory: true,
                new BasicProperties { Persistent = true, ContentType = "application/json", MessageId = job }, summary.ToBytes(), cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // whatever the broker or the network did, the user gets one line and exit code 1
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            await error.WriteLineAsync($"newsextract submit: {SafeText.ForTerminal(Broker.Explain(e))} ({SafeText.ForTerminal(Broker.Describe(broker))}); job {job} may be partly queued: shards are idempotent, so submitting the same inputs again with --job {job} is safe").ConfigureAwait(false);
            return 1;
        }

        try
        {
            // The job's record with its inputs, beside its done markers (for people and tools; workers do not need it).
            JobFolder.WriteAtomically(JobFolder.Manifest(outputDirectory, job), record.ToBytes(), "submit");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"newsextract submit: job {job} is queued, but its record could not be written: {SafeText.ForTerminal(e.Message)}").ConfigureAwait(false);
        }

        await output.WriteLineAsync(job).ConfigureAwait(false);
        await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"newsextract submit: job {job}: {shards.Count:N0} shards confirmed by {SafeText.ForTerminal(Broker.Describe(broker))}, output to {SafeText.ForTerminal(outputDirectory)}")).ConfigureAwait(false);
        return 0;
    }

    private static BasicProperties Properties(string job, int shard, DateTimeOffset submitted) => new()
    {
        Persistent = true,
        ContentType = "application/json",
        Type = "newsextract.shard",
        MessageId = $"{job}/{shard.ToString("D6", CultureInfo.InvariantCulture)}",
        Timestamp = new AmqpTimestamp(submitted.ToUnixTimeSeconds()),
        Headers = new Dictionary<string, object?> { [Topology.JobHeader] = job, [Topology.ShardHeader] = shard },
    };

    /// <summary>UTC time to the second and four random hex digits: sorts by submission, and two submits in a second do not meet.</summary>
    public static string NewJobId(TimeProvider time) =>
        time.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(2));

    /// <summary>The shards: each input as an absolute path, a folder one shard (or, with --each-file, one per file in it, as crawl orders them).</summary>
    internal static List<string> Shards(SubmitOptions options, TextReader standardInput)
    {
        var given = new List<string>(options.Inputs);
        foreach (var list in options.ListFiles)
        {
            using var reader = list == "-" ? null : new StreamReader(list, Encoding.UTF8);
            var source = reader ?? standardInput;
            string? line;
            while ((line = source.ReadLine()) is not null)
            {
                line = line.Trim();
                if (line.Length > 0 && !line.StartsWith('#'))
                {
                    given.Add(line);
                }
            }
        }

        var shards = new List<string>(given.Count);
        var missing = new List<string>();
        foreach (var input in given)
        {
            var full = Path.GetFullPath(input);
            if (Directory.Exists(full))
            {
                if (options.EachFile)
                {
                    shards.AddRange(Directory.EnumerateFiles(full, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                        .Order(StringComparer.Ordinal));
                }
                else
                {
                    shards.Add(full);
                }
            }
            else if (File.Exists(full))
            {
                shards.Add(full);
            }
            else
            {
                missing.Add(input);
            }
        }

        return missing.Count > 0
            ? throw new FormatException($"no such file or folder: {string.Join(", ", missing.Take(5))}{(missing.Count > 5 ? $" and {missing.Count - 5} more" : "")} (inputs must be on storage every worker reaches)")
            : shards;
    }
}
