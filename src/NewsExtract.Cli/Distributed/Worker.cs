using System.Collections.Concurrent;
using System.Globalization;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace NewsExtract.Cli.Distributed;

/// <summary>One message in hand: a copy of what the broker delivered (its body is only valid during the delivery callback).</summary>
internal sealed record Delivery(ulong Tag, string Queue, string RoutingKey, byte[] Body, IReadOnlyBasicProperties Properties);

/// <summary>
/// A worker: competing consumer of the shard queue (and the page queue), with manual acks and a prefetch equal to the work
/// it runs at once. A message is acknowledged only once its result is committed (a shard's output renamed into place and
/// its marker written; a page's article confirmed by the broker), so a worker killed at any point loses nothing: the broker
/// hands what it held to another. Failures are retried by redelivery, and a message on its last delivery goes to the
/// dead-letter queue with its error. A lost connection is re-established; what was in hand then is finished (its output
/// committed) and, being redelivered, found done. Stopping drains: no new work, the work in hand finishes or, past the
/// drain time, is handed back.
/// </summary>
internal sealed class Worker(WorkerOptions options, Uri broker, TextWriter log)
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    private readonly string _name = options.Name ?? $"{Environment.MachineName}-{Environment.ProcessId}";
    private readonly ArticleExtractor _pages = new();
    private readonly ConcurrentDictionary<ulong, Task> _inHand = new();
    private long _lastActivity = Environment.TickCount64;

    public string Name => _name;

    /// <summary>Sessions completed so far (each is a connection); more than one means the worker reconnected.</summary>
    public int Connections { get; private set; }

    /// <summary>
    /// Runs until <paramref name="stop"/> (then drains) or, with <see cref="WorkerOptions.ExitWhenIdle"/>, until idle.
    /// <paramref name="abort"/> stops the work in hand, which is handed back.
    /// </summary>
    public async Task<int> RunAsync(CancellationToken stop, CancellationToken abort)
    {
        var backoff = TimeSpan.FromSeconds(1);
        while (!stop.IsCancellationRequested)
        {
            IConnection connection;
            try
            {
                connection = await Broker.ConnectAsync(broker, $"newsextract worker {_name}", stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // any failure to connect is retried, with the reason logged
            catch (Exception e)
#pragma warning restore CA1031
            {
                Log($"cannot connect to {Broker.Describe(broker)}: {Broker.Explain(e)}; retrying in {backoff.TotalSeconds:N0} s");
                try
                {
                    await Task.Delay(backoff, stop).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
                continue;
            }

            backoff = TimeSpan.FromSeconds(1);
            Connections++;
            var idle = false;
            try
            {
                await using (connection.ConfigureAwait(false))
                {
                    idle = await SessionAsync(connection, stop, abort).ConfigureAwait(false);
                }
            }
#pragma warning disable CA1031 // a session that fails in any way is a lost connection: reconnect
            catch (Exception e)
#pragma warning restore CA1031
            {
                Log($"session ended: {Broker.Explain(e)}");
            }

            // Whatever was in hand is finished (or handed back) before the next connection takes new work.
            await Task.WhenAll(_inHand.Values).ConfigureAwait(false);
            if (idle)
            {
                Log("idle: exiting");
                return 0;
            }
        }

        await Task.WhenAll(_inHand.Values).ConfigureAwait(false);
        Log("stopped");
        return 0;
    }

    /// <summary>One connection's life. True when the worker was idle long enough to exit.</summary>
    private async Task<bool> SessionAsync(IConnection connection, CancellationToken stop, CancellationToken abort)
    {
        var lost = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.ConnectionShutdownAsync += (_, e) =>
        {
            lost.TrySetResult($"{e.ReplyCode} {e.ReplyText}");
            return Task.CompletedTask;
        };

        var consume = await connection.CreateChannelAsync(cancellationToken: stop).ConfigureAwait(false);
        var publish = await Broker.ConfirmingChannelAsync(connection, stop).ConfigureAwait(false);
        var presence = await connection.CreateChannelAsync(cancellationToken: stop).ConfigureAwait(false);
        foreach (var channel in new[] { consume, publish, presence })
        {
            channel.ChannelShutdownAsync += (_, e) =>
            {
                // A channel closed by the broker (an error) ends the session: the connection is closed and made again.
                if (e.Initiator != ShutdownInitiator.Application)
                {
                    lost.TrySetResult($"channel closed: {e.ReplyCode} {e.ReplyText}");
                }

                return Task.CompletedTask;
            };
        }

        var session = new Session(this, consume, publish, presence);
        if (options.Shards)
        {
            await Topology.DeclareShardsAsync(consume, stop).ConfigureAwait(false);
        }

        if (options.Pages)
        {
            await Topology.DeclarePagesAsync(consume, stop).ConfigureAwait(false);
        }

        await consume.BasicQosAsync(0, (ushort)Math.Min(options.Parallel, ushort.MaxValue), global: false, stop).ConfigureAwait(false);
        var consumer = new AsyncEventingBasicConsumer(consume);
        consumer.ReceivedAsync += (_, e) =>
        {
            Interlocked.Exchange(ref _lastActivity, Environment.TickCount64);
            var queue = e.ConsumerTag.EndsWith(".pages", StringComparison.Ordinal) ? Topology.PageQueue : Topology.ShardQueue;
            var delivery = new Delivery(e.DeliveryTag, queue, e.RoutingKey, e.Body.ToArray(), new BasicProperties(e.BasicProperties));
            _inHand[e.DeliveryTag] = Task.Run(() => session.HandleAsync(delivery, abort));
            return Task.CompletedTask;
        };

        var tags = new List<string>();
        if (options.Shards)
        {
            tags.Add(await consume.BasicConsumeAsync(Topology.ShardQueue, autoAck: false, $"{_name}.shards", consumer, stop).ConfigureAwait(false));
        }

        if (options.Pages)
        {
            tags.Add(await consume.BasicConsumeAsync(Topology.PageQueue, autoAck: false, $"{_name}.pages", consumer, stop).ConfigureAwait(false));
        }

        Log(string.Create(CultureInfo.InvariantCulture, $"connected to {Broker.Describe(broker)} (connection {Connections}); consuming {string.Join(" and ", tags.Select(t => t[(t.LastIndexOf('.') + 1)..]))}, {options.Parallel} at a time"));
        Interlocked.Exchange(ref _lastActivity, Environment.TickCount64);

        using var idleCheck = new CancellationTokenSource();
        var idleTask = options.ExitWhenIdle is { } idleAfter ? WatchIdleAsync(idleAfter, idleCheck.Token) : Task.Delay(Timeout.Infinite, idleCheck.Token);
        var stopped = Task.Delay(Timeout.Infinite, stop);
        var ended = await Task.WhenAny(lost.Task, stopped, idleTask).ConfigureAwait(false);
        await idleCheck.CancelAsync().ConfigureAwait(false);

        if (ended == lost.Task)
        {
            Log($"connection lost ({await lost.Task.ConfigureAwait(false)}); {_inHand.Count} in hand are finished, then the worker reconnects");
            return false;
        }

        // Stopping (or idle): no new deliveries; what is in hand finishes (or, past the drain time, is handed back); then close.
        foreach (var tag in tags)
        {
            try
            {
                await consume.BasicCancelAsync(tag, noWait: false, CancellationToken.None).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // the connection may be gone already: its deliveries are back with the broker anyway
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }

        if (ended == stopped && !_inHand.IsEmpty)
        {
            Log(string.Create(CultureInfo.InvariantCulture, $"draining: {_inHand.Count} in hand, up to {options.DrainTimeout.TotalSeconds:N0} s"));
        }

        await Task.WhenAll(_inHand.Values).ConfigureAwait(false);
        foreach (var channel in new[] { consume, publish, presence })
        {
            try
            {
                await channel.CloseAsync(CancellationToken.None).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // closing what is already closed
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }

        await connection.CloseAsync(CancellationToken.None).ConfigureAwait(false);
        return ended == idleTask;
    }

    private async Task WatchIdleAsync(TimeSpan idleAfter, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken).ConfigureAwait(false);
            if (_inHand.IsEmpty && Environment.TickCount64 - Interlocked.Read(ref _lastActivity) > idleAfter.TotalMilliseconds)
            {
                return;
            }
        }
    }

    internal void Log(string line)
    {
        lock (log)
        {
            log.WriteLine($"newsextract worker {_name}: {SafeText.ForTerminal(line)}");
            log.Flush();
        }
    }

    /// <summary>The channels of one connection, and what to do with each delivery on them.</summary>
    private sealed class Session(Worker worker, IChannel consume, IChannel publish, IChannel presence)
    {
        private readonly ConcurrentDictionary<string, Task> _runningQueues = new();

        public async Task HandleAsync(Delivery delivery, CancellationToken abort)
        {
            try
            {
                if (delivery.Queue == Topology.PageQueue)
                {
                    await HandlePageAsync(delivery, abort).ConfigureAwait(false);
                }
                else
                {
                    await HandleShardAsync(delivery, abort).ConfigureAwait(false);
                }
            }
#pragma warning disable CA1031 // a worker never dies of one message: the broker still holds it and redelivers it when this channel goes
            catch (Exception e)
#pragma warning restore CA1031
            {
                worker.Log($"delivery {delivery.Tag}: {Broker.Explain(e)}; it stays with the broker");
            }
            finally
            {
                worker._inHand.TryRemove(delivery.Tag, out _);
                Interlocked.Exchange(ref worker._lastActivity, Environment.TickCount64);
            }
        }

        private async Task HandleShardAsync(Delivery delivery, CancellationToken abort)
        {
            var (shard, problem) = ShardMessage.Read(delivery.Body);
            if (shard is null)
            {
                await DeadLetterAsync(delivery, delivery.RoutingKey, problem!).ConfigureAwait(false);
                return;
            }

            var clock = System.Diagnostics.Stopwatch.StartNew();
            var id = $"{shard.Job}/{shard.Shard.ToString("D6", CultureInfo.InvariantCulture)}";
            var tag = await HoldPresenceAsync(shard).ConfigureAwait(false);
            ShardResult result;
            try
            {
                result = await Task.Run(() => ShardProcessor.Run(shard, worker._name, worker.OptionsThreads, abort), CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                await ReleasePresenceAsync(tag).ConfigureAwait(false);
            }

            var deliveries = Broker.DeliveryCount(delivery.Properties.Headers) + 1;
            switch (result.Outcome)
            {
                case ShardOutcome.Done:
                    if (await AckAsync(delivery).ConfigureAwait(false))
                    {
                        // The broker's share: holding presence, and the ack (the crawl engine's time is result.Elapsed).
                        var broker = clock.Elapsed - result.Elapsed;
                        worker.LogShard(id, result.AlreadyDone
                            ? "already done by an earlier delivery"
                            : string.Create(CultureInfo.InvariantCulture, $"done in {result.Elapsed.TotalSeconds:N3} s + {broker.TotalMilliseconds:N1} ms with the broker: {result.Outputs} output file(s){(result.Summary is { } s ? $" ({s})" : "")}"));
                    }
                    else
                    {
                        worker.Log($"shard {id}: done, but the connection was lost before the ack: its redelivery will find it done");
                    }

                    break;
                case ShardOutcome.Cancelled:
                    await HandBackAsync(delivery).ConfigureAwait(false);
                    worker.Log($"shard {id}: handed back (stopping)");
                    break;
                default:
                    if (deliveries >= Topology.MaxDeliveries)
                    {
                        await DeadLetterAsync(delivery, shard.Job, $"failed {deliveries} deliveries; last error: {result.Error}").ConfigureAwait(false);
                        worker.Log($"shard {id}: dead-lettered after {deliveries} deliveries: {result.Error}");
                    }
                    else
                    {
                        await NackAsync(delivery).ConfigureAwait(false);
                        worker.Log($"shard {id}: failed (delivery {deliveries} of {Topology.MaxDeliveries}), back to the queue: {result.Error}");
                    }

                    break;
            }
        }

        private async Task HandlePageAsync(Delivery delivery, CancellationToken abort)
        {
            PageResult result;
            try
            {
                result = await Task.Run(() => PageProcessor.Run(worker._pages, delivery.Body, delivery.Properties.Headers, abort), CancellationToken.None).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (abort.IsCancellationRequested)
            {
                await HandBackAsync(delivery).ConfigureAwait(false);
                return;
            }
#pragma warning disable CA1031 // an unexpected failure is retried by redelivery, and dead-lettered with its error on the last one
            catch (Exception e)
#pragma warning restore CA1031
            {
                await FailAsync(delivery, $"{e.GetType().Name}: {e.Message}").ConfigureAwait(false);
                return;
            }

            if (result.Error is not null)
            {
                // The page itself is the problem: no redelivery can help.
                await DeadLetterAsync(delivery, Topology.PageDeadRoutingKey, result.Error).ConfigureAwait(false);
                return;
            }

            var properties = new BasicProperties
            {
                Persistent = true,
                ContentType = "application/json",
                MessageId = delivery.Properties.MessageId,
                CorrelationId = delivery.Properties.MessageId ?? delivery.Properties.CorrelationId,
                Headers = new Dictionary<string, object?>
                {
                    [Topology.UrlHeader] = Broker.Text(delivery.Properties.Headers, Topology.UrlHeader),
                    [Topology.FetchedAtHeader] = Broker.Text(delivery.Properties.Headers, Topology.FetchedAtHeader),
                },
            };
            try
            {
                // Confirmed and routed (mandatory) before the page is acknowledged: at least once.
                await publish.BasicPublishAsync(Topology.ArticleExchange, result.RoutingKey!, mandatory: true, properties, result.Json, CancellationToken.None).ConfigureAwait(false);
            }
            catch (PublishException e)
            {
                await FailAsync(delivery, $"the article could not be published to {Topology.ArticleExchange} with key {result.RoutingKey}: {Broker.Explain(e)}").ConfigureAwait(false);
                return;
            }

            await AckAsync(delivery).ConfigureAwait(false);
        }

        /// <summary>A retry by redelivery, or on the last delivery, the dead-letter queue with the error.</summary>
        private async Task FailAsync(Delivery delivery, string error)
        {
            var deliveries = Broker.DeliveryCount(delivery.Properties.Headers) + 1;
            if (deliveries >= Topology.MaxDeliveries)
            {
                await DeadLetterAsync(delivery, delivery.Queue == Topology.PageQueue ? Topology.PageDeadRoutingKey : delivery.RoutingKey, $"failed {deliveries} deliveries; last error: {error}").ConfigureAwait(false);
            }
            else
            {
                await NackAsync(delivery).ConfigureAwait(false);
            }
        }

        /// <summary>
        /// The message, with why it died and who gave up on it, to the dead exchange (confirmed), then acknowledged. If the
        /// dead letter cannot be published, the message is rejected instead, and the broker dead-letters it without the error.
        /// </summary>
        private async Task DeadLetterAsync(Delivery delivery, string routingKey, string error)
        {
            var properties = Copy(delivery.Properties);
            properties.Headers![Topology.ErrorHeader] = error.Length > 4000 ? error[..4000] : error;
            properties.Headers[Topology.WorkerHeader] = worker._name;
            properties.Headers["newsextract-deliveries"] = Broker.DeliveryCount(delivery.Properties.Headers) + 1;
            try
            {
                await publish.BasicPublishAsync(Topology.DeadExchange, routingKey, mandatory: true, properties, delivery.Body, CancellationToken.None).ConfigureAwait(false);
                await AckAsync(delivery).ConfigureAwait(false);
            }
            catch (PublishException)
            {
                await consume.BasicRejectAsync(delivery.Tag, requeue: false, CancellationToken.None).ConfigureAwait(false);
            }
        }

        /// <summary>Stopping: the message goes back to the queue as it came (a copy, confirmed, then the original acknowledged), so a drain does not count as a failed delivery.</summary>
        private async Task HandBackAsync(Delivery delivery)
        {
            try
            {
                var exchange = delivery.Queue == Topology.PageQueue ? "" : Topology.ShardExchange;
                var key = delivery.Queue == Topology.PageQueue ? Topology.PageQueue : delivery.RoutingKey;
                await publish.BasicPublishAsync(exchange, key, mandatory: true, Copy(delivery.Properties), delivery.Body, CancellationToken.None).ConfigureAwait(false);
                await AckAsync(delivery).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // if the copy cannot be made, the original is requeued
            catch (Exception)
#pragma warning restore CA1031
            {
                await NackAsync(delivery).ConfigureAwait(false);
            }
        }

        private static BasicProperties Copy(IReadOnlyBasicProperties original)
        {
            var copy = new BasicProperties(original);
            var headers = new Dictionary<string, object?>();
            foreach (var (key, value) in original.Headers ?? new Dictionary<string, object?>())
            {
                // The broker's own bookkeeping (x-delivery-count, x-death…) and the client's are not carried over.
                if (!key.StartsWith("x-", StringComparison.Ordinal))
                {
                    headers[key] = value;
                }
            }

            copy.Headers = headers;
            copy.Persistent = true;
            return copy;
        }

        private async Task<bool> AckAsync(Delivery delivery)
        {
            if (!consume.IsOpen)
            {
                return false;
            }

            await consume.BasicAckAsync(delivery.Tag, multiple: false, CancellationToken.None).ConfigureAwait(false);
            return true;
        }

        private async Task NackAsync(Delivery delivery)
        {
            if (consume.IsOpen)
            {
                await consume.BasicNackAsync(delivery.Tag, multiple: false, requeue: true, CancellationToken.None).ConfigureAwait(false);
            }
        }

        /// <summary>A consumer on the job's running queue while the shard is in hand: <c>status</c> counts them.</summary>
        private async Task<string?> HoldPresenceAsync(ShardMessage shard)
        {
            try
            {
                await _runningQueues.GetOrAdd(shard.Job, job => Topology.DeclareRunningAsync(presence, job, CancellationToken.None)).ConfigureAwait(false);
                var consumer = new AsyncEventingBasicConsumer(presence);
                return await presence.BasicConsumeAsync(Topology.RunningQueue(shard.Job), autoAck: true,
                    $"{worker._name}.{shard.Job}.{shard.Shard.ToString(CultureInfo.InvariantCulture)}", consumer, CancellationToken.None).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // presence is for status only: the shard is processed without it
            catch (Exception)
#pragma warning restore CA1031
            {
                _runningQueues.TryRemove(shard.Job, out _);
                return null;
            }
        }

        private async Task ReleasePresenceAsync(string? tag)
        {
            if (tag is null || !presence.IsOpen)
            {
                return;
            }

            try
            {
                await presence.BasicCancelAsync(tag, noWait: false, CancellationToken.None).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // as above
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
    }

    private int OptionsThreads => options.Threads;

    private void LogShard(string id, string line)
    {
        if (!options.Quiet)
        {
            Log($"shard {id}: {line}");
        }
    }
}
