using RabbitMQ.Client;

namespace NewsExtract.Cli.Distributed;

/// <summary>
/// The broker objects NewsExtract uses, declared the same way by every command (declaring is idempotent while the
/// arguments agree; the broker refuses a declaration whose arguments differ).
/// <list type="bullet">
/// <item><c>newsextract.shards</c>: fanout exchange → quorum queue of the same name, the work queue of every job. A shard is
/// published with its job id as routing key, which dead-lettering keeps, so the dead exchange routes it to its job's queue.</item>
/// <item><c>newsextract.dead</c>: direct exchange; <c>newsextract.dead.JOB</c>: quorum queue of a job's dead shards.</item>
/// <item><c>newsextract.running.JOB</c>: an always-empty queue on which a worker holds one consumer per shard of JOB in hand,
/// so its consumer count is the number of shards in flight, and a worker that dies takes its consumers with it.</item>
/// <item><c>newsextract.jobs</c>: a stream of job records (id, output folder, shards), read by <c>status</c>.</item>
/// <item><c>newsextract.pages</c>: quorum queue of pages (streaming); its dead letters go to <c>newsextract.pages.dead</c>;
/// articles go to the topic exchange <c>newsextract.articles</c>.</item>
/// </list>
/// </summary>
internal static class Topology
{
    public const string ShardExchange = "newsextract.shards";
    public const string ShardQueue = "newsextract.shards";
    public const string DeadExchange = "newsextract.dead";
    public const string JobsStream = "newsextract.jobs";
    public const string PageQueue = "newsextract.pages";
    public const string PageDeadQueue = "newsextract.pages.dead";
    public const string PageDeadRoutingKey = "pages";
    public const string ArticleExchange = "newsextract.articles";

    /// <summary>Deliveries a message gets: after this many ended without an ack it is dead-lettered.</summary>
    public const int MaxDeliveries = 5;

    /// <summary>Headers NewsExtract sets: the job, the shard's number, and on a dead letter why it died and who gave up on it.</summary>
    public const string JobHeader = "newsextract-job";
    public const string ShardHeader = "newsextract-shard";
    public const string ErrorHeader = "newsextract-error";
    public const string WorkerHeader = "newsextract-worker";

    /// <summary>Headers of a page message (streaming).</summary>
    public const string UrlHeader = "url";
    public const string ContentTypeHeader = "content-type";
    public const string FetchedAtHeader = "fetched-at";

    /// <summary>Per-job queues that nobody uses for a week are removed by the broker.</summary>
    private static readonly TimeSpan RunningQueueExpiry = TimeSpan.FromDays(7);

    public static string DeadQueue(string job) => "newsextract.dead." + job;

    public static string RunningQueue(string job) => "newsextract.running." + job;

    private static Dictionary<string, object?> Quorum(string? deadLetterRoutingKey = null)
    {
        var arguments = new Dictionary<string, object?>
        {
            ["x-queue-type"] = "quorum",
        };
        if (deadLetterRoutingKey is not null)
        {
            arguments["x-dead-letter-routing-key"] = deadLetterRoutingKey;
        }

        return arguments;
    }

    /// <summary>A work queue: quorum, a delivery limit, dead letters to the dead exchange, at-least-once.</summary>
    private static Dictionary<string, object?> WorkQueue(string? deadLetterRoutingKey = null)
    {
        var arguments = Quorum(deadLetterRoutingKey);
        arguments["x-delivery-limit"] = MaxDeliveries - 1; // the broker counts returns: after the limit is passed, the message dies
        arguments["x-dead-letter-exchange"] = DeadExchange;
        arguments["x-dead-letter-strategy"] = "at-least-once";
        arguments["x-overflow"] = "reject-publish"; // required by at-least-once dead-lettering
        return arguments;
    }

    public static async Task DeclareShardsAsync(IChannel channel, CancellationToken cancellationToken)
    {
        await channel.ExchangeDeclareAsync(DeadExchange, ExchangeType.Direct, durable: true, autoDelete: false, cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.ExchangeDeclareAsync(ShardExchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.QueueDeclareAsync(ShardQueue, durable: true, exclusive: false, autoDelete: false, WorkQueue(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.QueueBindAsync(ShardQueue, ShardExchange, "", cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public static async Task DeclareJobAsync(IChannel channel, string job, CancellationToken cancellationToken)
    {
        await channel.QueueDeclareAsync(DeadQueue(job), durable: true, exclusive: false, autoDelete: false, Quorum(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.QueueBindAsync(DeadQueue(job), DeadExchange, job, cancellationToken: cancellationToken).ConfigureAwait(false);
        await DeclareRunningAsync(channel, job, cancellationToken).ConfigureAwait(false);
    }

    public static Task DeclareRunningAsync(IChannel channel, string job, CancellationToken cancellationToken) =>
        channel.QueueDeclareAsync(RunningQueue(job), durable: false, exclusive: false, autoDelete: false,
            new Dictionary<string, object?> { ["x-expires"] = (long)RunningQueueExpiry.TotalMilliseconds }, cancellationToken: cancellationToken);

    public static Task DeclareJobsAsync(IChannel channel, CancellationToken cancellationToken) =>
        channel.QueueDeclareAsync(JobsStream, durable: true, exclusive: false, autoDelete: false,
            new Dictionary<string, object?> { ["x-queue-type"] = "stream", ["x-max-age"] = "180D" }, cancellationToken: cancellationToken);

    public static async Task DeclarePagesAsync(IChannel channel, CancellationToken cancellationToken)
    {
        await channel.ExchangeDeclareAsync(DeadExchange, ExchangeType.Direct, durable: true, autoDelete: false, cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.ExchangeDeclareAsync(ArticleExchange, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.QueueDeclareAsync(PageQueue, durable: true, exclusive: false, autoDelete: false, WorkQueue(PageDeadRoutingKey), cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.QueueDeclareAsync(PageDeadQueue, durable: true, exclusive: false, autoDelete: false, Quorum(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.QueueBindAsync(PageDeadQueue, DeadExchange, PageDeadRoutingKey, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
