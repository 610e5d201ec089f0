using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace NewsExtract.Cli.Distributed;

/// <summary>Connections to the broker, and reading what the broker hands over.</summary>
internal static class Broker
{
    /// <summary>A connection named for what it does (the broker lists it under that name); no automatic recovery: the worker reconnects itself.</summary>
    public static Task<IConnection> ConnectAsync(Uri broker, string name, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory
        {
            Uri = broker,
            ClientProvidedName = name,
            AutomaticRecoveryEnabled = false,
            TopologyRecoveryEnabled = false,
            RequestedHeartbeat = TimeSpan.FromSeconds(20),
            RequestedConnectionTimeout = TimeSpan.FromSeconds(15),
        };
        return factory.CreateConnectionAsync(name, cancellationToken);
    }

    /// <summary>A channel whose publishes complete only once the broker has confirmed them (and throw when it refuses or cannot route them).</summary>
    public static Task<IChannel> ConfirmingChannelAsync(IConnection connection, CancellationToken cancellationToken) =>
        connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);

    /// <summary>The broker's URL without its password, for messages.</summary>
    public static string Describe(Uri broker) => new UriBuilder(broker) { Password = "", UserName = broker.UserInfo.Split(':')[0] }.Uri.ToString();

    /// <summary>Why talking to the broker failed, in a line.</summary>
    public static string Explain(Exception e) => e switch
    {
        BrokerUnreachableException { InnerException: { } inner } => $"the broker is unreachable: {inner.Message}",
        AlreadyClosedException { ShutdownReason: { } reason } => $"the connection was closed: {reason.ReplyCode} {reason.ReplyText}",
        OperationInterruptedException { ShutdownReason: { } reason } => $"the broker refused: {reason.ReplyCode} {reason.ReplyText}",
        PublishException p => $"the broker did not take a message (publish sequence {p.PublishSequenceNumber}{(p.IsReturn ? ", unroutable" : ", refused")})",
        _ => e.Message,
    };

    /// <summary>A header's value as text (the client hands strings over as bytes).</summary>
    public static string? Text(IDictionary<string, object?>? headers, string name) =>
        headers is not null && headers.TryGetValue(name, out var value) ? value switch
        {
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            string text => text,
            null => null,
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
        } : null;

    /// <summary>Earlier deliveries of this message that ended without an ack (quorum queues count them in x-delivery-count).</summary>
    public static long DeliveryCount(IDictionary<string, object?>? headers) =>
        headers is not null && headers.TryGetValue("x-delivery-count", out var value) ? value switch
        {
            long l => l,
            int i => i,
            byte[] bytes when long.TryParse(Encoding.ASCII.GetString(bytes), out var parsed) => parsed,
            _ => 0,
        } : 0;
}
