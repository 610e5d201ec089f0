using System.Globalization;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace NewsExtract.Cli.Distributed;

/// <summary>Where a job stands.</summary>
internal sealed record JobStatus(JobRecord Job, int? Done, int InFlight, int DeadLettered)
{
    /// <summary>Neither done, nor held by a live worker, nor dead: waiting in the queue (or for redelivery).</summary>
    public int? Queued => Done is { } done ? Math.Max(0, Job.Shards - done - InFlight - DeadLettered) : null;
}

/// <summary>
/// <c>newsextract status</c>. "Done" is read from the output folder, where a shard's marker is written after its output is
/// committed and before its message is acknowledged: that is the only place where "done" and "its output is there" cannot
/// disagree, and a shard done twice leaves one marker. (A completions queue could not be read without consuming it, and a
/// completion published just before a worker dies, then again after the redelivery, would be counted twice.) "In flight"
/// is the consumer count of the job's running queue, on which a worker holds one consumer per shard in hand and which the
/// broker clears when a worker's connection goes; "dead-lettered" the message count of the job's dead-letter queue.
/// </summary>
internal static class StatusCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        StatusOptions options;
        Uri broker;
        try
        {
            options = StatusOptions.Parse(args);
            if (options.ShowHelp)
            {
                await output.WriteLineAsync(StatusOptions.Usage).ConfigureAwait(false);
                return 0;
            }

            broker = DistributedCliOptions.ResolveBroker(options.Broker, environment);
        }
        catch (FormatException e)
        {
            await error.WriteLineAsync($"newsextract status: {SafeText.ForTerminal(e.Message)}\n{StatusOptions.Usage}").ConfigureAwait(false);
            return 2;
        }

        try
        {
            await using var connection = await Broker.ConnectAsync(broker, "newsextract status", cancellationToken).ConfigureAwait(false);
            var jobs = await ReadJobsAsync(connection, cancellationToken).ConfigureAwait(false);
            if (options.Job is { } wanted)
            {
                jobs = [.. jobs.Where(j => j.Job == wanted)];
                if (jobs.Count == 0)
                {
                    await error.WriteLineAsync($"newsextract status: no job {wanted} on {SafeText.ForTerminal(Broker.Describe(broker))}").ConfigureAwait(false);
                    return 1;
                }
            }

            foreach (var job in jobs)
            {
                var status = await StatusOfAsync(connection, job, cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync(options.Json ? Json(status) : Text(status)).ConfigureAwait(false);
            }

            var queue = await PassiveAsync(connection, Topology.ShardQueue, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync(options.Json
                ? JsonSerializer.Serialize(new QueueStatusLine(Topology.ShardQueue, queue?.MessageCount, queue?.ConsumerCount), MessageJson.Default.QueueStatusLine)
                : queue is null ? $"queue {Topology.ShardQueue}: not declared yet (no job submitted)"
                : string.Create(CultureInfo.InvariantCulture, $"queue {Topology.ShardQueue}: {queue.MessageCount:N0} ready, {queue.ConsumerCount:N0} consumers (workers)")).ConfigureAwait(false);
            return 0;
        }
#pragma warning disable CA1031 // one line and exit code 1, whatever the broker or the network did
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            await error.WriteLineAsync($"newsextract status: {SafeText.ForTerminal(Broker.Explain(e))} ({SafeText.ForTerminal(Broker.Describe(broker))})").ConfigureAwait(false);
            return 1;
        }
    }

    internal static async Task<JobStatus> StatusOfAsync(IConnection connection, JobRecord job, CancellationToken cancellationToken)
    {
        int? done = null;
        try
        {
            var folder = JobFolder.DoneFolder(job.Output, job.Job);
            done = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.json").Count() : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }

        var running = await PassiveAsync(connection, Topology.RunningQueue(job.Job), cancellationToken).ConfigureAwait(false);
        var dead = await PassiveAsync(connection, Topology.DeadQueue(job.Job), cancellationToken).ConfigureAwait(false);
        return new JobStatus(job, done, (int)(running?.ConsumerCount ?? 0), (int)(dead?.MessageCount ?? 0));
    }

    private static string Text(JobStatus s)
    {
        var done = s.Done is { } d ? d.ToString("N0", CultureInfo.InvariantCulture) : "? (output folder not reachable from here)";
        var queued = s.Queued is { } q ? q.ToString("N0", CultureInfo.InvariantCulture) : "?";
        var state = s.Done is { } dd && dd + s.DeadLettered >= s.Job.Shards ? (s.DeadLettered > 0 ? " — finished, with dead letters" : " — complete") : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"job {s.Job.Job}: {s.Job.Shards:N0} shards · {done} done · {s.InFlight:N0} in flight · {queued} queued · {s.DeadLettered:N0} dead-lettered{state}\n  output {SafeText.ForTerminal(s.Job.Output)}, submitted {s.Job.Submitted.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}");
    }

    private static string Json(JobStatus s) => JsonSerializer.Serialize(
        new JobStatusLine(s.Job.Job, s.Job.Output, s.Job.Submitted, s.Job.Shards, s.Done, s.InFlight, s.Queued, s.DeadLettered),
        MessageJson.Default.JobStatusLine);

    /// <summary>A queue's counts, or null when it does not exist (a passive declaration of a missing queue closes its channel, so each gets its own).</summary>
    internal static async Task<QueueDeclareOk?> PassiveAsync(IConnection connection, string queue, CancellationToken cancellationToken)
    {
        var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        try
        {
            return await channel.QueueDeclarePassiveAsync(queue, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
        {
            return null;
        }
        finally
        {
            await channel.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The job records of the stream <c>newsextract.jobs</c>, read from its first offset (a stream is read without being
    /// consumed). Reading stops once the stream's message count is reached and nothing more comes for a moment.
    /// </summary>
    internal static async Task<List<JobRecord>> ReadJobsAsync(IConnection connection, CancellationToken cancellationToken)
    {
        var declared = await PassiveAsync(connection, Topology.JobsStream, cancellationToken).ConfigureAwait(false);
        if (declared is null)
        {
            return [];
        }

        var jobs = new List<JobRecord>();
        var gate = new object();
        long last = Environment.TickCount64;
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.BasicQosAsync(0, 500, global: false, cancellationToken).ConfigureAwait(false);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, e) =>
        {
            if (JobRecord.Read(e.Body.Span) is { } job)
            {
                lock (gate)
                {
                    jobs.Add(job);
                }
            }

            Interlocked.Exchange(ref last, Environment.TickCount64);
            await channel.BasicAckAsync(e.DeliveryTag, multiple: false, CancellationToken.None).ConfigureAwait(false);
        };
        var tag = await channel.BasicConsumeAsync(Topology.JobsStream, autoAck: false, "", noLocal: false, exclusive: false,
            new Dictionary<string, object?> { ["x-stream-offset"] = "first" }, consumer, cancellationToken).ConfigureAwait(false);
        var started = Environment.TickCount64;
        while (true)
        {
            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
            int count;
            lock (gate)
            {
                count = jobs.Count;
            }

            var quiet = Environment.TickCount64 - Interlocked.Read(ref last);
            if ((count >= declared.MessageCount && quiet > 300) || quiet > 3000 || Environment.TickCount64 - started > 30_000)
            {
                break;
            }
        }

        await channel.BasicCancelAsync(tag, noWait: false, cancellationToken).ConfigureAwait(false);
        lock (gate)
        {
            // A job submitted twice under the same id (a retried submit) counts once: its latest record.
            return [.. jobs.GroupBy(j => j.Job).Select(g => g.Last()).OrderBy(j => j.Submitted)];
        }
    }
}
