using System.Diagnostics;
using NewsExtract.Cli.Crawl;

namespace NewsExtract.Cli.Distributed;

/// <summary>How a shard's delivery ended.</summary>
internal enum ShardOutcome
{
    /// <summary>Its output is committed and its done marker written (now, or by an earlier delivery).</summary>
    Done,

    /// <summary>It could not be done (an input unreadable here, the output folder not writable): <see cref="ShardResult.Error"/> says why.</summary>
    Failed,

    /// <summary>Stopped before its output was complete: nothing of it is committed but the complete files of earlier inputs.</summary>
    Cancelled,
}

internal sealed record ShardResult(ShardOutcome Outcome, string? Error = null, int Outputs = 0, bool AlreadyDone = false, TimeSpan Elapsed = default, string? Summary = null);

/// <summary>
/// Runs the crawl engine on one shard and commits its output as <c>newsextract crawl -o DIR</c> lays it out: one file per
/// input, same names, same bytes. The engine writes into a folder private to this worker and this shard (beside the output,
/// on the same file system); each complete file is then renamed into the output folder, and last the shard's done marker.
/// So a shard written twice, by one worker after a redelivery or by two at once, is written identically, and a file in the
/// output folder is always whole.
/// </summary>
internal static class ShardProcessor
{
    public static ShardResult Run(ShardMessage shard, string worker, int threads, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var marker = JobFolder.DoneMarker(shard.Output, shard.Job, shard.Shard);
        if (IsDone(marker, shard))
        {
            return new ShardResult(ShardOutcome.Done, AlreadyDone: true, Elapsed: clock.Elapsed);
        }

        var staging = JobFolder.Staging(shard.Output, shard.Job, shard.Shard, worker);
        try
        {
            Directory.CreateDirectory(staging);
            Directory.CreateDirectory(JobFolder.DoneFolder(shard.Output, shard.Job));
            var options = new CrawlCliOptions
            {
                Inputs = [shard.Input],
                OutputDirectory = staging,
                Format = shard.Format,
                Parallelism = threads,
                ReferenceTime = shard.ReferenceTime,
                MaxRecordBytes = shard.MaxRecordBytes,
                Progress = ProgressMode.None,
            };

            // Inputs whose output an earlier delivery committed are not written again (crawl's resume, against the real output folder).
            var inputs = CrawlInputs.Expand(options, TextReader.Null)
                .Select(i => i with { AlreadyDone = i.OutputPath is { } o && File.Exists(Final(shard, o)) })
                .ToList();
            using var log = new StringWriter();
            var exit = CrawlCommand.Crawl(options, inputs, TextWriter.Null, log, rawOutput: null, errorIsTerminal: false, cancellationToken);
            if (exit == 130 || cancellationToken.IsCancellationRequested)
            {
                return new ShardResult(ShardOutcome.Cancelled, Elapsed: clock.Elapsed);
            }

            // Commit: every complete output into the output folder (rename on one file system: atomic; the same bytes if there already).
            var outputs = new List<string>(inputs.Count);
            foreach (var input in inputs)
            {
                var written = input.OutputPath!;
                if (File.Exists(written))
                {
                    File.Move(written, Final(shard, written), overwrite: true);
                }

                if (File.Exists(Final(shard, written)))
                {
                    outputs.Add(Path.GetFileName(written));
                }
            }

            var lines = log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var summary = lines.FirstOrDefault(l => l.StartsWith("crawl ", StringComparison.Ordinal));
            if (exit != 0)
            {
                var problems = lines.Where(l => l.StartsWith("newsextract crawl: ", StringComparison.Ordinal)).Select(l => l["newsextract crawl: ".Length..]).Take(10);
                return new ShardResult(ShardOutcome.Failed, string.Join("; ", problems.DefaultIfEmpty($"the crawl engine exited with code {exit}")), outputs.Count, Elapsed: clock.Elapsed, Summary: summary);
            }

            var done = new DoneMarker { Job = shard.Job, Shard = shard.Shard, Input = shard.Input, Outputs = outputs };
            JobFolder.WriteAtomically(marker, done.ToBytes(), worker);
            return new ShardResult(ShardOutcome.Done, Outputs: outputs.Count, Elapsed: clock.Elapsed, Summary: summary);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new ShardResult(ShardOutcome.Cancelled, Elapsed: clock.Elapsed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ShardResult(ShardOutcome.Failed, $"the output cannot be written: {e.Message}", Elapsed: clock.Elapsed);
        }
#pragma warning disable CA1031 // anything else that goes wrong is this shard's failure: retried, then dead-lettered with it
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new ShardResult(ShardOutcome.Failed, $"{e.GetType().Name}: {e.Message}", Elapsed: clock.Elapsed);
        }
        finally
        {
            RemoveStaging(shard, staging);
        }
    }

    private static string Final(ShardMessage shard, string staged) => Path.Combine(shard.Output, Path.GetFileName(staged));

    /// <summary>Done when the marker is there and every output it lists is too (an output removed since is written again).</summary>
    private static bool IsDone(string marker, ShardMessage shard) =>
        File.Exists(marker) && DoneMarker.Read(marker) is { } done && done.Input == shard.Input
        && done.Outputs.All(o => File.Exists(Path.Combine(shard.Output, o)));

    /// <summary>This delivery's folder, and once the shard is done those that killed workers left for it.</summary>
    private static void RemoveStaging(ShardMessage shard, string staging)
    {
        try
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            var parent = Path.GetDirectoryName(staging)!;
            if (File.Exists(JobFolder.DoneMarker(shard.Output, shard.Job, shard.Shard)) && Directory.Exists(parent))
            {
                var prefix = Path.GetFileName(JobFolder.Staging(shard.Output, shard.Job, shard.Shard, ""));
                foreach (var stale in Directory.EnumerateDirectories(parent, prefix + "*"))
                {
                    Directory.Delete(stale, recursive: true);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind: harmless (never read), removed when the shard is done again.
        }
    }
}
