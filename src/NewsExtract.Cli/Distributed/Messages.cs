using System.Text.Json;
using System.Text.Json.Serialization;
using NewsExtract.Cli.Crawl;

namespace NewsExtract.Cli.Distributed;

/// <summary>
/// One shard of a job, the body of a message in <c>newsextract.shards</c> (JSON): everything a worker needs, so that
/// workers hold no state and any of them can take any shard.
/// </summary>
internal sealed record ShardMessage
{
    public required string Job { get; init; }

    /// <summary>The shard's number in its job, from 0.</summary>
    public required int Shard { get; init; }

    /// <summary>An absolute path (a file or a folder) on storage every worker reaches.</summary>
    public required string Input { get; init; }

    /// <summary>The job's output folder, absolute, on the same storage.</summary>
    public required string Output { get; init; }

    public CrawlFormat Format { get; init; } = CrawlFormat.Jsonl;
    public DateTimeOffset? ReferenceTime { get; init; }
    public long? MaxRecordBytes { get; init; }

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, MessageJson.Default.ShardMessage);

    /// <summary>The message, or null with why when the body is not a shard.</summary>
    public static (ShardMessage? Shard, string? Problem) Read(ReadOnlySpan<byte> body)
    {
        try
        {
            var shard = JsonSerializer.Deserialize(body, MessageJson.Default.ShardMessage);
            if (shard is null)
            {
                return (null, "the message body is not a shard");
            }

            DistributedCliOptions.ParseJob(shard.Job);
            return !Path.IsPathFullyQualified(shard.Input) || !Path.IsPathFullyQualified(shard.Output) || shard.Shard < 0
                ? (null, "a shard's input and output must be absolute paths")
                : (shard, null);
        }
        catch (Exception e) when (e is JsonException or FormatException or NotSupportedException)
        {
            return (null, "the message body is not a shard: " + e.Message);
        }
    }
}

/// <summary>A job as <c>submit</c> records it in the stream <c>newsextract.jobs</c> and in <c>DIR/.newsextract/jobs/JOB/job.json</c>.</summary>
internal sealed record JobRecord
{
    public required string Job { get; init; }
    public required string Output { get; init; }
    public required int Shards { get; init; }
    public required DateTimeOffset Submitted { get; init; }

    /// <summary>The shards' inputs, in shard order (in job.json only; the stream's record leaves them out).</summary>
    public IReadOnlyList<string>? Inputs { get; init; }

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, MessageJson.Default.JobRecord);

    public static JobRecord? Read(ReadOnlySpan<byte> body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, MessageJson.Default.JobRecord);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>
/// The marker of a shard whose output is committed: <c>DIR/.newsextract/jobs/JOB/done/NNNNNN.json</c>, written (under a
/// temporary name, then renamed) after the shard's output files and before the message is acknowledged. Its content depends
/// on the shard alone, so a shard done twice leaves the same marker.
/// </summary>
internal sealed record DoneMarker
{
    public required string Job { get; init; }
    public required int Shard { get; init; }
    public required string Input { get; init; }

    /// <summary>The output files' names in the output folder, in input order.</summary>
    public required IReadOnlyList<string> Outputs { get; init; }

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, MessageJson.Default.DoneMarker);

    public static DoneMarker? Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(path), MessageJson.Default.DoneMarker);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

/// <summary>Where a job keeps its records in its output folder.</summary>
internal static class JobFolder
{
    public static string Root(string output, string job) => Path.Combine(output, ".newsextract", "jobs", job);

    public static string Manifest(string output, string job) => Path.Combine(Root(output, job), "job.json");

    public static string DoneFolder(string output, string job) => Path.Combine(Root(output, job), "done");

    public static string DoneMarker(string output, string job, int shard) =>
        Path.Combine(DoneFolder(output, job), shard.ToString("D6", System.Globalization.CultureInfo.InvariantCulture) + ".json");

    /// <summary>A worker's private folder for one shard in hand, on the output's file system so that renames are atomic.</summary>
    public static string Staging(string output, string job, int shard, string worker) =>
        Path.Combine(output, ".newsextract", "staging", $"{job}.{shard.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)}.{worker}");

    /// <summary>Writes a file under a temporary name, flushed to disk, then renames it: readers see all of it or nothing.</summary>
    public static void WriteAtomically(string path, byte[] content, string writer)
    {
        var temporary = $"{path}.{writer}.partial";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            file.Write(content);
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }
}

/// <summary>
/// The JSON of messages, markers and status lines (camelCase, enums as camelCase strings, nulls left out), generated at
/// build time so that the NativeAOT tool reads and writes them as the portable one does.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(CrawlFormatJsonConverter)])]
[JsonSerializable(typeof(ShardMessage))]
[JsonSerializable(typeof(JobRecord))]
[JsonSerializable(typeof(DoneMarker))]
[JsonSerializable(typeof(QueueStatusLine))]
[JsonSerializable(typeof(JobStatusLine))]
internal sealed partial class MessageJson : JsonSerializerContext;

/// <summary>The crawl format as its camelCase name (<c>jsonl</c>, <c>parquet</c>).</summary>
internal sealed class CrawlFormatJsonConverter() : JsonStringEnumConverter<CrawlFormat>(JsonNamingPolicy.CamelCase);

/// <summary><c>status --json</c>: the shard queue's line.</summary>
internal sealed record QueueStatusLine(string Queue, uint? Ready, uint? Consumers);

/// <summary><c>status --json</c>: one job's line.</summary>
internal sealed record JobStatusLine(string Job, string Output, DateTimeOffset Submitted, int Shards, int? Done, int InFlight, int? Queued, int DeadLettered);
